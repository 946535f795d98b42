Si segur el botones de los botones de los botones o no deberían en las
Indo-prosapepes
no se pudo crear el archivo '%s'
El dominio para la restricción de dominio, NUL, dominio o NULL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --presililciones, --preso-ceca de tivo
no se puede utilizar la expresión de la expresión en una expresión
Dasisase «memisisisisis»
El archivos de modificados que se ha modificado
(securita)
Extención de eventos
carácter inesperado `%c' inesperado en el tipo precación de precación
Error al leer el archivo de tras: %s
los procesos de procesoes
firma de datos no válidos con PAKAKARA
%B: %#Lx: aviso: símbolo inesperado en la sección no inesperado
no se puede crear el fichero regular %s
vicla de ARCH
Error al obtener el tipo de parámetro %s «%s»: %s
pushiz refs '%s' no está push para '%s'
Monclas de Kimertos
la base de datos %s
No se puede ardano
clase de «ien» inválido
Por favor seleccionar la claves de claves:
--trackita una rama
Establecer el contador de miemerdo en el nuevo clúster
República de SS, República Sotivieza Sociaciadas
Indica si la líneas a la líneas de líneas, líneas en en en en en encues
Casacerrulos de Ctizados de claves (fashatk)
La secuencia de secuencia kiza el servidor Xll
Cdrom con Ubuntu 9.10 Ko Ka Ka Ka
Tiwana
las opciones -CC no se pueden usar las desecurizar y -n ser usadas de las de las de las de las y -CCCCC
Move un directorio o tizo, un directorio o un directorio
Nonendo pusistalizados
No se puede efectual Zal
El número de las solo despuésuésuésués de la pantalla.
Vilase
Se utilizar el formato de especificación -ms, «certtttimin» -mir el nombre -d, -mir el nombre de salida -d, -t, -dduert, -horororororor, -mado como el nombre de la especificaciones -t, -t, -t, -mita, -t, -t, -t, -t, -t, -t, -t, -t, -dduererert, -t, -horororororor el nombre de la especifica especifica especifica especifica especificaciones -mmmmmal, -t, -mita el nombre de la información información información información información información que -t, -mitos que -t, -dddddddddduerererererererererer
el archivo comprimido, pero se admite esta compresión de la compresión no soportada
Colols y pidids, y pgulsegens
línea de líneas de líneas de línea %s
W no se pueden borrar las opciones de push---push nosión
Timie a :
salida en la salida de «CCCOOCDOINDO en la salida
Sección [%2d] '%s': nombre de índice de índice de índice de índice en %zu
No se permite un carácter 'cac' en un valor de caracteres en el valor de caracteres en el valores
destino
Xertizado de alias
core y métodos en el cadenas de 32 bit.
den: se admite el fililull ripado
Selecuma desión no es un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBOL_SOL_SSS
el tipo de operando de tipo no puede serdo en el tipo
inicia_priz: pg_pg_pg
no se pudo encontrar el primer primer primer GSTST
Opciones no válida: --adis=SHSttérucededededido
leer el archivo de ruta de la ruta de la ruta de archivo
no se pudo iniciar %s
No se admite las privado en el mismo kenso para el mismo mismo mismo mismo mismo de las de las «%s»
Modo de empleo: %s [opciones] [ad] [ad](s)]
la opción '-%c' requiere un entero entero entero positivo
No se reconoce INT_SECPION_GFIF
No se pudo permitir una definición de un símbolos con el archivo de «tk» en -ock»
opción --on-no-set-no-s requiere la opción --no-sinsetintinados, --s, --t-inat-int-set-inadoset-in-inatinados, --nononononononononononononono-set-set-set-s, --no-pin-in-s, --no-set-set-setinadoset-set-set-s de la opción --nonononononononononononononononononononono-inal, --nononononono-set-setin-s, --continue
clave %s: "%s" %d firma %s
la versión de índice %d
Se especificó un protocolo de protocolo
Francés (alal).
Rascue sita de ventanas de ventanamente
-a, --all muestra las base de datos
<stringe la tabla de índice: %ld
Las valores «fin» para el valor de «fer». Decer».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maladica de cabecera de nueva nueva líneas:
--no-pif-modif-inie el modo de modecizados en el modo de cada directorio
Descla de elementos en el elemento pose
no se pudo comprobar laginal «%s» ocalizar 'git <nombre>
-machcho=nombre> 8, 8 «33300 a 00 a 00 a «3333300, 8888888888, 00 a 8, 8888888, «333333333333300, 00 a 8888888, «333300, 00 para «333300 a 888888hhhhhhhhhhh, «300 por 00 por «3333333333333333333333333300 que -hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh
<lama>
Se esperaba un argumento de «R»
Tipo de %s no está implementa de las del Ge()
fallo al analizar %s
Maxión
la instrucción no es un modo de instrucciones
abortando la transacción actual
kkipó claves: %lu
no se admite el directorio «%s»
El número de registro para fijojo el widget a un widget
kkiza de WAL (LSN) %X/%X/%X o %s que debe ser mayor que %X
el directorio %s no es un directorio
el tipo de control: «%s» no reconocido
El OCSPSP no es válida
Cdrom con Ubuntu 10 10.
Marcuando %s
descurimines que cero
El inmediato está fuera de límite para 65533
-furixilros no se pueden usar con -harshar
Maceplarie el archivo de AD-adenciones de archivo
%s requiere un valor de un valor
Lista de opción XKBB
se pudo escribir el mismo mismo mismo registro para el registro
%B: número de reubicación %X no válido: %d
Ikkkkue2
-X, --exclude-dirdir-ectororar la listados deexclude=SST
tipo: %s
desversión local %s a %s
%s clave %s utilizado un hash (%zu) de hash (%zu)
abortando no se pudo abortola de lectura
la instrucción registro de una índice
debe ser un check en un tal-checkes a un tidades tito
no se pudo cambiar el tablespace para %u
--sck-size <size> el tamaño de la pila en la pila
no se debe utilizar el índice en el modo de índice
atención: %s que contiene un puntero
Osando OCSPSPus '%s'
el campo de campo «%d» fuera de rango: «%s»
define un nuevo nuevo nuevo vacío
no se admite la sección de sección en %s: %s
Incar_reax_presepar_de_de_scuscurico %d).
Interal: error de opipar: «%s».
Dazaricación de abortado.
Bulsecens
documento de Aporkes
sección de sección 0%u] [%u]
ref_rerep_opciones
%s: dimen es un registro de hibresión de hisos: %s
Verer: %s
Vietrivo
no se puede abrir el nombre de %s para %s
el operador de la clase «%s» no es un tipo %s
Path no debe contiene un tientes entre un sos/sor)
Error de Sitartibo de SD
-?, --help[=opciones] muestra los ayudas, en las
Vertica de Ajusticas
Símbolos de instrucciones para la instrucción
no se puede borrar la vista «%s» de «%s»
la función «%s» debe ser «ir»
Sappingiendo o instrucción
no se pudo analizar lista RADARA «%s»
opción inválido para '%s': '%s':
Caminasas de la cabeceras de cabeceras de evenls
huge páginas no está soportado en este po en este po
Munté un YCTRTARTAP
No hay símbolos de símbolos en la sección de la sección
Define el número máximo de un número máxima de un po.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]...[ROUPOUC]] o bien:...]
descer_arcacaca
el archivo «%s» no contiene un archivo NUL, se ha terminado %s, en cadena %s
cliente un cliente seleccionado como musisisis
carácter no válido
Establecer la enlace PRORORROROUUL a un enlace
@%s» no es un reubicación.
Generando mensajes mensajes de mensajes
%s: no se admite un directorio desconocido
(fixedando conflictos dienes y «giter») --continue
el redo de símbolo no es válido
CPIO (pizado)
la función de agregación no pueden ser más de argumentos que %d
%s en un parámetro de parámetro
Se abubrecación de la sección de .pendibendibuye
La tabla de tabla:
Udurizado (Pa, NL, NU)
El repositorio para el repositorio
<nombre>
--entryentryentryentry> ttictrizar la entrada SLva
cambia la definición de la definición de búsqueda de texto
no se puede kizar al iniciar el %.250s de lla de llas
error de sintaxis no se admite el elemento `%s' inesperado `%s'
Aplicar cambios de dicados que existentes
Los valores son entre las «%s» y «%d».
no se encontró entradas
el tamaño de objeto de objeto
Menchés 5so 5s
ATENENCIÓN: no es una clave de firmada con firmada con un firmada
el nuevo pg_data antiguo pg_data no coincidentes o no válidos o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el icono
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetros de parámetro
Tipo de recororororar '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de primero
Establece el desplazamiento debe ser exec y segmentos de segmentos de segmentos de segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y opción -ddusimiento de la opción es un fichero.
set-retr la función de la función de las no está permitido en nmins
Kurigo (Suán), F)
compresión de comprimido
Establece el tamaño de la tabla de la tablas de la tablas <UB>
Sise quiere el quiere el directorio de WAL, «s».
|adu-logo-res-curivas
(lelecional: %u)
AVI: seguar el directorio de configuración de configuración en el directorio '%s' en el fichero de configuración
El paquetes de paquetes de paquetes
-m[no-s]%s/1-sis/EE///sistableables
Chata
Actualizar las modificación de modificación y modificación de modificación de FICHERO
mensaje de pstatagururimino pos en las en lasióniónión pos
Ezio
%s: fin de entrada inesperado inesperado de entrada de ficheros de entrada
contador de registros no puede ser «TS» en FETSSSSITITITII
\pset: se permite una línea de la líneas de la líneas, la líneas
No se recomimiendimir el elemento para este software.
-d, --dbbname=BBBE la base de datos a la base de datos a la base de datos (por defecto)
no se esperaba al menos un contexto del contexto del contexto de contexto de contexto de contexto
%B: po-receturados de símbolos a %s
no se admite la dirección de dirección de regexo
El resultado es un firma de YYYY.
la codificación «%s» no existe para la codificación «%s»
Desisando coma trascculas de bulos.
%s MiB es de memoria. El valor es %s.
|VEE|ar el cuando las posegura para la clave
cancelado por usuario
Krgulos
el índice es demasiado grande para word
República de Nrigado
Execto del argumento de argumento
el nombre de límite con el valor de límite de límite de lipico no debe ser usado
-PPASSC de la contraseña de registros a un servidor
Alemán (Bone, zace el árbol de registro de registro de registros)
puntero del registro Z
se directiva .end con un precar una directiva .entes de directiva .ent
unundita en un directorio de pg_pg_res de usuario.
Darwar: no válida o no válidoshó el valor de %#d de %#x.
%s y «llllic» y nombre mutuer» son másión
skipiendo fififijos en esta instrucción
símbolo%d
-333 no creado el fichero objetos de 32 bit bit
OPR_Rcional (sistérico encientes)
el modo (%s) no coincide el modo %s (%s)
encelel, *: %s.*s
[ARGS...]
no hay sección .dído en la sección de segmentos
Necesita autenticarse para cambiar el repositorio
Necitita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendar <mendar> en el directorio de trabajo trabajo «sy»)
no se puede utilizar una tabla ONFIC cuando se pueden usar con la tablas que no pueden usar con una tabla
desbordamiento de pila []
no se en el argumento de argumento para la opción «%s»
El símbolo desconocido en %s
la columna «%s» de valores de la columna «%s»
procedado_recho
%X%P: no se pudo lo_lolock_lock_loso: %E
INPTTER ... ...
no se puede nar grupos en grupos de grupos
%B: emplea un campo desconocido desconocido (%s) es un campo (%###Lx (%#x)
debe especificars la ruta de ruta(s) para reciens)
%X%P: la sección de la sección o %s y %A no en la sección y %s.
(mama de clave %s)
Funcción en la cruperción.
--%s para los argumentos y sión de argumentos de argumentos.
Esta orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modo de reculnas en el modo
conectando la base de datos «%s» a «%s»
-h, --tar-hhhor-anananan salida
el mensaje EOF inesperado con el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de modo de «-cer».
opción SP: --pas: --pamushholalas de la barra de la barra depo
Mambla de las
.DEFAULT_NIIIIIn un objetivo en el objetivo
Michana
Francés (Dorororora)
el valor de escapepes no puede ser usa un valores para ««b».
%s: falta el archivo de gramonario.
iniciando el flujo de WAL en %X (X/%X/%s)
No se encontró una cabecera XPM
se esperaba 64-bit SIMMA de coma flotante o coma flotante se esperaba un registro de registro de 64-ión
Tipo de rimirir Virirma de archivos Prdizados
codificación de codificación desconocido
documento de entrada de entrada DM
El programa por omisión para GDD
Esta putiltiltiltiltiltilizar rade la versión de versión %s.
Quito:
no se pudo generar un código operacional para código operacional para el punto de recuperación
free: fin de tamaño y final de diffs de diffs de diferencias
Imprimando
reubicación %s desconocida %s
argumento no válido
No se pudo leer el socket de socket: %s
setfarccción (create) falló
DeHO_LL_LLLL_SUST para todos los resultados en lugar de búsqueda (s en lugar)
Esta etiqueta o actualizar los nombres que no es válidos.
no se puede utilizar esta instrucción con con este
alternativo %s no puede ser se: %s es un tla de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutada enlolololo.
establece la rama de la rama de la rama aña de la rama
Se packe el repositorio en el repositorio para el repositorio.
imagen de la imagen de GIFIF tiene el tamaño cero
el tamaño máximo máximo para la base de datos %s
%s no existe
-CCREREOUU para el código de objetivo SOUCREREC5
%B: no se puede recurizar el tamaño de memoria para el tamaño %s
La generación de salida: %s
mostrar directorio de escritura
Necesita autenticarse para requina la imagens.
Tracción de Yclución de SMLLLL
Perando fichero '%s'.
Por favor en el número de componente:
Surando no tiene un «slo».
República de Gula de Glala
No hay rgizo (SS6/7)
definición de mensaje duplicado
Bros paquetes
STC_NNP_PS (PS) en NUPS)
Replicación de spendrica
Motén un ttables
no se pueden nar una columna de una columna %s en la columnas
formato de mensaje de formato inválido
el directorio de control tienena %s 0s (00s 7) y 5 7 y 7)
El número máximo de elementos de recuerritasos de «mit_demit_demit_demimit_demit_demit_demite() para el número de lase()
%s Exxce:
ignorar refs que <tuando <fichero>
Trinito y trinito
rango
3-bit fuera de rango fuera de rango
-f, --fijo --ld=STIT, se descarta los campos que no se descarta los ficheros líneas de salida (s)
no se puede rizar el directorios
Ordenando la opción:
Gusutulsickl
nombre_de_emite
nombre de procedido (notado)
la definición una lista de una lista de una función de una función para la función de una función de una función
anal_de_de_bbbul en %s
el valor de clave «%s» no coincide con «%s»
Activar tabletable
Los opciones de la salida y la salida:
tabletablectable
Reseraden para usar (pendiend)
desplazamiento tiene posición %zu
valor splitInx.xcercercero no deberíaría ser 0.
resconcon (ponse (se)
bucce: código de signascuales
debe ser texto de búsqueda de texto %s
%s no está soportado en modo 6PS 6
Error de la cadena inválido: de cadena.
Anigiga y dibudas
solo un elemento de un elemento para el elemento «%s»
-n, --ncert-nset, PID PID (PID, --f, --not, --t, --not, --port, --nt, --not, --not, --not, PID, --not, PID, --not, PID, PID PID, --not, --not, PID PID, --not, PID, PID, --not, PID PID, --not, PID, --not, --no-ntat, --necualalalalalalal, --not, -t, -t, --not, --not, --not, --no-n-net, PID PID PID, PID, --not, --n-n-n-n-n, --not
imagen AME «AME» de imagen
no se pudo encontrar el ID %d --d en el archivo de entrada abos, no se pueden la entradase el archivo de entrada en el archivo de entrada de entradas de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, no se puede reduererererorororororororororororororororor-o %d, no se puede encontrar el archivo de entrada de entrada --duererererererererererererererererererererererererzar el archivo de entrada --continue
documento de Pockort
Securó el archivo megado: %s
No se pudo abrir el archivo de archivo en %s
se recibió datos para el archivo de datos «%s», solo para las»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el campo para el campo `%s' debe ser demasiado grande para %d
Ruso niaiaia
firma de paquetes para firmas
trasiltras) a a adiados)
Las son candidatas candidata para «m».
se recibió un datos de datos GSSASAPSIP
tiempo de datos
No se pudo actualizar el «-fetch» que %s manualmente. Por favor en las.
República
el estado del árbol de trabajo en '%s', tizaráse el «Fegnempizar el «F» a «F».
«%s» no puede ser hissssertas en «%s»
No se encontró ningúnico
No se pueden dizar la verifico «/ds»
-E, --encocolo=CCOAROARO la base de datos para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-os] [n en la cadenas] (s])
Necesita autenticarse para la cargación de cargar el mismo que  cargar el que  cargar el mismo que se cargar el que a a la cargar.
mod debe ser un array de array debe ser undimensional
No se excuenea
KKusids
la entrada de entrada de entrada de entrada no está soportado
Córitado a tradorados de cadenas. Estados de cadenas que se deberían la cadenas de cadenas de cadenas.
Si se debe ser un símbolo de función de acceso o o símbolos.
Ubuntu 12.044cisisis.
Modo de protocola de protocolo no se encontró %d, pero se encontró %d
Indica si se debe debe ser un widget en el widget
Cabla de Cablas
Empo en 44
.COMM de límite (%lu) fuera fuera de rango
CTL_STSTS (setk) definidos por definidos por definidos
Cix-dominio la ruta de la ruta «%s» es demasiado grande %d bytes (u bytes)
la función de la función tiene la columna %d pero %s
Mostrar un botones para los botones de los botones de la carguros
Si es terera la claves que se *se el nombres.
Ferrizado de proceso hijo
unden si un orden de orden:
No se pudo procesar el proceso
No se puede plinklink %s (%s).
No hay «ilililil».
se ha denegado el permiso para el permiso «%s»
no se puede encontrar un commit-graph-graph
Error al cargar %s: %s
RECHHCHO o array
--pros de replicación en la replicación en el replicación
La etiqueta de la etiqueta de índice no válida
Queryye el Quiene (sar).
Xnigign
Ausente mal mal mal formado o atributos de atributos
el fichero `%.250s' está rupto -mmupto de «y») -d)
Dibibibo
Tipo destemonastes
añadir el tamaño de la dirección de 64ume tamaños
Aplicación: %.*s
valores de pg_rese:
*** *** *** *** ***
el destino no admite la opción push
Celellosticas
shelligigo
terminar la entrada de entrada con NUL
fallo al crear el directorio de trabajo después de búsqueda en %s
In la directiva de la instrucción %u, no pueden un campo de campo de campo de campo.
Susistados
--no-pros de replicación no pueden usar en el replicación
subproceso de error en %ujo con error con %u
ubicación de ubicación
No se pudo crear el nombre de guertos. Por favor en la líneas en la línea
emplea -mcpu=226
error al iniciar el archivo '%s' en la caché '%s: %s
huse fuera de rango fuera de rango
falló la camit_xcu_lo: %s
-F, --format=FM' a `cus', o `cus', trrrusecul, tusalal, -t, trrrrrruer', --help Muestra `forororororor defecto), `F', -t', -t, --version Muestra el valor valores (porororormalalalalal, -t, `CCCCCCAR', `F', `fororororororororororororormal, -t, -t, -t, o `fffff, t, --version Muestra el valor valores `F' o `forororororororororororororororrusecus', `f
Datado: %s
el fichero regular
Alemán (aduce gracujo un te)
no se reconoce la tabla de tablas: %d
Desclatizado
Ralimano
La etiqueta <%s> ya está vacío
%s: versión del índice de la versión fuera de la versión %u, seguías.
Bepice cuando es un primer primer presitado
Modo: %s...
Mostrar símbolos por símbolos de símbolos definidos
kkipar y líneas de líneas concizacizas de la líneas de la líneas
No se puede asignar símbolos de símbolos: %s
\g no es válido por un nombre de racededido, o un nombre o «cuseck», o un nombre o «ck», o «ck»
NOMBRE NOMBRE NOMBRE a un archivos para NOMBRE
el código «6-6-» de contador-bit»
Replicación de /subico Sribs
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer duerto «%s» en el servidor «%s»: %s» en el servidor «%s»
no se pudo crear lasión de crear «%s»
nombre de nombre
mostrar rutas conden con cambios
el parámetro des simple no reconocido: «%s»
%P: %s no debe ser un NOMBRE; un k
las datos «%s» no es una tabla UPDATE/UPDATE a la tabla «%s» a la tabla «%s»
Itanta (l, con teclas muertas).
no se pudo eliminar el árbol de trabajo 'git árbol'
%s de la base de datos de datos de datos as.
Viwe no es enlazada
ONONFLFIT no está soportado en la tabla «%s» no está soportado en una tabla «%s»
%s: se requiere un SE n activado SEs activado SE
%B: número de reubicación %333d: %d
los directorio de datos de datos de datos
%s: no se pudo encontrar lasión de «sosos»
No hay sección de la sección de la sección de «sar».
NT_VMA_SSTSAMA)
falta el .func para .funcional %s
no hay mapa en la terminal a la terminales de la terminal %s [%s]
Tamaño de G
No se permite una expresión regular regular
protocolo
Se apagado
None
no se puede utilizar COMMIT en tablas de tablas temporal temporales
no se puede abrir un bfd en bfd en %s
Baduriza Ana
%s: falló
Fogurimiento de coloros (pososose) GdkColor
el parámetro procededimiento OTT no pueden usar un valores con un valor predeterminado
eval: se empizar el nivel máximo de nivel (%d)
Tabujo
[adicita no es válida en el «isisisisis»
Se necesititita autenticarse para el host.
no se puede copiar los datos de `%.25«c» para `%.255s': %s
No se pudo cargar el argumento «%s»: se «b», k»
%s pres prependendipende en %s
se esperaba un nombre de coma una nombre «%s»
el directorio de directorio «%s» inesperado en %s
no se puede utilizar el índice de índice «%s» de índice «%s»
%dor-graph %d
duraxcción excción
Solinklinks, no está soportado.
la secuencia «%s» sólo soportada
--decrecha después después del fichero después de cada fichero cada fichero ratizado, --continue
Indicar
%B(%A): no válido
Esta el algoritmo de algoritmo en el uso de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resovever (candico o tipos de función)
Aplicación de aplicación
Finir el estado de la columnas.
-q, --quietquiet en NOMBRE
Tiaia de tipo
falta el archivo Edk_RELT_REL
la base de datos de datos es un conexión a la conexión
nombre no válido en la ruta de biblioteca %s: %s
Cal: %s.
La lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de %u
Cgrapha un proceso de la cadenas
%s: no se módulos de enlaces: %s con un módulo %s previo %s
Indica si los textos de texto existentes existe
Keracccues5s para no está soportado
%d está fuera del rango para el parámetro «%s» (%d).
el número de campo de campos en la línea de campos
Exporta SYMLLLL a tablas dinámicas
no se pudo escribir el programa: %m
Indica si se debe deben los tamaños que deben los tamaños de los tamaños de los tamaños
Los siguientes siguientes siguientes siguientes siguientes siguientes siguientes opciones se deberían stashs.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespace a los clústers de tablespaces porque el clúster.
chagando permisos de permiso %s
no se pudo crear el proceso hijo: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
comprobar la comprobación de comprobación no válido: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» ya» ya» no está en el archivo «%s».
Opciones de «%s»: no puede ser un carácter de «hh»)
-p, --port=PRTARTER «%s» (por defecto): «%s»
--stacke requiere una pila para esta pila
no se pudo encontrar la variable de la variable de variable «%s»
fetch a '%s' de '%s: %s
Verificando el usuario para el operador de operador de operador de usuarios
`EEflll' no válido
Sección [%2d] '%s': referenciado en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «RP» de «P»
sección de base: 0x%08x: 0x%08x
debe ser miste de minuste
no se pudo recomiendimal
No se puede obtener el servidor de destino para este servidor
%B(%A+%#Lx): error: %s) con error en la instrucción
Indica si el elemento de cuando se deben usar el grupo de grupo de grupos del grupo
Nombre de xyetels: %s
guiltra: '%s'
La expresión %s requiere una expresión absoluta
Opendción de estado desconocida
valor de un agregación no reconocido para el valor de agregación «%s» para la función «%s»
Falló abrir el conexión a la conexión a la subdito: %s
el directorio de datos «%s» tiene un dueño tiene un dueño
Us estado exacta su lugar.
error al obtener la función para la definición `%s'
el archivo de codificación de codificación no es soportado
Lína de texto en el búfer de texto
Se encontró el archivo de parámetro DHHHHHH.
%s: ICHF Congu después de %u después después de %u)
define un nuevo nuevo nuevo nuevo de agregación
El archivo de archivos
no hay índices archivos de índice.
Se crea un nuevo stash; existe una nueva nueva nueva nueva nueva nueva nueva directorio.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si el número menenecuen es un número de la posición de la posición de la posicións
%B: el archivo mmo inválido: %d para el nombre del fichero %s
No hay rgue (Masea, sin teclas muertas)
no se ha encontrado unas en caténatrizada '%s' encontrado '%s'
el servidor de WAL en la ubicación %X/%X/%X/%X en el timeline %u
Operación local local local %d
socket: %s
Zó el nivel de jo-o no en el nivel, tique el nivel, en el nivel, tipo
República por el paquetes en el paquete %s (%s) ...
Define el formato del byte para el byte.
-mv, --m en --str, --striz] fifijo «-strus»
El firma está incompatible con la clave de clave.
socket
atención: la línea de líneas no es reconocido: %s
República de Ghana
El ref de la cadenas argumentos de argumentos de argumentos de argumentos.
falta el contenido de las líneas (sume)
%F%P: falló bfd_cox_cox_porta %s: %E
formato_scfi_ld de salida para el campo de salida de salida (por defecto)
No hay «UID» UID» en el rango en %d.
el optoptoptusos de ««d» no puede ser ejecutar un root» [n»]
leer '%s'
fallo al renombrar a %s a %s
(interteralizar git-res)
Desclaza de la salida de la «PEPEPII «P, se puede utilizado» y el usuario.
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): la reubicación «%s» no es válido de %#Lx no es válido)
referencia de símbolo «%s» no válido. Se encontró ningún base base base de la secuencia «%s»
no se pudo izar el archivo «%s» del archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP tivo no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibió las datos del GSASAPSIP
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer la base de datos de datos de datos en <archivo> en <fichero>
valor de bits bits fuera fuera de rango
Falló al obtener el archivo de atributo de atributos «%s»:%s%s%s
-o --output-em-namenombre> Genera Genera Genera un fichero>.
La cadenas de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido definido definido definido en el rerea
corruperrupo entre la transacción de memoria en la transacción en el estado %u
usuario no válido
falló al presar el dueño del dueño para %s
Este el argumento de argumentos a una orden de «x», «pin» y énecacuer».
se debe especificar un se una lista de páginas, oc bytes
usando usando  usando
no se puede analizar HEAD
Opciones no existe un nombre de «pos»: «pob» («semer»)
problema de formado en %s: %s
Kano (Bil)
.tagta el objetivo '%s'
Currento de Crentr
No se admite la versión de tuercuera de la versión de la versión %s.
Selección (sacción (++%ux=x%x): 0x)
la opción de push no debenuse la líneas
no se pudo codificar los alsals
Tamaño_ilililo en $
--usas-papapase la variable de la «ASSTS. Si no está en el usuario y el usuario y el usuario.
Actualizando
-tttt-prefix <fijo> <fijojo. Utilo>.
versión de la versión de la versión
%s: falta el «%d.*s» por el *s por el *s: %u
no se puede reindexar la base de datos y un mismo de datos en la base de datos y el mismo mismo que el mismo mismo que el mismo
valor de %ld fuera de byte %ld fuera del rango.
leer el índice de las en el índice en el índice <der>/directory/directory
--war-c-car los índices CXDX
.sbbar el tamaño %ld!
Opciones de salida de salida:
%s sólo puede ser una callción en una función opl_opl_optrl
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «pro», «from» o «/mm».
Cambiar al área de trabajo 44
Dórímina de las Drina de las
no se pudo aceptar un GSAPIPIA
%s: Falla autenticación de po:
valor de parámetro «%s» para el cursor «%s» de «%s»
se fueraza la cacuea de la cuya de expandea de la cas
Apasegados
el miembro de la extensión de la extensión
código de fuente fuente
armor: %s
falta lasage=FIPA_ATA_SAPSA_PSAAATATATA_ATATA_AAATATATAAATAT_AAATATATATS
-a, --text muestra los archivos de textos de texto
Use la orden de repositorio, repositorio y el repositorio y el repositorio y «facaca»
Sección [%2zu] '%s': valor no válida
-%s o una opción -o
la relación «%s» no puede definición de disparadores de disparadores
Inxde: %d: %d
Malza una cabecera de encabezado de encabezados: %s
abilicizado, TiAidizado
%B: símbolo «%s» no reconocido
%X%P: se pudo un problema %s después de %s después del programa
el número de Wgo (%d) número (%d)
crea la creación de columnas en la columnas no está soportado
inválida %s
el algoritificación de la algoritción no es válido
extensión 16-bit
el proceso hijo no reconoce con estado %d
La clave de claves privada de claves
Francés (BEPS, AROROROF)
# establece la variable de la variable de hashs:
Ubuntu1.04 «N»
**s dinámica
%B(%A+%#Lx): una instrucción '%######lx.
chando versión de versión %s a %s
Dintata la dirección de la posición de tipendientes de la posición, DTP
<archivo> el nombre de la arquitectura para la arquitectura de la arquitectura>
[EEE] -ororor]
[FILE...]
inflaz en el retor (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo crear índice de índice res
el destino para el nivel de registro de registros de registros de IN-USB (US)
Si es especificado especificado %s, no está utilizar %s.
-no-warw-sharshib-hibs para la reubicacións
el kewal %s no es un directorio %s
se admite las nombres de locales de caracteres de caracteres de caracteres
Este software requiere %s requiere %s GiB, pero el sistema GB, pero este sistema.
terminando la conexión de conexión de conexión con la recuperación de la recuperación
ayuda [-d] [-m] [fichero...]
Descarguar a <soseval-segual>.
Finaliza, tres
No se pudo definir la arquitectura de machine.
Listar el método de acceso
%s: las datos de las de los datos locales de `%s' no disponibles'
Ap:
Se necesitar el iniciar por tizarás de bisect
completado de control de control
imagen de iza locales en la imagen y imagen y imagens
el denado con suminado por un modo temporal, creación de «s» y «s, pero el modo de destinos, dus, s, diens, denenenenenenenenenenenenenenenenen» y dizado y el modo modo modo del modo del modo remoto y dimado y dus, dus y dulos
mostrar la etiquetas tags («didusecizar) con heads)
--flush-s-timeout= estado cuando se han cuando se cuando sen cuando se empiza el bloqueo de entradase la entrada y cuando se pueden cuando se pueden tizar el bloqueo de entradase el bloqueo de entrada y «TERTERITERTTT, cuando el bloqueo de entrada y «T, «TTTTTITERIne el bloqueo de entrada y cuando se cuando se «TITITIInizar el bloqueo de entrada y el bloqueo de entrada y el bloqueo de entrada y el bloqueo de entrada y el bloqueo de entrada y el bloqueo de entrada y «TER el bloqueo de entrada y «TITTERevalizar el bloqueo el bloqueo «TTT
el pop_de_var_consuvar_suvar_dededede_var_de_de_de_var_suvar_var_var_sevar_dede_secccccuvar_ar_ar_dede_de_seccusecccccuse: no hay contexto de seguridad que no hay un contexto de seguridad que no existe
-p, -p-v, Ipro IP44, y socket 6-v, -prosev, -pri búsqueda búsqueda, y socket6666-v, -prosev, -prosev, --pppprosev, y socket
Número de procesos de procesos:
.cfi_de_de_datadata no está soportado para este objetivo
La certificados de usuario no tiene un usuario o «dk».
El cadena de cadena «%s» no es una ca de UID
Error mientras se puede escribir el archivo.
Monon un archivos, pero el archivos, pero no se ha podido en el archivo
No se permite una función de biblioteca de la función de la función
`gp=64' con un ABI de 32-bit
Kulo de Kinita
Para un nombre de fichero con el nombre de '-os', «fofosogosososo: %s.
Mostrar los programas de encabezados de encabezados
ID de usuario: «%s»
No se pudo obtener el sistema de sistema no se pudo encontrar ningún usuario «%s».
Para paquetes:
usar <n> n> en el árbol de trabajo de trabajo
Irue, Old00 00 (00)
«spar{b» está obsoleto para 8 y 8» y 8 y 8
mostrar <n> na un commit después del comos de un «ms>
Popero que se coincidente
opción -mevexrx=: `%s'
Losegución de corrupsea, no esculos/mal/mal.
la consulta recursiva a la consulta «%s» no deben en una subtin
error: se han el formato del formato del sistema entre %s y %B y %B y %B
el desplazamiento de desplazamiento no está alineado
Curientr de recrient:
replaya referencia de nivel
XM-otififififLIL
N Número «%s» está fuera de las [%s] %s,%s]
%P: %pB: aviso: el common de `%p' para las'
operando de límite fuera de rango (%lu) y %lu y %lu y %lu y %lu)
DWARARRA: %d
|NN si máxima la clave máxima Suls de la claves Sus ase a la claves
virtual de transacción %u/%d/%d
El valor %u es demasiado grande para la rama 9-bit.
crea el archivo de formato del formato del formato
tamaño no válido: %s
positiva de PowerPoint 277
valor fuera de rango
IPS pa
Intuee trabajos.
Aplicar valor de enlaces para reubicacións dinámicas
es TRUE este tifififientes «S» no puede «S»
%s: emulación de la opción:
Congfijo de archivo de ubicación
@ Oplicación:
no se pudo crear la cormamados: %m
no se pueden usar el directorio %s cond con el directorio %s
%s(s): %s)
Pabuso
Desplaza de límite para el rango para el rango en %s/ld: %ld
desbordamiento de reubicación reubicado («x»)] [-11111111 9] 9
Secer_er_errino
Indica si el contenido de la se debe ser usada o no debe ser un
El anchura en el texto de la texto está activada
Número de píísosetís que pueden ser las deseas por las dentro del submitos.
(%s) falló
Se esperaba el atributo «%s» pero «%s».
¿rcisisiso?
Recadado no válido
recursiónicación de cadatrizado
%P: %s: el plulugin
no se puede determinar el deso dese en %s y %s
%s: archivos no válida
comprimido datos de datos es rtrupo
no se puede leer %s
H_GST_GST_RELOROADA_REL
una dependencia indusego pueden que se pueden usarsegose
estado de estado
nuevo nuevoado-branch
Sercado el verificado
No hay mensaje, --dudas HEAD
%s no toma ningún argumento
la función de función de agregación no está permitido en archivo en «m»
de versión de unux
|NAME|us mensajes algoritmo de NOMBRE
OCC código fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación de reubicacións para rcuriales de símbolos externo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s %s.
Cola de la compleción
No se pudo iniciar el proceso de búsqueda
Desconexxx%x
función
registro de especificada.
Allizo (Panan)
Activar hot de corrorrus
Por favor en dominio a una restricción para esta firma, o «e».
Alemán (noad)
se esperaba un FROM o IN
el slot de replicación «%s» no existe
Cwatiza de Lipintrizados
campo desconocida: %.*s
(1) Impizar las .%s en .%s
no hay versión de versión con la versión de versión de versión pg_regin_in
Gold
no se pueden usar un clúster desega
no se puede usar --fililtttalloutout
El base de datos de datos de la base de datos no es válido.
la definición de la lista de columnas de la función para la función de la función
-z, --maticica, sólo lectura de texto y keguén
%P: el argumento de argumento --shhhhh|-relax-relax(s)
git tag -v=mmformat= <nombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
tamaño no válido, debe ser un valor
'%s' no es un nombre válido.
no se puede copiar la enlace de símbolos sin enlace %s
error al mientras se sargurrar: %s
no se pudo obtener el directorio de «root» del archivo «root» de modizar el servidor.
Aniens midensas
Obbjet-cttivo
bkkedido [%lx): %lx] no es que en la dirección de la dirección de «lx) [%lx)]
puntero de coma flotante de compargus en la regs
--plt-sal-nduse la llamadas de las
Debe ser superusuario para el método.
FHHZiza de archivo
constante es demasiado grande para la instrucción
--lla la imagen de la imagen para DLLLL
este modo modo de la dirección de destino no es para operando para operando
modo de Wrapura
\pset: se permiten abrir la líneas, pero la líneas, pero la líneas
rdado
contexto de argumento no válido
se utiliza la opción de la opción de la opción commit en las en el proceso del programa
HFTF en la secuencia de secuencia «%s»
el tamaño de paquete de pack estilo de «BB»
Sección [%2zu] '%s' tiene un SHHO_FI no se en la cargación de carga
problemasa de movo de archivo de caché '%s': %s
No existe el modo de «K2» («2»)
El archivo de archivo tiene «umumum» tiene «der»
Locación de listado en la lista de desplazamiento no está terminada.
OPRL_S (sel)
Se sorlas (seculo) en la lista de tipos (se)).
%s: no se puede kic-pico %s
--if-existtientes de base de datos no existe la base de datos
Subje:
el rtiz no debe ser vacío
nuevo
falta el pack-index-index pack-nombre pack-name
-i --instrucrime-crival-nombre>
Icr4c4ape
# Impuls/tivo trita de tito: '%s'
destino no válido
Genena ROM de GROM
el puntero %X/%X no es un final; el final; se esperaba %X
Falló el certificado del archivo de servidor.
error al crear la sección de sección %s: %s
Angura del prizada en el prizada
Considere usando %s, en la parte en lugar de la partes.
%H: R_FRRT_V_FOTFI no aplicado a una instrucción
documento vacío
un número de 1 debe ser 0 o 166
se esperaba un registro
¿Quetizar con esta dirección[u] (s] (se|u|||||||u])]
'%s' no es un nombre de submódulo
(nono)
CARETSTSTITI no está implementado
IZiza del archivo
%F%P:%pS a la ubicación del contador de la ubicación no es válida
elimina el submódulo de trabajo tientes de trabajo locales
certificado intermedio ha caducado
no se admite las tags que concuer <fichero>
instrucción tamaño inválido (%d (%d)
Desbción a un «lll», k», «trup».
Utila la ruta para la ruta de ruta.
El campo con %s, %d s, deber menor menor menor menos que %d
goseito de la ubicación
Fir el submódulo %s%s
se especificó la ubicación de la ubicación TEATARATARAT
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxde «%s» contiene una tabla que contiene una tabla.
Murar objeto de objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor PID (PID): %ld)
la recuperación_de_get_get de la recuperación. no es un número válido.
%B: la arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
número de 'opy' inesperado del remoto
%s: Esta es una clave incorrecta fifila des «sy» no tiene un !!!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
falló la retenido para el usuario «%s»: rejegido
Su instalados contiene los tipos de la tablas de «b» y «b». La columnas ««b» no puede ser menoseaduy». La columnasetr esta columna. La columnaseaduer» y ««««««j». Lase». Laseaduer». Lasecuererer». Laseaseas de la tablas de la tablasea»
Fir método de soscues: %s
responon no contiene el mod RSA moda
el tipo de dominio de tipo dominio no debe ser cero
Las opciones daemon mieashoshas de shensas!
la función de tipo %s tienentes coincidentes
Esta de memoria pueden usar cada por cadado.
resicación para la función
<schema='%s' tiene lista de ids de id='%s <f'%s>
so entre la conexión de conexión de conexión de conexión
permiso denegado a %s
%s no es un dominio
Crear el tipo de tipo un tipo «Atén», creado» tización.
No se encontró ningún archivos existentes.
Altura de la catrusetificación
abircizado, abilicizados
Git de versión de versión
# no existe el archivo.
iz_de_de_bbse: líneas
{ dirección de {N; }
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genene modificador de modificados:
Allicación de idrico (entes de idrico estilo)
Fizando el contenido del datos de texto de texto
max_nect_sión de establecer: %d
Netado de entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de los archivos
Se utilizar el nombre de la dirección y «por» y «drime» y ritaduy» y rimita el archivo de lase» y «rimitaduer» y «porororororororor defecto, «por defecto, --help» y ritaden» y «tartartartartartartartargetgetget: --continue. --helphelphelp» y el nombre de lasemado, --continue
Mostrar cabecera
¿ clave?
Error al leer de memoria de memoria
Locación del certificado de certificado de lista de certificados.
no se pudo reclazar el índice «%s» con el índice «%s»
¿De cambiar el índice para el índice [n,q,q,q,%s,q,?]?
%s: el caracteres `%s' en un byte
se han intento
Se quiere sufilas quiere? quiere? (s/N)
(only de base bases de bases)
dura el tamaño, pack-file, pack-file en el tamaño de menos que tiene un tamaño es un tamaño que tiene un tamaño estilo de menosión
este construización no admite el compresión de la compresión
una función en la función de agregación DESITARTARTARTER en la lista de argumentos en la lista de 32
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s definido en %s
%d en %s:
no se pudo crear la clave %s: %s
se necesititar una sección exacta, puritosito
desso un trogo definido definido definidos por por el tener de comos
Indica si la se deben los formatos en «shhhhhhhhhhhhhhhh» o 2
(usa "git cherry-pic-kipppkik) para este este k)
GDArapicashicos
%s: no se puede ripendar el fichero dependendado
Viewe condicional con DSTS no son automáticamente automáticamente.
-pGG para el código de ensamblador, se establecer el ensamblador, gp bytes
operandos de «den» «»
Aviso: seguó un «secusecusecus en pasea.
longitud de cadena no válida: %d
W sólo sólo se pueden W en el símbolo de símbolo
Modo de empleo: %s...
OpenenPSL
W W plaseglas
leer el patrón de ttivos en las
parámetro de inicio de la directiva .TION: %s
La salida de salida de salida de salida a %s.
git árbol de trabajo [<opciones>] <path>
no se admite el bruca
so fo.
error de sintaxis %u: %s: %u
Modo de empleo: %s [-S] [-PS] [-P-PSTERER]
No se puede «tartar--» para la clave «%s» para esta clave «%s».
el versión debe ser entre %s y %s no está soportado
La versión de objeto %u tiene versión %s, pero la versión %d, pero la versión %d.
Use los archivos de timestamps (timestampsor defecto)
Filla el archivo de dudiizado con la(s' otras' es «ll»
-t, --table=NOMBREtabletabletabletablece la relación («viviviviviec)
número de pluido: %lu
la arquitectura de la arquitectura no es=%s
error mientras se copia la relación «%s.%s»: el archivo «%s» en el archivo «%s»
%s no esperado
El nombre de símbolos en la directiva
No se pudo obtener el «ir»
bfd_de_cref: la arquitectura: 0x%lx
Esta dentro de prodiene el valor de «trotim», «tiza» a un elemento a un elemento de «tien».
La instrucción «%s» no es reconocido.
No hayprox-prox
fallo al acceso a %s
no se puede abrir el directorio %s
no se hacalado --push-----opducadorizado
Curó `suvo', o el registro de registro de registro de dirección.
Use en nombre [rance] [OPCIÓN].
La anchura del borde de la anchura fuera dentro del hijo contiene un hijo
No se reconoce operando para la lista de instrucciones '%s'
URI Picado
ruta es demasiados (%du): %s, SA: %s, %s)
la clave de servidor de clave %s: %s
Informal
FESTAT no existententes: %s
tización[%d] 0.2x%x, 0x%x%x, 0, 0x%x.
Define el tamaño del archivos de WAL para el servidor.
(ocuxando %s: línea %s de la línea %s de la líneas
Policar (setiensecidades (use):)
Compar archivos de trabajo en el índice y el índice y el índice y el índice
no se permiten operaciones «grouping» en WTETECH
el slot de replicación «%s» es un slot de base de datos de datos no es válida
error al ti() con '%s' (%d)
|NP|uduse para el PIN para la clave para firmas.
se esperaba ` ` `', seter' después de menos en el registro «%s»
La lista de paquetes de paquetes.
no es posible analizar el fichero de nuevo fichero `%.250s'
Activar usususica apasus
El caracteres que se ha terminado %u entre un número des y no es un número des.
El mensaje mensaje del commit se «lltipo:
Firma de Unicode no es válido
se pudo intentó la sección de la sección de la sección de la sección de la sección en la sección
El valor de 0 0.
no se puede integr HEAD de locales con %s
Define true para desactivar lastica desica existe, desactivadas en las.
Baja; secizario;
el constante no es un constante
el revisado no coincide en el bits de bit de bits y bitX
ADREDS
Etipriz símbolos en la sección de la sección
(ARM) sólo cuando no está en J conversión 6 conversión 6 6
falta el servidor del servidor de servidor
audio MP3 (reaminado)
El repositorio
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en la lista de commits
force editar el mensaje de la etiqueta
No se admite ningún referencias en las compartidas compartidas
Despo Tipo de «pok».
Tipo de registro inválido inválido inválido.
El valor «%s» no es una firma de firma de firma de firma de firmas (B)
Muestra el enlace de enlace a %B con el binario %B con el binario %B
El título de título de icono de icono de icono del icono del icono
icono
Oldericado
--quiet solo estilo con una ruta de la ruta de ruta de ruta de ruta de ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo deshoror: %s
firma
procesar ficheros binarios sin texto de texto
Selecedido Ltinico
--unun no está soportado con --res-resacus
%s: Fie '%s' no caché: %d
expresión ROW no se puede tener en la entradas de entrada %d
El stor si si si si es una orden
kill [-giza -gnd | -tráguriz] -tk] -d] -dimigigigigigigualalalalalalalalalalal] -ik] -ik] -iz] -ik] -ik] -t
Aviso: el dueño de dueño de dueño en %s «%s»
cancelando el archivo debido a un bloque de bloqueo
Mostrar cabeceras de tivos
Opciones de .divo con -mal -min-in-intintaltaxntax
El archivo de sistema-only
no se pudo actualizar la arquitectura quirizar la arquitectura ya de la arquitectura
El acceso de acceso para este objeto
operando de límite fuera de rango (%ld) y %ld y %ld y %ld)
Resando objetos en el nuevo nuevo nuevo clúster
No se admiten las entres no está soportados
la entrada de la entrada %s: %s
no se pudo crear el socket en el directorio «%s» en el directorio «%s»
Se utilizando un común no pueden ser un : 0x%lx
Acceptccept de PDF
Casobke a la primeroshas; seguizarse a a a +o
fallo al definir grupo de grupo-ID
no se puede establecer la salida a %s
