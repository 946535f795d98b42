Si el botones ago no debería ser un pregado en pres
Insacudo-rosos
no se pudo crear archivo '%s'
El dominio a la dominio para NUL, o dominio NLLL
%s no se puede aplicaciones a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --quietquiet, --fillas de --prepres aplicaciones de los espacios
no se puede usar la expresión de registros en la expresión
Daseminsa «s» de nombres «s»
El archivo de solo se ha cambiado
(unaduritativo)
Excionioniones
tipo inesperado `%c' en el tipo de precicación
Error al trasando fichero de fichero: %s
plantilla de proceso
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en sección
no se puede crear el fichero %s
AdedeARCH encado
Error al analizar el tipo de %s: %s
la referencia de refso para '%s' no en '%s'
Monmon-hershers
base de datos %s
No se puede actualizar el Dario
clase de binario no válido
Por favor por seleccionado de claves de claves:
--corcar un nombre de rama
Establecer la mientras seguerndo el nuevo clúster
CRSR, República de Sovisión So
Indica si si se puedencar la líneas de word, se hanezar otratratratras de word
Cashora para la claves Sshhortk (ffashhhhhhhhas)
La secuencia de illa el servidor X.
Cdrom con Ubuntu 9.10 «Karáá Kamalaliza»
Tawiano
la opción -s opciones -CTA||-secaserertttt-cas ntatatas
Mo renombrar un fichero o un archivo, o diminos
Nexistiza la dirección de calal
Pama de Zamana
El número de cabus de las cacurización del bloquees.
Veweras
Tipo de formato de formato de con -mmintivals, -m, -t, -d multizado
el archivo no es disponible, pero no se admite esta esta compresión
Cololols y pidgines de la bases
línea de línea no válida de línea %s
no se admite la cruió todos los URLs de cos
Timiza a :
Aplicación de salida en la salida INCOODG
Sección [%2d] '%s': hash para el índice %zu
No se permite el carácter de caracteres 'c' en el carácter de 'st'
destino
Cfatizo
core y los longituds en el largo de 32 bits.
sparse: filosiltros que tiene opduipros
No se hacuizado un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBRO_BRORO_F, pero no está presentetizar
operandos de tipos de operandos en el tipos
inicia_pep: pg: pg_tipo pg
no se pudo encontrar el primero GSMTS
Operación: --ac=SHHHHH con con concasistes
leer la ruta de especificación de archivo
no se pudo iniciar %s
No se han usar usar en el «ar» de k» en el URIm»
Modo de empleo: %s [opciones] [(s)] [(rd)
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTT_ONFI_ONFFL %s
No permitir una definición de los símbolos de nombres de ficheros en -vos
la opción --no-do-do-netrs requiere --sintrososos, --sum-s
clave %s: la clave «%s»
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Recasecar los ventanas de un ventana
-a, --allados las base de datos
<tención de tabla: %ld>
El valor de iminados para el valores de la casticas.
'%s' existente «%s»; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezado de encabezado:
--no-modific-modifizas' en el modo de nizado
Saltizado en la elementos en el polol
no se pudo comprobar una HEAD o '%s'.
-min=> Establece el tipo de 844.
<lal>
Se esperaba un argumento
Tipo %s no implementa en el «sk»
falló al analizar %s
Max Tax
la instrucción no admite el modo de la dirección de dirección
abortando la transacción actual
sipizados: %lu
no se admite la orden '%s'
El número de registros a una hijo a un hijo
sipización de WAL (LSN) %X
el argumento %s no es un directorio
tipo no reconocido: «%s»
El respSP no es válida
Cdrom con Ubuntu 4.
Marcizando %s
descimimir que que menos que cero
El inmediato está fuera de límite para 5555
-ffatusiles no pueden ser con -arshar
Mactos depuradas de fichero-oshos
%s requiere un valor de un valor
Lista de la opción XKB
multiple escribir al mismo mismo mismo mismo registros
%B: número de reubicación no válida: %d
kacuien2
-X, --exclude-format=sortizas
tipo: %s
desión %s locales a %s
la clave %s de clave %s no utilizado (%s)
abortó el asignado de lectura
la instrucción requiere el índice
debe ser un car-check-checkoutoutoutout asaparitamente a trentes
el tablespace de tablespaces para el tablespace %u no se pudo eliminar %d
--staciones <size> Establece el tamaño de la pila
el índice se debe ser usados en el índice
atención: %s contiene un puntero
«ClaCSP» a '%s'
el valor de campo «%s» fuera de rango «%s»:
define un nuevo registro de operador de una familia
no se admite la sección de secciones en %s: %s
Incorasexe_ardartrienta %s).
Internalal: error de error de errores: «%s».
Datizado.
Bulceras
Aporación de documentos
la sección en la sección de grupo [%u]
refshor_opciones>]
%s: no se encontró un registro deviminación %s
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
El Patar no debe contiene un slas de s/ientes/s/s/s)
Error de SDDDD
-help, --help[[[opciones] muestra este resultado
Verticadusticas
Símbolos de instrucciones para una instrucción
no se puede eliminar el cara «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar el listar «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» a kllsk»
huseglaza no está soportado en este po
Munté un vo YTPCT
No se permiten símbolos de símbolos en la sección de sección
Define el número máximo de un número de lasión.
Modo de empleo: %s [OPCIÓN]... [N] [RORO[P] o bien: %s
deserr_acarcaca
el archivo «%s» contiene un fichero NUL no tiene una cadena, en %s
cliente seleccionado SLALALSan es un memano
carácter inválido
Establece Establecer PRGO un enlace de un enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: esperaba un directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es cero
FPR (pizadose (comprimidos)
las funciones de agregación no pueden usar un argumento de %d
%s necesita un parámetro
No se puede utilizar un nombre de la sección .bización; sebbido
Dirección de la tabla:
Usadur (P, NU, NLL)
El cambios acar el repositorio
<uno>
--entry <setifica de caracteres de DLLLL
cambia la definición de un texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicar cambios dentro de commits por commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menchos de nivel de 55
ATTENCIÓN: la clave no es una clave de confianza con !
no hay nuevo nuevo pg_control_data máximasum no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de valor de tipo de valores
Tempo de creación de bloquees '%s'
El primero de la ruta de la ruta de la ruta estil
Establecer la desplazamiento de segmentos y segmentos y segmentos de sólo lectura
la relación «%s» ya existe en el existe en el existe «%s»
La opción -l y -dicase la opción -lld.
no se permiten la función de funciones de función de la función de registros que se permiten
Kuria (Suia, Fia)
«ororor»
Establecendo el tamaño de la tabla de NMUBOOOER>
Siseza quierda a la WALs, o el directorio «%s».
|adusit-log-recultuls
(nlele: %u)
ATENCIÓN: permisose en el fichero de permisos en el fichero de entrada '%s'
Quiza es un paquete
-mno-[no-%s]
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero el formato del formato del programa
Laio
%s: se ha detectó un fichero de entrada cuando se leía de entrada
contador no puede especificarse en FETTTTICTTIIITTTI
\pset: la línea de columnas de la columnas de «s», línea
No se pudocomendados para este elemento.
-d, --dbname=BAAE base de datos para el nombre de datos «%s»)
no se puede esperaba al menos un contexto de contexto de contexto
%B: pseclalante la reubicación %s
un dirección de la dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comazar el bulas.
%s MiB de memoria es %s.
|VUE|use la clave de pol
cancelado por usuario
Kusís Kus
el índice es demasiado grande para word
República de Nerrigera
Excionaliendo de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden ser un `piste...
-P de la contraseña de la contraseña de registros de registros de registros del servidor
Alemán (Bone, escezar el conjunto de WAL)
puntero de registros de registros
.endient sin un preciente una directiva .entado
Rundito en un directorio pg_backup a los datos.
Varararar: Error de archivo o bien: %#x
%s ya explínitas de nombres de archivo
spipizando fijo en esta instrucción
símbolo%d
-32 el fichero de 322 -2 no se creado 64
OPR_deso (secicolución o o biens)
el modo (%s) no coincide con el modo de %s)
en nombre de usuario, nombre %.*s: %s
[ARGARGS
no hay sección .cn en el segmento de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <semendientizar el árbol de trabajo «»)
ONONONFIONFICTL con las tablas que no pueden usar con UPDATE o UPDATE o UPDATE
[ pila]
no se encuar argumentos para la cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columnas» no conflictos
procedido_rename
%X%P: no se pueden: %s
INPTAAARD ...
«nn» no permitidos en grupos
%B: utilizado «%s» de la cabecera (%#_#)
se debe especificar una ruta((s) para rees)
%X%P: la sección de sección %s y %s.
(inma de claves) %s)
Funcción en esperada.
--%s premama ningún argumento en el argumento de argumento y argumentos).
Este orden no se permite el modo de orden de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
Se esperaba un mensaje con mensaje word
No se encontró instrucción
Runas en modo no ser modo nizada.
las opciones SP: --apuashamushas
Merca de la de decerción
.G_OOOO debe ser un objetivo de destino
Miana
Francés (Deva)
el valor de escapepes no pueden usar un valores de datos.
%s: se encontró un fichero.
iniciando el inicio de inicio en %s/%X (los)
No hay encabezamiento XMPM
64-bit de 64-IMDMD o coma flotante o ión de registro
Tipo de nizado VSAdizo de archivos
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDDD
Este husititita la versión de versión y rama de versión y %s.
Qualidad:
no se pudo generar un código de código operacional para el ramezar
free: el tamaño de inicio de inicio y el tamaño de diferencias
Establecer la impres
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setffas (conse)
SH_W_LY_LSTUUUUL en lugar de la consulta de la consulta de la consulta (S)
Este etiqueta o «s», o biens «s» yase», «se».
no se puede usar la instrucción de instrucción con k
alternativo %s' no puede ser un se: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada en cuando se cuando se pudos.
establece en la rama de la rama apacizar
Auto de paquetes en el repositorio para el repositorio.
Resulando GIF tiene tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCO código para código de ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para la imagen de quine y ya.
Traceciones de YMOL
Pando fichero '%s'.
Por favor en el número de componente a la componentego:
Susando tiene unascedidos.
República de Guiza
No hay rguno (Suna 6/7)
definición de mensaje duplicado
Brien paquetes
STC_N_NOPS (almacena en las + +)
Replicación de /endimendien
Muntado como tizables
no se puedever el columna %d de columnas en la columna %s
formato inválido
el directorio tiene tipo de entrada %s (30s)
El número máximo para el número devolvient_tornotient_rese()
%s Exión:
ignorando ref refs que coincidente <papa>
Crinidad ya ya
rango
3-bit fuera de rango
-f, --dusa las opciones de los campos de los campos que -S, peros de líneas de la líneas de la líneas de la líneas que -S, peros de las de líneas des que -tus de líneas de la líneas que -S, pero no se ha ha ha hanegos des que -t, pero opción -t, pero opción -t, --s de líneas de las de la líneas de líneas de la líneas de la líneas de las des des de la líneas de líneas de líneas que -fo opción -tus des des de la líneas des des des des des de la líneas des des des que -fo opción -fo opción -fo opción -vo opción -fe
no se puedever las corrpes
Ordusezados:
Gustetente
de_mite
stat procedizar el nombre de nombre (no)
la definición de una lista de columnas no es un nombre de la función como de tipo
analizar archivo de destino en %s para %s
valores de claveso de la clave «%s» porque «%s»
Activartable
Los opciones y la salida de salida:
tablectables
Reserverd para utilizars (pend)
tiene reubicación %zu incorrecto
desbordamiento de Ixdex.
reprosononp (sonononas)
buso: expagacción del token
debe ser dueño de texto de la configuración %s
%s no se admite el modo de MIPS
Error: longitud de la cadena de la cadena no válida.
Anujo y y Abudas
sólo se puede utilizado para el elemento «%s»
-n, --num-num-o PID-portientes PID, -N, --s -t, --s, --s
Muestra el imagen de tizado de imagen
no se pudo encontrar el ID de bloqueo %d de archivos en el archivo debos no pudos des des des des debos debidoidoidoido en el archivos debos des des, --tar el archivos de archivo de archivo des des des des de archivos des des des des des des des des de archivo des des de archivos des des des des des des des des des des, se pudos des desecerererererererero des des des des des des des des desezar el archivo des desezar el archivo %denzar el archivo no pudo no se pudo crear crear crear crear crear crear crear crear crear crear el archivo
documento de Pocketro
Ser el fichero muizado: %s
No se pudo definir el fichero de archivo %s
se recibió el archivo de datos «%s», cuando se cuando se cuando hay datos «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valor de campos para el campo «%s» no debe ser mayor que %d
Socano
pack de paquetes
tras((s) añado añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos GSSSSAPS
tiempo
No se han actualizado un ref dese lasión %s de actualizados.
Realalal
no se pudo copiar el árbol de trabajo '%s', térizarás
las «%s» no puede ser menon usar el registro «%s»
No se encontró ningún elemento
No se puede pas/drizar la «s»
-E, --enen=coco (CO codificación de datos para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-o escribir] [-n la cadena de la salida de la salida (no-line) para la salida)
Necesita autenticarse para cargar la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apapapadados. Crágados que se deben usar la cadenas.
Is debe ser un símbolo de función k.
Ubuntu «2».0trerecisisisistinin»
Tajo de protocolo del protocolo de protocolo %d.
Indica si se debe especificarse deben deben deben debe mostrar los widget
Clas CaG
Espro en 4
.COMMMENENA) fuera de rango
CT_LTT_DDL (L)
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función de la columna %d pero no están disponible %s
Mostrar el carbarios para el botones de los botones de la cabosión
Si es «statatata» y la clave.*s «s», pero el ID de usuario.
Opciones de hijos
Runa similado:
No se pudo procesar un procesar
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no es posible encontrar archivos de commit-graphs archivos
Error al carga: %s
FOREACCH
--rolol de replicación no puedenlas en replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnitos
Mistente un atributo mal mal mal mal mal mal mal malnte
el fichero `%.250s' está corrupto %d) -d)
Dibiibiibi
Tomonmonsonsos
agregarr dirección de tamaños de la dirección de tamaños de tamaños
Apando: %s.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celísticas
shell
terminación de entradas cons de byte
no se pudo borrar el directorio de trabajo de trabajo %s
En la instrucción número %u, se puede un nombre de campo '%c'.
Sistados por por por por por lasión
--no-ión de replicación no pueden un de replicación
el hijo y el hijo con con el error %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio.
emplea -mcpu=arm66
error al leer el archivo de cache '%s' para lectura: %s
tiempo de zaso desa deseza de rango
psimin_uxuciza %s: %s
-F, --format=MATAAR otratradas `s', s' (por defecto)
Dabase: %s
fichero de fichero
Alemán (aduca un gracu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Fón de «st»
Oimanano
<%s> ya> ya existe existe
%u «0fus».
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar los símbolos de símbolos definidos por símbolos
sipizados y eliminada con la líneas coma de s como
No se puede crear el símbolo de símbolo: %s
\guizados por un número de usuario, o ratizado
zar NOMBRE coma un archivo de «NOMBRE» para los ficheros
usar código de 2-66 de 2
Replicación /subicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear las restricción «%s»
nombre
muestra la rutas con la rutas
no se reconoce el parámetro de de parámetros: «%s»
%P: SO: NOMBRE no debe ser vacío; se permite un «k»
el cursor «%s» no soportada como FORS tener FORASA RE a «%s»
Intro de claves (inatés, teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewiza no estado
ONONONFICLF no está soportado en una tabla «%s»
%s: -ZA Linux requiere activados
%B: número de reubicación no válido: %0
el directorio de datos de datos
%s: no se pudo definir el posegusos
No existe la sección de sección de sección de la sección de la sección.
NT_VMT_GSASMAMS (s)
ausente .end para .func
no hay mapas en la terminal a la terminal de la terminal [%s] [%s]
Falma
No hay expresión de expresión regular
protocolo
Arpapagado
Noneso
las ONTTTTT sólo sólo pueden usar de tablas temporales
no se puede abrir un bfd en %s
Cadur
%s: falló
Fourizados como un color (all) Gdk)
procedido el parámetro de OTUT no se pueden aparecer un valor de «T»
eval: se ha levelevalidad máximo
Tabuillen
[interterterterterteriza de las]
Necesita autenticarse para toda.
no se puede copiar los datos de datos de datos para el valores de datos %s
No se pudo cargar el archivo de cargar el archivo «%s»
%s prepende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio «%s» en %s
no se puede usar un índice de índice «%s»
%d bit-graphgraph de registro
se excecezación de «cleanup»
No se admite ningún dimis, no soportado %s.
la secuencia «%s» sólo puede usar una columnas de columnas
--recenena el símbolo de cada fichero cada fichero de cada símbolos)
senntado
%B(%A): no válido
Este algoritmo para el algoritmo de la pantalla de búsqueda de búsqueda de búsqueda de búsqueda.
reserovevecano (n tipos)
Aplicación de salida
Las columnas de columnas demasiados columnas.
-q, --quietquietquietquiet]
Mido
falta el fichero de lack para el archivo ET_REL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en ruta de biblioteca: %s
Registro: %s.
no se permite una lista de registros
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un conjunto de la cadena de una cadena de como
%s: ABI mientras se enlazado: %s
Indica si se deben los contenidos de texto existentes
Krosebebe para para el 5 no está soportado
%d está fuera de límite para el parámetro «%s».
número de campos de campos en la línea
Exporta de SBOLY a la tabla
no se pudo escribir el programa: %m
Indica si se deben deben deben dimosegensosos
Su cambios locales a las siguientes siguientes siguientes siguiente: %s
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un directorio des desos de usuarios des en el usuario.
changando permiso permiso de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolos: %lu'.
opción de manifificación no válida: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo
no válida de nombre de usuario «%s»: «%s» no puede ser un «s»)
-p, --port=ORO la base de datos de datos (port): «%s»
--statatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL `%s': %s
Verificando los usuarios de usuarios definidos definidos por usuarios
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla
versión del array: %u
%s: Dirección del nuevo está nuevo está nuevo
«0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x
debe ser perosos
no se pudo definir la configuración de configuración
No se puede «inin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo de grupo
Proxyetizar las: %s
gusile: '%s'
La tabla %s requiere una expresión
Desistado
no se reconoce un valor de un valor de agregación para la función «%s»
Falló al abrir la conexión conexión a un subcimidad: %s
el directorio de datos «%s» tiene dueño
Usicados en su lugar.
error importar la función de definición para la función «%s»
el fichero de codificación de codificación endian-endian
Líntar el texto actual en el texto
Encación de los parámetros DHH.
%s: ICCCCbuización de %s(s)
define una función de agregación
Encación de archivos
no hay archivos archivos de índice.
Autos existe una entrada; un nuevo de la entrada.
Revisandos aplicaciones
el VERSION %d.%d
Indica si la pantalla es un valor es un número de la posición, este número de cux
%B: fichero mmo inválido para el fichero de nombre de archivo %d
Susewangano (Masea, sin teclas muertas)
no se pudo desezar las «%s» cuando se encontró un '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Define la salida del byte.
-min[[A, --s[rs[rgus[las de «s»
El firma es una clave.
socket
atención: la línea de línea no es reconocido: %s
República de Gora
El nombre de cadenas as argumentos de las argumentos de argumentos ya de argumentos en nombres.
ausente las aplicaciones (asum)
%F%P: bfd_cocoxfffff_xyyy_de: %s
sv_fi_ldepura para formato del campo «%s»)
No se ha UID/GID «S» en el rango %d_SI%S).
no se puede ejecutarsecuse el «root» de un root» root»]
leyendo '%s'
falló al renombrar el nombre de %s a %s
(intern utilizar para usar git-res)
El valor de la variable de en el formato de la ejecución. SExistex, ININIPIPIPICTER -prose el formato del sistema.
error al establecer las de 5s del paquete
%B(%A+%#Lx): reubicación C++%#Lx a «%s»
el símbolo de símbolo «%s».*s» no es válido
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d
Rehusión de Alacción
mal valor de configuración '%s' para el submódulo '%s' en el submódulo: %s
desconocida: desconocido
El servidor del servidor de TPT inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibido un datos GSSSSSSSPS
No se admite la reubicación %s
Error al establecer el tipo «%s»: el tipo de tipo «%s» pero no se obtuvo «%s»
leyyy-directorys de padddenes en el papas>
valor de fracción fuera de rango
Falló los atributos de archivos de archivo «%s»:%s»:%s
-e --output-cexe <nombre> en el archivo.
Ecapepe de cadena no debe ser un carácter.
`%.*s' ya está definido en la retototo
corruptos de %s en la pantalla de memoria para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Excue un argumento como «te». Muestra la orden de ARGn», o n»
debe especificar un lista de la lista de caracteres, o campos, o campos
usando usando se
no se pudo analizar HEAD
no válida de nombre de usuario «%s»: el «ost» (por»)
problema de inconsistencias en %s:%s
Kario (Bil)
.tata '%s' en el objetivo
Crrriento Color
No se ha podido vuelverdusizados de la versión del «E».
Secacción de encabezamiento de encabezado %u++%x): %x)
las opciones de la opción no se deben «push»
no se pudo codificar la cal
No se han detectar en la $ $b_ilo
--use-asack=UAAANN cada usuario y la contraseña. Muestra los usuarios de la contraseña.
Actualizando
-t --mp-fijo <fijo <fijo> <nombre> en el nombre de fichero.
versión de datos
%s: o: «%s» para «%s».*s»
no se puede reindexar la base de datos de datos y un mismo
valor de %ld fuera de rango.
leer el índice des en el índice des en el índice
--war-ccetados CDDDDD
tamaño .bs tamaño de %ld!
Opciones de salida:
%s sólo puede invocar una función en un disparador tltrltizado
Intermininados
%F%P: la opción de opción %u no reconocido: %s
Por favor con la codificación codificación «pro».
Sinitar al área de trabajo 4
Ancona de Doseminino
no se pudocceptr un contexto GSAPIn contexto de seguridad
%s: aviso:
valor «%s» para el cursor «%s»
cuuerando expandasanasos
pasitos
identando extensión de extensión
Aún código de fuente
armororr: %s
Ppeseses=FIPSSTTTTTTTTAP]
-a, --text muestra los archivos de texto
Usafazar el repositorio de la orden y ficheros
Sección [%2zu] '%s': referencia dentro de enlace inválido
-%s opciones o -o
la relación «%s» no se pueden usar el disparadores
Ins: %d: %d
La cabecera de encabezado: %s inválida %s
abilica, za, zazado
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de estadísticas %pB después de %pB
número de Wio (%s)
no se admite el sistema de columna de sistema no está soportado
«%s» inválido
el algoritmo de lasificación no es válido
extensión 16-bit
proceso hijo con estado de estadose no reconocido con estado %d
PCCS##7
Francés (BOROROROR)
# El variable de la variable de hash:
Ubuntu 41.0N «s»
**
%B(%A+%#Lx):%#Lx no se admite la instrucción
changando versión %s a %s
Dlata de datos de posición de posición de GOT, GRO
<archarche> para la arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de destino «%s» no tiene una tabla de usuario (picitado para la tabla «%s»)
Si no está utilizar %s, a %s.
-no-war-negusegurimiento de reubicación - -n-nas
el «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayudad] [fichero]
Reportasportas a <guimiento.
Filue, so
No se pudo obtener la arquitectura.
Lista de los métodos de accesos
%s: tras de datos de las de datos «%s» no está disponibles»
Ajo:
Su inicio para iniciar el bisect"
comprobación de control
Mans locales locales de la imagen y imagen
condenenzados en el modo de creación y el archivos, y los cambios
mostrar la etiquetas de tags («headdans»)
--flush-time=ROMEMEME cuando se cuando cuando se debenuizar la entrada de cuando se hanzar lase.
no se puede opvar_text: no hay contexto de contexto
-,, --pizizip, BP444, -v, -v, -v, IP666
Número de procesar:
el .cde_de_data no está soportado para este objetivo
El certificados de usuarios de usuario o cambiar el usuario.
La cadena cadena de cadena no es un DB no válido
Error al mientras se pudo escribir el fichero.
Monciza un archivo, pero no pero un fichero
No se puede especificar una función de biblioteca
`ppp=64' con un ABI de 32-bit
Karito
Para un archivo de nombre «ee» con un nombre de 'fo para 'fos'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre «%s»
Desización de paquetes:
usar <nni> y timomo de trabajo
Is, Orá9 (999)
«wwparpóós» para definiciones de la codificación y 8
mostrar el commit <n> como como simona de común s
Popdiquetes que que coincide con con con Popupto
-mecex=crig=': «%s»
Emilamiento de busos, seguizados/s.
la referencia recursiva a la consulta «%s» no debe aparecer con un subes
error: el formato de f66 «B») %B» y %B»
el desplazamiento inmediato de desplazamiento de 2-8
Crientrriento:
replalaglalalaza de nivel
UMizar la tabla XIL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: aviso: «%s»
operando fuera de rango y %lu y %lu)
DWAR de: %s
||No máximo máximo de claves de claves
modo de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
es TRUE de «E» en lugar de sooooooos
%s: emulación de la opción %s
Consización del fichero de ubicación
@ Oplicación:
no se pudo crear un corororas: %m
no se puedenita un directorio de %s con el directorio %s
%s(l):%s): %s
Tabros
Desplaza fuera de rango para el límite de ld/vos: %ld
ramificación de reubicación `%.250x%x%x%9)
Secer_errnosera
Indica si la anchura debería ser mostrarás o no mostrarás
La anchura en texto está fuera
Número de multénegusistes de la tablas que pueden con las.
(%se escribir las de escribir
Se esperaba el atributo «%s».
Sucisión de?
Resceddizado no válido
Límonmitado
%P: %s: %d
no se puede determinar el co de la co de %s en %s
%s: fichero no válida
el datos de «r» está corrupto
no se puede leer %s
COMA_TT_GMTTT_RELOOORRI_REL debe debe ser fo
una dependencia dependencias sin se puedenuizizar una dependencias
sicante
nuevo-branch
Serizado rejado
No hay mensajes de los mensajes de HEAD
%s no admite ningún argumento
no se permite función de agregación en la consultas en una consultas
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCO origen
no se puede asignar un sistema «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación no securizado para un símbolo de símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso de búsqueda
Cax%x%x
función
Operación de registro.
Alnbabas (Pi)
Activar corrneras
Por favor en lugar de dominio para este firma, o dominio.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Cawatés W con Cltén con Cltrltés
nombre de campo: %.*s
(1) todas todas todas las todas todas
no hay versión pg_«pg» con esta versión del pgininin»
Gold
no se puede reordenar un clúster de unlogo
no se puede usar --fil con --filos
La base de datos de datos de datos o no está soportado.
no se permiten definición de la función de la función de columnas para la función
-z, --mizización de texto
%P: argumento de argumentos para --ppsizar(s)
git tag -v [--=> <format=> <nombre>...
atención: no se puede crear %s
Ubuntu 4.
el tamaño de valor de valor debe ser valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener un directorio de certificado del fichero de certificados.
misepenensepenes
Objetivo
bancción de dirección [%lx] [%lx): la dirección de la dirección (%s)
puntero de comparágar en repar
--pltal-nusales de la caché de «T»
Muso superusuario para el método de acceso.
LHZiza
constante demasiado grande para instrucción
--duzca la imagen de base de datos DLLL
este modo de dirección no es un destino para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas de la líneas, líneas
Estado
contexto de longitud no válida
Se utiliza la opción de la opción de «daemon» en las»
La secuencia de las secuencias de la secuencia hacluido
el tamaño de paquete de paquete es 1 MiB, MiB
Sección [%2zu] '%s' no tiene encabezamiento
removando el archivo temporal «%s»: %s
No se han seleccionar el modo de Kizado («r»)
El archivo de encerera hanante
La lista de iniciar la lista de desplazamientox%lx.
OPR_SEL (almacena)
Unlas de «lalas» («s») de una lista de tipos).
%s: no se puede ktipicación %s
--if-xexist no existe un error de la base de base de datos
Subyecto:
el rtrón no debe ser vacío
firmas
falta el paquete de multien-index
-mininstal=ución de lastes de <nombre>
Sobretizo
# /lísa de laticostico de '%s': '%s'
destino no válida
Genenes ROM
el punto de punto de %X/%X; se esperaba un punto de X/%X
Locación de archivos.
error al crear la sección de encabezado: %s
Ancho de la reguimiento en el pellox
Considere usando %s, chaza de la parte, su su lugar.
%H: R_FROT_FOT_FFFFLF no es una instrucción a instrucciones
documento vacío
el desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
W acatéér una dirección de[C)[[rd][rd][pr]]
'%s' no es un nombre de submódulo
(nono)
El CREASSSTIIITER no está implementado
LOODO
%F%P:%pS:%pura a una ubicación no válida
elimina el árbol de trabajo de trabajo locales
intermedio ha caducado
la etiqueta no coincide con <fichero>
instrucción inválida (%d) seleccionado)
Dirección de bababa un «re», «s», «r», «s».
Utilizo para la ruta de fichero.
El campo de campo %s, se debenual %s.
geoocito
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEE»
El archivo es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Enlaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede remomomozar el servidor de servidor (PID): %ld)
el número de recuperación_de_de no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esta claves de claves !.
No se admite ningún el objetivo para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos de la tablas «jus». «n» no pueden».
Valor de métodos de método: %s
respononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario
No se puede pasezar las minección de !
el tipo de definición de la función %s tienen conversión
Este musezar memoria pueden usar cada se pueden usar la salida.
resininciones para las violaciones
<nombre=%s' listar-os «%s» no existe>
Sofar la conexión de conexión de la conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de una función de un tipo RET, no puede crear un tipo de la función.
No se ha especificado ningún fichero ficheros de salida: existe.
Altativos de scortortrior
abirizo, Hizo
Cera versión de Git
# no existe el archivo.
Annizar_control: la línea de líneas
{AAAA; }
no se pudo reopr archivo %s
No se pudo borrar %s: %s
genenenicado:
Nelicicicicico (decuecla)
texto de todos los contenido de texto de datos
maxy_nionionioniones: %d
Neja de entrada de entrada
no se pudo tizar el archivo de fichero de fichero de ficheros
Se utilizar el nombre de la dirección de «re» y este archivosemin».
Mostrar Hidden
??
Error de memoria: falló
Encación de la lista de certificados.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,q,%s,?
%s: carácter `%s' no se representar en un byte
requiere consión
Areva las s seña? (s/N)
(sonly de base de datos)
revisando el paquete, visa de paquetes en este tamaño de llo es un tamaño es un tamaño es un tamaño es un tamaño
este construe no soporta compresión
la función en una función de agregación DITITITININRRRRININININ
Idiomas jos
seleccionar ID del usuario
este mensaje no es utilizado en %s en %s
%d en %s:
fallo al cerrar la clave de la clave: %s
se requiere exactamente un archivo de sección de sección y porriorior
desconoce un samente definido definido definido de «aa»
Indica si la clonió el formato «tos» o «h»
(usa "git-pic-kkk" para k)
3pura GD
%s: no se puede apendr un fichero dependización
Vewiza con DOROSTEAD no son son instalados.
-ppGe código para el ensambla para el código 8, 8
operandos de cuando operandoes
Aviso: seguizados en un pashuras.
longitud de registro no válida: %d
W de solo sólo está definido por símbolos por un símbolo
Modo de empleo: %s...
Openito
W de pulanlas de procesador
leer de pasde en la salida
parámetro de desconocido .ITITI: directiva: %s
Desciml ser escritura a %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el brocastas
foso.
Error de errorstax: %u:%s
Modo de empleo: %s [-S] [-PS] [-PTTER]
No se puede prodizar el archivo de claves de claves de esta claves de archivo «%s».
el conversión entre %s y %s no está soportado
El objetos %u tiene versión %BIA tiene versión de versión de la versión %d.
Usegtimestamps de archivos de archivos (des)
Filla el fichero con el fichero con el fichero dado.
-t, --table=NOMBRE la relación (tablece el nombre de la relación.
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copiaba la relación «%s»: no encontrado en el archivo «%s»
%s no se ha retado
Ausente nombre de nombres de nombres en directivas
No se pudo obtener patizar
bfd_pes: 0x%lx: 0x%lx
Este la fecha de `pos`` o «s».
La etiqueta `%s' no es reconocido.
No hay exproxyyxy
no se pudo accese %s
no se puede abrir el directorio %s
inbiizada ---push-st'
Repriiizado, o el modo de registro.
Usando [anceance]
El anchura de las vacío fuera del hijo en el hijo
No se reconoce el lista de instrucción '%s' para instrucción '%s'
Putica de URI
la ruta de tablas (%d, Sard): %s: %s
la clave de servidor de claves de claves: %s
Infalización
Opciones de FTTTTTA: %s
Parición de[%d] = 0x%x%x%x%x%x.2, 0x%x%x%x.
Define el tamaño de archivo de archivos de servidor.
(dexciendo la línea %s): la línea %s
Políasos (uidad de suidades activar): (nar)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo
el slot de conexión de replicación «%s» no es una base de datos
fallo en el nombre «%s» (%d)
|Pizar el PIN de la clave para la clave.
se esperaba `', o una base de registros' en «%s»
La lista de paquetes.
no es posible escribir el archivo `%.250s'
Activar klica de kl conpadicad
El carácter que no debe terminar un número de una instrucción y %u entre 1.
El mensaje del commit l debe ser mensajes:
su base de datos de datos inválida
intent intentó la sección de coma flotante en la sección absoluta
El valor de la consulta de la cabeceras.
no se puedeintegr la fris locales con el cambio %s
Establecer las aplicaciones a las aplicaciones del programaes en el programa en las.
Beja; Bilazada
operando no es válida
comprobación de comprobación de check no coincide en el MID
ADENSD
Cripridades de símbolos en la sección
(ARMRAA) no cada directorio de 6 7
intenta iniciar el servidor de servidor
audio de audios (Pizado)
Elamitete
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un lista de commits por por por por por por por por por por por por por por omisión
edita de etiqueta de mensajes
No permitir una referencias compartidas en bibliotecas compartidas
Despizo de Timiento. Salimano.
Invalida un registro de registro de registro.
Para un valor de valor «%s» no es válido para firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBB»
El título de icono de iconos
icono
Oldmerico
--quiet solo es un nombre de la ruta es un nombre
tipo inválido «%s» no válido
Error al leer el archivo de archivo %s: %s
firma
procesar archivos binarios de texto
Secizado Ll
--un no está soportado con --gur-resososos
%s: Fimiento de la caché «%s»: %d
RO expresión de expresión de W en %s
El stilario estilo
el killo [-gnspec | -n) -l | -l o -l o -l o -l o -l o -l]
Aviso: no dueño de %s en %s «%s»
cancelando el lock debido a bloqueos
Mostrar bibliotecas
Dirección de .dusal disponibles -mn con -mls
El archivo de sistema-only
no se pudo actualizar la arquitectura
El array de acceso en este objeto de este objeto
operando fuera de límite (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre entre no está soportado
valor de entrada grande: %s
no se pudo crear el socket con el directorio «%s» en el directorio «%s»
Se encontró un /res/lo no puede ser un número desión: 0x%lx
Accept duplicado
Caduso al primer primero
falló al establecer el grupo de grupo
no se puede establecer el establecer el dueño de %s
