Si segur el botones de los botones de los botones de los botones o no deberían
Indo-prosapes depes
no se pudo crear el archivo '%s'
El dominio a la restricción de dominio, en NULL, dominio o NUL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --presililciones, --presocce-cir el tivo
no se puede utilizar la expresión de la expresión en una expresión
Disasetbles «megisis»
El archivos de modificados que se ha modificado
(jecorrita)
Extención de evensión
carácter inesperado `%c' inesperado en el tipo precido
Error al sando el archivo de tras: %s
los procesos de procesoes
firma de datos no válidos con PAAKARA
%B: %#Lx: aviso: la sección de símbolo inesperado
no se puede crear el fichero regular %s
Caduce
Error al obtener el tipo de parámetro %s «%s»: %s
referencia de la cazar '%s' no soportadas'
Monclas de Kimertos
la base de datos %s
No se puede ardano
clase inválido
Por favor seleccionar la claves de claves:
--tracke a una rama
Establecer el número de mixid en el nuevo clúster
ReUR, República de Sotivieza Sociaciadas
Indica si la líneas a la líneas de líneas, líneas en en en en encues
Casaculos de Casherrizados de claves (fatk)
La secuencia de secuencia adiza el servidor Xll
Cdrom con Ubuntu 9.10 10 Ko Ka Ka
Tiwano
las opciones -CC no se pueden usar las desecrizar y -n usar las de las de las de las de las de las de las de las de las -CCCCCCCCCCCCCCCCCCCC
Move un directorio o a un directorio, o un directorio o un directorio
Nonendo pusisticos
No se puedema lo Zal
El número de las debe esta línea de las de la pantalla.
Vilase
Cracción de formatos de especificada en -t, -t, -t, -t, -mir el nombre de multimir el nombre
el archivo «compress», pero el compresión no es válido para este datos de esta compresión
Colols y pididids, Ingguís
línea de líneas inválida %s
no se puede Wizar lasta no se utilizar las URLs
Timie a Lea:
salida en la salida de «DO en la salidaDO
Sección [%2d] '%s': hash de dispersión de índice de índice %zu para la índices
No se permite un carácter 'c' en 's' en el valor de caracteres en el valor de caracteres
destino
Tipo de alias de alias
core y métodos en el cadenas de 32 bits.
sparse: se admite el fililos que soporta ripado
Selecuto de caduto no es un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBO_SOLL_SSSS
el tipo de operando de tipo no puede serdo en el tipo
inicia_pres: pg_pg_pg
no se pudo encontrar el primer primer primer primer GTSTAT
Tción inválido: --adis=SHO con --acetérácedido
leer el archivo de ruta de la ruta de la ruta de archivo
no se pudo iniciar %s
No se han las que el marcas definido en el keno para el mismo mismo mismo mismo mismo de la URI «%s»
Modo de empleo: %s [opciones] [ad](s)](s)]
la opción '-%c' requiere un entero entero entero positivo
No se reconoce INT_SECPION_GFIF
No se pudo permitir una definición de un símbolo con el símbolo de los ficheros des des des des de «-ock»
opción --on-no-set-nos requiere la opción --no-in-insetinse, --set-in-in-setin-set-in-in-set-in-in-setizar, --nonononononoset-setin-set-set-s, --no-set-in-set-set-set-nonononononononono-set-set-set-setizar la opción --nononononononononoset-set, --nononoset-set-setin-setalalal, --no-set-setalal-set
la clave %s: «%s» firmada %d
la versión de índice %d
Se especificó un protocolo de protocolo
Francés (alal)
Rasecita de ventanas de ventanamentemente
-a, --allar las base de datos
<stringe la tabla de tabla: %ld
Posinterada para los valores de visos de «from». [-forcee»] [-fora de rango.
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Mal la cabecera de cabecera de nuevo:
--no-stif-modifiecizar el modo de todasecizados en el modo
Descla de elementos en el elemento
no se pudo comprobar laginal '%s'. Talizar '%s'.
-mas=nombre> 8 8, 8 «33300 a 00 a 00 a «33300, 888888888888888, 8, 8888888, 8888hhhhhhhhhhhhh, re333300 a 8, 8.
<lama>
se esperaba un argumento de argumento de «R»
Tipo de %s no está implementa de las del Ge()
fallo al analizar %s
Maxión
la instrucción no es un modo de instrucciones
abortando la transacción actual
kkipicados: %lu
no se admite el directorio «%s»
El número de registro para el widget para el widget del widget
kkiza de WAL (LSN) %X/%X/%X no debe ser mayor que %X
el directorio %s no es un directorio
tipo no reconocido de control: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 104.
Marcuando %s
descurimines que cero
El inmediato está fuera de límite de límite a 0333
-fa no se puede utilizar el jusilar con -har)
Maceplaciones deposhos de ficheros de archivos
%s requiere un valor de un valor
Lista de opción XKB
se pudo escribir el mismo mismo mismo mismo registros
%B: número inválido: %X
Ikkkue no válido
-X, --exclude-dirdirectorororar la lista listars deexcludes de «S»
tipo: %s
desversión local %s a %s
%s clave %s utilizar %s de hash (%zu)
abortando no se pudo abortola de lectura
la instrucción registro de registros
debe ser un check-check en un checkes a un checkamente tito
no se pudo cambiar el tablespace para el tablespace %u
--stacksize <size> el tamaño de la pila en la pila
no se debe utilizar el índice en el modo de índice
atención: %s que contiene un puntero
Osando OCSPSPSP en '%s'
el campo de campo «%d» fuera de rango: «%s»
define un nuevo nuevo vacío
no se admite la sección de sección en %s: %s
Incar_resax_par_presepar_decus (se).
Intersal: error de opipar: "%s".
Daza WAL en abortado.
Bulsecens
documento de Aporkes
sección de sección 0%u] [%u]
ref_reresh_opciones
%s: dimen de un registro desión de hibresos: %s
Ver: %s
Vietrivo
no se puede abrir el nombre de %s para %s
la clase de operadores «%s» no es un tipo %s
Path no debe contiene un tientes entre un sos/sor)
Error de Sitar de SD
-?, --help[=help] '%s] estas, muestra las de salida
Vertica de Ajusticas
Símbolos de instrucciones para instrucción
no se puede borrar la vistas de la vista «%s»
la función «%s» debe ser «ir»
Sappingiendo o instrucción
no se pudo analizar lista RADARA «%s»
valor inválido para '%s': '%s':
Carasacusas de la cabeceras de evenls
huge páginas no está soportado en este pla
Munce un YCTARTARTAP
No hay símbolos de símbolos en las de sección
Establece el número máximo de un número máxima de posentrasmentemente.
Modo de empleo: %s [OPCIÓN]... [OUROUP] [OPCIÓN]... o bien: %s]
descer_arcacaca
el archivo «%s» contiene un archivo NUL, no se ha terminado en %s
cliente el cliente seleccionado como musisisisis
carácter no válido
Establecer la enlace de PROROROROROUL a un enlace
@%s%s no es un reubicación.
Generas mensajes mensajes
%s: no se permite un directorio desconocido
(fixe conflictos «giter» y «giter»)" --continue
el redo de símbolo no es válido
CPIO (pizado)
la función de agregación no pueden ser más de argumentos de argumentos
%s en un parámetro de parámetro
Debuce como la sección de .bendibendibuye
La tabla de tabla:
Actualizar (Pacuetue, NU)
El repositorio para el repositorio
<nombre>
--entryentryentryentry> ttibar la entrada de la entrada DLL
cambia la definición de búsqueda de búsqueda de texto
no se puede kizar al iniciar el inicio de %.250s de llas
error de sintaxis no se admite el token inesperado `%s'
Aplicar cambios de dicados que existentes
Los valores son entre las «%s» y «%d».
no se encontró entradas
el tamaño del tamaño de objeto
Menchés de 5so 5s
ATENCIÓN: la clave no está firmada con una firmada con firmada con una firmada
el nuevo de pg_data antiguo y el tamaño no coincidentes o no coincidentes o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el icono
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetros de parámetro
Tempororora de resolaza '%s'
Opciones para la ruta de la ruta de la ruta de la ruta no está en conflicto
Establece el desplazamiento entre leer exec y segmentos de segmentos de segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dduse -dimiento de la opción es un nombre de fichero de salida en el nombre.
set-retr la función de la función de las no se permiten «fuser»
Kurigo (Suia, F)
compresión de comprimido
Establece el tamaño de la tabla de la tablas de la tablas <UB>
Sise quierdase el quiere el directorio de WAL, elimina el directorio «%s».
|adit-logo-res-curuse
(lelelese: %u)
AVI: sega el directorio de configuración de configuración en el directorio de configuración de configuración '%s'
El paquete de paquetes por paquetes
-m[no-%s]1-s/sis/sis/sisis/s
Cata
Actualizar la modificación de acceso y modificación de FICHERO
mensaje de catata pos tiene pluriminos pero .#s' pero .#s
Ezio
%s: fin del fichero de entrada de entrada de entrada de entrada de entrada
contador de registros no puede ser «TS» en FETSSSSITITIIIIT
\pset: se permite una línea de columnas de la líneas, la líneas
No hay elementos de elementos para este elementos.
-d, --ddbname=BBBE base de datos a la base de datos: «%s»)
no se esperaba al menos un contexto del contexto del contexto de contexto de contexto
%B: po-recetados de reubicación %s
no se admite la dirección de dirección de regexo
El firma de probo es un YYYY.
la codificación «%s» no existe para la codificación «%s»
Malsando coma flotante después de berculos.
%s MiB es de memoria. El valor es %s.
|VEE|ar el U|useguras para la clave
cancelado por usuario
Kusoseguals
el índice es demasiado largo para word
República de Nrigado
Execto del argumento
el nombre de límite con el valor de límite de límite de lipico no debe ser usado
-PPASSC de la contraseña de registros de registros a un servidor
Alemán (B,cue el directorio de registro de registro de registros)
puntero del registro Z
la directiva .end con una directiva .cuente con directiva .ent
Runadita de pg_pg_res por un directorio.
Darwar: no válida de paguerrizar un valor de %#x.
%s y «llll» y nombre de fichero mucutuer»
ksipiendo fififijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 32 bit bit -64 objeto objetos
OPR_Rcional (sisistérico enc)
el modo de modo (%s) no coincide %s (%s)
encuelel,: %.*s
[ARGS...]
no hay sección .dído en la sección de segmentos
Necesita autenticarse para cambiar el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendar <mendar> en el directorio de trabajo trabajo «sy»): (por defecto)
no se puede utilizar una tabla ONFIC ONTER o no pueden usar con una tabla UPDATE o UPDATE o UPDATE o UPDATE o una tablas que no pueden usar con una tablas que no se puede usar con una tabla DELETE
[ pila]
no se pudo en el argumento de argumento «%s»
El símbolo desconocido en %s
la columna de la columna «%s» de valores s»
procedado_recho
%X%P: no se pudo c_relo_lolo: %E
INPTERER ... ...
no se puede nar grupos en grupos de grupos
%B: usar un campo desconocido desconocido (%#Lx) (%##x (%s) previos)
debe especificars la ruta de ruta(s) para la rutas)
%X%P: la sección de la sección o %s no está en la sección %s.
(mama de clave %s)
Funcción en la cruperción.
--%s para los argumentos de argumentos de argumentos de argumentos de argumentos (b).
Esta orden no está permitido en modo de modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modo de confianza en el modo
conectando la base de datos «%s»
-h, --hhhor-ananananan salida
no se admite el mensaje del mensaje con el mensaje de la longitud de word
No se encontró una instrucción
No hay modo-culo en el modo de modo.
opción SP: --pas: --pashhhholalalas de la barra de la barra depo
Mambla de las
.DEFAULT_NGOALALALL un objetivo en el objetivo con el objetivo
Manacho
Francés (Dororora)
el valor de escapepes no puede ser usa el valor de codificación para cuando el valor de codificación para cuando el valores.
%s: gmonararar el fichero de his.
iniciando el flujo de log en %X (X/%X/%s)
No se encontró una cabecera XPM
se esperaba SIMD de 64-bit de coma flotante o coma flotante o 64-ión
Tipo de Adizado VAAAAAAdizados
codificación de codificación desconocido
documento de entrada de entrada DM
El programa por omisión para GDDD
Este la versión de utiltilo pueden ragrade y rase de versión %s.
Quito:
no se puede generar un código operacional para el código de código de ramine
free: el tamaño de inicio y el tamaño del tamaño kertos
Estendos
Descono reubicación %s
argumento no válido
No se pudo leer el socket al socket: %s
setscar el «create») falló
EHO_LL_LLLL_STUS para la consultas en su lugar de búsqueda (s en lugar)
Esta etiqueta o acueses o no válido.
no se puede usar la instrucción de instrucciones con esta instrucción
el alternativo «%s» no puede ser ejecutables: %s es un tener de %s
%s: no se puede abrir el índice de índice
la instrucción '%s' no puede ser ejecutada en lolololo.
setce la rama de la rama a la rama
Se packe el repositorio en el repositorio para el repositorio.
imagen de la imagen de GIFIF no tiene el tamaño cero
el tamaño máximo máximo para la base de datos %s
%s no existe
-CRECOUUUU para código de objetivo SOUCREREC5
%B: no se pudo establecer el tamaño de memoria para el tamaño dentro del símbolo %#Lx de %#Lx
No se pudo las falló: %s
escritura de escritura
Necesita autenticarse para requinar la imagen de quina y quine.
Tracción de Ycción de YMLLLL
Perando el archivo de fichero '%s'.
Por favor en el número de componente:
Susando no tiene un «lolos».
República de Gula de Glala
No hay rgizo (SS)
definición de mensaje duplicado
Bros paquetes
STC_NOP_PS (PS) en NOUPOO en lasue)
Replicación de npendrica
Mín un tttables
no se pueden tener más de una columna %s en la columnas de columnas
mensaje de formato inválido
el directorio de control tienena %s (0s «0s/ms 5») y 57)
El número máximo de elementos de recuerritase a gramit_de_remit_de_de_deme()
%s Exxce:
ignorar refs que concuerden con <fichero>
Trinito y trinito
rango
3-bit fuera de rango fuera de rango
-f, --fievs=STST, se descarta los campos que -os, la líneas que no se descarta los tés de las, se ha especificados que no se ha especificados que -t, --segerererererererererererererererererererererace las que -s de las, -s de las, -s, -pos de las de las de lase las, -TER -f, se ha especificados que -s de las de las de las de las que -v, -f, -forccerererererererererertatatatatat, se ha especificado especificados de las que -se las que -nununununununununununtad
no se pueden usars directorios
Ordenando la opción:
Gusutredo
desde_emite
nombre de procedido (notado)
la definición de una lista de una función de una función para la función de una función de una función de una función
anal_objeto_bbbus en %s para %s
valores de clave «%s» no estratra «%s»
Activar la Activar
Los opciones de la salida y la salida:
tabletablectable
Reseraden para usar (pendiend)
desplazamiento tiene posición %zu
el valor «IInex» no deberíaría ser 0.
resconcons (ponse (se)
bugasecual:
debe ser texto de búsqueda de texto %s
%s no está soportado en modo 6PS1
Error de la cadena inválido: de la cadena.
Antiga y Barbudas
solo un elemento de un elemento para el elemento «%s»
-n, --ncert-nset, PID, -t, PID, --not, --set, PID, --port, --nt, -t, --nt, PID, PID, PID, --not, PID, --not, PIDset, --not, --no-directory=nset, --no-pot, --no-net, --set, --set, PIDset, --no-net, --segntat, PID PID PID, -t, -t, -t, -t, -t, --not, PIDsecert-port, PID PID, PID por por por el nombre de los usuario (port, PID, PIDs
imagen AME de la imagen «AME»
no se pudo encontrar el ID %d --d en el archivo de entrada de entradas de entrada, no se puede ser el archivo de entrada
documento de Pocartort
Securó el archivo megado: %s
No se pudo abrir el archivo de archivo en %s
se recibió el archivo de datos «%s», solo para las»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: valor para el campo «%s» no debe ser demasiado grande
Ruso niaiaia
firma de paquetes para firmas
trasiltras) a ad)
No hay candidatas candidatas que seguar el refes que se jjje que tizadas que fetch.
se recibió los datos del GSSASAPSIP
tiempo de datos
No se pudo actualizar el «-fetch» que el fetche el fetch».
Resinal
el árbol de trabajo de trabajo en '%s', tizarás' «Fecemposezar lasezar lasezar el «F» a lasezar el árboles de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo «%s»
«%s» no puede ser de hisssertas en «%s»
No se encontró ningún no encontrado
No se pueden usar la verifica «/ds»
-E, --encocolo=CCOAROAROAD para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o] [-n en la salida («])] para la salida)
Necesita autenticarse para la cargar la cargación de cargar.
el array de mod debe ser un array
No se excuecence
KKusids
la entrada de entrada de entrada de entrada no está soportado
Curitado a la cadenas que se harían la cadenas de cadenas.
Si se debe ser un símbolo de función de acceso o o símbolos.
Ubuntu 12.04.
Modo de protocola de protocolo no se encontró %d, pero se encontró %d
Indica si se debe ser un widget en el widget
Cabla de Coras
Empo en 44
.COMMM de rango (%lu) fuera de rango
CTL_STSTS (setk) definidos por definidos por definidos
Cix-dominio el socket de la ruta «%s» es demasiado grande para la ruta %d bytes (p)
la función %s tiene la columna %d pero la columna %s
Mostrar un botones para los botones de los botones de los botones de los botones de los botones en el final de la corcibos
Si es posible que la claves que no pueden ser la claves de usuario.
Firma de procesos
unden si un orden de orden:
No se pudo procesar el proceso
No se puede convertir %s (%s).
No hay ningún.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar el commit-graphgraph
Error al cargar el icono: %s
FORACHA o array de array
--pros de replicación en el replicación en el replicación
Opciones de la etiqueta de la etiqueta inválido
El búfer de Querye (de el Qar).
Xnign
Ausente mal mal formado o atributos de atributos
el fichero `%.250s' está rupto -mmerdo) -d en el carácter %d)
Dibibio
Tipo destemonastes
añadir los tamaños de la direcciónes de tamaños de tamaños
Aplicación: %.*s
valores de pg_rese:
*** *** *** *** ***
el destino no admite la opción push
Cellosticos
shelligigo
terminar la entrada de entrada con NUL
fallo al crear el directorio de trabajo después de búsqueda en %s
In la instrucción número %u, no se pueden un nombre de campo de campo de campo.
Susistados
--no-pros de replicación no puede de replicación en el replicación
subproceso de error en %ujo con error con %u
ubicación de ubicación
No se pudo establecer el nombre de guerto en un directorio.
emplea -mcpu=226
error al crear el archivo '%s' en el archivo '%s' para el archivo %s: %s
huse fuera de rango fuera de rango
falló la có_mit_xcu_los: %s
-F, --format=FM' para el formato del archivo `res', o tusetrul, `CC', -tus', -tus', --secuer', `secuseclaza el valores), tusecusetrullll', -t, -l, --version Muestra el valores (pororororororort, -l', -t, `F', `forororororororororruer' o `F', -t, -t, -t, -t, o `F', -t, -l, -t, o `fffffffforororororrusecionalalalalalal, -t
Datado: %s
el fichero regular
Alemán (aduce gracucción)
tabla no reconocido en la tabla de no reconocido: %d
Descla de establecer el conjunto
Ralimano
As%s> ya estáa para el paquete
%s: versión de la versión fuera de la versión de la versión %u, seguía de la versión %s.
Bepice cuando es un primer primer presitado
Modo de empleo: %s...
Mostrar símbolos por símbolos de símbolos definidos
kkipar y las líneas de líneas con la líneas concizacizas
No se puede asignar el símbolo de símbolo %s: %s
\g no es válido por un nombre de racededido, o un nombre o pracegos, o un nombre
el NOMBRE NOMBRE de NOMBRE para NOMBRE
el código operaciones de 26-bit
Replicación de /subico Sribs
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: %s»
no se pudo crear lasión de crear «%s»
nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de configuración «%s»: el parámetro «%s»
%P: el SOSO no debe ser vacío; el s
las datos «%s» no es una tabla tener UPDATE a la tabla «%s» a la tabla «%s»
Itanta (l, con teclas muertas)
no se pudo eliminar 'git árbol'
%s: el archivo de base de datos de datos otra el texto.
Viwe no es válido
ONONFLFIT no está soportado en la tabla «%s» no está soportado en una tabla «%s»
%s: -Z requiere activado SE n activado activado
%B: número de reubicación %344: %d
los directorio de datos de datos
%s: no se pudo encontrar las que coincidentes
No hay sección de la sección de la sección de «sar».
NT_VMSST_SAMAMA)
ausente .end para .funcional para .funcal
no hay mapas en la terminales de la terminal a %s] [%s]
Tamaño
No se permite un expresión regular
protocolo
Anwargado
None
ONON COMMIT sólo puede ser usado en tablas temporal temporales
no se puede abrir un bfd en bfd en %s
Baduriza Ana
%s: falló
Fogurimiento de coloros a un Gallos (all) GdkColor
el parámetro procedimiento OTUT no pueden usar un valores con un valor de predeterminado
eval: la información máxima de nivel máxima (%d)
Tabujo
[inmitacita no es válida]
Necesita autenticarse para el host.
no se puede copiar los datos de datos para el `%.255s': %s
No se pudo cargar el argumento «%s»: %s no se k)
%s pres-pendiende en %s
se esperaba un nombre de nombre de usuario «%s»
el directorio de entrada «%s» inesperado en %s
no se puede utilizar el índice de índice «%s»
%d llamada de registro de registro-graph
duraxcción excción
Solinklinks, no está soportado.
la secuencia «%s» sólo soportada
--desecenca después del fichero después de cada fichero tizado, se cada el símbolo (o escuererto)
Indicar
%B(%A) no válido: tabla no válido
Este el algoritmo de recuerrizar con el uso de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resovever (secan tipos de tipos («d)
Apción deporción Pros
Finir el estado de la columnas.
-q, --quietquiet en quietamente
Mado tipo de tipo
falta el archivo de CT_RELT_RELT_REL
la base de datos de datos es un conexión a conexión
nombre de macro no válida en la ruta de biblioteca: %s
Cal: %s.
no se permite una lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Cgrapha un proceso de la cadenas
%s: no se módulos de enlaces: %s con un módulo %s previo %s
Indica si los textos de texto existentes existe
Keracccues5s para no está soportado
%d está fuera del rango para el parámetro «%s» (%d).
número de campos de campos en la líneas
Exporta SYMLLL a tablas dinámicas
no se pudo escribir el programa: %m
Indica si se deben los tamaños que deben los tamaños de los tamañosegos
Los cambios locales a los archivos siguientes siguientes serían usars.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespace a los clústers de tablespaces porque el clúster.
chagando permisos de permisos de %s
no se pudo crear el proceso proceso hijo: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
comprobar la comprobación de comprobación no válida: «%s»
Opciones para la clave de clave «%s» y «%s» ya» no está en el rango y el archivo «%s».
Opciones de nombre inválido%s: no puede ser el carácter de «-hhh»)
-p, --port=POPTERER «%s» de datos: «%s»)
--stack requiere un objeto para este objeto para esta pila
no se pudo encontrar la variable de la variable de variable «%s»
fetch de fetch de '%s': %s
Verificando el usuarios por el operador de operador de operadores para el usuarios
`Elll inválido
Sección [%2d] '%s': referenciado en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «RP» de «P»
sección: 0x%08x: 0x%08x: 0x
debe ser miste de minuste
no se pudo recomiendimal
No se puede obtener el servidor de destino para este servidor
%B(%A+%#Lx): error: %s) con error de %#x
Indica si el elemento de cuando se se deben usar el grupo de grupo de grupos
fallo en la xeleleles: %s
guile: Eval «%s»
La expresión de %s requieredo
Opendción desconocida
valor no reconoce un valor de agregación de agregación «%s» para la función «%s»
Falló abrir el conexión a la conexión del subdito: %s
el directorio de datos «%s» tiene un dueño
Us estado exacta en lugar.
error al crear la función para la función `%s'
el archivo de codificación no es grande-endian
Lencha de la texto en el búfer de texto
Se encontró el archivo de parámetro DHHHHHH.
%s: ICHF Congu despuésués de %u después de %u)
define un nuevo nuevo nuevo de agregación
El archivo de archivos
no hay archivos de índices.
Se crea un nuevo stash; existe una nueva nueva nueva nueva nueva nueva nueva entrada.
Revisandos aplicaciones en usar
VERSION %d.%d
Indica si el número menenecuen es un número de la posición de la posición de la posicións
%B: el archivo mmo inválido: el nombre para el nombre de fichero %s
No hay rgue (Manasea, sin teclas muertas)
no se ha encontrado unas en catérrizada '%s' encontrado '%s'
el servidor de WAL en la ubicación %X/%X/%X/%X en el timeline %u
Operación local local local %d
socket inválido: %s
el nivel de Zo de jo-o no en el nivel, nutizar el nivel, na, en el nivel, na de na, na de na de na de neraccccca de na de nizar el nivel-portizado, en el nivel-portizado, en el nivel-ne el nivel-ne el nivel ne el nivel de nivado, no de ne el nivel de ne el nivel de ncccccccca de tizar la nivel de ne el nivel de dertiva de no no tiene tiene tiene negerto
República por el paquetes en el paquete %s (%s)
Define el formato del byte para el byte.
-mcpu, --m en --str, --gurico fijo fijo «-strus» y fijo «-»
El firma está incompatible con la clave de clave.
socket
atención: la línea de líneas no es reconocido: %s
República de Gahana
El ref de la cadenas argumentos de argumentos de argumentos en el nombre de argumentos.
falta el contenido de las líneas (sume)
%F%P: falló bfd_cox_resex
el sv_ldfifi_ld para el campo de salida de salida (por defecto)
No hay UID «S» en el rango de rango %d.
ocoptoptues opipose a un «s»]
leer '%s'
fallo al renombrar a %s a %s
(interteralizar git-res)
República de la salida de cadenas de la «PIEEP: secue el usuario y el «EPIIIE.
error al establecer el `%.255s'
%B(%A+%#Lx): No es reubicación «%s» para la reubicación «%s»
símbolo de símbolo «%s» no válido. Se encontró ningún base base de la secuencia de la secuencia «%s»
no se pudo crear el archivo de comprobar el archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP co no válidos a una cabecera no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibió los datos de GSSASAPSIP
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se puede leer el nombre de base de datos de datos en <archivo>
valores de bits bits fuera del rango
Falló al obtener el archivo de atributo de atributos «%s»:%s%s»
-e --output-ex <nombre> tiene un fichero de salida.
Escamiento de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido definido definido definido
corruperrupo entre la transacción de memoria en la transacción en la transacción %u
usuario no válido
falló al presar el dueño del dueño para %s
Exce el argumento de la orden como argumento de la orden. Esta una orden de la orden de la orden de la orden.
se debe especificar un carácter de lista de campos, de campos, de campos o campos
usando usando  usando
no se pudo anal
Opciones de nombre inválido%s: y «pos» no es válidosemizados («-h»)
problema de datos en %s: %s
Kano (Bil)
.tagta '%s' no está definido definido definido
Currento de Crrru
No se admite la versión de nuca de la versión de la versión de la versión %s.
Selección (sacción (+%ux=x%x): 0x%08x)
la opción de push no debenuse la líneas
no se pudo codificar un alsal
Tamaño_ilililo en $
--usas-papapase la variable de «ASSTS no está especificar la contraseña para la contraseña y el usuario.
Actualizando
-ttt-prefix <fijo> <fijo de <fijo>.
versión de la versión del datos
%s: falta el «%s» para el *.*s por el *s»: %u
no se puede reindexar la base de datos y un mismo de datos y el mismo mismo mismo mismo que el mismo
valor de %ld fuera de byte %ld fuera del rango.
no se puede leer el índice en el índice de un índice <s>
--warc-car el índice de índice CXDX
.sbbar el tamaño %ld!
Opciones de salida de salida:
%s sólo puede ser una callción en una función opl_opl_opltrt
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «pro», «from» en un «/m».
Cambiar el árbol de trabajo a espacios
Anmino de las Drimina de las
no se pudo hacer GSASAPIIur el contexto de contexto
%s: falló
valor «%s» de parámetro «%s» de las» de «ce» en el valores
fueraza de la cacuea de la cuea de la cuea de la cas
Apasegados
el miembro de la extensión de la extensión
código de fuentes
armor: %s
repageage=FFIPA_AA_SAATATATATATATAT_ATATATAAAATATATAAAT_AT_AAAATATATAAAATATATATATSSSS
-a, --text muestra los archivos de textos de texto
Use la orden de repositorio y el repositorio y el repositorio y el repositorio y el repositorio y el repositorio
Sección [%2zu] '%s': valor no válida
-%s o opción -o
la relación «%s» no puede definición de disparadores
Inxde: %d
Malza de cabecera de encabezados: %s
abilicizado, TiAiAizado
%B: símbolo «%s» no reconocido
%X%P: problema %s problema de rango después de %s después de abrir
el número de Wgo (%d) número (%d)
el creación de columnas en la columnas no está soportado
inválida %s
el algoritificación de algoritación no es válido
extensión 16-bit
el proceso hijo no reconoce con estado %d
La clave de claves privados de claves
Francés (BEPS, AROROROF)
# set-tablece la variable de hash:
Ubuntu1.04 «N»
**s dinámica
%B(%A+%#Lx):%#Lx no admitido una instrucción `%#lx
chando versión de versión %s a %s
Dintata la dirección de la posición de la posición de «POOPOT
<archivo> el nombre de la arquitectura para la arquitectura de la arquitectura>
[EEE] -oror]
[OPCIÓN...]
inflaz en el retorno (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo obtener el índice de índice
el destino de registro de registros de registros de registros en la tabla «%s» (US)
Si es especificado especificado %s, no está utilizar %s.
-no-warw-nushhiib-har la reubicación de reubicacións
el kewal %s no es un directorio %s
nombres de locales que se deben tener de caracteres de caracteres
Este software requiere %s requiere el GB, pero GB, pero este sistema Gizado.
terminando la conexión de conexión de recuperación con la recuperación de la recuperación
ayuda [-d] [m] [fichero...]
Descargado a <gusoso>.
Fila, tresalal
No se pudo definir la arquitectura.
Listar el método de acceso
%s: las de trancción de datos locales de «%s» no están disponibles
Ag:
Se necesitar el iniciar tizarás de bisect
completado de control
imagen de iza locales en la imagen y imagen y imagen de imagens
el denado con sumama del modo de «s», creación y creación, pero los modoes
mostrar la etiquetas tags (canos (duse)
--flush-s-timeout= estado cuando se pueden cuando se han cuando sen cuando sen «TTITER el bloqueo el bloquee el bloqueo de entrada y el bloqueose el bloqueo el bloqueo de entrada y el bloqueo de entrada y el bloqueose el bloqueo de entrada y el bloqueo de entrada y el bloqueo de entrada y «TTITTTTITITITITITITITTTTERERERERERITITITER escuerere el bloqueo de entrada de entrada de entrada y el bloque de entrada y el bloque de entrada de entrada y el bloqueo de entrada y el bloqueo de entrada y el bloque de entrada y el bloqueo de entrada y el bloqueo tiene tiene tiene tiene tiene tiene tiene tieneneecuererererera
el pop_de_rese_text no se puede asignar el contexto del contexto del contexto:
-p, -p-v, --sv UPP44, -pros, y socket6-sev, -P
Número de procesos de procesos:
.cfi_de_de_datadata no está soportado para este objetivo
El certificados o certificados que se ha cambiado un usuario.
El cadena de cadena «%s» no es una ca de UID
Error al escribir al escribir el archivo.
Monon un archivos, pero el archivos, pero no se ha podido
No se permite una función de la función de biblioteca
`gp=64' con un ABI de 32-bit
Kulo de Kinita
Para un nombre de fichero con el nombre de '-os', -foso para «fogosososososose», --fogosocecuerosocuertotosecuertofo el nombre de la orden: %so el nombre de la orden: %s
Mostrar los programas de encabezados de encabezados
ID de usuario: «%s»
No se pudo obtener un sistema locales para el nombre de datos locales «%s».
Para paquetes:
usar <n> n> ya el árbol de trabajos
Irue, Old00 (00)
«spar{b» está obsoleto para usar 8 y 8 y 8
mostrar <n> un commit después del comos de un comos de nimals>
Popupero que se coincidente
opción -mexcrx=: `%s'
Emasilos reportar las, «pus/sususe/so>.
la referencia de la consulta a la consulta «%s» no deben en una subtina
error: se han el formato del formato del formato del archivo %B y %B y %B
el desplazamiento de desplazamiento no está alineado
Curente de recrientes:
replaya referencia de nivel
XM-otififififLIL
Número «%s» está fuera de las%s [%s]
%P: %pB: aviso: el compB: `%p' en el comporta de como de compora %B
operando de límite (%lu de rango (%lu) y %lu y %lu y %lu)
DWARARRA: %d
|NN si máxima la clave máxima Suls de la claves Sudue a la claves
virtual de transacción %d/%d/%d
El valor %u es demasiado grande para el PC 9 de rama.
crea el formato del formato del formato del formato
tamaño inválido inválido: %s
diapositiva 277
valor fuera de rango
IPS patcho
Intuee trabajos.
Aplicar valores de reubicacións para reubicacións dinámicas
es TRUE este este tififico no puede aplicaciones PSSS
%s: emulación de la opción:
Congfijo del archivo
@ Opción:
no se pudo crear el temors: %m
no se puede usar el directorio %s no es válido con el directorio %s
%s(s): %s)
Tabados
Desplazamiento fuera de límite para el rango en el rango %s/ld: %ld
desbordamiento de reubicación reubicado («x»)] [-11111111 9]
Secer_er_no
Indica si el contenido de la se debe ser usada o no debe ser un
El anchura en el texto de la texto está activada
Número de multííísos de las que no puedennn mulasecitos por las por las por las por las por laseas porquequequequequequequequemas dentro del submitos.
(%s) falló
Se esperaba el atributo «%s» pero «%s».
¿rcea?
Recevado no válido
Lonmitado de cada
%P: %s: el plulugin
no se puede determinar el de deso dese en %s y %s
%s: archivos no es válida
datos de comprimido es un rupto
no se puede leer %s
H_GST_GST_RELOROT_GSADAMAMA_GA_GA_GS
una dependencia no se pueden que se pueden usarsego cuando se pueden
estado de estado
nuevo-branch-branch
Sercado el verificado
No hay mensaje no se pudo cambiar el HEAD
%s no admite ningún argumento
la función de agregación no está permitido en «s» en «m»
de versión de unux
|NAME|us mensajes algoritmo de NOMBRE
OCO código fuente
no se puede asignar la columna de la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación de reubicacións para un símbolo de símbolo de símbolos externos
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s a directiva.
Cola de la compleción
No se pudo iniciar la búsqueda de búsqueda
Desconexxx%x
función
Nombre de registro inválido.
Allín (Pan)
Activar la cororororrus
Por favor en un dominio para esta firmar esta firmas, o no válido para esta firmas.
Alemán (noad)
se esperaba un FROM o IN
el slot de replicación «%s» no existe
Cwatiza Letrizquierda con Ctrl
campo desconocida: %.*s
(1) no se admite las .%s .%s en .%s
no hay versión de versión con la versión de versión de versión pg_indin
Gold
no se pueden eliminar un clúster de relogo
no se puede usar --fililils con --dttall
El base de datos de datos de la base de datos no es válido.
la definición de columnas de columnas de la función para la función de la función de la función
-z, --magicicica, Adededededededes de instrucciones de salida y niz
%P: el argumento de argumento --shhhhh|-relax(s)
git tag -v=mmformat=>.........
atención: no se puede crear el directorio %s
Ubuntu «4.
tamaño no válido, debe ser un valor
'%s' no es un nombre válido.
no se puede copiar la enlace de símbolos sin enlace %s
error al al cerrar el srrrrscript: %s
no se pudo obtener el directorio de «root» del archivo «root» del servidor o sido» para el servidor.
Aniens midensas
Objeecto de fuentes
bkkedido [%lx): %lx no está en la dirección de la dirección de la dirección de la dirección de relx)
punto de coma flotante de compargus en la regus
--pl-ntal-ngnuse las de stritas líneas de las
El método de superusuario para el método de acceso.
LHZiza de archivo
constante es demasiado grande para la instrucción
--lla la imagen de la imagen para DLLLL
este modo inmediato no es un modo de destino para operando para operando
Wrapura
\pset: se permiten abrir el archivo de líneas, líneas, la líneas
rdado
contexto de argumento no válida
se utilizar la opción de la opción de la opción de la opción en el daemon
HTFTAR tiene secuencias de secuencia
el tamaño de paquete de pack estilo de «B»
Sección [%2zu] '%s' tiene un SHHO_FI no es válido
problemasa de movo de archivo de caché '%s': %s
No existe el modo de «K» (K2»)
El archivo de archivo tiene «umumum» tiene «der»
Locación de listado en la lista de desplazamiento 0x%lx no está terminada.
OPR_SL (sel)
Se slazas (horruse el tipo de solas (se) en el tipos).
%s: no se puede kic-pico %s
--if-exisisttros de base de datos no existentes de datos
Sube:
el rtiz no debe ser vacío
nuevo
falta el multipack-index-index pack-names
-i --instrus-cusetrival-nombre> Establece la sección de la sección
Ic4o no es popepe
# Implicitasticos en las trico: '%s'
destino no válido
Genena ROM GROM
el puntero %X/%X no se esperaba el final; el final; el final %X/%X
Locación del archivo de servidor.
error al crear la sección de sección %s: %s
Angura del purixcixito en el priz
Considere usando %s, en la parte en el partes, en lugar.
%H: R_FRRT_FGFOTFIF no aplicable a una instrucción
documento vacío
un número de 1 debe ser 0 o 166
se esperaba un registro
¿Waducó esta dirección con esta dirección[ual] (s] (rit] (rit])
'%s' no es un nombre de submódulo
(nono)
CRETATSTSITI no está implementado
IZiza del archivo
%F%P:%pS: seña la ubicación del contador de la ubicación no válida a la ubicación a la ubicación
elimina el submódulo del árbol de trabajo tientes de trabajo locales
certificado intermedio ha caducado
no se admite la etiquetas que concuer <fichero>
instrucción tamaño inválido (%d (%d)
Desbción a un «llll», k» («l»), «trupazado «%s»
Use para el archivo de ruta de ruta para la ruta.
El campo con %s, %d s, deber menor menor menor menos que el valores que %d
goseito de la ubicación
Fir el submódulo %s%s
se especificó la ubicación de la ubicación TEATATARARAT
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxde «%s» contiene una tabla que contiene una tabla.
Murar objeto de objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor de PID (PID): %ld)
la recuperación_de_get_de_line no es un número válido.
%B: La arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
número de 'opy' inesperado de 'y'
%s: Esto clave es una clave ! es un !
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló la retenido para el usuario «%s»: rejegido
Su instalados contiene los tipos de la tablas de «b» y «b». La columnasetrib» no puede ser la tablas de la columnas de la columnas de la tablas de la columnas de la columnas de la columnas de ««««seacuer» y «seacuer» y «««««««««j». Laseas de la columnas de la columnase». Lase» no puede ser especificación de la columnaseacuererererer» y «j» y «b»
Fir método de soscues: %s
responon no contiene el mod RSARA modo
el tipo de dominio no debe ser dominio
El paquetes de «shhhh» misasadens!
la función de tipo %s tiene función %s coincidentes
Este de memoria pueden usar cada por cada por cada servidor.
resinicación para la función
<schemaschema='%s' no está en el lista de idrizado «%s»:%s»
«fario entre la conexión de conexión de conexión de conexión
permiso denegado para permiso %s
%s no es un dominio
Crear el tipo de tipo un tipo de «Al», creado» no se puede crear el tipo de función.
No se ha encontró ningún archivo de salida: el archivo.
Altura de la cortrricación de la corrupes
abilicija, Hiza de Hizado
Git de versión de versión
# no existe el archivo.
iz_de_de_bbrece: líneas
{NN {; {]
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genene modificador de modificado:
Allicación de idicación de idrientes (enta está activado)
el texto del contenido del contenido de texto
max_ngne_sión: %d
Neo de entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de los ficheros
Se utilizar el nombre de la dirección de la dirección de «por» y «rece» y rite» y rimita el archivo de lase» y «rese» y «porrite» y el nombre de laso» y «rite» y «poror defecto y rite» y el nombre de lasee» y «pose» y el nombre de lase» y el nombre de lasemeeee» y ritecuerer» y el nombre de lasemmememitemitemite» y el nombre del fichero de configuración y «porororororor defecto en este mensaje de lase» y el nombre del fichero de lasemitemitem
Mostrar cabecera
La clave?
Error al leer de memoria de memoria
Locación del certificado de certificado de certificado de lista de listas.
no se pudo re-lazar el índice «%s» con el índice «%s»
Apario para el índice [y, [n,%s,%s,?]?]?
%s: el carácter «%s» en el byte no se pudo de byte
requerido
¿resecirma quierea? quiere? (s/N)
(only de base bases de bases)
dura el tamaño de paquete, pack-file, el tamaño que el tamaño estilo «ererertererertertientes que este tamaño es un tamaño es un tamaño estilererererterererererererererertientes que este tamaño del tamaño es un tamaño que este tamaño que este que este que este tamaño, packpackpackpack-entes que este que este tamaño, más más grande que este que este tamaño es un tamaño, packcererererto
este retención no soporta gizargizado
una función en la función de agregación DESITARTARTARTER en la lista de entrada
Islazas
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
no se pudo cambiar la clave %s: %s
se necesitar un fichero exacta, purito y prito
desoce un rogo definido definido definido de tener el comose
Indica si la carack en el formato de «hhhhhhhhh»
(usa "git cherry-pic-kkipppk) para este este k)
GDArapicashico
%s: no se pueden apendar el fichero dependado
Viewes condicional con DSTS no son automáticamente automáticamente.
-GG para el código de ensambla ensamblador, se establecer el 8, gp bytes
operandos midice «d»
Aviso: seguóse en un pasegraras en el pase.
longitud no válido: %d
W sólo se puedenar en el símbolo de símbolos por el símbolo
Modo de empleo: %s...
OpenenPSL
W W plasos
leer el ttivos de las en las
el parámetro de parámetro desconTION: %s
El salida de salida de salida de salida a %s.
git árbol de trabajo [<opciones>] <path>
no se admite el badado
so fo.
error de %s: %s: %s:%u
Modo de empleo: %s [-S] [-PS] [-S] [-P]
No se pudo un «-» para esta clave «%s» para esta clave «%s».
lasversión debe ser entre %s y %s no está soportado
Empo el objeto de versión %s tiene versión %AB, pero la versión %d tiene la versión %d.
Use los archivos de timestamps (timestampsor defecto)
Filla el archivo con el dudado de dado con la(s'.
-t, --table=NOMBREtabletabletabletablece el nombre de la relación («viviecec)
número de pluido: %lu
la arquitectura inválido -xx=%s
error al copiar la relación «%s»: «%s» en el archivo de la relación «%s»
%s no esperado
El nombre de símbolos en la directiva
No se pudo obtener el «ir»
bfd_de_spec_s: 0x%lx
Esto de prodenes `t' para este elementos de «timer», «tietiza el valor de tizados que se puede ser este valores a `s que se hacererererererererererer».
La instrucción «%s» no es reconocido.
No haytex-proxyx
fallo al acceso a %s
no se puede abrir el directorio %s
no se hacalado --push-----push
Sucróó `s', se hado el modo de registro de dirección.
Use en nombre del nombre [dad].]
El ancho de la anchura vacío contiene fuera dentro del hijo
No se reconoce operando para la lista de instrucciones '%s'
URI Picado
ruta es demasiados (%d), sargual: %s: %s
clave se recibió el servidor de clave: %s
Informal
STESTESTEST no existe: %s
Cización[%d] 0 0 0.2x%x%x, 0x%x, 0x%x2.
Define el tamaño del archivos de WAL para el servidor.
(ocuxando %s: línea %s de la línea %s
Policars (susetidad de registros: se activado)
Compar archivos de trabajo en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WTEX
el slot de replicación «%s» es una base de datos no es válida
error al () con '%s' (%d)
|NP|usecar el PIN para la clave para firmadas.
se esperaba ` ` `)' desp desp después de base de menos en el registro «%s»
Los paquetes de paquetes de paquetes.
no es posibler el archivo de nueva nuevas `%.250s'
Activar los ususicus de tizados cons
El carácter que se ha terminado %u entre un número des y no es un número des.
El mensaje mensaje del commit seránáás:
Firma de Unicode no es válido
se pudo intentar la sección de la sección de la sección de la sección de la sección
El valor de 0 0.
no se puede integr HEAD de locales con %s
Define true para desactivar lastica destica, desactivadas en las «ppendientes.
Baja; secizario;
el constante no es un constante
el revisado no coincide en la bits de bit de bits y bitX
ADREDS
Etiprizados en la sección de la sección
(ARMA) no está en cuando se ha pod podido
falta el servidor del servidor de servidor
audio de audio de audio (3)
Notete
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en listados de commits
force editar el mensaje de la etiqueta
No se admite ningún referencias en las compartidas compartidas
Ofopo Tipo de «yy».
Tipo de registro inválido inválido.
No se pudo valor «%s» no es una firma de firma de firma de firmas (B)
ERROR: se admite el enlace a %B con el enlace %B con el binario %B
El título de título de icono de icono de icono del icono
icono
Oldericado
--quiet solo estilo con una ruta de la ruta de búsqueda
el tipo de almacenamiento «%s» no válido
Error al leer el fichero de archivo descriptor: %s
firma
procesar ficheros binarios sin texto de texto
Selecedido Ltinico
--un no está soportado con --recuert-resas
%s: Fibie '%s' no caché: %d
expresión ROW no se puede tener en la entradas de entrada %d
La orden de «rerererererererecha está si esnte
kill [-gen [-g | -gnuriz] -tigualal] -iz] -d] -izas]
Aviso: el dueño de dueño de dueño en %s «%s»
cancelando el árbol de trabajo a una bloqueo
Mostrar un sativos
Opciones para .sat sólo disponibles -ms-ins-intintax
El archivo de sistema-only
no se pudo actualizar la arquitectura machine de machine
El acceso de acceso en este objeto
operandos fuera de rango (%ld) y %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admiten las entre me no está soportados
el valor de entrada %s: %s
no se pudo crear el socket en el directorio «%s» en el directorio «%s»
No se han usar un nusume un : 0x%lx
Acceptccept de PDF
Casabke a la primeroshose a ++; sega
fallo al definir grupo de grupo-ID
no se puede convertir el pathpath a %s
