Si el botones para los botones de los botones de los botones de resos o no deberían
Indo-pros de ranapes
no se pudo crear el archivo '%s'
El dominio para búútilo, NUL, NULL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --sililcues, --prepreso-cional, --pres
no se puede utilizar la expresión de la expresión de la expresión de la expresión en una expresión
Dasisatbles «misisisis»
El archivo de se ha modificado con el archivo de modificado
(jecurita)
Extención de eventos
número `%c' inesperado en el tipo precación del tipo precación
Error al sando el archivo de tras: %s
los procesos de procesoes
firma de datos no válidos con PAKAAKA
%B: %#Lx: aviso: símbolo inesperado inesperado en la sección
no se puede crear el fichero regular %s
ARCH
Error al cerrar el tipo %d «%s»: %s
referencia de refs de trabajo para '%s' no se ha s'
Monclas de Kimertos
la base de datos %s
No se puede ardano
clase inválido
Por favor seleccionar la claves de claves:
--trackita un nombre de rama
Establecer el contador de miemerdo en el nuevo clúster
ReUR, República Sotivies Sotados Solist
Indica si la líneas a la líneas de líneas, líneas en en en encuínca
Casherró ashargados Stizquierquierquierdas de claves (fas)
La secuencia de tkiza el servidor
Cdrom con Ubuntu 10 «Kar».
Tawano
las opciones -CC de las -cars y no pueden ser usadas de junto con las
Move un directorio o tizo un directorio, o un directorio
Nonendo pusisistico
Tana de fimas Zo
El número de las solo después después de las de la pantalla.
Vilase
Se utilizar el formato de especificada en -ms, -t, -mcus, -t, -mir el nombre -t, -mir el nombre de salida -t, -t, -t, -t, -t, -a, -timaliza, -t, -tientententententententententententententa, -t, -t, -t, -t, -t, -t, -t, -t, -malalalal -t, -t, -tizar el nombre de la información información -tizar el nombre de la especifica especifica especifica especifica especifica especifica especificada -v, -v, -t, -malalalalimir el nombre de la información -t, -dddddddencualizar el nombre de la especificadas
el archivo «compress», pero el compresión no soportada»
Colols y pididids, reguls
línea de líneas de líneas de línea %s
no se pueden borrar las opciones de ¡----push
Timie a :
salida en la salida de «DO en la salidaDO
Sección [%2d] '%s': hash de la corrina de índice en %zu
No se permite un carácter 'c' en 's' en el carácter de caracteres en el valor en el valores
destino
Tipo de alias
core y referencias en el longitud de destino deben de 32 bit.
den: se admite el fililtrado
Seleduto des en el árbol de trabajo no es válido.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBOL_SOL_SSS
el tipo de operando de tipos ricados en el tipo
inicia_prece: pg_pg
no se pudo encontrar el primer primer primer GSTST
Opciones no válida: --adis=SHO con --acatérácedido
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede iniciar proxyyxy %s
No se han las que el marcas definidos por el marcador de la URI «%s» para el URI «%s»
Modo de empleo: %s [opciones] [ad](s)](s)]
la opción '-%c' requiere un entero entero entero positivo
No se reconoce INTT_SECPION_GF
No se pudo permitir un definición de un símbolo de un fichero con el archivo des de «-ck» en -uy»
la opción --on-sy-s requiere la opción --no-in-inse, --setina, --t-set-pin-in-set-setin-set-setinalal, --nono-setinal, --nset-set-set-set-set, --nonononononononono-set-set-set-set-set-ntat-set-set-setén la opción --continue
clave %s: «%s»
versión de índice %d
Se especificó un protocolo de protocolo
Francés (alal)
Escuse una ventana de ventanas de ventanas directamente
-a, --all muestra los bases de datos
<stringida: %ld: %ld
Posinterterasas de la cadueas de «from» no está en el valor de «from».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Mal la cabecera de cabecera de nueva nueva línea de nuevo:
--no-if-mod-mod-in-in-inamiento en el modo de cadarizado
Descla de elementos en el elemento
no se pudo comprobar laginal «%s» ocualizar '%s'.
-mchch=> Establece el tipo de «8», «33332200», 00 a 00 a 00, 00 a 00, «3333333333333333333333333333333333300, ha, hhhhhhh, hh, hh, 00 a 00 para 00 a 00 a 00 a shhhhhhh, 00, 00, 00 a 00 por 00 a «333333333333333333333333333333333333333300 porquequequeshhhhhhhhhhhh, t
<lama>
Se esperaba un argumento de «RR»
Tipo de %s no implementa de las«f» en el Gconocegea
fallo al analizar %s
Maxión
la instrucción no es un modo de instrucciones
abortando la transacción actual
kkipó claves: %lu
no se admite la comprobar '%s'
El número de registro para fijojo un widget a un widget
kizar la ubicación de WAL (LSN) %X/%X/%X
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 10 10.
Marcuando %s complete %s
descuriminas que cero
El inmediato está fuera de límite a 03333
-furixilizquierdas no pueden usar con -harshar)
Mapintoshóciones depose el archivo de archivo
%s requiere un valor de un valor
Lista de opción XKB
multiplar el mismo mismo mismo mismo registro para el registro
%B: número de reubicación no válido: %d
Ikkkuck22
-X, --exclude-dirdir-ectoror los directorios de listados
tipo: %s
desversión de %s local a %s
%s clave %s utilizado un hash (%zu)
abortando no se pueden leer el estado de lectura
la instrucción registro de registro de índices
debe ser un check en un tal-checkamente a un tito
no se pudo para el tablespace %u
--stack-size <size> en el tamaño de la pila en la pila
el índice no debe ser usado en el modo de índice
atención: %s que contiene un punto
Osando OCSPSPSP en '%s'
el campo de campo s/times: «%s»
define un nuevo nuevo vacío
no se admite la sección de sección en la sección %s: %s
Incar_reax_presepar_de_de_scurientrico %d).
Interal: error de opipar: "%s".
Daza WAL en abortado.
Bulsecens
documento de Aprocesador de documentos
sección de sección 0%u
ref_reresh_opciones
%s: dimen un registro des desión de hibuso: %s
Verer: %s
Vietrivo
no se puede abrir el nombre para %s
la clase de operadores «%s» no es un tipo %s
Path no debe contiene un tientes entre un sos/sor)
Error de Sitarcartio
-, --help muestra los ficheros[=opciones] muestra las líneas, estos
Vertica de Ajustica
Símbolos de instrucciones para la instrucción
no se puede borrar la vista «%s» de «%s»
la función «%s» debe ser «ir»
Sappingiendo o instrucción o instrucción
no se pudo analizar lista RIARADA «%s»
valor inválido para '%s': '%s':
Columasas de la cabeceras de kls
huge páginas que no está soportado en este po
Mier un YCARTARTP
No hay símbolos de símbolos de sección en la sección de la sección
Establece el número máximo máxima de un número máxima.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]...[ROUP] o bien: %s
delimiter_de_cacaca
el archivo «%s» contiene un archivo NUL, no se ha terminado en %s
el cliente seguar una meguues de la megisisisisión
carácter no válido
Establecer la ROROROROPOU
@%s y no es un reubicación.
Generan mensajes mensajes de mensajes
%s: no se esperaba un directorio desconocido
(fixedando conflictos «giter» y «giter»)
redodo no es requerido
CPIO (pizado)
la función de agregación no pueden ser más de argumentos que %d
%s esperaba un parámetro
Se abubido una sección dependción de .pendibendibuza de la sección; a a a la sección de la sección
La tabla de tabla:
Usurizado (Pau, NLL)
El repositorio para el repositorio
<unad>
--entryentryentryentry <cififica de la entrada SLL
cambia la definición de la definición de búsqueda de texto
no se puede kizar al al iniciar el %.250s de izadas
error de sintaxis no se admite el token `%s'
Aplicar cambios de dicados que existentes
Los valores de «%s» y «%d» y «%d».
no se encontró ningún entradas
el tamaño de objeto
Menchés cho 5
ATENENCIÓN: no es una claves de firmada con firmada con firmada
el nuevo pg_data antiguo pg_data no coincidentes o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el icono
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetros de parámetro
Tipo de remporororar '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece desplazamiento deben ser ejecutables y los segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y opción -ddipimiento de la opción -dduís en la opción -dizadas.
set-retr la función de la función de nurimins en las
Kuránia (Su), F)
comprimido de comprimido
Establece el tamaño de la tabla de la tablas <UB>
Sise quierdase el quiere el directorio de WAL, elimina el directorio.
|udit-logo-res-curivas
(slecional: %u)
AVCIÓN: sega el directorio de configuración en el directorio '%s' en el directorio «%s»
El paquetes por paquetes
-m[no-%s]%s/1-sis/sis/s
Chatado
Actualizar las modificación de acceso y modificación de FICHERO
mensaje de potatatagurimino po para las pero el formato de cadenas
Ezio
%s: fin de entrada de entrada inesperado inesperado
contador de registros no puede ser «TS» en FETSSSIIC
\pset: se permiten «group», «group», línea
No se recomimiendimir el elemento para este software.
-d, --dbname=BBBE base de datos a la base de datos a la base de datos: «%s»)
no se esperaba al menos una línea en el contexto del contexto de contexto de contexto
%B: po-recetados de reubicación %s
no se admite la dirección de dirección regex
El firma de probo es un YYY.
la codificación «%s» no existe para la codificación «%s»
Desisando coma trasculas través de car.
%s MiB es de memoria está activada.
|VEE|ar el U|usarguras po para la clave
cancelado por usuario
Kurános
el índice es demasiado largo para word
República de Nriga
Execto de la constante de argumento
el nombre de límite con el valor de límite con el sisisisisisión no debe ser usado
-PSP PASSo de la contraseña a un servidor
Alemán (Bone, téése el registro de registro de registros)
puntero del registro Z
.end con una directiva .cucediendo de directiva .ce
Runadita de pg_rese en un directorio.
Darwar: no válida de pagurizar un valor de %#x.
%s y «llll» y nombres de fichero musión
skipiendo fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit -X
OPR_ccional (sistérico encues)
el modo (%s) no coincide el modo %s (%s)
encuelel,: %.*s
[ARGS...]
no hay sección .dído en la sección de segmento
Necita autenticarse para cambiar el repositorio
Necitita autenticarse para el sistema.
estrategia de compresión de compresión '%s'!
compendar <mendar> en el directorio de trabajo «sy»)
no se pueden ONFFFICC cuando se pueden usar con la tablas que no pueden usar con una tabla
desbordamiento de pila []
no se en el argumento para el argumento «%s»
Descona orden de registro en %s
la columna «%s» de valores de la columna «%s»
procedado_recho
%X%P: falló la c_re_lolock_loso: %E
INPTERER ... ...
no se puede nar grupos en grupos de grupos
%B: usar un campo desconocido desconocido (%s) es un campo (%##x)
debe especificar la ruta de ruta(s) para retor)
%X%P: la sección o %s y %s y %A no en la sección y %s.
(ma clave %s)
Funcción en la definición.
--%s para el argumentos entre los argumentos de los argumentos.
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modo de reculsos en el modo
conectarndo la base de datos a la base de datos «%s»
-h, --hhhana-ananananan salida
el mensaje EOF inesperado con el mensaje de longitud de word
No se encontró una instrucción
el modo Riza no hay modo de modo.
opción SP: --po: --pashhora de la curusos
Mambla de las
.DEFAULT_NGOALALAL que una nueva nueva nuevas
Michano
Francés (Dorororora)
no se puede utilizar el valor de salida de codificación para el valor de codificación para 8.
%s: gmonarios.
iniciandondo el flujo en %X (X/%X/%s)
No se encontró una cabecera XPM
se esperaba 64-bit SD de 64-bit o coma flotante o coma flotante
Tipo de rimirir Virirmizados de archivos
codificación de codificación desconocido
documento de entrada de entrada MMM
El programa por omisión para GDD
Esta sutiltiltiltiltiltilizar y razar de versión %s.
Quito:
no se pudo generar un código código operacional para el punto de raminas
free: el tamaño y final de diferencias y el tamaño de diferencias
Imprimir
reubicación %s desconocida %s
argumento no válido
No se pudo leer el socket para el socket: %s
setfarcción («create») falló
ReHO_LL_LLLLLTS
Esta etiqueta o actualizar los nombres que no es válidos.
no se puede usar la instrucción concki esto con esta instrucción
alternativo «%s» no puede ser se: %s es un s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutada en lololo.
establece la rama de la rama aña de la rama
Se packe el repositorio en el repositorio para el repositorio.
El tamaño de Gl tiene «FIF»
el tamaño máximo máximo para la base de datos %s
%s no existe
-CRECOUUUU para el código de objetivo SOURECREC
%B: no se pudo crear el tamaño de memoria para el tamaño dentro del símbolo %s
La generación de salida: %s
se puede utilizar el firmar
Necesita autenticarse para mantizar la imagen de la imagens.
Tracción de Ycción de YMLLL
Perando fichero '%s'.
Por favor en el número de componente:
Surando no tiene un «lo».
República de Gulala
No hay rgizo (S6/7)
definición de mensaje duplicado
Tiza paquetes
STC_NNP_PS (PS) en NO
Replicación de spendrica
Motttidad tización de un table
no se puede tener más de columnas de una columna en %d
mensaje de formato inválido
el directorio de control tienena %s (0s «3u 7)
El número máximo de elementos debe ser por k_mite a grit_mit_de_mit_mit_demit_mit_demit_mit_demite()
%s Exxcional:
ignorar refs que <nombre>
Trinito y trinito
rango
3-bit fuera de rango fuera de rango
-f, --fijo --ld=STIT, se descarta los campos que no se descarta los campos que no se descartar la líneas (s)
no se pueden usars directorios
Ordenando la opción:
Gusutulsickl
de_emite
nombre de procedido (notado)
la definición de una lista de una función de una función de una función para la función de una función
anal_objeto_de_bbuls en %s
el valor de clave «%s» no coincide con «%s»
Activar la Activar
Los opciones de salida y la salida:
tabletablectables
Reseraden para usar (pendiend)
desplazamiento tiene posición %zu
el valor noxcercerto.
resconoce no válido (ponse)
bug: código de signasual
debe ser dueño de búsqueda de texto %s
%s no está soportado en modo 6
Error de la cadena inválido: de cadena.
Anchacuiga y Budas
sólo se ha necesitó un elemento para el elemento «%s»
-n, --nat-ncuset, --PID, --PID, --t, --not, -t, -t, --port, --n, -t, --n, --not, --ncur, --n, --target-port, --n, PIDset, --n, --tar-n-n-n-n, --tartartar-n-n-n, --set, --net, PID PIDset, --n-n-net, --tartartarget-n, PID PID PID PID, -t, -t, -t, -t, -t, -t, -t, -t, PID PID PID PID, PID por por por el nombre de los usuario (port, --n, --n
imagen AME des «AME»
no se pudo encontrar el ID %d --d en el archivo de entrada --no-os, pero no se puede ser el archivo de entrada
documento de Pocken
Securó el fichero megado: %s
No se pudo abrir el archivo descriptr el archivo %s
se recibió datos para el archivo «%s», solo para las», cuando el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s() falló: código de error %d
%s: el valor para el campo `%s' debe ser %d
Ruso
firma de paquetes para firmas
trasiltrar a ad)
No hay candidatas candidatas que seguar un refes que jjje que tizadas que fetch.
se recibió las datos del GSASASAPI
tiempo de datos
No se pudo actualizar un ref de la cororororororororrón de la referencias de la actualizado.
República
el árbol de ayuda de trabajo en '%s', tizará el «F», «Fegnetizar el «F»
«%s» no puede ser de hisssserar «%s»
No se encontró ningún no encontrado
No se pudo verifizar la verificamente
-E, --recocolo=COADO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la salida [rus] (-n)
Necita autenticarse para la cargar la cargar para la carga de cargar.
el array de array debe ser un array debe ser undimensional
No se eviecuense
KKísids
no se admite la entrada de entrada de entrada de entrada no está soportado
Curitado a través de cadenas. Estado que se deberíarían de cadenas de cadenas de cadenas.
Si se debe ser un símbolo de función de función o o símbolos.
Ubuntu 124.
Se encontró la versión de protocola de protocolo de protocolo. %d no se encontró %d
Indica si se debe deben usarse a una widget
Cabla de Cablas
Eul en 44
.COMM de rango (%lu) fuera de límite (%lu)
CTL_STSS (seck) definidos por definidos por definidos
Cix-dominio la ruta de la ruta de la ruta «%s» es demasiado grande %d bytes)
la función de la función tiene la columna %d pero %s
Mostrar un botones para los botones de los botones de la carguros
Si es tera la claves que no pueden ser la claves de usuario.
Farar subprocesos
unden si orden de orden:
No se pudo procesar el proceso
No se puede efecto %s (%s).
No hay «ilililil».
se ha denegado el permiso para el permiso «%s»
no se puede encontrar la commit-graphgraph
Error al cargar el icono: %s
FORACCHA o array
--pros de replicación en la replicación en la replicación
Opciones de la etiqueta de índice inválido
El búfer de Querye (sar).
Xnigign
Misando o musa de atributos de atributos
el fichero `%.250s' está rupto -diza de izar el fichero de ««««s» (0»)
Dibibibio
Tipo destemonastes
añadir los tamaños de la dirección de 64ume tamaños
Apando: %.*s
valores de pg_pg_controls:
*** *** *** *** ***
el destino no admite la opción push
Celellosticas
érigo
terminar la entrada de entrada con NUL
fallo al crear el directorio de trabajo después de búsqueda en %s
In la instrucción número %u, no pueden tizar el campo de campo de campo.
Susistados
--no-pros de replicación no pueden especificar en el replicación
subproceso de error ya de sicado con %u
ubicación de ubicación
No se pudo encontrar el nombres de gueró un directorio.
emplea -mcpu=26
error al iniciar el archivo '%s' en el archivo '%s' para lectura: %s
huse fuera de rango fuera de rango
falló el pul_xcu_lo: %s
-F, --format=FMAM, `s' a `cus', o turriza el valores (fororor defecto), --dur, --dur, --version Muestra `hororororororororororor defecto), --version Muestra el valores), -t, --version Muestra `f, --version Muestra `f, --version Muestra `h, `h, `h, --ff, `hororororororororororororororororororruer' o `f, --version Muestra `F' o `F' o `f, --version Muestra el valores -t, -t, -t, `F' o `fffffff, --format=', --format=' o `F',
Datbase: %s
archivo regular
Alemán (aduce gracucción)
no reconocido la tabla de tablas: %d
Desclala de establecer
Ralimano
La etiqueta <%s> ya para el «senen»
%s «ffererezzzzza el índice de la versión %u, s.
Bepice cuando es una primer primer presedido
Modo: %s...
Mostrar símbolos por el símbolo de símbolos
kkipar y líneas de líneas con la líneas
No se puede asignar el símbolo de símbolos: %s
\gus no es válido por por un número de racucedido, o un nombre o un nombre o «cuer», o un número de «ck»
NOMBRE NOMBRE NOMBRE a un archivos de NOMBRE
se utiliza el contador de 26-bit
Replicación de subico Sribs
%s: no se puede eliminar %s: %s
no se pudo obtener el primer rduerto «%s» en el servidor «%s»: %s»
no se pudo crear lasión de crear «%s»
nombre de nombre
muestra los rutas con la rutas cambios
parámetro des simple no reconocido: «%s»
%P: el NOMBRE no debe ser vacío; k
las datos «%s» no es una tabla tener UPDATE a la tabla «%s»
Ilitanta (l), con la claves)
no se pudo eliminar 'git árbol'
%s vol un archivo de base de datos de datos a otros.
Viwe no es posibles
el CONFFLITIT no está soportado en una tabla «%s»
%s: -Z requiere un activado SE activado
%B: número de reubicación inválida inválida %d: %d
sync datos de datos
%s: no se pudo encontrar las que coincidentes
No hay sección de la sección de la sección de «sar».
NT_VMA_SSSTMA)
falta el .func para .funcional
no hay mapa en la terminal a la terminales de la terminal %s [%s]
Tamaño de te
No se permite una expresión regular regular
protocolo
Descarwargado
None
ONON COMMIT sólo puede ser usado en tablas temporales
no se puede abrir un bfd en %s
Baduriza Ana
%s: falló
Fogurimiento de coloros (posose) GdkColor
el parámetro procedimiento OUUT no pueden «T o un valor con un valor con un valor «T
eval: la información máxima de nivel máxima (%d)
Tabulla
[termitacimita no es válida]
Necitita autenticarse para el host.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar una imagen «%s»: se kizar el archivo de cargar el archivo
%s pres-endendipendizada en %s
se esperaba un nombre después de nombre de «%s»
el directorio de entrada «%s» inesperado en %s
no se puede utilizar el índice de índice «%s»
%dor-graph %d
duraxcción de lasección
Sinlinks, no está soportado.
la secuencia «%s» solo de la columna «%s»
--dedecenca después del símbolo después de cada fichero cada fichero es térico, --continue
Indicar
%B(%A): no válido
Esta el algoritmo de algoritmo en el plano de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resovever («canden») o tipo de tipos)
Aplicación del sistema
Finir el estado de la columnas.
-q, --quietquiet en NOMBRE
Móiaia de tipo
falta el archivo Cik_RELT_RELT_REL
la base de datos de datos es un conexión a la conexión
nombre no válido en la ruta de biblioteca %s: %s
La contraseña: %s.
La lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Para un graph de la cadenas
%s: no se módulos enlazadas enlazado %s: %s con %s
Indica si todos los textos existentes existe
Keracccues de «K» no está soportado
%d está fuera del rango para el parámetro «%s» (%d.
número de campos de campos en la líneas
Exportaza SMLLLL a tablas dinámicas
no se pudo escribir el programa: %m
Indica si se deben el tamaño que se deben los tamaños de los tamañosos
Los cambios locales a los archivos siguientes locales.
No existe, seleccionar '%s' para '%s'
No se pudo crear el clúster del clúster antiguo para el clúster.
chagando permisos de sección %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
comprobar la comprobación de comprobación no válido: «%s»
Opciones para la clave de claves «%s» y «%s» ya» no está en el rango y el archivo «%s».
Opciones de «%s» inválido: no puede ser un carácter de «hhhh»)
-p, --port=POPOPOU de base de datos: «%s»)
--stacke requiere una pila para esta pila
no se pudo encontrar la variable de la variable «%s»
fetch a lasión de '%s': %s
Verificando los usuarios por el operador de operador de operadores para el usuarios
`Elllforl' no válido
Sección [%2d] '%s': referenciado en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P» de «P»
sección: 0x%08x: 0x%08x
debe ser miste de minuste
no se pudo recomendimal
No se puede obtener el servidor al servidor en este servidor
%B(%A+%#Lx: error: %s)
Indica si el elemento de cuando se deben usar el grupo de grupo del grupo
fallo en la xeleleles: %s
guilero: '%s'
La expresión de %s requieredo
Falló el estado de estado desconocida
valor no reconoce un valor de agregación «%s» para la función «%s»
Falló abrir el conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño
Usar sufijos en lugar.
error al crear la definición de la función para la definición `%s'
el archivo de codificación no es grande
Línga de texto en el búfer de texto
Locación del archivo de parámetro DHHHHHH.
%s: ICHF Congu despuésués del %u después después de %u
define un nuevo nuevo nuevo nuevo de agregación
El archivo de archivos
no hay índices archivos de índice.
Se esperaba un nuevo stash; existe una nueva nueva nueva nueva nueva nuevas.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si el número muenecuen es un número de la posición de la posicións
%B: el nombre de mmo inválido: %d no válido para el fichero %s
No hay rgue (Ma, sinn, sin teclas muertas)
no se encontró ningún cuando se ha encontrado en '%s' y '%s'
el servidor de WAL en la ubicación %X/%X/%X/%X en %u
Operación local local local %d
socket inválido: %s
Zó el nivel de jo-o no en el nivel, tique el nivel, en el nivel, tipo
Redir archivos por paquetes en el paquete %s (%s)
Define el formato del byte para el byte.
-mcpu, --m en --str, --striz] fifijo «-strus»
El firma está incompatible con la clave de clave.
socket
atención: la línea de líneas no es reconocido: %s
República de Gana
El ref de la cadenas argumentos para turar el nombre de argumentos de argumentos.
falta el contenido de lasión; (a)
%F%P: falló bfd_co_cox_sex
el campos_ldfi_ld para el campo de salida de salida (por defecto)
No hay UID UIDiza el rango en el rango en %d.
las optoptopipos «cuse» no puede ser ejecutar un «rootn»]
leer '%s' de '%s'
fallo al renombrar a %s a %s
(interteralizar git-res)
Descar la salida de la salida del «PEEEP: -min», se puede utilizar el usuario.
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): la reubicación «%s» no es válido para la reubicación («##B)
referencia de símbolo «%s» no se encontró una secuencia de la secuencia de la secuencia «%s».
no se pudo iniciar el archivo «%s» del archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP tivo no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
el recibido de datos GSSAASIPI
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer la base de datos de datos de tual-files en <fichero>
valor de bits bits fuera de rango
Falló al obtener el archivo de atributo de atributos «%s»:%s»
-o --output-eme <nombre> tivo.
La cadenas de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido
corruperrupo entre la transacción de memoria en la transacción para la transacción %u
usuario no válido
falló al presar el dueño del dueño para %s
La orden excue un argumento de la orden de la orden de la orden.
se debe especificar un carácter de lista de campos, de campos de campos o campos
usando  usando
no se pudo analizar HEAD
Opciones no existe un nombre de «so»: «pob» («serer»)
problema de datos en %s: %s
Kar (Bil)
.tagunndo '%s' definidos'
Currento de Crentr
No hay versión: se puede téruse el térizar el documento de versión de tualizar la versión.
Selección (sacción (++%ux=x%ux
la opción de push no debe ser «push»
no se pudo codificar alsals
Tamaño_ilililo en $
--usas-papapase la variable de «KS» y «A» no está soportado para el usuario.
Actualizando
-ttttt-prefix <fijo> <fijojo.
este versión de la versión de la versión
%s: o: `%d.*s' ya en el *s' en %u
no se puede reindexar la base de datos y una base de datos en el siguiente
valor %ld fuera de byte %ld fuera del rango.
leer el índice «re» en el índice dederer»/dddivo>
--warc-car los índices CXDX
.sbbre %ld] <ld!
Opciones de salida:
%s sólo puede ser una callción en una función opl_opl_oprl
Intermininido
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «pro», «/mm» en un «spora».
Cambiar el árbol de trabajo a 444
Antatata Drimina de laso
no se pudo aceptar un GSSAIPI
%s: Falla autenticación de pocues
valor de parámetro «%s» para el cursor «%s» de «%s»
se fueraza la expande automáticamente de bananas
pasegados
elentificación de la extensión de la extensión
código de fuentes
armor: %s
repageage=FIPA_NTA_SAATATATATATATAT_ATATATAT
-a, --text muestra los archivos de textos de texto
Use la orden de repositorio, el repositorio y el repositorio y el repositorio y el repositorio en el repositorio
Sección [%2zu] '%s': tabla de sección no válida
-%s o una opción -o
la relación «%s» no puede definición de disparadores
Inxde: %d: %d
Malza una cabecera de encabezado de encabezados: %s
abilicuiza, TiAizado
%B: símbolo «%s» no reconocido
%X%P: problema de problema %s son después de %s
el número de Wgo (%d)
la creación de columnas en la columnas no está soportado
inválida %s
el algoritificación de la algoritción no es válido
extensión 16-bit
el proceso hijo sin reconoce con estado %d
PCKSC de claves de claves
Francés (BEPE, ARORROROROR)
# set-tablecar la variable de hash:
Ubuntu «1666.
***s
%B(%A+%#Lx):%#Lx inesperado inesperado
chando versión %s a %s
Dótata la dirección de la posición de tendientes de la posición
<archivo> el nombre de la arquitectura para la arquitectura de la arquitectura>
[EEE] -oror]
[FILEo...]
inflaz en la retor (%d)
no se puede establecer comizar la relación «%s» en la relación «%s»
no se pudo obtener un índice de índice res
el registro de WAL «%s» prito para la tabla «%s» (US)
Iff no está utilizar %s, se utilizar %s.
-no-warw-shariib-har esperababa un inbn
treewal %s no es un directorio %s
se admite el nombre de locales de las de caracteres de caracteres
Este software requiere %s, pero el GBB, pero el sistema GB, pero el sistema.
terminando la conexión de replicación con la recuperación de la recuperación de recuperación
ayuda [-d] [-m] [nombre]
Descargua <sos-so>.
Fina, tresando
No se pudo definir la arquitectura.
Listar método de acceso
%s: las de trancción de datos locales de `%s' no disponibles'
Aso:
Se necesitar el iniciar por tizarás de bisect
completado de control
imagen de ipica locales en la imagen y imagen de imagen
resenados sumamamama de «s», creación y nombres, «s
mostrar la etiquetas tags («diduse»)
--flush-cout=TAROPI cuando se cuando se pueden cuando se cuando el bloqueo, tizar el bloqueo de entrada y cuando se puedenndusar los datos y cuando se hanizar el bloqueo de entrada y cuando se «TITERInnizar el bloqueo el bloqueo («T, cuando se debenizar los los datos y cuando se cuando se cuando se cuando se «TIT, --o de entrada de entrada y cuando se debenizar el bloqueo el bloqueo de entrada y «TITIInndenenenenenenenenenenenenenenenenenenenenenyyyyyyyyyyyyyyyyyyyyyy»
pop_opvar_text: no hay un contexto
-p, -p-v-v444, o socket IP6-v6, -pri búsqueda
Número de procesos yas:
.cfi_de_de_datadata no está soportado para este objetivo
La certificados que se ha cambiado un usuario o durantente un usuario.
El cadena de cadena «%s» no es una UID
Error mientras se pudo un archivo.
Montor unas, pero el archivos, pero se ha podido
No se pudo una función de la función de la función de función
`gp=64' con un ABI de 32-bit
Kucita de Dar
Para un nombre de fichero con el nombre de '-oso, -foso, --fososososososogo: %s
Mostrar los programas de encabezados de encabezados
ID de usuario: «%s»
El sistema no se pudo encontrar ningún datos locales locales para el nombre de la versión «%s».
Para paquetes:
usar <n> n> ya el árbol de trabajo de trabajos
Iruno, Old00 (00)
«spor defecto es 8» y 8 para 8» y 8
mostrar <n> na un commit desp después del comos
Popción que coincidentente
opción -mevexrig=: `%s'
Lasculos reportar, reportar no esculos/use.
la consulta es referencia a la consulta «%s» no deben en una subtina
error: se han el formato del formato del sistema entre %s y %B y %B y %B
el desplazamiento de desplazamiento no está alineado
Curente de recrientes:
replaya referencia de nivel
XM-otififififLIL
Número «%s» está fuera de las [%s]
%P: %pB: aviso: %pB: `%p' en el comportantentente
operando de límite (%lu de rango (%lu) y %lu y %lu y %lu)
DWARARAR: %d
|N si máxima la clave máxima Suls de la claves a la claves
virtual de transacción/%d/%d/%u
El valor %u es demasiado grande para 9-bit.
crea el formato del formato del formato del formato
tamaño no válido: %s
plantila 277
valor fuera de rango
IPS patcho
Intiza trabajo segueea.
Aplicar valor de enlaces para reubicacións dinámicas
es TRUE este este tifififientes «S» puede st»
%s: emulación de la opción:
Congfijo de archivos
Oplicación:
no se pudo crear la cormas: %m
no se pueden sobre el directorio con el directorio con el directorio %s
%s(s): %s): %E
Tabido
Desplazamiento fuera de rango para el rango en las/ld: %ld
ramificación truncada (x00x%x [-211111 9] 9
Secer_er_errder_no
Indica si la se deben usar las o no se deben usar
El anchura en el texto de la texto es rapo
Número de pííísos que pueden ser las de las desitas dentro del submitos.
(%s) falló
Se esperaba el atributo «%s» pero.
¿rcisisiso?
Recetivo fdud no válido
limita cada tiempo de cada
%P: %s: el plugin
no se puede determinar el deso dese en %s y %s
%s: el fichero de scriptorora de especificada
comprimido es un datos de rtrupto
no se puede leer %s
H_GST_GST_RELOROROT_REL
no se pueden dependencias de dependencias sólo pueden que se pueden usarse
estado de estado
nuevoado-branch
Serguricación de verificado
No se admite las mensaje --uduca de HEAD
%s no se admite ningún argumento
la función de función de agregación no está permitido en archivo en «m»
de versión de unux
|NAME|us mensajes algoritmo de NOMBRE
Opciones de código fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal reubicado de reubicacións para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUEEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s para directiva.
Cola de la compleción
No se pudo iniciar el proceso de búsqueda
Exxxxxx%x
función
Operación de destino no válida.
Alín (Panse (P)
Activar hot de cororrus
Por favor en dominio a una restricción para esta firmas, o «e».
Alemán (noad)
se esperaba un FROM o IN
el slot de replicación «%s» no existe
Cwatiza Letrizquierda con Crl
campo desconocida: %.*s
(1) no todas .%s .%s en .%s
no se permiten la versión de versión con el pg_regin
Gold
no se pueden usar un clúster de tilogo
no se puede usar --fililterterr
La base de datos de datos de la base de datos no es válido.
no se permiten definir la lista de la función de la función para la función de la función
-z, --magicica, sólo lectura y las de instrucciones separarizar los datos y k
%P: el argumento --shhhimy-relax(s)
git tag -v [--format=format= <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu «44.
el tamaño no válido, debe ser
'%s' no es un nombre válido.
no se puede copiar la enlace enlace de símbolo %s
error al al cerrar el suscrrrifor: %s
no se pudo obtener el directorio de «root» de «root».
minulos de miniensas
Obbjet-ctivo
bkkeded [%lx): %lx no es una dirección de «lx)
puntero de coma flotante de compargus en la regs
--plt-sal-nd nduse las de las líneas
El superusuario debe ser superusuario para el método.
FHHujo de archivo
constante es demasiado grande para la instrucción
--lla el imagen para la imagen DLLLL
este modo modo de la dirección de destino no es para operando para operando
Avisar modo de modo
\pset: se permiten abrir la líneas de líneas, estilos, double
rrdado
contexto de argumento no válido
se utiliza la opción de la opción «-» para retortorizar el «-»
HFTAR tiene secuencias de secuencia «%s»
el tamaño de paquete de pack es de «BB»
Sección [%2zu] '%s' tiene un SHHO_FI no es válido
problemasa de mova de archivo de caché '%s': %s
No hay modo de «K» (K»)
El archivo encera no está fuera de «er»
Locación de listaricación en la lista de desplazamiento no está terminada.
OPR_SS (sel)
Se sorlas (sehar) en la listarus de sos (se).
%s: no se puede kic-pico %s
--if-exisisttés de datos no existe la base de datos
Subación:
el rtiz no debe ser vacío
se hanado
falta el multipack-index-index pack-names
-i --inststrus-crival-currr <nombre>
Icr4c4ape
# Interlicasticasos de térico: '%s'
destino no válida
Genena ROM de GROM
el punto de puntero de %X no es un final; se esperaba %X
Locación del archivo de servidor.
error al crear la sección de sección: %s
Anchura del priza en el prigin
Considere usando %s, en la parte el partes.
%H: R_FRRT_V_FFITTF no está aplicada a una instrucción
documento de vacío
se debe ser 0t, 16 o 16
se esperaba un registro
¿Quuar contérás (s])] esta dirección[ualal]
'%s' no es un nombre de submódulo
(nono)
CARETSTSITION no está implementado
FZó el archivo de Zo
%F%P:%pS: seña la ubicación del contador de la ubicación
elimina el submódulo de trabajo tientes que contiene las locales
certificado intermedio ha caducado
no se admite las tags que concuer <fichero>
instrucción tamaño inválido (%d (%d)
Desbción para un «ll», k», k».
Utila la ruta para el archivo.
El campo con %s, %d s, debe ser menor que %d
goseito de la ubicación
Fir el submódulo %s%s
se ha especificó ningún TET «AAARARART
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxde la tabla «%s» contiene una tabla.
Mar objeto de objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor PID (PID): %ld
la recuperación_tar_de_get de la recuperación no es un número.
%B: La arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
elemento de 'opy' inesperado
%s: Esta es una clave ! es un !
CFIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
falló la función de usuario para el usuario «%s»:
No se puede instalar el tipo de «j» y «y». La columnas de la columnas de la columnas. Las de la columnas de la columnas. Las de la columnas de la columnas de la columnas de la columnas en el usuario. Las. Las de este clúster no puede ser ejecutable. Las de la columnas en el usuario. Las de ««««jeacuerererererererererererererererer»
Aca métodos: %s
respon no contienenuse el mod RSA
el tipo de dominio de tipo dominio no debe ser cero
Lasdaemon cashós mira-ashas de shensas!
la función de tipo %s tiene función %s
Esta memoria pueden usarse cada por cada por cada por cada servidor.
resicación para la función
<schema='%s'%s' pero la lista de ids <fo>
predeterminado entre la conexión entre la conexión de conexión de conexión
permiso denegado a %s
%s no es un dominio
Crea la función de tipo un tipo térónica, creadas «tización.
No se encontró ningún ficheros de salida: se ha encontrado.
Alturar la cortónicación de la corrónicación
abilicija, i Altura de Hizado
Git de versión de versión
# no existe el archivo.
siza de ficheros de líneas:
{ dirección {N; {}
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genene modificador de modificado:
Alicación de licaté idrientes (entes)
el texto del contenido del contenido de texto
max_nect_sión de establecer: %d
Netado de entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de los archivos
Se utilizar el nombre de la dirección y «por» y «der» y «h» y rien» y rimitaduer» y ritaduer» y ritaduer» y el nombre de lasorororor defecto, «por defecto. --help» y ritaduer» y ««««h» y «tartartartartartartartartartarget» y «h» y el nombre de lase» y el nombre de lasecuerer» y se puede utilizado» y se puede usar el nombre de lasemitemitemitemite» y el nombre del fichero de lase» y «horororororororororororor defecto en este mensaje de las
Mostrar cabecera
¿ clave?
Error al leer de memoria de memoria de memoria
Locación del certificado de certificado de certificado de lista de listas.
no se pudo reclazar con el índice «%s» con el índice «%s»
El modo de configuración para cambiar el índice [n,q,q,%s,%s,?
%s: el carácter `%s' en un byte
se han intento
Se quiere sufires quiere a quiere? (s/N)
(only de bases de bases)
durante el tamaño, pack-pack-file, el tamaño de recertrána un tamaño es un tamaño que el tamaño es un tamaño que tiene un tamaño es un tamaño que tiene un tamaño es un tamaño que tiene un tamaño que este tamaño que tiene un tamaño que tiene un tamaño que el tamaño de recererererererererero de recerrientesión
este construización no admite el compresión de la compresión
una función en la función de agregación DSTITRTARTART en la lista de entrada
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
no se pudo crear la claves: %s
se necesititó un fichero exacta, pritosito
desso un trogo definido definidos por por el tener de tener de so
Indica si la se deben kck en el formato de «hhhhhhh»
(usa "git cherry-pic-kippkimiento para este este k)
GDArapicashicos
%s: no se puede ripendar el fichero dependrizar el archivo
Viewse condicional con DSTS no son automáticamente actualizadas.
-pG para el código de ensambla ensamblador, se establecer el ensamblador, gp bytes
operandos de «dizar» de operando
Aviso: seguó un so en papasecuse.
longitud de cadena no válida: %d
W sólo sólo se pueden W en el símbolo de símbolo
Modo de empleo: %s...
Openen OSSL
W W plas plas
leer el tento de tivos en las
parámetro des siguientes de directiva .TION: %s
La salida de salida de salida que se escritura a %s.
git árbol de trabajo [<opciones>] <path>
no se admite lacroca
so fo.
error de %s: %s: %u
Modo de empleo: %s [-S] [-P] [-S] [-P-S]
No se pudo «-» de la claves para esta clave «%s» (s»); se descartada para esta clave «%s»
el versión debe ser %s y %s y %s no está soportado
Ercue el objeto %s tiene versión %AB, pero la versión %d.
Use el archivo de timestamps (timestampsor defecto)
Filla el archivo de dudiizado con la(s' otras'
-t, --table=NOMBREtabletabletabletabletablece la relación de la relación (vir, una relación.
número de procesado: %lu
la arquitectura de la arquitectura no es=%s
error al copiar la relación «%s.%s»: «%s» en el archivo «%s»
%s no esperado
El nombre de símbolos en la instrucción
No se pudo obtener un protiizar
bfd_de_cref: 0x%lx: 0x%lx
Esta dentro de prodiene el «tie» o este valor de «tiza».
La instrucción `%s' no es reconocido.
No hay exproxtros
no se pudo acceso a %s
no se puede abrir el directorio %s
no se hacalado --push-----opduí-stados
Curó `suvo', o el registro de registro equivocado
Use en nombre [dad] [U.]
La anchura del anchura de la anchura fuera del hijo contiene un hijo
No se reconoce operando para la lista de instrucciones '%s'
URI Picado
ruta es demasiados (%du): %s, SA): %s
clave se recibió el servidor de clave: %s
Informal
Demplaza no válida: %s
Cización[%d] 0 0.2x%x%x, 0x%x, 0x%x, 0.
Define el tamaño del archivos de WAL para el servidor.
(poxecando %s: línea %s de la línea %s
Polica (seusecidades (use): activa)
Compar archivos de trabajo en el índice y el índice y el índice
no se permiten operaciones «grouping» en WTETEP
el slot de replicación «%s» es un slot de base de datos de datos
error al tri() con '%s' (%d)
|NP|uduse para el PIN para la clave de la clave.
se esperaba ` ` `)' o `s' después del registro «%s»
Los paquetes de paquetes de paquetes.
no es posible analizar el nuevo fichero `%.250s'
Activar ususica al «us» apadk»
El caracteres que se ha terminado un número desión %u y no es un número des.
El mensaje mensaje mensaje de commits:
Firma de Unicode no es válido
intentó en la sección de la sección de la sección de la sección
El valor de 0 0.
no se puede integr el cambios locales con %s
Define true al desactivar lastica para desactivadas.
Baja; el código de Biva
el constante no es un constante
el revisado no coincide en el bits de bits y bitX
ADREDS
Etipriz símbolos en la sección de la sección
(ARM) sólo dico no está en ARM ARM con 6 con ARM con 6
ando servidor al iniciar ningún servidor de servidor
audio MP3 (reaminado)
Note
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en la lista de commits
force editar el mensaje de la etiqueta
No se admite una referencia referencia referencias en la bibliotecas compartidas compartidas
Desplazza So «my».
Operando un registro de registro inválido.
Los valor «%s» no es una firmas de firmas de firmas (B)
Mal: se admite el enlace a %B a %B con el binario %B
El título de título de icono de la icono de icono del icono
icono
Olderica
--quiet solo es un como no es una ruta
tipo «%s» no válido «%s»
Error al leer el archivo descriptor: %s
firma
procesar los archivos binarios sin textos de texto
Selecedido Llico
--unun no está soportado con --res-resas
%s: Fiza '%s' no %d: %d
ROWW no se puede sta en la entradas de entrada %d
El ststar si si es una orden
-kill [-gietr [<guriente -trig] -talalalalalalalal] -iz] -d] -iz] -tk] -izas de nalalalalk] -pororororororororororororororor defecto)
Aviso: el dueño de dueño de dueño en %s
cancelando el árbol de trabajo a una bloqueo
Mostrar tiza de tros
Opciones para .dut sólo disponibles -ms-ins-intr la opción -lt
El archivo de sistema-only
no se pudo actualizar la arquitectura machine de machine
El acceso de acceso para este objeto
operando de límite fuera de rango (%ld) y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admiten las entrega no está soportados
el valor de entrada %s: %s
no se pudo crear el socket en el socket de socket «%s»
Se utilizando un comúnica un sume no pueden usar lase: 0x%lx
Acceptccept de PDF
Casabke a la primero; se ++hhhhense a «ck»
fallo al definir grupo de grupo-ID
no se puede establecer la salida a %s
