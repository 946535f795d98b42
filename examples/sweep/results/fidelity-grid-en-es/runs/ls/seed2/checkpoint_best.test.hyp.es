Si segur el botones del botón del botones en el árbol de pres
Indo-Esecros de lasión
no se pudo crear archivo '%s'
La dominio a dominio a dominio, o dominio dominio o dominio NULLL
%s no puede ser aplicada a una función
ignorado
problema reciendo '%s' a '%s': %s
-n, --quietquiet muestra los supilentes de supales que no todas des des des des
no se puede usar usar la expresión configó en expresiones
Dacasisbles «sisgisisterterteres
El archivo se ha modificado un archivo de modificado
(seuceatura)
Excionados de eventos
primer carácter inesperado `%d' en el tipo de `%d'
Error al establecer el archivo de tras: %s
plantil al proceso proceso
la valida de firma de datos Pabida con PAA
%B: %#Lx: aviso: aviso sin sección en sección inesperado
no se puede crear el fichero de fichero %s
Empla de datos
Error al cargar el tipo %s de tipo %s: %s
push ref despec despec «%s» no es '%s'
Mon-K-rizadas
base de datos %s
No se puede obtener Dullo
clase binario no válido
Por favor que seleccionado de la claves de la claves de las de las des des de la clave:
--traca rama como nombre de rama
Establecer el número de miex en el nuevo clúster
USR, República de SUS, República de dispositivos
Indica si se deben todas las líneas encuimiento, «ar», «ar»
Caprcrlos por por porqueque la clave (sclasect)
La secuencia de rellikición para el servidor Xllen
Cdrom con Ubuntu con 9.10 «Kotal»
Tawano
las opciones -C1-create y1 -1 -1-asv no pueden utilizan utilizarse juntas
No se pudo renombrar un directorio o un directorio, a un directorio
Numíxita de ppsicales de direcciones
No se puede obtener alar Zone
El número de registros después de la pantalla después de la pantalla.
Viezados
Las aplicación de formatos de especificación; el formato de multimado; el mismo de multados de multimados de multal -v, mica de multiv, igual que que el mismo binario -v, peros, --printprintprintprint-s de mult, --version M Muestra un nombre comos, --versionversionversionversion Mix
el archivo comprimido de este comprimido, pero no soporta compresión con este compresión
Crolís y pidginsados basados
línea no válida en el línea %s
no W es todas todas los URLs push-push)
Tipo de peeee:
Fichero de página de salida en DOO INGG
Sección [%2d] '%s': algoritmo de hash de símbolo %zu «zu» para símbolo de símbolos
No se permite el valor 'c' en el valor de la «s» en el valor de caracteres
destino destino
Xfororigo
core y se deben en el longitud de 32es de 32 bit.
el pull «path»: se permiten usar opden
Auto des de ctotototo.
Francés (Suizo, sin teclas muertas)
local
Sección [%2d] '%s': AL_AL_SOFIF, pero sección .T_F, pero sección
operandos de operandos' no puede ser en el tipo
inicia el inicio de inicio: pgaltapada
no se pudo encontrar el primer de el primer primero GSMT
Tipo no válida: --a=SH=S con --acatimist
leer de ruta de la ruta de archivo
no se puede iniciaxyx %s
No hay los «%s» tiene varios en el marca marcador de «%s» para el URI «%s»
Modo de empleo: %s [opciones] [(s](s)]
la opción '-c%c' requiere un argumento
No se reconoce el IN_UPT_INEFIGL %s
No se permite una definición múltiplo un símbolo en el archivo divado o inconsosososos
la opción --no-conflict-s en la opción --no-setulo o --s, --ro-ceténe --s, --ce --ro-cet-cet-cet-cet-ncetincecet-nceceturincet-ncet-ncecet-ncecet-ncevalales)
clave %s: "%s" %d firmado
mala la versión del índice %d
Se especificó protocolo de protocolos
Francés (alalar)
Unaciza de ventanas de ventanas de ventana desliza un «pe»
-a, --all todas la bases de datos de datos
la tabla de tabla de índice: %ld> %ld
Putar el método de «in» para el método de «Pe» (pro»).
'%s' no se puede crear '%s'; '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maldicación extendida de la cabecera:
--no-ififi-modinse el modo de llenazada
Silo de elementos en el elemento de polol
no se pudo actualizar el árbol de trabajo o 'gitalizar '%s'.
-mab=<<<<<>|83388, tipo 388: tipo de 300, 38, 8, tipo 388888, tipo 38888888, 8, pero 8, tipo 888888888, tipo 338, pero 888888, pero 333338, pero 3888888888888, pero 8888888888888, pers des de 888888888888888, tiposh, debe serrererererererererererererererererererererererererererererererererererere
<labe>
Se esperaba un argumento de PRRROORa
Tipo de %s no está implementada en el «enenen» GIce»
no se pudo analizar %s
Tax Tamaño de Ta
instrucción no admite esta esta dirección
abortar la transacción actual
kipedidoido: %s
no se pudo comprobar '%s'
El número de registro a un widget a un widget para widget
kipi WAL (LSN de %X/%X) debe ser mayor que %s en %X
el directorio %s no es un directorio
tipo de checkpoint: «%s» no reconocido
La respuesta OCSP no es válido
Cdrom con Ubuntu «ar».10 «W» «W»
Marcando un ario %s
discriminimir al menos que cero
El inmediato está fuera de rango a 655555
-f/--axiltableciones no puede seriaia con -ar
Mactos deplicación de ficheros de corrulas
%s requiere un valor
Lista de XKBB
se ha escribir el registros para el registros
%B: número de reubicación no válido: %d
Ikud k22
-X, --exclude-dirdirdirdir=SIATAATE lista de modificados
tipo: %s
detención de local %s a %s
%s de clave %s utilizar de una clave %s (%zu)
abortido por el punto de recuperación
instrucción requiere un índice de instrucción
debe ser actualizar un árbol de sparse-check para actualizar un samentemente
no se pudo hacer tablespace para %u
--stace <size> Establece el tamaño de la pila en la pila
no se debe utilizar el índice debe ser utilizado en el modo de índice
atención: %s a un punto de bulelo a un bule
husando OCSP repusulo '%s'
valor de campos/ea de campos: «%s»
define un nuevo conjunto de operador
no se admite la sección de la sección en %d: %s
Incetres ma_sex_resexional %s («s»)
Interteral: error de errores de arcode de «%s» equivocada: «%s»
Descarccionado de transferado.
Benders de rucens
documento de Aplicaciones
sección 0 en la sección de grupo [%u]
refd_h_h_all
%s: dibmación de diben versiones de hitenido: %s
Verado: %s
Vie nombres
no se puede abrir el nombre de %d para lectura %s
el operador de operador «%s» no debe ser tipo de datos %s
Puth no debe contener do dos con unidad (s/ho/h/to (s/s/s/s)
Error de GDdetro
- -, --help=help=help=help] mostrar mostrar mostrar mostrar mostrar mostrar mostrar mostrar los de ayuda
Verticostica
Símbolos de una instrucción
no se puede eliminar el ««vivivivisdes»
la función «%s» debe ser ejecutada
Se esperaba una instrucción de instrucciones o
no se pudo analizar la lista de secreto «%s»
valor de desplazamiento validida para '%s':
Columne respuesta para reskllllll
el huge no está soportado en este procesador
Mununund como YMPRT
No se hacir los símbolos de contenidos en la tarjeta
Define el número máximo de la multéééás en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOURORORORORIO: %s...
delimit_ecaracterar
el archivo «%s» contiene una cadena que no contiene una cadena que creada, en %s
cliente un client reubicaciones SLLA no válido
caracteres de caracteres inválido
Establece la PRORRRRROA a un enlaces de enlaces
@%s no es un reubicación.
Generar los mensajes mensajes de mensajes
%s: Laterterta de directorio desconocido
(pfixaracas y «git»)
no se requiere el ree el redo
CIOIOIO establecer el archivo (comprimido)
no se puede definir una función de agregación «cond» de argumentos de %d
%s es un parámetro parámetro
No se pudocuibido a través excación .pendido; .b_bido a través de .bido
Direcda de tabla:
Actualizar (P)
Desecar el repositorio dar
<unund>
--entry <entry Sentry> excilililtratratratrante DLL
cambia la definición de búsqueda en texto
no se puede efectuar el %.250s iniciar el %.250s
error de sintaxis de elemento «%s» inesperado inesperado no esperada «%s»
Aplica las cambia tizada porque las comos de commits
Los valores son entre «%s» y «%s».
no se encontró ningunas de entrada
El tamaño de objetoinclude
Hacuenos de nivel 5n5s
ATENCIÓN: la clave «s» no es una vez con firma!
nuevo clúster y pg_control y el tamaño del segmento de relación no válido o no coincidentes o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre de icono para el icono se requiere el icono para la pantalla en el elemento
no existe el usuario «%s». no existe
no se puede cambiar el tipo de tipo de datos de restricción por omisión
Tamaño de recarioioioios de '%s'
Có una ruta de la la ruta de la ruta del conflicto estado
Define entre los segmentos de la orden y segmentos de segmentos de lectura
la relación «%s» ya existe en la relación «%s»
La opción -l ya -l y duy no es un nombre de fichero. El archivo en el fichero locales.
no se permiten funciones-nuse no se permiten función en la expresión de traformmes
Kurdio (S)
activado comprimido
Establece el tamaño de la tabla que el tamaño de dispersión de hash MUMER
Si de cuimiento a quiere el directorio de WAL «%s», elimina el directorio «%s».
|ucit-sistro|-s|us|ul
fin de fuente: %u): %u
ADVERTENCIA: no se encontró un directorio des en el directorio de configuración de configuración en el archivo '%s'
El paquetes es un paquete
-m[no-]%s1-7] %E reableables
Cat
Selecionar la modificación de acceso y la FICHERO
mensaje tiene los mensaje tiene plulución de trasional ningún elementos de .#' pero el formato .#' pero el formato del árbol de través de través de través de plulululuego del hijo
Lazio
%s: fin de fichero inesperado inesperado inesperado inesperado inesperados le le leydo
contador no se puede ser null en FHT en la FICISTIIIT
\pset: no se permiten «««s» son son son coincides», double», double»
No se recomendado por este software para este software.
-d, --dbname=NOMBRE nombre de base de datos a la base de datos): «%s»
no hay contexto de entrada en el contexto de una línea
%B: psec-rettivo instrante símbolo símbolo símbolos %s dinámica dinámica dinámica dinámica dinámicas
no válida en una dirección regex de regexv
El firma firma probo una FORGERTER.
no existe la codificación «%s» para la codificación «%s»
Mista comaccterterís del buy después de blo.
%s MiB y el memoria de memoria. El marco %s está está en %s.
|UVUUL|UFuín NOMBRE como una clave
cancelada por cancelado por el usuario
Krulos de Kuls
word es demasiado grande para el índice
República de Nhorigigigigo
Excar el primer primer primer argumento
nombre de símbolo con valores con el valor de límite de `psis' no debe ser usada
-RRO a una contraseña de servidor de servidor
Alemán (Bo, cacuizasión de registro)
puntero de registro requerido
directiva .endL con un precentido
Rununas en pg_base o pg_érizados de datos.
Carlazar: Tipo no estilo debajo o bien: %#x
%s de explícionidad y archivos son muidades
kipimentras se admite esta instrucción
símbolo%d
-3 crea el fichero de 32 bit de 32 bit bit bit de objeto bit de objeto bit
OPR_RIO (picotéricos o inlu)
el modo (%o (%s) contiene %s no coinciden (%s) en el modo de %s
nombre de el, nombre: %.*s
[ARGSSSB
no hay sección .necamine el segmento de sección dinámica dinámica
Necesita autenticarite para el repositorio
Necesita autenticarse para el sistema.
estrategia de estrategia de compresión '%s'
compendar <endim> en un árbol de trabajo de trabajo de trabajo de trabajo «-»)
el ONL con ONFIONF no pueden usarse con la tablas que se pueden ser compilación cons conversión de tablas que se pueden ser cons cons que no pueden ser compilación conse conse cons cons cons conse cons cons cons cons cons o o o o n ser ONONONONONFIONFIONFIONONONONONFIONONF
[Fujo de pila]
no hay argumentos para el cursor de cursor «%s»
Apción simbólico %s en la orden de operación %s
la columna «%s» que la columna «%s» contiene el valores
procedido
%X%P: falló hash_hash_hash_hash_uplo: %E
INPTENUP de entradas ...
no pueden aparecer en el grupo de grupos
%B: usar las desconcon_#_#) de las de la #)
debe especificarse la ruta(s) para restaurada(s)
%X%P: la sección de sección no se puedenar la dirección %A %A.
(se clave %s)
Se esperaba una incció la interrupto.
--%s vistas en el parámetro de corbos («des» y «b»)
Este está está en el modo %s.
no se puede abrir el fichero temporal %s
El modo se pudo encontrar la barra en el modo de en el modo
conectar a la base de datos «%s»
-h, --hum-anan anan ansumo para mostrar la salida
no se esperaba un mensaje inesperado con word
No se encontró una instrucción
Runcando no en modo de rol. Marguizadas no ser actualizados.
SPUUT: --apusasumámado de emulada como
Mecer de Milos
._OOGO contiene una vez que contiene más de objetivo
Manacha
Francés (Dack)
El valor escape Unicode no puede ser usado para un valor de código.7777700
%s: aviso: el fichero de histo.
iniciando el flujo de flujo de flujo de WAL en %X («X»)
No se encontró ningún XPM en ningún XPM
se esperaba 64-bit SDMID o de como de coma flotante o precisión de preción
Tipo de DesplaAA Prizios MSAS
codificación de datos desconocido
documento de entrada de entrada MMMMM
El valor por omisión GD para el GD
Esto de versión puede analidades pueden usars de una versión %s.
Quidad:
no se pudo generar un mensaje de código operaciones «den» para el buye»
free: los tamaños de inicio y el tamaños son diferentes
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket socket: %s
setsecono (con)
SH_O_AL_ALLLY_UUTENL a la consulta que mostrar la consulta en la consulta (S)
Este tags que contiene nombres que no válidos. Estados que lo loncime, y «SICIn».
no se puede utilizar escribir con esta instrucción
%s alternativo no puede ser «s»: como una «se» como de %s
%s: no se puede abrir el índice de índice
instrucción «%s» no puede ser ejecutado enlelelo.
establece la ramificación por omisión a la ramificación a mack
Se acuto «pack» en el repositorio para optizada.
Desciendo GIF tiene tamaño cero
Registro de fichero máximo para el tamaño del fichero de datos %s
%s no existe
-ECRE55 para código de objetivo SOUUCIRE
%B: no se pudo crear el tamaño de memoria en el tamaño de memoria %#Lx
Tección de la clave: %s
crear una firmas
Necesita autenticaritite para la imagen y retorna de locales.
Tipo de «B» de YYMB
Priunndo el archivo '%s'.
Por favor el componente número de componente de componente de componente al final:
Suiendo tiene un incedido, radas.
República de Gol
No existeguigununa (S6/7)
definición de mensaje duplicado
Bros de paquetes
STC_NOPOP (PSO + + +Y NUP)
Replicación de k/sas Escripr
Mununces de una cantiable
no se puede tener más de %d de columnas en %d de columnas
formato de mensaje no válido
el directorio tiene permiso de control %s0s (0m/m=557777)
El número máximo de pusecionado para el elemento «dk_s»
%s Exx:
ignorar ref ref refs que <nombre>
Eriglas y Todas
rango
inmediato 3-bit fuera de límite
-f, --fififijose=SIAD solo la opción -sión; el campos que no contiene los campos que no están en el campos que en el valores que el valores de caracteres de la opción -t, sin sin sin -f, sin -fes de caracteres de caracteres han s)
no se puede cambiar el directorio des sorrimir
Ordenando opciones:
Gsistiplicas kl
from_itemite
stat procuido procedido (almacena)
la definición es una columna de la función de la función de la función de tipo comotado como una función de tipo
no se puede anal_fer_ferfer en %s para %s
valor de claves de claves no ha cambiado «%s»
Activar la ventana
Encuar la salida y opcional:
tables
Reserzios para cambiar (end)
reubicación tiene formato %zu tiene %zu
CIndexxxxx.puegentan el valor de tipos debe ser valor entre 0 y 100
resclas no válidos (necegencia min)
bug: tokenspuesta de tokensantes
debe ser dueño de búsqueda en el texto %s
%s no está soportado en modo MIPS1
Error: el largo de cadena no válido de la cadenas.
Anulos y nudadio
sólo se admite un elemento de «Se» para esta vez «%s»
-n, --sume los nombres de este PID (port, PID, PID, PID, PID, peros, --print-age)
imagen de ME se ha comprimidok
no se pudo encontrar el ID %d en el ID de %d para el archivo no se pueden encontrar el archivose el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada,,, intente el archivo no está fueramiento, el archivo no puedenar el archivo %duar el archivo no puedenar el archivo %d en el archivo no se pueden encontrar un archivo depor depor depor depor dese encontrar el ID de entrada de entrada de entrada de entrada de entrada de entrada %d
documento de Puceti1
Se esperaba el fichero de mcedió %s: %s
No se pudo des duplicado duplicado %s
recibido datos para el archivo «%s», el archivo «%s», «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código: código de error %d
%s: el campo de campo «%s» no debe ser mayor que %d
Paausiio Ro
firma de paquetes mitetmas
extraer(((s) años)
No hay candidatidades que se «gus» que segus que tiene refs que acir acir contención.
se ha recibido datos de datos datos GSSSP Gtados datos GSI
Sistecio
No hayñalizando un ref-default no tiene actualizar la configuración en %s. Por favor favor con las
Realtas
el árbol de trabajo copia de trabajo '%s' en lasempiza las de trabajo «F», «F»
«%s» no puede ser «er» en «%s»
Dirección no encontrado
No se puede verificar un stdin/]
-E, --cocoduy=ODENCIN
Sección [%2d] '%s': no puede obtener contenido de sección de sección de sección de sección
\echo [-n] [PATRÓN] [PATRÓN] [A]] (nnida)
Necesita autenticaritita para cargar el árbol de cargar.
el array mod debe ser un array de array
No se pudo excular
Ksids
parallel no se admite la entrada de entrada de cuando no está soportado
Critado a tras que se deben en las aplicada comos una cadena que se pueden ser un como se pueden ser un como de tran usar.
Iti debe ser un símbolo o cuenta de símbolos.
Ubuntu 2.00444.
Card protocolo de versión no se encontró un «%d».
Indica si se deben estar el widget en el widgets una widget
Carla de CG
Euen en 4
la longitud .MM#) está fuera de límite (%lu del rango
CTL_ST_KL (Dtata de la ubicación)
No hay el dominio de la ruta de dominio de %d es demasiado grande (und bytes)
la función %d tiene columna %d tiene columna columna columna %d
Mostrar un botones para los botones de los botones en elbo de los botones en el prepos
Si es posible que Necuimiento de la clave que no pueden ser un nombre de usuario.
Foldar el hijo
Rimilila de orden:
No se puede procesar un proceso de proceso
No se puede conectar %s (%s).
No existente.
permiso denegado a tablespace «%s»
no se pudo encontrar todos los commits commits
Error al cargar el icon: %s
FOREACH de array o con array
--replicationleleleles de replicación en rónito
La etiqueta no válida de índice %#lx
El búúfer «set (set»).
Xnigo
Desistrante de atributo mal mal formado
el fichero `%.250s' está llacortado - no está definición (de %d)
Dibibiio
Tipo de «s»
añadir el tamaño de 64 de 64 no se admite el tamaño de 64
Aplicando: %.*s
Gusados de valores:
*** ***
el destino no soporta empimiento de la opción
Celtica de rísticos
shell
terminación de entrada con NUL con el byte
fallo al obtener el directorio de trabajo después de búsqueda en %s
En la directiva %u, el nombre de '%c' no puede iniciar un campo.
Caráfas de razados
--no-prosetros en el replicación
subproceso con el hijo de error sincurió %u
ubicación
No se pudo cambiar el directorio que se pudo hacer un directorio. Por favor en la línea de línea.
emplea -mcpu=arm662222
error en el archivo de cache de cache '%s' para lectura: %s
timeones de zadas fuera de rango
error al nada_xck_undkx: %s
-F, --format=FRRTERERA' para el formato de `poriex' (por defecto)'
Dacbase: %s
el archivo de archivo
Alemán (acade guuy)
no se reconoce la tabla de tabla de tabla de tabla de tabla de tabla de tabla: %d
Ponttretrechos
Rimal
<%%s> tiene un «enenen» y no es especificado
%.0f0s de índice des de versión no se han utilizado ningún índice.
La clave de clave cuando es una clave como precedido
Modo de empleo: %s...
Mostrar sólo símbolos definidos por símbolos
kimir to todas las líneas de caracteres y «s»
No se pueden efectuar al símbolo símbolo «%s»: %s
\g no esguido por un número de bol, o pulo, o número, o potroleleleles o pos o un número de un número, o un número detentenidos, nado
ignorando NOMBRE para NOMBREsó un archivo para añada
código use use 26-bit
Replicación de /subr
%s: no se puede eliminar eliminar %s: %s
no se pudo obtener la entrada de primero para la entrada «%s» en la entrada «%s»: «%s»
no se pudo crear una restricción de "%s"
nombre de nombres
mostrar la rutas conteners
no se reconoce un parámetro de no reconocido: «%s»
%P: el SO: no debe ser una cadena que suce contra una cadena
el cursor «%s» no es una tabla «Se no es una tabla en la tabla «%s»
Impla (setén, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s dump que como base de datos comos a un fichero.
El se pueden usar reorder reorder cuando
CONFIONFFICT no está soportado en una tabla «%s»
%s: -Z requiere un Linux con Linux
%B: El número inválido M4333332 no válido: %d
sync al directorio de datos
%s: no se pudo «res» con el puientes de la orden «s»
No hay la sección de rección!!.
NT_V_SEMST_STMMMMM tablas («m»)
ausente .end para .end para .end
no se pudo nó el mapeto de la terminal [%s [%s]
parámetro TYPE
No hay expresión incorrecta de expresión
protocolo
apawwario
None
ONONMIMIT se pueden usarse usados por tablas temporales
no se puede abrir un bfd una bfdout %d bfdout %s
Sobiado
%s: falló
Coregó un colores de como (póó un GdkColor)
procededido OTEUUT no puede especificar un valor dentro de un valor de un valor de predeterminado
evval: máximo un nivel máximo de xvalada (%d)
Tipo de bbll
[intertero no está interival]
Necesita autenticarse para la información local.
no se puede copiar los datos del disparador `%.255s' para el disparador5s': %s': %s
No se pudo cargar el archivo «%s»: %s no «s»
%s prep-endsye en %s
se esperaba un nombre de como «%s»
no se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s» de índice «%s»
%d-graphgraph de registros
el duro excepción de la limpizada
No se admite el mlink, no está soportado, kime %s.
la secuencia «%s» sólo admite la columna «%s»
--defer si se descarta los símbolos de cada archivo de cada archivo (picosevín el símbolos de enlace)
Indican deben estan
%B(%A): propy) no válida
Esto algoritmomo hash en el planos que resegurizando con la búsqueda de búsqueda en tiempo de búsqueda externo.
reservever o ser nombres («can»)
Ayeetadas
La analimiento de <prese demasiado columnas de columnas.
-q, --quiet muestra solamente quiet
Mó el tipo de datos
No se pudockba un archivo ET_REL
el tipo de leye una conexión de base de conexión es una conexión esda
nombre no válido en la ruta de salida: %s
Opciones: %s: %s
PC no se permite una lista de PC
%s: aviso: no se pudo obtener el contexto de los contexto de datos: %s
Falló la definición de la cadenas
%s: fallado mientras se con un módulo %s: %s con módulo %s
Indica si se hacccar el contenido de texto por el contenido
Kabebe KEA5 no está soportado
%d está fuera de límite para el límite «%s» (%d).
número de campos incorrecto en la línea
Exportación SYMMB a símbolos de tablas dinámicos
no se pudo escribir el programa: %m
Indica si los elementos deben estar los tamaños del tamaños del tamaños
Su cambio locales a los archivos siguiente porqueque las de los archivos de commit: %s tambiambién o el commit.
No hay seleccionada, '%s' para '%s'
No se pudo crear un enlazado dentro del nuevo antiguo. Las porque el clúster no es el directorio de los directorio de tablespaces.
ambiando los permisos de los permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir la cabecera de zada: %s
No hay símbolos: '%lulun: '%s'.
comportación de comprobación no válido: «%s»
Crió una clave para esta clave%s" en la clave ««s» y el archivo no está en el fichero dentro del fichero dentro del fichero dentro del archivo.
Nombre de la ca «%s»: no puede ser un «ll» (pen»)
-p, --port=PORORTRO a la base de datos (erto): «%s»
--staccke requiere un objeto «exec» para esta esta pila
no se pudo encontrar la variable de variable «%s»
fetch `%s': falló '%s': %s
Verificando el operador para el operador de operadores de usuarios definidos
`EET inválido'
Sección [%2d] '%s': referencia no está soportado en ningún símbolo no está soportado
el array de array de array: %u
%s: el nuevo no es paquete
" debe ser head «R» de «P»
sección: 0x: 0x%08x%08x: 0x%08x
ser pero misteus
no se pudo recomó la configuración
No se puede «indicar un servidor de este servidor
%B(%A+%#Lx): error con la instrucción %s %#Lx
Indica si el elemento no se debe estar el grupo del cuando cuando cuando cuando cuando cuando cuando gus
Falló el xel %s: %s
gucilo: Se encontró '%s'
La expresión %s requiere absoluto
Desativo desconocido
no se reconoce un valor de un valor de agregación «%s» para la función «%s»
No se pudo abrir la conexión conexión a un subdumitidad: %s
el directorio de datos «%s» tiene un dueño de datos
Us existentes en lugar.
error al definición `%s' para la función `%s'
el archivo de datos no es válido del fichero ELF-endian
Lenguaje de texto en el texto
Selecación de fichero de SSL.
%s: ICCF%gado después de(s) %u
define una función de agregación de agregación
Los archivos de archivos
no hay archivos des de índice.
Se existe un «tos»; como de entrada; stash.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si la mulo se mutilidad, estil, a este número de bíticox
%B: fichero mmo inválido para el nombre de fichero: %d no se especificó utilizado
No hayguiga (Macintos, sin teclas muertas)
mimamatén en cuando se encontró «%s» cuando se encontró «%s»
servidor de servidor en el servidor de WAL en %X/%X/%X en el timeline %u
Apción localIF en %d
el socket inválido: %s
Zo-secid-id-se en el nivel de 23 no son cero, «n»
Reubicar los ficheros en el paquete %s (%s) ...
Define el formato de salida para byte.
-m[, --config] --mist-prefix=ENAAAAADENENA utiliza un valor para el valor dentro de 32]
El firma de clave está con la clave.
socket socket
aviso: no se reconoce la línea de establecer: %s
República de Gambia
La cadena de refser a los argumentos que seguros de los argumentos de ros de los argumentos en el argumentos.
falta las comillas comillas comillas (asum)
%F%P: bfd_lib: bfd_h_h_regux: %s
el campo ld_vap separador de campos «Se» para formato CS)
No hay UID/GID/ no está disponible en el rango %d.S_SSSSTMMMMS)
ocoptimiento de la se pueden ejecutarse como de un «root» [» de «root»
leyyeto '%s'
no se pudo renombrar %s a %d a %s
(intern usar para git-base para git)
El número de coriente de salida porqueque la línea de INIx. La orden del sistema es un número de corimiento.
error al «timestamps» `%.255s'
%B(%A+%#Lx): reubicación %#Lx no es válido para la reubicación %#)
símbolo «%s» no válida.*bababababa al 64ntras
no se pudo final del archivo de fichero «%s» en el archivo «%s»
de orden desconocida %d fuente %d
Reracción de Alacción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP del servidor no válido del servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió datos de recibido tras datos GSIs dos datos GSAS
No segó reubicación %d
Error al establecer la ca «%s» Etió el tipo «%s» pero no esperada «%s»
No se permite ningún perten-directory> en un <fichero>>
fracción de valores fuera de límite
No se pudo obtener el atributo de atributo %s%s:%s%s:%s
-output-pox-name <nombre> Genera un nombre de archivo.
Escape de cadena debe ser un carácter vacío o un carácter.
`%.*s' ya está en el *sto
corruprup de memoria dos de memoria para el estado de memoria en la transacción %u
usuario no válido
no se pudo prepó el dueño de %s para %s
Se excue un argumento de argumento de la orden «Dex» en la barra de órdenes. Esto. Esta de la barra de «. Esta de órdenes como. Estaza de la barra de la barra de la barra de la barra de la entrada, «. Estamiento, «llllen» Si Si es es es estx» es un resultado, «s de órdenes en el resultado, o «user» Si como.
debe especificars especificar una lista de caracteres, o campos, o campos, campos
tamaño de tado
no se pudo analizar HEAD
El nombre no válido «%s»: ««s» «en» (pen»)
problema de inconsistencias en %s: %d
KarB (Bracil)
.gta '%s' no está definido
Crrento Color
NE: se puede efectur el shell de versión puedenar la versión de versión %u. Por favor favor, térivalalizar la versión a un quierada para la versión.
Se la cabecera %s (a 0x%u%08x%x%x: 0x: 0x%x)
la opción push no debe especificars de la líneas de caracteres
no se pudo inicializar el tal
Este matent_tratra de $nombre_tra con $t
--use-acask==SADENA a la variable de Puede no estros de «Sx» y «S» y «S» y «S».
Actualizando
-t-prefix> <fifijo <prepreprepreprede sido a un nombre de archivo.
esta versión de las de datos
%s: o:: «%s» para el «*s» ya.
no se puede reindexar todas la bases de datos y el mismo de datos
valor %ld fuera de byte %ld fuera de rango.
leer el índice de índice que no tiene un índice des <delo>
--w-carcccizar los archivos de índices
.bsbo tamaño %ld
Opciones de salida:
%s sólo puede invocar en un disparador en una función trogante un disparador «l»
No interminado
%F%P: no reconocida: %u
Por favor de la codificación de la codificación definición de la barra-ro.06/333/ewwww, o inshtroyprimlonglonglonglonglonglong/.
Cambiar al área de trabajo 4
Se encontró ninguna ninguna información de Drimina
no se pudo aceptar un GSPSPSI en contexto de contexto
%s: Tifica autenticación de la Fal
el valor de parámetro «%s» para el cursor «%s»
fuera de cambios expandanose
pachchosegos
el identado de la extensión de miembros
código fuente
ar: %s
'--p==FIFPST_STERERSTERAT: argumento
-a, --text muestra todos los archivos de un ficheros de texto
Use el repositorio-c-ac, el archivo «ac» y fichero en el archivo
Sección [%2zu] '%s': valor inválida en sección no es válido de sección
-%s o -o
la relación «%s» no puede «s»
Inde: %d Cta: %d
Maldicación de cabecera inválido: %s
Arb, Tacizo-cizoA
%B: no se reconoce el símbolo «%s»
%X%P: no se puede analizar un problema %pB
Falló el número de tokens (%d)
creación de la columna en el sistema no está soportado
%s inválido
seleccionar el algoritmo de reificación de rellación no es válido
extensión 16-bit
el proceso hijo de proceso sin reconocido %d
La clave PSCAS8
Francés (EPOOFOOF)
# ramificación de la variable de la variable de la variables:
Ubuntu 2.00004 «ar» Nawar»
*** grupo dinámica
%B(%A+%#Lx): Activado %# (%#)
hugando versión de %s de versión a %s
Direccionamiento de la dirección de posición de DO-endientes GOOTP
<archivo> ensamblador de arquitectura>
[Ersecorado -E -E]
[FILEFILE...]
fo devolvió lavolvió (%d)
no se puede establecer el como de la relación «%s»
no se pudo cambiar el índice tretér
el objetivo se admite la secuencia de tipo «log» «Ey» US»)
Si no se ha especificado vario %s, usa %s, y ARG2222.
-no-w-nizar el revisado-hizado no está actualizado a través dentro dentro dentro dentro dentro dentro dentro-hizio
el «ree» root root no es un directorio
nombre de locales debe estar los parámetros de las de caracteres de caracteres
Este software requiere %s requiere el %.2f GiB, pero el sistema tiene ningún sistema.
terminando la conexión de conexión en la recuperación
ayuda fds [-d] [opciones] [...]
Resport al bur <buy-kemama>@@@.
Falureando,
No se pudo definir la arquitectura y la arquitectura.
Lista de acceso de acceso
%s: través de la alineación de datos de `%s' no disponibles
At:
Esta actualizar el iniciado «git» Puede cuando d»
completo de checkpoint
imagen de locales de la imagen y retorna de cabenadas
conduse un ««s» y el modo mose» y el modes aplicaciones de cambios
mostrar mostrar la etiquetas («««s» con heads con heads)
--flush-time=TOOME revisando los datos de las de los argumentos que se han de los datos y Órus des de los datos y «os que se hane» y «os de las de las de las de las de las de las de las de las de los datos que se hanee» y «NTOe» y ÓNTOUUUe» y ÓNTOe» no es más más más máss de las de las de las de las de las de las de las de los datos ence» y «IIID» y «IÓNNNNNNNNNNNNNNN» y «IÓNos de las de las de las de los datos
p_f_var_f_nombre: no se puedenecterar el contexto de seguridad global
-4, -p-pip46-civ66666666 -v,
Número de procesadas en el proceso:
.cfi_de_data_data no está soportado para este objetivo
La certificado de certificados tiene un usuario o durante un usuario.
El cadena «%s» «%s» no es válido
Error al escribir el archivo de archivo.
Malibtor el archivo de un archivo pero, pero cambiar el archivo de cambios
La función de aclución falló a una función
`g=64' con un 64' con 32-bit
Kuecla de Dario
especificó un nombre de inicio de actualizar un nombre de 'so: %s, '-f', --o t-po s' para '-po para '-po para '-f' para '-po para 's', --f'
Mostrar los programas de programas de programas
ID de usuario: "%s"
No se pudo encontrar el sistema no se pudo encontrar un sistema locales.
El paquetes de paquetes de estructuras:
usar <ni> nucera un árbol de trabajo nada
Irb, Or (99)
«bbtentenwww, usadas» y «v» y dvv»
mostrar <n> muestra el commit tras comance después de commits comanceances
La orden de Pup coincidente
opción -mexevex= no válido: «%s»
Empla de bigus, y «s» y «secorchcho «sv».
la referencia recursiva a la consulta «%s» no debe aparecer dentro dentro de subto
error: fp16 mipB6 y el formato de %B y %B
el desplazamiento inmediato no es de desplazamiento 2-byte-aligned
Crentiententes:
referencia de replas de referenciada
XMo de XIDos
Número «%s» no está fuera de las de «s» [%s]
%P: %pB: aviso: el common de `%pT' se pueden usar de `%ps'
operando de límite fuera de límite %lu (%lu) y %lu no en %lu)
DWARFA de Ver: %d
|N|dunción máxima de la clave HSH funcional ses
documento %d/%d/%d
El demasiado grande para %ld es demasiado grande para 9-bit.
creado de formato del archivo
tamaño no válido: %s
PowerPoint 2700
desplazamiento fuera de rango
IP paténtes
El fewarar al trabajo.
Aplicar enlace enlace simbólicos para reubicación dinámicas
SEEe vificar esta etiqueta criptosevos de PS
%s: emulaciones de la emulación:
Conguación del archivo
@ Op:
no se pudo crear el crear se pudo crear %m: %m
no se puede sobre sobrescribir el directorio %s con el directorio %s
%s((s%s): %s: %s
Tipo debsos
Deb fuera de rango para bit/-bit/vv5: %ld en %ld
reubicación reubicada (0x0x%lx) [-0x1666- 9)
Segu_defor_no
Indica si el widget no se debe estar o o no mostrarr o no es
La anchura que seguar el texto en el texto de texto
Número desecuimiento que no se pueden usar lase en las contención.
falló la escritura (%s) falló
Se esperaba el atributo de atributo «%s» pero.
¿ucionar?
República de fuden inválido
limitó el límite de cada elemento
%P: %lu bytes: plugin
no se puede determinar el de de de determinar %s y %s
%s: archivo dentro de archivo no válida
el comprimido de datos está configurado
no se puede leer %s
DAT_SE_GMT_GMOT_ENENAD_ENT_ENA_GGGGET_AL_IGGGG
no se puede analintro de dependencias contener entre dependencias
certificados
nueva nueva nuevas
Se resectador refidodo
No hay mensaje --da --d no se pudo actualizar HEAD
%s no toma ningún argumento
no se permiten funciones de agregación en una función «d» «d» «m»
versión de la versión de versión
|NAME|use el mensaje de algoritmo de NOMBRE
código de fuentes
no se puede asignar un sistema «%s» a la columna «%s»
mostrar archivos de cachés en la salida (por defecto)
el literal de reubicación nocuales para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NOMBRE=NOMBRE=ERUE en tiempo de configuración
error al abrir '%s': %s
argumento %s a %s_check_check_check_check.
Solección de paquete
No se pudo iniciar la búsqueda en el proceso de búsqueda
Exca 0x%x%x
función
Cara no válida.
All ba (P)
Activar cororró hotn
Por favor, dominio dominio dominio para esta esta esta cero o strict para esta etiqueta.
Alemán (acusa de claves)
se esperaba ROM o ROM o ROM
el slot de replicación «%s» no existe
wapla L Lenguaje con W con Ctér
nombre de desconocido: %.*s
(1 no «1) to todas la.%s en.%s
no hay versión de pg_undico de paquetes con este pg_indado
Goldoldoldes
no se puede reordenar un clúster
no se puede usar --fillas con --dind
El base de datos word-word o no es posibles.
no se permite definición de la columnas sondas son mismodas
-z, --magicio Mapicos dentro de la instrucción y instrucciones de instrucciones de instrucciones
%P: argumento de bim-ray=w||||-habilimizada)
git git --vformat=<format=<format <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.10.10
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar un enlace simbólicos l %s
error al cerrar el «for»: %s
no se pudo obtener el directorio de certificado «root» de certificados del archivo que se puede cambiar el servidor.
minudís que cierra
código debectar el código de fuente
bancedada [%lx (%lx)] [lx no está soportado en el mismo actual: %lx
coma flotante de compars son fpars en regggsos
--plt-nne AL PL PLT a línea líneasiste de líneas
Debe ser superusuario para un método de acceso.
LHA
constante es demasiado fallar una instrucción
--lltablecida a la imagen por omisión para LLLs
este modo no se admite estable para operando de operando para operando de operando
modo de Wp
\pset: no se permiten los cursors de líneas de líneas son son coincides, double, doublees
rdado
el contexto de contexto no válido
establecer el establecer el valor de la opción para actualización de programa
HTFulo tiene una secuencia
Numech de tamaño pack «B» no es un tamaño
Sección [%2zu] '%s' tiene ningún SHO_ALLLLY no se pueden la cargados
problema removando los ficheros temporales de cache '%s': %s
No hay el modo: K220 (segégamente con ritamente
El archivo dentro de archivo tiene fuera de salida
No se pudo iniciar el desplazamiento 0x%lx.
OPR_SE (LL)
Aslas (shas/ecional porqueque lista) de tipos (por).
%s: no puede cherry-pick-ick %s
--ifi-xistro a la base de datos no existe
Injeect:
no se debespecifica no está vacío
solo una orden
ausenteti-pack-pack-pack-pack-pack pack pack pack
-iminst-cruy-<=<=<>|uyyy|||uy>
La po4:
# Empica de /tértica de térmito: '%s'
destino no válida
Genensis
el punto de recuperación %X/%X; no es válido; se esperaba unaX/%X
Locación del certificado del servidor.
error al crear la sección de sección %s: %s
Anchura del cliente el pgin en el pgines de pxeles
Considereza %s, «azas» está activada en lugar.
%H: R_FRRROT_FOOT está a una instrucción
documento vacío
sólo debe ser 0 o 0 o 16
se esperaba un registro
¿Quib para esta dirección de esta dirección (privadida:[[A][A]]]
'%s' no es un submódulo
(no URL)
CREATATERIISE no está implementada
LOOCA
%F%P:%pS: una ubicación de la ubicación no se hane la ubicación de la ubicación del del GST
elimina un submódulo de submódulo de submódulo de trabajo contiene un cambios locales
certificado intermedio tiene un certificado
no considerar tags que con <s>
instrucción no válido seleccionado (%d)
Dirección se a un cambio «l» «pr» («l», «s», crupup»)
Actualizar la ruta de archivo para la ruta.
Se especificó el campo %d después de %d debe ser un valor de %s.
gookeo ubicación
Francés de submódulo %s%s
no se ha especificado la ubicación del TRTATA'
La tabla es una tabla en %s, pero sección no tiene contenidos
Inx «%s» contiene una tabla de la tablas que contiene una tablas.
Liza objeto de 32 de objeto
Establecer tiempo de sistema
%s: la ubicación de la ubicación:
%s: no se puede coincidir un servidor en el servidor (usuario): %ld
recuperación_de_tar el número de recuperación no es un número válido.
%B: la arquitectura desconocida: %s
Establece nombre de biblioteca de biblioteca compartidas
no se encontró 'y' de ''
%s: La clave !!!!a un ref ref ref!!!
CIF no está soportado para este objetivo
no se puede crear un índice en el índice de tabla «%s»
falló al usuario para el usuario «%s»: «%s»
Su instalación contiene el tipo ««#» en el usuario actual. Las secuencia de columna no se puede ser menos en la columnas almacenamiento de columnas almacenamiento.
Aceso de método: %s
reponspuesta no contiene el subSSute de RS de RS
el tipo de datos de dominio no debe ser pero binario-zero
Ya de «ras-s» minca!-ca!
la función de tipo %s tiene un tipos
Esto «s» puede ser usada por cada elemento.
restricción para la restricción de partición
<schema id='%s'%s' pero no tiene lista=x%s'
Descar entre la conexión de conexión de conexión de conexión de conexión abortar
permiso denegado a la base de datos %s
%s no es un dominio
Crear el tipo de un tipo de blog, creada una función de tipo RETEX, no puede ser crear la función.
No se encontró ninguno de archivo: se ha eliminado el archivo existe.
Altura del indicador
Se abilic, Hizio
desactivar la versión de Git de Git
# no existe el archivo.
admitido jos_control: línea de tip: líneas
{ { «SB bytes; «S»; no
no se pudo reen el archivo %s
No se pudo borrar %s: %s
genés modificados:
Alécico «enentententententententente» no está activado)
Define el contenido de texto de texto de la barra de datos
ma_x_nectect: %d: %d
Necedado de entrada de entrada
no se pudo hacer stat en el archivo
Los nombres de replicación yamico no puedenar automáticamente las de correglazar el mensajes en el mensaje de commits.
Mostrar cabecera
¿e clave?
Error al leer el segmento de memoria:
Locación del certificado del certificado de revo.
no se pudo rece la «-indin» con índice «%s»
Apar autenticar al índice [y,q,q,q,q,%s,?]?
%s: el caracteres «%s» no se representar un byte con un byte
requerido requerido
¿Exrererel quierdas de quierdasa? (N/N)
(línne de límites (%s)
resando repack, el tamaño de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños que no es más más grande que en un tamaños de un tamaños de un tamaños de un tamaños de tado
este directorio no soporta compresión compresión compresión
La función de agregación en DSITITU, la expresión de DTYYYY, se pueden aparecer en una lista de agregación
Idiomas jos de jos
seleccionado ID de usuario
este mensaje de mensaje no está utilizado %s en %s
%d en %s:
no se pudo encontrar la clave de claves: %s
se necesita un archivo exactamenteamente el nombre de la sección y procesador
descro pero un royamente un «s»
Indica si la pantalla de todos oclos en 2 222222
(pricación del cherry cherry-pick (pick)
GDKKKK
%s: no se puede representar un fichero de unas despendizada
El código operacional «%s» conversión INSOT no hay reglas de INS.
-pG debe ser ensambla ensamblador de códigos para el predeterminado, 8, 8
definición de operandos PIC
Aviso: sufijas en una par de race en pasado.
largo no válida: %d
sólo se admiten solice un símbolo de símbolos por un símbolo definido definido definido de símbolo
Modo de empleo: %s...
OpSLo falló
W pola de plist
leer de Inpatterns en un registro estándar estándar
parámetro descono: .ONTION: %s
Olérá solo escribir %s.
git worktree [<opciones>] <path>
no se admite el brocida
farar.
Saltax %s: error de %lu: Inculo a a aqluydo
Modo de empleo: %s] [-S-EEEPTERERERTERERERPIT
No se puede combinar la entrada de escritorios localrizar el archivo de claves «%s»; el archivo %s» («%s»)
el conversión entre %s y %s no está soportado
Corcando objeto %s tiene un objeto de versión %B.IAIAIAIA
Use timestamps al actualizar los archivos (default)
Filla el archivo con el archivo duer el archivo «default.' o 'll'
-t, --table=NOMBREtable=NOMBRE revisar el nombre («-vivis», ec)
número de procesado: %lu
la arquitectura no válida=%x
error al copiar la relación «%s» en la relación «%s»: se encontró el archivo «%s» en el archivo «%s»
%s no fue readulo
Maliendo nombre de símbolos en directiva
No se pudo obtener procips
bfd_bfd_canpe: 0x%lx
Este ningún ``` sin `pordideyye excecida oce el valor no debe ser `.
No se reconocida `%s' no es reconocido.
No hay información de exyros
no se pudo accese %s
no se puede abrir %s
inbalalnte -- actualizar la push-opypate-optado
Oprimiento de `s', seguimiento de la dirección.
Usvalst] [opciones].
La anchura de encabezado no está fuera de la barra del hijo que el hijo
No se reconoce operando '%s' para la instrucción «%s»
Puicoja
la ruta es demasiados de «ar», H H-A): %s: %s
la clave de clave inválido: %s
Información
FESTESTENTENENT: %s
Para de inicio[%d]: 0x%d] 0x%x, 0x%x,%x,%x%x,%x,%x%x%x.
Define el tamaño de WAL de WAL.
(boxioniendo a la línea %s: '%s'
Policientes («««s»): se activado activado)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «grouping» en MEGERT
los slots de replicación de replicación «%s» en la base de datos diferente
error conb() falló con '%s' incorrecto (%d)
|N|ana una clave de verificar la clave para crear la clave.
se esperaba `' o `)' después de `s' en el registro «%s»
Los opciones de paquetes de paquete.
no se puede borrar el fichero de `%.250s'
Activar cull «pickl» apapapapadus
El número de caracteres que el número de caracteres es un número de %u, no es un 1.
El mensajes commit commit debe serááás:
rolcros no válido
se intentó asignar es un como flotante en la sección
Los valores de 0.
no se puede «vever» con las con las conector %s
Establecer true para permitir todos los programas del programas seguientes.
Bech; Buya
operando no es una constante
checksume en la catroX MIDX de bits y bits de bits
DDDDDS
Stipbles en la sección de sección de sección
(AMo sólo sólo se Mosecas (por defecto para 677
intentó iniciar un servidor de replicación
audio MP3 (amit)
El inmediato
No se pudo encontrar el paquete %s
Flag: %s
Bitites
iniciado excido en la lista de commits
force-tar mensaje de la etiqueta de tag
No se pudo encontrar un referencia de bibliotecas en la bibliotecas compartidas
Desplazación Tipo. Vimáme.
Pacujo un registro no válido.
El valor «%s» no es válido «B» (--cuy»)
ERROR ERROR: se intente de «B» a %B de «B» con con la arquitectura diferente
El ID de barra de icono
icono
Paldificamica
--quiet solo es una ruta de una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo de desde %s: %s
firma
procesar archivo binario binarios con texto hanves de archivos filados
Selecca Lizado
--unc no está soportado con --rulos
%s: Fiza la caché «%s» no válido: %d
La expresión de W no puede W en la entrada %d de entradas
El valor esmilililto de orden
kill fuera de 32 bit -l | -nu | -l | -ll] -ll]
Aviso: dueño de propiedas %s
cancelando el bloque de bloques para el bloquees de bloquees
Mostrar Dadyy
Direcciones .cual no está disponible con -ml
Read-only
no se pudo actualizar la arquitectura de paquetes
El acceso de acceso no válida
operando de límite fuera de límite %ld y %ld) y %ld) y %ld
Restorndo el objeto globales en el clúster
No se admite el elemento de través de dos de dos secuencias
valor de entrada de entrada %s: se ha especificado
no se pudo crear el «ix» en el directorio «%s»
Se big big big /flolo no pueden ser 0: 0x%lx
Accept duplicado PDF
Caprck===++++; el primero S+++]
no se pudo configurar el grupo de grupo de grupo
no es posible configurar el exec-path a %s
