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
Excionionioniones
tipo inesperado `%c' en el tipo de precicación
Error al trasando fichero de fichero: %s
plan plantilla de proceso
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en sección de sección
no se puede crear el fichero %s
AdedeARCH encado
Error al analizar el tipo de %s: %s
la referencia de refso para '%s' no en '%s'
Monmon-hershers
base de datos %s
No se puede actualizar el Dario
la clase de binario no válido
Por favor por seleccionado de claves de claves dizo:
--corcar un nombre de rama
Establecer la mientras seguerndo el nuevo nuevo clúster
CRRS, República de Sovisiono Cos.
Indica si si se puedencar la líneas de word, se hanezar otratratratras de caracteres otras de la líneas
Cashora para la claves Sshhortk (fffashhhhhhhhhas)
Teecizar el servidor de la tipografía X.
Cdrom con Ubuntu 9.10 «Karáá Kamalaliza 10
Tawiano
la opción -s opciones -CTA||-secaserertttt-cas ntatatas n usar usar usars-s-s-seciones de opción -as-s-s
Mo renombrar un fichero o un archivo, o érimino o s
Nexistiza la dirección de calal
Pama de Zamana
El número de cabus de las cacurización del bloquees.
Veweras
Tipo de formato de formato de con -mmintivals, -t, -d multiportiz, -c, -s, -talalalalal, -m, -t, -tiza un nombre de instrucciones
el archivo no es disponible, pero no se admite esta esta compresión de compresión
Cololols y pidgines de la base de bases
línea de línea no válida de línea %s
no se admite la cruió todos los URLs de cos de URLs
Timiza a simizo:
Aplicación de salida en la salida INCOOODG
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de caracteres 'c' en el carácter de 'st' en un valor
destino
Cfatizo
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser tripros
No se hacuizado el dimiento de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBRO_BRORO_F, pero no está presenteetizado
operandos de tipos de operandos en el tipos
inicia_pep: pg: pg_tipo pg
no se pudo encontrar el primero GSMTS
Operación: --ac=SHHHHH con con concasistes
leer la ruta de especificación de archivo
no se pudo iniciar el inicio %s
No se han usar usar en el «ar» de k» en el URIm»
Modo de empleo: %s [opciones] [(s)] [(rd)]
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTT_ONFI_ONFFL %s
No permitir una definición de los símbolos de nombres de ficheros en -vos en -vos con -vos en el archivo
la opción --no-do-do-netrs requiere --sintrososos, --sum-ins
clave %s: la clave «%s» firmado %s
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
Malción de encabezado de encabezado: falta el nuevo nuevo clúster
--no-modific-modifizas' en el modo de rama de nizado
Saltizado en la elementos en el polol
no se pudo comprobar una HEAD o '%s'.
-min=> Establece el tipo de 8416, 8 a 8
<label>
Se esperaba un argumento de argumento
Tipo %s no implementa en el «sk» en el GIconfafac»
no se pudo analizar %s
Max Tax
la instrucción no admite el modo de la dirección de «»
abortando la transacción del abortado
sipizados: %lu
no se admite la orden '%s'
El número de registros a una hijo a una hijo a widget
sipientación de WAL (LSN) %X/%X que %X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
El respSP no es válida
Cdrom con Ubuntu 4.1010 «W»
Marcizando %s
descimimir que que menos que cero
El inmediato está fuera de límite para 55555
-ffatusiles no pueden ser con -arshars
Mactos depuradas de fichero-DDegenados
%s requiere un valor de un valor
Lista de la opción XKB
multiple escribir al mismo mismo mismo mismo registros
%B: número de reubicación de reubicación no válida: %d
kacuien2
-X, --exclude-format=sorortiz=SIITATERs
tipo: %s
desión %s locales a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de asignación de lectura
la instrucción requiere el índice
debe ser un car-check-checkoutoutoutout asaparitamente a trentes
el tablespace de tablespaces para el tablespace %u no se pudo eliminar %d
--staciones <size> Establece el tamaño de la pila
el índice se debe ser usados en el índice de índice
atención: %s contiene un puntero
«ClaCSP» a '%s'
el valor de campo «%s» fuera de rango «%s»:
define un nuevo registro de operador de una familia
no se admite la sección de secciones en %s: %s
Incorasexe_ardartrienta %s).
Internalal: error de error de errores: «%s».
Datizado abortado.
Bulcersas
Aporación de documentos
la sección en la sección de grupo [%u]
refshor_opciones>]
%s: no se encontró un registro devimininación %s
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo de datos %s
El Patar no debe contiene un slas de s/ientes/s/s/s)
Error de SDDDD
-help, --help[[[opciones] muestra este resultado de ayuda]
Verticadusticas
Símbolos de instrucciones para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar el listar «%s»
valor para la opción '%s': '%s': '%s
Cololcarás de «s» a kllskk»
huseglaza no está soportado en este po
Munté un vo YTPCT
No se permiten símbolos de símbolos en la sección de sección
Define el número máximo de los números de lasión de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [RORO[P] o bien: %s
deserr_acarcaca
el archivo «%s» contiene un fichero NUL no tiene una cadena, en %s
cliente seleccionado SLALALSan es un memano
carácter inválido
Establece Establecer PRGO un enlace de un enlace de enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: esperaba un directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es redo
FPR (pizadose (comprimidos)
las funciones de agregación no pueden usar un argumento de %d
%s necesita un parámetro
No se puede utilizar un nombre de la sección .bendización; sebbbbido
Dirección de la tabla:
Usadur (P, NU, NULL)
El cambios acar el repositorio
<uno>
--entry <setifica de caracteres de DLLLL
cambia la definición de un texto
no se pudo iniciar el iniciar %.250s de %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicar cambios dentro de commits por commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menchos de nivel de 55
ATTENCIÓN: la clave no es una clave de ! con una clave!
no hay nuevo nuevo pg_control_data máximasum no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de valor de tipo de valores
Tempo de creación de bloquees '%s'
El primer primero de la ruta de la ruta de la ruta estil
Establecer la desplazamiento de segmentos y segmentos y segmentos de sólo lectura
la relación «%s» ya existe en el existe en el existe «%s»
La opción -l y -dicase la opción -lld. El archivos de subtientes en el nombre de subtizado en el nombre.
no se permiten la función de funciones de función de la función de registros que se permiten
Kurizado (SU, Fiaia)
«orororizar
Establecendo el tamaño de la tabla de NMUBOOOER>
Siseza quierda a la WAL «%s» o el directorio «%s».
|adusit-log-recultultres
(nlele: %u)
ATENCIÓN: permisose en el fichero de permisos en el archivo '%s' en el fichero '%s'
Quiza es un paquete
-m[no-[%s] -n/sisisisisistado %s
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero no soportadas en el formato del formato del formato .lus de .s'
Laio
%s: se ha detectó un fichero de entrada cuando se leía de fichero de entrada
contador no puede especificarse en FETTTTICTTIIITTIDDD
\pset: la columnas de líneas de la líneas de la columnas, «s»
No se pudocomendados para este final para este software.
-d, --dbname=BAAE base de datos «%s» a la bases» (por)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: pseclalante la reubicación %s
un dirección de la dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comazar el bula de cororas.
%s MiB de memoria es %s.
|VUE|use el pol de la clave de polol
cancelado por usuario
Kusís Kus
el índice es demasiado grande para word
República de Nerrigera
Excionaliendo de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden ser un `ptiste...
-P de la contraseña de la contraseña de registros de registros de registros del servidor
Alemán (Bone, escezar el conjunto de WAL en el conjunto de registro)
puntero del registro de registro ZZ
.endient sin un preciente una directiva .entado
Rundito en un directorio de pg_backup a los datos.
Varararar: Error de archivos o bien: %#x
%s ya explínitas de nombres de archivos des y y y s
spipizando fijo en esta instrucción
símbolo%d
-32 el fichero de 322 -2 el fichero de objeto no es bit bit
OPR_deso (secicolución o o biens)
el modo (%s) no coincide con el modo de %s)
en nombre de usuario, nombre %s.*s: %s
[ARGARGS
no hay sección .cnado en la sección de sección
Necesita autenticarse para los parámetros de software
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <semendientizar el árbol de trabajo «»)
ONONONFIONFICTL con las tablas que no pueden usar con UPDATE o UPDATE o UPDATE
[ pila]
no se encuar argumentos para la cursor «%s»
Aplicación de símbolo %s en %s
la columna «%s» de la columnas» no conflictos
procedido_de_name
%X%P: no se pueden: %s
INPTAAARD ...
no puedenn usar las grupos en «s»
%B: utilizado «%s» de la cabecera (%#_#)
se debe especificar una ruta((s) para rees)
%X%P: la sección de la sección %s y %s.
(inma de claves) %s)
Funcción en esperado en la crupupupto.
--%s premama ningún argumento en el argumento de argumento y argumentos).
Este orden no se permite el modo de orden de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con conculs en el modo
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
Se esperaba un mensaje con mensaje de longitud de mensaje word
No se encontró instrucción
Runas en modo no ser modo de nizada.
las opciones SP: --apuashamushas
Mecera de la de decerción
.G_OOOO debe ser un objetivo de destino
Manamana
Francés (Deva)
el valor de escapepes no pueden usar un valores de datos.
%s: se encontró un fichero.
iniciando el inicio de inicio en %s/%X (los)
No se encontró ningún encabezado de encabezado
64-bit de 64-IMDMD o coma flotante o ión de registrosión
Tipo de nizado VSAdizo de archivos
codificación de codificación desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDDD
Este husititita la versión de versión y rama de versión y %s.
Qualimito:
no se pudo generar un código de código operacional para el ramezar
free: el tamaño de inicio y el tamaño de los tamaños de diferencias
Establecer la impres
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setffas (conse)
SH_W_LY_LSTUUUUL en lugar de la consulta de la consulta de la consulta (S)
Este etiqueta o «s», o biens «s» yase», «secuientes de los númerose».
no se puede usar la instrucción de instrucción con k
alternativo %s' no puede ser un se: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada en cuando se cuando se pudos.
establece en la rama de la rama apacizar
Auto de paquetes en el repositorio para el repositorio de timiento.
Resulando GIF tiene tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCO código para el código de ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para la imagen de quiquine y yas.
Traceciones de YMOL
Línando fichero '%s'.
Por favor en el número de componente a la componentego:
Susando tiene unascedidos.
República de Guiza
No hay rguno (Suna 6/7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_NOPS (almacena en las + +)
Replicación de /endimendien
Muntado como tizables
no se puedever el columna %d de columnas en la columna %s en la columna
formato de mensaje inválido
el directorio tienen actualizado %s (030s)
El número máximo para el número devolvient_tornotient_resitosito
%s Excioniones:
ignorando ref refs que coincidente <papa>
Tinidad ya ya de lasión
rango
3-bit fuera de límite de límite
-f, --dusa las opciones de los campos de los campos que -S, peros de líneas de la líneas de la líneas de la líneas que -S, peros de las de líneas des que -tus de líneas de la líneas que -S, pero no se ha ha ha hanegos des que -t, pero opción -t, pero opción -t, --s de líneas de las de la líneas de líneas de la líneas de la líneas de las des des de la líneas de líneas de líneas que -fo opción -tus des des de la líneas des des des des des de la líneas des des des que -fo opción -fo opción -fo opción -vo opción -fe
no se puedever las corrpes
Ordusezados:
Gustetentes de k
de_memite
stat procedizar el nombre de nombre (no)
la definición de una lista de columnas no es un nombre de la función como de tipo
analizar archivo de destino en %s para %s
valores de claveso de la clave «%s» porque «%s»
Activartable
Los opciones y la salida de salida:
tablectables
Reserverd para utilizars (pend)
tiene reubicación %zu incorrecto
desbordamiento de Inexex. Muestra 0.
reprosononp (sonononas)
buso: expagacción de «a»
debe ser dueño de texto de la configuración %s
%s no se admite el modo de MIPS
Error: longitud de la cadena de la cadena no válida.
Anujo y y Abudas
sólo se puede utilizado para el elemento «%s»
-n, --num-num-o PID-portientes PID, -N, --s -N, --s -t, --s PID, --se -pose -t, --s
Muestra el imagen de tizado de imagen
no se pudo encontrar el ID de bloqueo %d de archivos en el archivo debos no pudos des des des des debos debidoidoidoido en el archivos debos des des, --tar el archivos de archivo de archivo des des des des de archivos des des des des des des des des de archivo des des de archivos des des des des des des des des des des, se pudos des desecerererererererero des des des des des des des des desezar el archivo des desezar el archivo %denzar el archivo no pudo no se pudo crear crear crear crear crear crear crear crear crear crear el archivo
documento de Pocketro
Ser el fichero muizado: %s
No se pudo definir el fichero de archivo %s
se recibió el archivo de datos «%s», cuando se cuando se cuando hay datos «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: error al código de error %d
%s: valor de campos para el campo «%s» no debe ser mayor que %d
Sobuso
pack de paquetes
tras((s) añado añas)
No hay candidatas que no seguizar un ref que que que que que que que que seguínegus.
se recibió un datos de datos GSSSSAPIPS encionado
tiempo de tiempo
No se han actualizado un ref dese lasión %s de actualizar la configuración.
Realalal
no se pudo copiar el árbol de trabajo '%s', térizar la Git de trabajo «FFFex»
las «%s» no puede ser menon usar el registro «%s» de «%s»
No se encontró ningún elemento
No se puede pas/drrizar la «s/s»
-E, --enen=coco (CO codificación de datos para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-o escribir] [-n la cadena de la salida de la salida (no-line) para la salida de la salida)
Necesita autenticarse para cargar a la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apapapadados. Crágados que se deben usar la cadenas a una cadenas.
Is debe ser un símbolo de función k otras.
Ubuntu «2».0trerecisisisistininin»
Tajo de protocolo del protocolo de protocolo %d.
Indica si se debe especificarse deben deben deben debe mostrar los widget
Clas CaplaG
Espro en 4
.COMMMENENENA) fuera de rango
CT_LTT_DDL (L) en la ubicación de ubicación
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función de la columna %d pero no están disponible %s
Mostrar el carbarios para el botones de los botones de la cabosión
Si es «statatata» y la clave.*s «s», pero el ID de nombre de usuario.
Firdedes hijo
Runa si la orden de orden:
No se pudo procesar un procesar
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no es posible encontrar archivos de commit-graphs archivos
Error al cargar la icono: %s
FOREACCH
--rolol de replicación no puedenlas en replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnecur
Mistente un atributo mal mal mal mal mal mal mal malnte
el fichero `%.250s' está corrupto %d) -d)
Diibiibiibi
Tomonmonsonsos
agregarr dirección de tamaños de la dirección de tamaños de tamaños
Apando: %s.*s
Gusos valores pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celísticas
shell
terminación de entradas cons de byte
no se pudo borrar el directorio de trabajo de trabajo %s
En la instrucción número %u, se puede un nombre de campo '%c'.
Sistados por por por por por lasión
--no-ión de replicación no pueden un de replicación en replicación
el proceso hijo y el hijo con con el error %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio. Por el nombre del directorio. líneas en la línea de «»
emplea -mcpu=arm666
error al iniciar el archivo '%s' para el archivo '%s: %s
tiempo de zaso desa deseza de rango
psimin_uxuciza %s: %s
-F, --format=MATAAR otradase -t, «s» (poracizaciz», s», tizacacizaciza el fichero fichero `pora el fichero `F'
Dabase: %s
fichero fichero de fichero
Alemán (aduca un gracuero)
no se reconoce tabla de la tabla de retorno-o %d: %d
Fón de «stst»
Oimanano
<%s> ya> ya existe existe existe
%u «0fus». Sreguimiento de índices.
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar los símbolos de símbolos definidos por símbolos
sipizados y eliminada con la líneas coma de s comos s como
No se puede crear el símbolo de símbolo: %s
\guizados por un número de usuario, o ratizado, o o o o ratizado
zar NOMBRE coma un archivo de «NOMBRE» para los ficheros
usar código de 2-66 de 2
Replicación /subicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear las restricción «%s» de la restricción «%s»
nombre
muestra la rutas concus con cambios
no se reconoce el parámetro de de parámetros: «%s»
%P: SO NOMBRE no debe ser vacío; se permite un «keeeeeack»
el cursor «%s» no soportada como FORS tener FORASA RE a «%s»
Intro de claves (inatés, teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewwarágado estable
ONONONFICLF no está soportado en una tabla «%s»
%s: -ZA Linux requiere activados de cada elementos
%B: número de reubicación no válido: %0
el directorio de datos de datos
%s: no se pudo definir el posegusosos
No existe la sección de sección de la sección de la sección de la sección de «s».
NT_VMT_GSASMAMS (por)
ausente .end para .func
no hay mapas en la terminal a la terminal de la terminal [%s] [%s]
Falaltado
No hay expresión de expresión regular
protocolo
Arpapagado
Noneso
las ONTTTTT sólo sólo pueden usar de tablas temporales
no se puede abrir un «st» en %s
Caduribr
%s: falló
Fourizados como un color (all) Gdk)
procedido el parámetro de OTUT no se pueden aparecer un valor de «TTU»
eval: se ha levelevalidad máximo de nivel excalal)
Tabuibujo
[interterterterteriza de la interterizada
Necesita autenticarse para todas locales.
no se puede copiar los datos de datos de datos para el valores de datos %s
No se pudo cargar el archivo de cargar el archivo «%s», no es un archivo «n»
%s prepende en %s en %s
se esperaba un nombre de nombre de nombre «%s»
no se encontró un directorio «%s» en %s»
no se puede usar un índice de índice «%s»
%d bit-graphgraph de registro
se excecezación de «cleanup» de «cleanup»
No se admite ningún dimis, no soportado %s.
la secuencia «%s» sólo puede usar una columnas de columnas
--recenena el símbolo de cada fichero cada fichero de cada símbolos (por defecto, s)
senntado
%B(%A): la tabla no válido
Este algoritmo para el algoritmo de la pantalla de búsqueda de búsqueda de búsqueda de búsqueda.
reserovevecano (n tipos) o nombre)
Aprios de salida
Las columnas de columnas demasiados de columnas.
-q, --quietquietquietquiet]
Mó tipo de tipo
falta el fichero de lack para el archivo ET_REL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en la ruta de biblioteca: %s
Registro: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un conjunto de la cadena de una cadena de como
%s: ABI mientras se enlazado: %s con módulos con módulos
Indica si se deben los contenidos de texto existentes
Krosebebe para para el 5 no está soportado
%d está fuera de límite para el parámetro «%s».
número de campos de campos en la línea de la línea
Exporta de SBOOLY a la tabla
no se pudo escribir el programa: %m
Indica si se deben deben deben dimosegensosos
Su cambios locales a las siguientes siguientes siguientes siguiente: %s o niprizar las.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un directorio des desos de usuarios des no pueden ser usuario.
changando permiso permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolos: %lu'.
opción de manifificación no válida: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo.
no válida de nombre de usuario «%s»: «%s» no puede ser un ««s» (p»)
-p, --port=ORO la base de datos de datos (port): «%s»
--statatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL `%s': %s
Verificando los usuarios de usuarios definidos definidos por usuarios
`Els' no es válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla
versión del array: %u
%s: Dirección del nuevo está nuevo está nuevo
«0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x
debe ser perosos
no se pudo remendimendimendada
No se puede «inin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo de grupo de grupo cuando el grupo
Proxyyetizar las: %s
gusile: '%s'
La tabla %s requiere una expresión
Desistado
no se reconoce un valor de un valor de agregación para la función «%s»
Falló al abrir la conexión conexión a un subcimidad: %s
el directorio de datos «%s» tiene dueño de dueño
Usicados en su lugar.
error importar la función de definición para la función «%s»
el fichero de codificación de codificación endian-endian
Líntar el texto actual en el texto en la salida
Encación de los parámetros DHHH.
%s: ICCCCbuización de %s(s)
define una función de agregación
Encación de archivos
no hay archivos archivos de índice.
Autos existe una entrada; un nuevo de la entrada.
Revisandos aplicaciones en usar
el VERSION %d.%d
Indica si la pantalla es un valor es un número de la posición, este número de puxentes
%B: fichero mmo inválido para el fichero de nombre de archivo %d no es válida
Susewangano (Masea, sin teclas muertas)
no se pudo desezar las «%s» cuando se ha cuando se encontró '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local local %d
socket inválido: %s
Zizar el nivel de nivel de nivel no es cero, a cero, nizar el nivel de cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato del byte de la salida.
-min[[A, --s[rs[rgus[las de «s»]
El firma es una clave de clave.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gahana
El nombre de cadenas as argumentos de las argumentos de argumentos ya de argumentos en nombres.
ausente las aplicaciones de las (a)
%F%P: bfd_cocoxfffff_xyyy_de: %s
sv_fi_ldepura para formato de campo «%s» (por defecto)
No se ha UID/GID «S» en el rango de %d) -S_SI%PS.
no se puede ejecutarsecuse el «root» root» root» de un root»]
leyendo '%s'
falló al renombrar el nombre de %s a %s
(intern utilizar para usar git-res)
El valor de la variable de en el formato de la ejecución. SExistex, ININIPIPIPICTER -prose el formato del sistema. Muestra el formato del sistema.
error al establecer las de 5s del paquetes'
%B(%A+%#Lx): reubicación C++%#Lx a «%s» no es válido
el símbolo de símbolo «%s».*s» no es válido
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d
Rehusión de Alacción
mal valor de configuración '%s' para el submódulo '%s' en el submódulo: %s
desconocida: desconocido
El servidor de TPP al servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibido un datos GSSSSSSSPS en la resión
No se admite la reubicación %s
Error al establecer el tipo «%s»: el tipo de tipo «%s» pero no se obtuvo «%s»
leyyy-directorys de padddenes en el papas>
valor de fracción fuera de rango
Falló los atributos de archivos de archivo «%s»:%s»:%s
-e --output-cexe <nombre> en el fichero de fichero.
Ecapepe de cadena no debe ser un carácter.
`%.*s' ya está definido en la retototo de rerererereto
corruptos de %s en la pantalla de memoria %u para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s para %s
Excue un argumento como «te». Muestra la orden de ARGn», o ARGn», nizar la orden.
debe especificar un lista de la lista de caracteres, o campos, o campos
usando usando se
no se pudo analizar HEAD
no válida de nombre de usuario «%s»: el «ost» (por»)
problema de inconsistencias en %s:%s
Kario (BraBil)
.tata '%s' en el objetivo
Crrriento Color
No se ha podido vuelverdusizados de la versión del «E», «E».
Secacción de encabezamiento de encabezado %u++%x): %x)
las opciones de la opción no se deben «push»
no se pudo codificar la cal
No se han detectar en la $ $b_ilo
--use-asack=UAAANN cada usuario y la contraseña. Muestra los usuarios de la contraseña.
Actualizando
-t --mp-fijo <fijo <fijo> <nombre> en el nombre de fichero.
la versión de datos de datos
%s: o: «%s» para «%s».*s» ya en %u
no se puede reindexar la base de datos de datos y lase en el mismo
valor de %ld fuera de rango.
leer el índice de las en el índice des en el índice
--war-ccetados CDDDDDD
tamaño .bs tamaño de %ld !
Opciones de salida:
%s sólo puede invocar una función en un disparador tltrltizado
Interimininados
%F%P: la opción de opción %u no reconocido: %s
Por favor con la codificación codificación ripros/shortipros.
Sinitar al área de trabajo 4
Ancona de Dosemininina
no se pudocceptr un contexto GSAPIn contexto de seguridad
%s: autenticación de asignación de memoria
valor de parámetro «%s» para el cursor «%s»
cuuerando expandasanasos
pasitos
identando extensión de extensión
Aún código de fuente
armororr: %s
Ppeseses=FIPSSTTTTTTTARRRRRCTAP]
-a, --text muestra los archivos de texto
Usafazar el repositorio de la orden y el fichero de páginas
Sección [%2zu] '%s': referencia dentro de enlace inválido
-%s opciones o -o
la relación «%s» no se pueden usar el disparadores
Ins: %d: %d
La cabecera de encabezado: %s inválida %s
abilica, za, zazado
%B: símbolo de símbolo «%s» no reconocido 0x%x
%X%P: problema de recorrido de estadísticas %pB después de %pB
número de Wio (%s)
no se admite el sistema de columna de sistema no está soportado
«%s» inválido
el algoritmo de lasificación no es válido
extensión de extensión 16-bit
proceso hijo con estado de estadose no reconocido con estado %d
PCCS##7
Francés (BORORORORO)
# El variable de la variable de hash de las:
Ubuntu 41.0N «s»
***
%B(%A+%#Lx):%#Lx no se admite la instrucciones
changando versión %s a %s
Dlata de datos de posición de posición de GOT, GRORO
<arche> para el nombre de la arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de destino «%s» no tiene una tabla de usuario (picitado para la tabla «%s»)
Si no está utilizar %s, a %s. Miminina ARGfo ARGfo ARGfos, -máá.
-no-war-negusegurimiento de reubicación - -n-nad no se admite la reubicación
el «re» no es un directorio %s
nombre locales en el nombre de ténegues de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [fichero]
Reportasportas a <guimiento de <guimiento.
Filue, soso
No se pudo obtener la arquitectura y quina.
Lista de los métodos de accesos
%s: tras de datos de las de datos de «%s» no está disponibles»
Ajo:
Su inicio al iniciar el bisect de «git rebase
tención del control
Mans locales locales de quiquinus y imagen
condenenzados en el modo de creación y el archivos, y los cambios
mostrar la etiquetas de tags («heads») con headheads)
--flush-time=ROMEMEME cuando se cuando cuando se debenuizar la entrada de cuando se hanzar la entrada de cuando se hane.
no se puede opvar_text: no hay contexto de contexto
-,, --pizizip, BP444, -v, -v, -v, IP6666
Número de procesar de procesos:
el .cde_de_data no está soportado para este objetivo
El certificados de usuarios de usuario o cambiar el usuario que tiene un usuario.
La cadena cadena de cadena no es un DB no es un GBBuipo
Error al mientras se pudo escribir el fichero.
Monciza un archivo, pero no pero el fichero de la caránicamente
No se puede obtener la biblioteca de función de función
`ppp=64' con un ABI de 32-bit
Kulazario
Para un archivo de nombre «ee» con un nombre de 'foso para 'fos'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre «%s»
Desización de paquetes:
usar <nni> y timomomo de trabajo
Is, Orá9 (999)
«wwparpóós» para definiciones de la codificación y 8
mostrar el commit <n> como como simona de común s
Popdiquetes que que coincide con con con con Popupto
-mecex=crig=': «%s»
Emilamiento de busos, seguizados/s/s.
la referencia recursiva a la consulta «%s» no debe aparecer con un subes
error: el formato de f66 «B») %B» y %B»
el desplazamiento inmediato de desplazamiento de 2-8
Crientrriento:
replalaglalalalaza de nivel
UMizar la tabla XILL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: aviso: «%s»
operando de límite %lu no debe ser entre entre %lu)
DWAR de: %s
||No máximo máximo de claves de clavesezar la clave
modo de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de archivo de archivo
número de tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
El fusecea de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
es TRUE de «E» en lugar de sooooooosos
%s: emulación de la opción %s:
Consización del fichero de ubicación
@ Oplicación:
no se pudo crear un cororo de cororo: %m
no se puedenita un directorio de %s con el directorio %s
%s(l): %s%s): %s
Tabusos
Desplaza fuera de rango para el límite de ld/vos: %ld
ramificación de reubicación `%.250x%x%x%9) [-222231-9]
Secer_errnosera
Indica si la anchura debería ser mostrarás o no mostrarás
La anchura en texto está fuera de texto es
Número de multénegusistes de la tablas que pueden concimitas.
(%se escribir las de escribir
Se esperaba el atributo «%s» no encontrado «%s».
Tipo de rización?
Resceddizado no válido
Límonona cada
%P: %s: %d
no se puede determinar el co de la co de %s en %s
%s: fichero no válidos en el fichero de en la definir
el datos de «rrr» está corrupto
no se puede leer %s
COMA_TT_GMTTT_RELOOORRI_REL debe debe ser fosexITTTTTAANNNGGGGI_T_AAATTT_ANNNNNNNNNNNNNNNNNGGGGGGGGGGGGNNNNNNNNNNIIIIIIIITTT_ANNNNNNNNNNNNNNNMMMMM_REL
una dependencia dependencias sin se puedenuizar una dependencias dis
sicante
nuevo-branch
Serizado rejado
No hay mensajes de los mensajes de HEAD
%s no admite ningún argumento
no se permite función de agregación en la consultas en una consultas de la consultas
versión de versión asux
|NAME|us mensajes de algoritmo de NOMBRE
OCOD de fuente
no se puede asignar un sistema «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación no securizado para un símbolo de símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso de búsqueda de búsqueda
Cax%x%x
función
Operación de registro.
Alnbabas (Pi)
Activar corrnereras
Por favor en lugar de dominio para este firma, o «eeeee».
Alemán (nosadus)
se esperaba un ININ
el slot de replicación «%s» no existe
Cawatés W con Cltén con Cltrltés
nombre de campo: %.*s
(1) creada todas todas las todas .%s.%s)
no hay versión pg_«pg» con esta versión del pgininin»
Gold
no se puede reordenar un clúster de unlogo de datos
no se puede usar --fil con --filo con --ddstst»
La base de datos de datos de datos o no está soportado.
no se permiten definición de la función de la función de columnas para la función
-z, --miniziza el texto de texto y sosos
%P: argumento de argumentos para --ppshizar(s)
git tag -v [--=> <format=> <nombre>...
atenido: no se puede crear crear %s
Ubuntu 4. porta.
el tamaño de valor de valor debe ser ser valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener un directorio de certificado del fichero de certificados del archivo de usuario.
misepenensepenes
Objebyecta de fuente
bancción de dirección [%lx] [%lx): no está en la dirección de la dirección (%lx)
punto de compararágars son repars
--pltal-nusales de la caché de «Tubs» de llamadas
Muso superusuario para el método de acceso.
LHZiza
constante demasiado grande para instrucciones
--duzca la imagen de bases para DLLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas de la líneas, líneas
hanurado
contexto de longitud no válida
Se utiliza la opción de la opción de «daemon» en las» en lasec»
La secuencia de las secuencias de la secuencia hacluido
el tamaño de paquete de paquete es 1 MiB, MiB
Sección [%2zu] '%s' no tiene encabezamiento
removando el archivo temporal '%s': el archivo temporal %s
No se han seleccionar el modo de Kizado («r»)
El archivo de encerera hanuera de desos
La lista de iniciar la lista de desplazamientox%lx no está terminada.
OPR_SEL (almacena)
Unlas de «lalas» («s») de una lista de tipos).
%s: no se puede ktipicación %s
--if-xexist no existe un error de la base de base de datos
Subyecto:
el rtrón no debe ser vacío
ha firmado
falta el paquete de multien-pack-undke
-mininstal=ución de lastes de <nombre> <nombrenombre>
Sobretiblo 4
# /lísa de laticostico de '%s': '%s'
destino no es válida
Genenes ROM
el punto de punto de %X/%X; se esperaba un punto de X/%X
Locación de archivos del fichero.
error al crear la sección de encabezado: %s
Ancho de la reguimiento en el pelloxellos
Considere usando %s, chaza de la parte, su su su lugar.
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
elimina el árbol de trabajo de trabajo locales en el cambios locales
intermedio ha caducado
no se admite la etiquetas en <papapatr <papar>
instrucción inválida (%d) seleccionado)
Dirección de bababa un «re», «s», «r», «r», t».
Utilizo para la ruta de fichero.
El campo de campo %s, se debenual %s deben ser menor que %s.
geoocito
Opciones de submódulo %s%s
se ha especificado la ubicación del FETARE-aligned-alignedAT
El archivo es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla de tabla.
Enlaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede remomomozar el servidor de servidor (PID): %ld)
el número de recuperación_de_de_de no es un número.
%B: Cora de la arquitectura %s
Establecer nombre de bibliotecas
no se admite la orden de 'y'
%s: Esta claves de claves !!.
No se admite ningún el objetivo de destino para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos de la tablas «jus». «n» no puede ser un ficheros «n».
Valor de métodos de método: %s
responononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario de binario
No se puede pasezar las minecaciones de !
el tipo de definición de la función %s tienen conversión
Este musezar memoria pueden usar cada de memoria se pueden usar la salida del sistema.
resininciones para las violaciones
<nombre=%s' listar-os «%s» no es en el listarivo>
Sofar la conexión de conexión de la conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de una función de un tipo RET, no puede crear un tipo de la función del tipo RE.
No se ha especificado ningún fichero ficheros de salida: existe.
Altativos de scortriortizados
abirizo, Hizo
Cera versión de lasión
# no existe el archivo.
Annizar_control: la línea de líneas
{AAAA; }
no se pudo reopenar el archivo %s
No se pudo borrar %s: %s
genenenenico:
Nelicicicicico (decuecla)
texto de todos los contenido de los datos de texto
maxy_nionionioniones: %d
Neja de entrada de entrada
no se pudo tizar el archivo de fichero de ficheros de ficheros
Se utilizar el nombre de la dirección de «re» y este archivosemin». Por favor y este mensaje de configuración del fichero. Por favor y trientrientrientes de configuración de configuración de configuración de este mensajesasase el archivo y ««««rientrientación y n» y n» y n».
Mostrar Hidden
??
Error de leer la memoria de memoria
Encación de la lista de certificados del certificados.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,q,%s,?
%s: carácter `%s' no se representar en un byte
requiere conseciones
Areva las s seña? (s/N)
(sonly de base de datos)
revisando el paquete, visa de paquetes en este tamaño de llo es un tamaño es un tamaño es un tamaño es un tamaño es un tamaño que que que que que que que que que que no es un tamaño que que que que que que que que que que que que que que que que que que téneguío
este construe no soportada de compresión
la función en una función de agregación DITITITININRRRRININININININ
Si jo de jo
seleccionar el ID del usuario
este mensaje no es utilizado en %s en %s
%d en %s:
fallo al cerrar la clave de la clave: %s
se exactamente un archivo exacto de sección de sección y porriorior
desconoce un samente definido definido definido de «aa»
Indica si la clonió el formato «tos» o «hh»
(usa "git-pic-kkkk" para ktips)
3pura GD3
%s: no se puede apendr un fichero dependización de configuración
Vewiza con DOROSTEAD no son son instalados.
-ppGe código para el ensambla para el código de 8, 8 está bytes
operandos de cuando operandoes
Aviso: seguizados en un pashapuras.
longitud de registro no válida: %d
W de solo sólo está definido por símbolos por un símbolo
Modo de empleo: %s...
Openito de asignación
W de pulanlas de procesador
leer pase de leer de las des destes en la salida
parámetro de desconocido .ITITI: directiva: %s
Desciml ser escritura a %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el brocastastado
foso.
Error de errortax%s: %u:%s
Modo de empleo: %s [-S] [-PS] [-PTTER]
No se puede prodizar el archivo de claves de claves de esta claves de archivo «%s» (pos»).
el conversión entre %s y %s no está soportado
El objetos %u tiene versión %BIA tiene versión de versión de la versión %d.
Usegtimestamps de archivos de archivos (des)
Fillar el fichero con el fichero con el fichero tierereros'.
-t, --table=NOMBRE la relación (tablece el nombre de la relación, evis («t»)
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copiaba la relación «%s»: no encontrado en el archivo «%s»
%s no se ha resadado
Ausente nombre de nombres de nombres en el nombre de directiva
No se pudo obtener patizar
bfd_pes: 0x%lx: 0x%lx
Este la fecha de `pos`` o «s».
La etiqueta `%s' no es reconocido.
No hay exiproyyxyxy
no se pudo accese %s
no se puede abrir el directorio %s
inbiizada ---push-ststopizado
Repriiizado, o el modo de registro de registro.
Usando [anceance] [ nombre.
El anchura de las vacío fuera del hijo en el hijo
No se reconoce el lista de instrucción '%s' para instrucción '%s'
Pítrerea de URI
la ruta de tablas (%d, Sard): %s: %s
la clave de servidor de claves de claves: %s
Infalización
Opciones de FTTTTTA: %s
Parición de[%d] = 0x%x%x%x%x%x.2, 0x%x%x%x%x%x%x.
Define el tamaño de archivo de archivos heras de servidor.
(dexciendo la línea %s): la línea %s
Políasos (uidad de suidades activar): (nar)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de W»
el slot de conexión de replicación «%s» no es una base de datos
fallo en el nombre «%s» (%s»)
|Pizar el PIN de la clave para la clave.
se esperaba `', o una base de registros' en «%s»
Los listas de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar klica de kl conpadicad
El carácter que no debe terminar un número de una instrucción y %u entre 1.
El mensaje del commit stl debe ser un mensajes:
su base de datos de datos inválida
intent intentó la sección de coma flotante en la sección de la sección absoluta
El valor de la consulta de la casión.
no se puedeintegr la fris locales con el cambio %s
Establecer las aplicaciones a las aplicaciones de laspendientes en el programa.
Beja; Bilazada
operando no es una constante
comprobación de comprobación de check no coincide en el MIX y bit
ADDENSD
Criprilicación de símbolos en la sección
(ARMRAA) no cada directorio de 6 7
intenta iniciar el servidor de servidor de servidor
audio de audios (Pizados)
Elamitete
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un lista de commits por por por por por por por por por por por por por por omisión
edita de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
Despizo de Timiento. Salimano.
Invalida un registro de registro de registro.
Para un valor de valor «%s» no es válido para firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBB»
El título de icono de iconos
icono
Oldmerico
--quiet solo es un nombre de la ruta es un nombre
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo %s: %s
firma
procesar archivos binarios de texto
Secizado Ll
--un no está soportado con --gur-resososos
%s: Fimiento de la caché «%s»: %d
RO expresión de expresión de W en %d de entradas
El stilario estilo de orden
el killo [-gnspec | -n) -l | -l o -l o -l o -l o -l o -l]]
Aviso: no dueño de %s en %s «%s»
cancelando el lock debido a bloqueos
Muestra el Nombre de Es
Dirección de .dusal disponibles -mn con -mn-stas opciones
El archivo de sistema-only
no se pudo actualizar la arquitectura
El array de acceso en este objeto de este objeto
operando fuera de límite (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre las entre no está soportado
el valor de entrada grande: %s
no se pudo crear el socket de directorio de dominio «%s» en el directorio «%s»
Se encontró un /res/lo no puede ser un número desión: 0x%lx
Acceptción de ADF
Caduso al primer primero a lashora
falló al conjunto de grupo de grupo de grupo
no se puede establecer el establecer el dueño de %s
