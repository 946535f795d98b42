Si segur el botón del botón del botón del botones en el pose
Indo-Esecros de lasión
no se pudo crear archivo '%s'
El dominio a un dominio a dominio, o dominio NULLLLL
%s no puede aplicar a una función
ignorado
problema «%s» a '%s' a '%s': %s
-n, --quietquiet muestra los supilentes de supales que retientes de las de patentes
no se puede usar usar la expresión configó en la expresión
Disasebles «sisgisistas de nombres
El archivo se ha modificado modificadad por por por modificado
(sechacuatura)
Excionados de eventos
el tipo dec inesperado `%d' en el tipo de tipo
Error al establecer el fichero de tras: %s
plantil al proceso proceso
la valida de firmas con Pabidas datos
%B: %#Lx: aviso: avisodo en sección inesperado
no se puede crear el fichero %s
Emplas
Error al abrir el tipo %s de tipo %s: %s
push en la función despec de '%s' no es '%s'
Mon-K-rizashas
base de datos %s
No se puede Duás Dano
clase de caracteres inválido
Por favor que seleccionado de claves de las de claves de la claves de la claves de la clave:
--deca rama como un nombre
Establecer el número de miex en el nuevo nuevo clúster
USR, República de SUS, República de dispositivos
Indica si se deben todas las líneas encurizas de caracteres, «ar»
Caprcrlos Sifickgas (facción)
La secuencia de la secuencia «ll» para el servidor Xllen
Cdrom con Ubuntu 9.10 Karmicar «Kotal»
Tawanano
las opciones -C1-create y1 -1-as1-cas no pueden utilizadose utilizados de jes de juntas
Mo renombrar un directorio o un directorio, a un directorio o mlink
Numíxita de ppicales de direcciones
No se puede obtener aronesano
El número de registros después de la pantalla después de la pantalla.
Viezados
Las aplicación de formatos de especificación; el formato de multiminime, mievo el mismo binario -t, --cededededal -t, utilice -t, --print--print-ct, igual que que el mismo binario -t, --print-print-cción del mismo binario -t, --t, igual que que que que el mismo binario -t, --talix --print-tartartartartartartartartartartartartartartartartartartar el nombre como el nombre como un nombre de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de mult, --version M M M M M Muestra lase, --al, --alixxxxxt, igual que que que que que que que que que que el nombre como un nombre de caracteres de caracteres
el archivo comprimido, pero hacer que pero no soporta compresión con este compresión
Crolís y pidginsados
línea inválida en el línea %s
el Wll no todas los URLs push-push no todas las URLs
Tipo de peeeetime:
Fichero de página de la salida en INDO INGGG
Sección [%2d] '%s': algoritmo de hash de símbolo %zu para símbolo de índice %zu
Se permite el valor 'c' por defecto no permitido en un valor de caracteres de caracteres
destino destino
Xforortialias
core y se deben en el largo de 32 bits de 32 bit.
el pull «path»: se permiten usar opden
Auto des de ctototototo.
Francés (Suizo, sin teclas muertas)
local
Sección [%2d] '%s': AL_GBOFFOT_ALLE, pero sección .T_F
operandos de operandos' no puede ser en el tipo
iniciar el inicio: pg_ptaptado
no se pudo encontrar el primer de primeros en el primero GTM
Invalida no válida: --a=SH=S con --acatistimis
segmento de ruta de la ruta de archivo
no se puede iniciar %s
No hay los «%s» tiene varios en el marcador de «%s» para URI «%s»
Modo de empleo: %s [opciones] [(ad](s)]
la opción '-c%s' requiere un argumento
No se reconoce el IN_UPT_IGFIGL %s
No se permite una definición múltiplo un símbolo en el archivo de símbolo evativos inconcizado
la opción --no-conflict-s en la opción --no-setue --ro-s, --saceténe --se --ce --sat-cet-cet-sat-ncetuintecet-sinceturininint-intemamamamamas': o --no-conflictsecevadoset-ntaténce, --sible o --no-ne, --sible --sacet-sasase, --print-conflict-conflict-conflict-conflict-conflict-nce --es, --alales, --inincevadosisisistece opciones --tratratratratratratratratrasisisisisisisisisisisión
clave %s: "%s" firmado %d firmado
mala versión del índice %d
Se especificó ningún protocolo
Francés (alalar)
Raciza de ventanas de ventana desliza un interfamente
-a, --all reordenar todas la bases de datos
la tabla de índice: %ld> %ld
El número de cintapepepepepepepepes de ««Pe», valoresice» estééén».
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malaldicación extendida de la cabecera:
--no-ififi-modinse el modo de ducionalizas en el modo de modififizado
Silo de elementos en el elemento de pololtal
no se pudo checkrizar el árbol de trabajo o 'gitalizar 'git'.
-mamab=<<<<838 para el tipo de tipo 838: tipo de 8, tipo de 88, tipo de 8, tipo de 8888, debe ser 888888888, el tipo de tipo de 88888, tiposhh333338, pero 88888, pero 888888, pero 338888888, pero 888, pero 888888888888888, pero 88888888888888, tiposh, debe serrererererererererererererererererererererererererererererererererererere
<labe>
Se esperaba un argumento de PRROROOtí
Tipo de %s no implemente_tos de genene() en el GID en el Ge()
no se pudo analizar %s
Tax T Tamaño de Ta
instrucción no admite esta esta dirección
aborta la transacción actual
kipedidos de clave: %lu
no se admite la checks '%s'
El número de registro a un widget a un widget a un widget
kipi WAL (LSNe %X/%X) debe ser mayor o bien bien bien bien bien bien LSN en %X
el argumento %s no es un directorio
tipo de punto de checkpoint: «%s» no reconocido
El respuesta OCSP no es válido
Cdrom con Ubuntu 8.10 «WW» «W»
Marcando un ario %s
descriminimina menos que cero
El inmediato está fuera de rango a 255555
-f/--axililo no puede seriaia con -f
Mactos deplicación de archivos de fichero-Degen
%s requiere un valor
Lista de XKBBs
se ha escribir el registros para el registros
%B: número de reubicación inválido MMIX no válido: %d
Ikuso k22
-X, --exclude-dirdirector=SIATAATIDA de la lista de la lista de trabajos
tipo: %s
des diversiones de %s a %s
la clave %s de clave %s (%s) utilizando un hash (%zu)
abortido por el punto de asignado
instrucción requiere el índice
debe ser actualizar un árbol de sparse-check para reapar un registrosamente
no se pudo hacer tablespace para %u no se pudo ejecutar %d
--stace tamaño <size> en el tamaño de la pila
no se debe utilizar el índice en el modo de denado
atención: %s a un punto de bucerte a un bule
husando OCCSP
valor de campos/ea de campos fuera de rango: «%s»
define un nuevo nuevo conjunto de nuevoia
no se admite la sección en %d: %s
Incetres max_ar_resexional %s (-cecechamente)
Interteral: errores de errores de opcional «%s» en la «%s»
Descar transferado de transferado.
Benders de sencens
documento de AProcesador
sección 0 en la sección de grupo [%u]
refd_h_h_h_all
%s: dibmenación de de dibido a través de hitención: %s
Verado: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
clase de operadores de operadores «%s» no tiene tipo de datos %s
Puse debe contener do dobles con unla (s/ho/h/s (h/s/s//s)
Error de GDdetización
- -, --help=help=help=help] mostrar mostrar mostrar mostrar ayudaes de ayuda
Verticostica de lajutal
Símbolos de una instrucción
no se puede borrar lavie devie «%s»
la función «%s» debe ser ejecutada
Se esperaba una instrucciones ocuertado
no se pudo analizar la lista de secreto «%s»
valor de opción valid para '%s':
Columne respuesta para resklllllls de sistema
el huge no está soportado en este procesador
Munund como YMPY con volololume
No se encontró los símbolos simbólicos en la tarjeta
Define el número máximo de la multéééás en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOROROGOROROROROPP: %s... o de FICHERO: %s...
delimit_eacaracterla
el archivo «%s» contiene una cadena que no contiene una cadena que creada, en %s
cliente un client reubicaciones SLLA no válido para mácana
caracteres de caracteres inválido
Establece la PROARRRM a un enlaces de enlaces dinámica
@%s no es un reubicación.
Generar los mensajes mensajes de mensajes
%s: Laterterta de directorio
(pfixarasacasas y revo continue)
no se requiere el revisado
CIOIOIO establecer el archivo (comprimido)
la función de agregación no pueden máss de argumentos de %d
el parámetro %s es un parámetro
Falló un rebido a través de la sección .pendido; .bido a través de .bido abido
Dirección de tabla:
Actualizar (P) de Nake, NO NO NL)
Desecar el repositorio
<undinombre>
--entry <entry Sentry> excilililtratratratra la entrada de entrada
cambia la definición de búsqueda en texto
no se puede establecer el archivo de inicio de inicio %.250s
error de sintaxis de elemento «%s» inesperado no esperada «%s»
Aplicar cambia las seguizarga las existentes
Los valores son entre «%s» y «%s».
no se encontró ningún de entrada
El tamaño de objetoinclude
Tamaño de los nivels de nivelos que 5n5
ATENCIÓN: la clave de confianza no es un firmado con orden!
nuevo clúster y el tamaño de pg_control y el tamaño del segmento no coincidente o no coincidentes
%s: no se pudo encontrar sección %s
no se pudo escribir '%s'
El nombre del icono para el icono para el icono para la pantalla del elemento
Los usuario «%s» no existe
no se puede cambiar el tipo de tipo de datos por omisión
Tempo de recarioioioio '%s'
Có una ruta de la la la ruta del conflicto estado
Define entre los segmentos de la orden y segmentos de segmento y segmento
la relación «%s» ya existe en la relación «%s»
La opción -l ya -l ya no es un nombre de archivo. El fichero locales. El archivo se ha especificado en el fichero locales.
set-rese no se permiten función en la función de la función de tranforformes
Kurdio (Siiaia, FS)
activar activado
Establece el tamaño de tablas por el tamaño de dispersión de memoria MUMB>
Si desecha a quiere el directorio de WAL «%s», elimina el directorio «%s».
|ucit-sistruro|-s|uloB s
fin de fuente: %u)
ATENCIÓN: permiso de los directorios de configuración en el fichero de configuración '%s'
El paquetes es un paquete
-m[no-]%s1-7E/D/ no esable %s
Cat
Selecionar la modificación de acceso y la función de FICHERO
mensaje tiene los mensajes de putiltilo para el hijo .#' perose el formato .#' pero el formato del C#'
Lazio
%s: aviso: fin de fichero de entrada se le leydo
contador no se puede ser null en FHTEETIITITIIT ...
\pset: no se permiten línea de la columnas por línea de double, se permitedasión
No se recomendado por software para este software.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos): «%s»
no hay contexto de entrada en el contexto de una línea de contexto de contexto de contexto
%B: reubicación psec-retivo intivos símbolo símbolo símbolos %s dinámica dinámica dinámica dinámica dinámica dinámica dinámica %s
no válida en una dirección regex de direcciones
El firma firma problolo una FORGERTER.
no existe la codificación «%s» para la codificación «%s»
Misasis después de bibistente.
%s MiB y el memoria de memoria. El marco %s está está en %s.
|UVUE|UFFuicación para la clave de la clave
cancelada por cancelado por el usuario
Krulos de ruls
word es demasiado grande para el índice
República de Nhorigigigiger
Excar el primer primer argumento
el nombre simbólico con valor valores con el valor de `psis' debe ser usada
-RRO una contraseña de servidor de servidor para el servidor
Alemán (Bonesosevosión de registro)
puntero de registro Z
directiva .end sin precedido con .entido
Rununas en pg_base o pg_érizados de datos.
Carwar: Ta no se admite o bien: %#Lx o bien: %#x
%s explícionidades de archivos son muidades
kipimentras se admite esta instrucción
símbolo%d
-2 crea el fichero de 32 bit bit de 32 bit bit bit bit bit bit de objeto
OPR_RIO (logicosicos inlución) o incic)
el modo de modo (%s) contiene %s no coinciden (%s) en el modo de %s)
nombre de elo, nombre: %.*s
[ARGSSS...]
no hay segmento .necamin la sección dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión de compresión '%s'
compendar <mar> en un árbol de trabajo de trabajo de trabajo (por defecto): je)
el ONL con ONFIONF no pueden usarse con la tabla que se pueden ser compilación de tablas que no se pueden con tablas cons cons cons que no pueden ser compilación de la tabla tiene una tablas que no pueden ser n aparecerán ser compilación de la tablas o o o la tablas contizas conversión n usar con ONONONONONONONONONONONONF
[Fujo de pila]
no hay argumentos para el cursor de cursor «%s»
Nombre de símbolo %s en la operación %s
la columna «%s» que la columna «%s» contiene conflicto
proced_regla
%X%P: falló hash_rek_hash_uplo: %E
INPTENUP de entradas ...
no pueden usars de grupos en el grupos
%B: usar las desconcon_#_#) el campo de la # (%s)
debe especificarse la ruta(s) para restaurada(s)
%X%P: la sección de sección no se pudo iniciar la dirección %A %A.
(se clave %s)
Se esperaba una incterrientido encededido.
--%s vistas en el argumentos de corbos (almacena cada directorios).
Esta orden de a %s no está en modo %s.
no se puede abrir el fichero temporal %s
El modo se pudo encontrar un modo en las teclas
conectar a la base de datos «%s»
-h, --hume muestra la salida de salida es anananansumo
no se admite el mensaje inesperado con elemento word con word
No se encontró una instrucción
Runas en modo no seguer en el modo. Maráásecionalizada.
la opción SPUUC: --apurimáma de la toda como de como
Mecer de Milos
.DEFAULT_OGO contiene más más más pequeño que el objetivo
Manatana
Francés (Dak)
El valor escapes de códigos no puede ser un valor para un valor cuando se pueden usar la codificación cuando se pueden usar la codificación cuando se pueden usar la codificación cuando el valor cuando el valor.
%s: falta el archivo de histoto.
iniciando el flujo de flujo de flujo de WAL en %X (tra %s)
No se encontró ningún XMPM
se esperaba 64-bit SDMID o coma flotante de coma flotante de precisiónión de preción
Tipo de DesplaAA Prizad PSASTAS
codificación de codificación desconocido
documento de entrada de entrada MMMMMO
El valor por omisión para el GDD
Esto de versión puede analidades pueden usars de una versión %s.
Quitidad:
no se pudo generar un soporte para el bujojo para el punto de desplazamiento
free: los tamaños de inicio y el tamaños de los diferentes
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket socket: %s
setsecono (con)
SH_O_ALLLLENULEE_SRE no estilo de la consulta en la consulta (S)
Este tags que contiene nombres de los nombres que no válidos. OSInevías, comos, comportas, «Invícertados, y patados, y tados, avícevícetados.
no se puede usar la instrucción con esta instrucción
%s alternativo no puede ser matizar: %s es un tidad de %s
%s: no se puede abrir el índice de índice
instrucción «%s» no puede ser ejecutado enlelelo.
establece la ramificación por la rama atención de la ramificación a macterís
Se acuto al repositorio en el repositorio para las optizada para timite el repositorio.
Desciendo GFIF tiene tamaño cero
fichero máximo para el tamaño del fichero de base de datos %s
%s no existe
-ECRERE5 para código de objetivo SOUUCIRE
%B: no se utilizar el tamaño de memoria al tamaño de memoria %#Lx de datos %#Lx
Tección de la clave: %s
crear una firmas
Necesita autenticarse para funciones y retorne la imagen de locales.
Tipo de «B» de YYMMB
Se rizando archivo '%s'.
Por favor el componente número de componente de componente al componente al final:
Sol tiene comillas intivos sin incedadas.
República de Gol
No existeguiguna (S6/7)
definición de mensaje duplicado
Bros de paquetes
STC_NPOPOP (SOLLLLLY NO + +)
Replicación de k/s Esprizas
Muntar iza una cantiable
no se puede tener más de %d de columnas en %d de columnas
formato de formato inválido
el directorio tiene un permiso de control de control %s (0m>5555777)
El número máximo para el elemento devolvip_regido por ap_regenen()
%s Exx:
ignorar ref refs que <nombre>
Eriglas y Para
rango
desplazamiento de inmediato-bit fuera de límite
-f, --fififijose=SIAD solo la opción -sión; el campos que no contiene los campos que en el campos que sobre la opción -n aparecer la opción -n)
no se puede cambiar el directorios «oriorimir
Ordenando opciones:
Gsistiplicas kl
from_itemite
stat procuido procedido (almacena)
la lista de definición es una columna de la función de la función de tipo comotado comotado como una función de tipo
fallo al anal_ferferfer en %s para %s
valor de claves de claves sin sin sintiena «%s»
Activar la ventana
opciones de salida y tusos:
tables
Reserzarios privada (end)
reubicación tiene formato %zu equivocada %zu
CIndexxxx.puegentan el valor de tipos debe ser valor de '%s' y 1400
respuesta SCRAM no válidos (necegencias min)
bug: tokensa expaueantes
debe ser dueño de la configuración de búsqueda en el texto %s
%s no está soportado en modo MIPS1
Error: el largo de la cadena de la cadena no válido.
Anulos y nudadio
sólo se admite un elemento de «Se» para la vez «%s»
-n, --sumnne los nombres de PID, peros -t, --print-PID, --logot, --printes (port, --print-PID
imagen de ME se ha comprimidok
no se pudo encontrar el ID de ID %d en el archivo de entrada de entrada de entrada, se pueden encontrar el archivose el archivo no se pueden encontrar un archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada depor, intente encontrar un archivo no está fueramiento (-fororortizararario %duario, peros en el ID %duar el ID %duarario, puedenario, pueden encontrar la entrada de entrada de entrada de entrada depor %duarararararararararararararararar el archivo en el ID %d
documento de Pucetti1
Se esperaba el fichero de me de fichero: %s
No se pudo desecar el archivo %s
recibido datos para el archivo «%s», datos «%s» para «%s»
no se pudo abrir el certificado «%s»: %s
%s falló falló: código de error %d
%s: el campo de campo «%s» no debe ser mayor que %d
Pausabe Rusia
firma de paquetes mitetmas
traser(s) añas) a agregar
No hay candidatidades que se serguizar un ref refs que tados que se haciacia con refs que tados.
se ha recibido datos con un datos de datos GSPIÓrado
Sistetivo
No hayñalizando un ref-default no es válido para actualizar la configuración «%s». Por favor en %s.
Realals
el árbol de trabajo copia de trabajo '%s' en las de trabajo seguiza las de trabajo «F», «F» para «F»
«%s» no puede ser «er» en «%s»
Dirección no encontrado
verifica de verifica de verificio/out
-E, --cocodue la base de base de datos=INDIN
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-line] [PATRÓN] [AA] [AA]] (nida para paquetes)
Necesita autenticarse para el corrulo para cargartupo para cargar la carga del menú.
el array mod debe ser un array de array
No se pudo excurientencia
Ksids
parallel no se admite la entrada cuando no está soportado
Crió las como se deben en la cadena que se pueden ser aplicada como un como como como se pueden ser un como de tran ser un como de tran usar las.
Iti debe ser un símbolo o símbolo global o símbolos.
Ubuntu 1.00444.
Fichero no se encontró ningún protocolo de versión %d.
Indica si se deben usar las debería en el widgets en el widget
Cararla de CG
Euen en 4
la longitud .MM#) fuera de límite (%lu del rango
CTL_STY (DL) en la ubicación de la ubicación de la ubicación)
Cix-dominio de la ruta de dominio "%s" es demasiado grande (opción %d)
la función %s tiene una columna %d tiene pero %d
Mostrar un botones para los botones de los botones en elbo de los botones en el final de los finales
Si es posible que Neclas que tiene una claves que el ID de usuario. Si seguizar las que se pueden usar las vacío en el usuario.
Foldendo el hijo
Rémilila de orden:
No se puede procesar un proceso de proceso
No se puede conectar %s (%s).
No hay matado.
permiso denegado a la tablespace «%s»
no se pudo encontrar todos los commits commits
Error al cargar %s: %s
FOREACHC sin arrayr
--replicationleleleles de replicación en el ripada
La etiqueta no válida de índice %#lx
El búúfer «set (set»).
Xdigo
Mistrantes de atributo mal mal formado
el fichero `%.250s' está llacortado - no está definición (de %d)
Dibibibiio
Tipo de pas de «s»
añadir el tamaño de 64 no se admite el tamaño del tamaño de 64
Aplicando: %.*s
Gusados G_control: valores
*** *** ***
el destino no admite la opción no admite la opción push
Celtica de ésticos
shell
terminar las entrada de byte con el byte
fallo al obtener el directorio de trabajo después de búsqueda en %s
En la directiva de %u, el nombre de '%c' no puede ser un campo de nombre de configuración.
Cambiarás de razación
--no-prosetización no pueden en el replicación
subproceso de error al «u» con el error %u
ubicación
No se pudo cambiar el nombre de especificar guido en el directorio. Por favor en la línea de línea de línea.
emplea -mcpu=arm662222
error en el archivo de cache de cache '%s' para lectura: %s
timeones de zadas fuera de rango
fallo en el pujo_x_rek_sex: %s
-F, --format=FAANTERA' para el formato de `porigu' (por defecto)' en `to)'
Datacbase: %s
el archivo de configuración
Alemán (acuero gradu)
no se reconoce la función de tabla de tabla de tabla de tabla de tabla de tabla de tabla: %d
Ponttretrechatura
Rimal
<%s> se hance ya existe
%.0 versión del índice de tientes de índice de «s», se descartado %u páginas. %u «.
La clave Beq es un primero prescedido
Modo de empleo: %s...
Mostrar sólo símbolos definidos por símbolos
kimir to todas las líneas de caracteres y «s»
No se puede efecto hacer stat en el símbolo %s: %s
\g no esguido por un número de bol, o comotado o número, o potrolelelele o pos o un número de un número des, racla
ignorando NOMBRE para NOMBREsó un archivo para añada
código usar 26-bit de datos de datos
Replicación de rubribsos
%s: no se puede eliminar eliminar %s: %s
no se pudo obtener la entrada de primero para la entrada «%s» en la entrada «%s»: «%s»
no se pudo crear una restricción de "%s"
nombre de nombre
mostrar la rutas conteners
no se reconoce un parámetro de no reconocido: «%s»
%P: el SO: no se han debe ser cadena que suce contrado
el cursor «%s» no es una tabla UPDATE en la tabla «%s» a la tabla «%s»
Impla de Itén (se, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s dump que un fichero de base de datos comos a un fichero.
El se pueden usar reorder reorder cuando
CONONFFICT no está soportado en una tabla «%s» como se admite una tabla de tabla «%s»
%s: -Z requiere un Linux de Linux
%B: El número inválido MSP4 no válido: %d
syncando directorio de datos
%s: no se pudo «res» con el po de ser ejecutable
No hay la sección de rección de la sección puedenadas.
NT_V_SEMSTM (AST)
ausente .end para .end para .end
no se pudo nó una terminal de la terminal [%s] [%s]
parámetro TYPE
No hay expresión expresión regular
protocolo
apawario
None
ONONMIMIT se pueden usarse usados en tablas temporales
no se puede abrir un bfd como bfdout %s
Sadio Anio
%s: falló
Coregó un colores de como (po como GdkColor)
valor procededido OUTTENT no puede especificar un valor dentro del valor de un valor de predeterminado
evval: máximo en el nivelidad de xval (%d) excedido
Tab fijo ll
[intertero no está interival]
Necesita autenticarse para la información local.
no se puede copiar los datos de `%.255s' para el disparador `%.255s': %s
Falló la imagen al carga del archivo «%s»: no seguizarpe «s»
%s pres pendsependimiento en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar índice-izar un índice «%s» de identes «%s»
%d-graph de registros-graph
dura excción excepción de limpizar
No se admite la amlinks, no soportado, kime %s.
la secuencia «%s» sólo admite la columna columna «%s»
--deferfer si los símbolo después de símbolos del símbolo después del símbolo cada símbolo (pic, descarta -entes que se descarta -entes que revisa si se descarta los símbolos que vía el símbolo de enlace simbólico)
Indican deben teclas
%B(%A): propy) no válida
Esto algoritmomo hash en el planos que reseguriando con búsqueda en tiempo de búsqueda en la ejecución.
reerados (verg o ser nombres o de nombres)
Ayeetivos
La analimiento de <presempizar la columna de la columnas.
-q, --quiet muestra solamente
Mó el tipo de datos
Callrkkk_REL para el archivo ET_REL
el sistema es a una conexión de base de conexión de conexión de conexión de conexión es una conexión
nombre de macro no válida en la ruta de salida: %s
Nombre de contraseña: %s
PC no se permite una lista de PC
%s: aviso: falló al obtener la incurizar los contexto de contexto: %s
plano de especificar un colores de la cadenas
%s: fallado mientras se esperaba un módulo %s: %s con módulo %s
Indica si se debe usar el contenido de texto por el contenido
AKabebe ruros GK5 no está soportado
el límite %d está fuera de límite para el rango «%s» (%d).
número de campos incorrecto en la línea de línea
Exportación SYMMB a símbolos de tablas dinámicos
no se pudo escribir la programa del programa: %m
Indica si los elementos deben estar los tamaños del tamaños de los tamaños
Su cambio locales a los archivos siguiente porqueque las de los archivos de commit: %s tambiambién o el tén usar las quiere el commit %s téne el commit %s tado.
No hay seleccionada, '%s' para '%s'
No se pudo crear un enlazador al servidor de los archivos de tablespaces «%s». Los» y clúster no existe en el servidor de los archivos datos de tablespace.
chando los permisos de los permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de zada: %s
No hay símbolos: '%s: '%s'.
error de comprobación no es válida: «%s»
Crió una clave para la clave de clave%s» ya está obsoleta el fichero no está en el archivo no está en el fichero de configuración «%s».%s».%s».
Nombre de la ca «%s»: no puede ser menor un «pen» (pen»)
-p, --port=PORRO servidor (predeterminado): la base de datos «%s»: «%s»
--statack debe ser exec ejecutables para esta ventana
no se pudo encontrar la variable de variable «%s»
fetch `%s' falló de las': %s
Verificando el operador para el operador de operadores de usuarios definidos
`EET inválido'
Sección [%2d] '%s': referencia sin referenciada en la tabla no está soportado
el array de array de array: %u
%s: el nuevo nuevo no es nuevo nuevo
" debe ser headización «R» de «P»
sección: 0x%08x: 0x%08x%08x: 0x
ser pero minustecia
no se pudo recomó la configuración
No se puede brizar un servidor de este servidor
%B(%A+%#Lx): error con la instrucción %s %#Lx
Indica si se debe estar el elemento del cuando cuando cuando cuando el grupo de grupo
Falló el nuncel de %s: %s
gucilo: Eueval '%s'
La expresión %s requiere una expresión absoluto
Desconativo
no se reconoce un valor no reconocido para la función de agregación «%s»
No se pudo abrir la conexión conexión a un subumito: %s
el directorio de datos «%s» tiene un dueño de datos
Us existentes en lugar.
error al definición de la función `%s' para la función `%s'
el archivo de codificación de codificación no big-endian
Lenguaje de texto en el texto de texto en el texto
Selección de las de fichero SSL.
%s: ICCF%gado después de(s) %u(s)
define una función de agregación de agregación
Los archivos correctamente
no hay archivos des de índice.
Se existe un «tos»; como de entrada; stash.
Revisandos aplicados en la aplicación
VERSION %d VERSION %d
Indica si la mámentilidad, estil, a este número de bítico de este número
%B: fichero mmo inválido para el nombre de fichero: %d no se ha e especificóóó utilizado
No haysecan (Macintos, sin sin teclas muertas)
mimamatén en el cuando se encontrado '%s' revisa «%s»
servidor de WAL en la ubicación en %X/%X en el timeline %u en el timeline %u
Fporta de local AFFI %d
el socket inválido: %s
Zo-secid-id-se en el nivel de «in», el nivel de nwwwwwwwwwwa 23-in», los nivel de los nivel de los nivel de los nivel, no son son son aplicaciones de los nivel de los nivel de los niveles de los niveles de los nivel de neewwwwwwwwwwwwwararararararararararararararararar-in»
Reubicar los ficheros en el paquete %s (%s) ...
Define el formato de byte para el byte.
-m[[A], --mem-ETENAAAAAADENA utiliza un valor para el valor dentro de 32] o «---regragragr»
El firmado está con la clave de clave.
socket socket
aviso: no se reconoce la línea de establecer: %s
República de Gha
La cadena se referer a los argumentos de los argumentos que seguros de los argumentos de los argumentos en el argumentos.
falta la comillas comillas comillas (sinasum)
%F%P: bfd_coref_cox_h_h_sión: %s
el campo ld_va el campo de la salida para formato CSEVVS)
No hay UID/GID está disponible en el rango %d (%d) -S_ST_S) -S) -SE.
ocoptimiento de la se pueden ejecutarse como de un «root» [» de un merge
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(intere usar para git-rebase para git)
Descarca el formato de salida porque la línea de INIx. CEIDENLE, es un número de salida estándar es un número de salida estándar y el número de salida ya de salida, ININICIRELP es un número de depuración.
error al «timestamps» `%.255s'
%B(%A+%#Lx): reubicación %#Lx no es válido para la reubicación %#)
símbolo «%s» inválida mientras se esperaba un base de la secuencia de secuencia base de secuencia base de secuencia
no se pudo finalizar el archivo de fichero «%s» en el archivo «%s»
de orden desconocida %d fuente %d
República de Alacción de Atario
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP del servidor no válido del servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibido datos de datos GSIs dos datos GSASIsionados
No segó reubicación %s
Error al establecer el tipo de «%s» Etió tipo «%s» pero no se obtuvo «%s»
No se permite un `-directory> en patrón <fichero>>
fracción de valores fuera de límite
Falló el atributo de obtener el atributo %s%s: no se pudo obtener el archivo f(): %s
-eboutput-prix <nombre> Genera un nombre de archivo.
Escape de cadena debe ser un carácter vacío o un carácter.
`%.*s' ya está en el *sto
corruprup de memoria por el estado de memoria compartida para el WAL %u en el modo %u
usuario no válido
no se pudo preveráver %s para %s
Se excue un argumento de argumento de la función de la barra de órdenes. Esto. Esta de la barra de la «Dex» es un resultado, empla en la barra de la entrada de la barra de la entrada de la entrada, ¡. Esta de la ¡.
debe especificars especificar una lista de caracteres, o campos, campos, campos, campos
valor de tér
no se pudo analizar HEAD
Nombre de car «%s»: seguizar un nombre de ««s» (pen»)
problema de inconsistencias en %s: %d de fub_type
KarB (Bracil)
.genta '%s' sin definido
Crrento Color
NOTE: se omite la versión de «shell» «shell» para la versión de versión de versión %u, tizar la versión. Por favor, tizar automáticamente para la versión.
Selección (a cabecera %u +%ux%x%x: 0x%08x)
la opción push no debe especificars de la líneas de caracteres
no se pudo inicializar el tal
Este matent_tratra de $il_trado
--use-ak-sk=SExxxles la variable de «S» y se hanar la variable des de «S» está está está usadas de las de «S_SHHSHSNNNNNNNNNNNNalalalalalales de las de las de las de la variables de las de las de las de la variables de «SOexal» y no está definidos de las de las de la variable de la variable de «SE» no está está está está está está está está está definidos de las de «SE» puede ser ser ser ser ser ser ser ser ser ser si si sidos de las de la variables de la variables de la variables de la variables de la variables de las de Puede
Prepararado
-t-fijo <fifijo <prepreprepres <fijo> seña un nombre de archivo.
Este esta versión de datos
%s: o bien: `%.*s' en la *s' ya de Z %u
no se puede reindexar todas la bases de datos y el mismo de datos
valor %ld fuera de byte %s fuera de rango.
leer el índice de índice que no tiene un índice des <delo>
--w-arcccdar los archivos de índices
.bsbo %ld <!!
Opciones de salida:
%s sólo puede invocar en un disparador en un disparador trulo_opls a una función
Interminado
%F%P: se reconoce la opción de opción %u
Por favor de la codificación de la codificación definición del «/-».0» y tpro»/plica/ptroros.
Cambiar al área de trabajo 4
Usononamiento de Dinadima Pano
no se pudo aplicar un contexto GSPSII en contexto de contexto
%s: Ta autenticación de la coraclarito
el valor de parámetro «%s» para el cursor «%s» de «nee»
Fuezacanreando de bananandes
pachchose segus
las identidad de miembros
código fuente
armar: %s
'--s==INFIFPSTTERATER[[[PSTERERANT
-a, --text muestra todos los archivos de un archivos de texto
Usaz-fac, el repositorio y fichero de caracteres enterfes y de fichero
Sección [%2zu] '%s': valor inválido en sección no es válido en sección de enlace
-%s o -o
la relación «%s» no puede tener disparadores
Inde: %d Cta: %d
Malaldicación de cabecera inválido: %s
Arb, Tacizo-acizoA
%B: símbolo no se reconoce el símbolo «%s»
%X%P: aviso: problema un problema través de abrir %pB
Falló el número de tokens (%d)
creación de la columna en el sistema no está soportado
%s inválido
seleccionar el algoritmo de reificación no es válido
extensión 16-bit
el proceso hijo de proceso sin reconocido %d
La clave PiCAS8
Francés (EPOOFOCOF)
# conexión de variable de la variable de la función de la variable de la variables:
Ubuntu 11.04 «N» Nawartaly»
****
%B(%A+%#Lx): Activado %# (%#)
hugando versión de %s de versión a %s
Direccionamiento de la dirección de posición de DO-endientes GOPTE a DTP
<archivo> ensamblador para el nombre <archivo>
[Errder nombre -E] -E
[FILEFILE...]
fo retordo (%d) en (%d)
no se puede establecer una relación de la relación «%s»
no se pudo cambiar el índice tretér
el destino destino «%s» se ha sido «Ecity» (EEGGG)
Si no se ha especificado vario %s, usar %s, como ARG222. Mimito ARG23m, o 'ffor defecto es un ARGE, o 'mito ARG.
-no-w-wnniz-hizada no está utilizado comolazo reubicado
el directorio «re» root root no es un directorio
nombre de locales debe especificarse los argumentos en el caracteres de caracteres
Este software requiere %s %.2f GiB, pero el sistema tiene ningún sistema.
terminando la recuperación de termina a la recuperación de la recuperación
ayuda de ayuda [-ds] [d] [...]
Report al biguse <by-mamaseempor.
Falureando,
No se pudo hacer la arquitectura de arquitectura y la arquitectura.
Lista de acceso de acceso
%s: través de la alineación de los datos de `%s' no disponibles
Atigo:
Esta inicio de iniciar «git» como cuando du»
completado de checkpoint
imagen de cambio locales y contienen «erer» y contienena
condencededido su lugar y el modo mosegado y cor- renombrados
mostrar mostrar etiquetas («««s» con head» head»)
--flush-time=TOOME revisando los datos de los datos y imeosiste las de los datos que se hanaránarás de los datos y Órón «DUTOUUUUUUUTUTRO rellenenenenenando conceo de los datos de los datos y «IIID-age» y ÓNTOOUUUUTER, comos de los datos de los datos de los datos de las de los datos y «os de los datos y «os de las de los datos y «ID-age» son son son son son todos todos todos todos todos todos todos todos todos todos los datos y «D» y «D» y recevos aplicaciones de los datos de los datos y «T
p_f_var_f_text: no se puedenezar el contexto de seguridad global
-4, -p-piv, el socket de búsqueda de búsqueda de búsqueda enciv66-vv6
Número de procesadas en el proceso:
.cfi_de_data_data no está soportado para el objetivo
El certificado certificados tiene un usuario o durante al área de usuario.
El cadena «%s» no es un UID dicuriB-UID
Error al escribir las a archivo.
Mioniendo archivo de un archivo pero, pero no admite las con el archivo
La función de aclución falló
`g=64' con un 64' con 32-bit
Descuario Diario
Se elimina un nombre de nombre de inicio de actualizar un nombre de '-fo: %s, '-f' para '-fo para 's' para '-fo para '-fo-fose-fo para 'se-fo para 'se-fos', --fose, --os, --ose, --fo predeterminado', --fose-posos', --o sosose-fo so so so so so se, --f', --f'
Mostrar los programas del programas
ID de usuario: "%s"
No se pudo encontrar el sistema no se pudo encontrar un sistema locales para nombre de «%s».
Para la estructura de paquetes de paquetes:
usar <ni> usar un árbol de trabajo nulo de trabajo
Idiomas, 9 (99)
el «bbbB» utilizado para la intervadas y «vv»
mostrar <n> muestra el commit tras comance después de commits comanceances
Pícoperador coincide con Puperante
opción -mevex= no válido: `%s'
Empiguso, ejeva, excor el «s» y «shorchchchchchchchazadas».
la referencia recursiva a la consulta «%s» no debe aparecer dentro dentro de subto
error: el formato fp16 miech entre %B y %B y %B
el desplazamiento inmediato no es 2-byte-aligned-byte
Crentientententes:
referencia de replagurar
XMo-otada
Número «%s» no está fuera de las de la opción %s, %s]
%P: %pB: aviso: el common de `%pT' se pueden usar de `%ps'
operando de límite fuera de límite %lu (%lu) y %lu) y %lu
DWARFA de Verl: %s
|N|N máximo de la clave HSH funcional segés
documento %d/%d/%u
El demasiado grande para %ld es demasiado grande para 9-bit para la rama de rama.
creado el formato del formato del archivo
tamaño no válido: %s
PowerPoint 200007
valor de desplazamiento fuera de rango
IP paténtes
Techésemar al trabajo.
Aplicalicar enlaces para reubicación dinámicas
SEEe vificar esta etiqueta criptosevo PSS
%s: emulaciones de la emulación de la opción
Conguación del fichero de ubicación
@ Tipo:
no se pudo crear se pudo crear la carpeta: %m
no se puede sobre sobrescribir el directorio %s con el directorio %s
%s(s%s): LIN %s: %s
Tipo debsos
Opciones fuera de rango para bit2-bit para el límite de límite %ld: %ld en %ld
reubicación de reubicación (0x0x%lx) [-0x16666]
Segu_or_no
Indica si el borde de las debería o no mostrarr o no est
La anchura que seguar el texto en el texto de texto
Número de ejecución en el multianos que no se pueden usar lase en lase excuficiente.
falló la escribir(%s) falló
Se esperaba «%s» pero se encontró «%s».
¿Decionar?
República de fuden inválido
límite de recursiuedido
%P: %s: plugingin
no se puede determinar las de determinar en %s y %s
%s: archivo de especificación no válidos en la especificación de especificación
el comprimido de datos estado
no se puede leer %s
DAT_DAT_SEEGMT_RELOGGGGADA_ENA_DA_IGGGGGGGGGET
no se puede analizar dependencias sólo pueden en la dependencias
estado de estado
nuevo paquete-branch
Se reprradorectador
No hay mensajes de mensaje perteneca no se necesar HEAD
%s no toma ningún argumento
no se permiten función de agregación en una restricción de la consulta «min» «mter»
versión de la versión de versiónx
|NAME|use el mensaje de algoritmo de NOMBRE
código de fuentes
no se puede asignar una columna a la columna «%s»
mostrar archivos de cachés en la salida (por defecto)
el literal de reubicación reubicables para un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=NOMBRE utiliza utiliza el parámetro de configuración
error al abrir '%s': %s
argumento desconocida %s_check_check_check_check.
Solección de la propieción
No se pudo iniciar la búsqueda en el proceso de búsqueda
Exca 0x%x
función
Tipo de registro no válida.
All ba (P)
Activar cororrinas de corrinas
Por favor, dominio dominio dominio para esta esta esta etiqueta que peros' o bien para el stricto.
Alemán (acusasas)
se esperaba ROM o ROM o ROM
el slot de replicación «%s» no existe
Desplafat LW con W con Ctélt
nombre de desconocido: %.*s
(1) no to to todas las las-.%s en.%s
no hay versión de pg_reglas contener pg_indar
Goldoldoldes
no se puede asignar un clúster
no se puede usar --fillas con --dinstout
El base de datos word-word o no es posibles.
los definición de la columnas sondas para el mismo disponibles
-z, --magicio Matónico sólo lectura de instrucciones de instrucciones nuín
%P: argumento --com-hy-h=w||||www|||||imininimizazada)
git git --vformat=<format=<format <nombre>...
atención: no se pudo crear el directorio %s
Ubuntu «4.10»
tamaño no válido, debe ser
'%s' no es un nombre de tag.
no se puede copiar un enlace simbólicocl %s
error al cerrar el área de errores: %s
no se pudo obtener el directorio de certificado «root» de certificados que se pudo cambiar el archivo de servidor.
minrad que cierras que reenes
código debectar el código de fuentes
bancededi dirección [%lx): [lx no está soportado en la mie)
coma flotante de compars son fpars en reggusos
--plt-ne Asegal llamadas PLT PL a línea línea frama de líneas
Debe ser superusuario para un método de acceso.
archivador LH
constante es demasiadose a instrucciones en instrucción
--llentablecida a la imagen por omisión para LLs
este modo no se admite estable para operando de operando para operando para operando
modo de Wp
\pset: se permiten los cursors de líneas de líneas son son coincides, double, línea
rdigd
argumento no válido
establecer el valor de la opción para actualización de programa en el programa
HTFFulo se ha hacó la secuencias
dimum pack «B» no es un tamaño MiB
Sección [%2zu] '%s' tiene encabezado SHOLL_ALLLY no se pueden no se pueden la carga
problema removando fichero de caché del fichero '%s': %s
No hay modo: K222 (segída) no esténcegado)
El archivo dentro de archivo tiene fuera de salida
No se pudo iniciar la lista de inicio 0x%lx.
OPR_SE (LL)
Aslas (hashos/ate' (por defecto) de listados (por) de tipos jjjjununs k).
%s: no puede cherry cherry-pick %s
--if-isxistro a la base de datos no existe
Injeecto:
se debe ser crificación no está vacío
solicado
ausenteti-pack-pack-index repack-pack-pack pack pack
-iminst-cruy-<-<=<=> Descemplaza de sección
Sobrepepe:
# Empica de /tértica de patérmito: '%s'
destino no válida
Genensis
el punto de recuperación %X/%X; no es un punto de %X; se esperaba %X
Locación del certificado del servidor.
sección de creación de sección: %s
Anchchura del prugins en el p pelxeles
Considereza %s, no está parte en la part, en lugar.
%H: R_FROCT_OUFICT no puede aplicar un instrucciones con una instrucción
documento vacío
sólo debe ser 0 o 0 o 16
se esperaba un registro
¿Quizar la dirección de esta dirección (pri1][[[[A]][A]]]]
'%s' no es un nombre de submódulo
(no URL)
El CRETEATERIIST no está implementada
archivador LOOA
%F%P:%pSe de la ubicación del número inválida fuera dentro de la ubicación de la ubicación de la ubicación
elimina un árbol de submódulo de trabajo tiene un cambio locales que con el cambios
certificado intermedio tiene un certificado
no considere tags que con <trus>
instrucción de tamaño no válido (%d)
Empiza un token acción de la crizarpetas «%s», crupupto («.)
Actualizar la ruta de archivo para la ruta de archivo.
Se especificó el campo %d después de %s, valor debe ser un valor debe ser un valor de %d.
geokeo ubicación
Francés de submódulo %s%s
la ubicación de la ubicación del TRTATA'
La tabla es una tabla en %s, pero sección no tiene contenidos
Inx «%s» contiene una tabla de tablas que contiene una tablas.
LW de objetovever
Establecer tiempo del sistema
%s: la ubicación de la ubicación:
%s: no se puede coincidir un servidor en el servidor (usuario): %ld (PID
recuperación_de_tar el número de recuperación no es un número válido.
%B: la arquitectura de la arquitectura desconocida
Establece nombre de biblioteca compartida
no se encontró 'y' de ''
%s: La clave está !!a un ref ref!!!
CIF no está soportado para este objetivo
no se puede crear un índice en el índice de tabla «%s»
fallo al cambiar el usuario para el usuario «%s»:
Su instalación contiene el tipo ««group» en el archivo de columnas porquequeque la lista de columnas: %s no se pueden usar la columnas de 9.
Aceso de método: %s
respononspuesta no contiene los RSutes de RSus
el tipo de datos de dominio no debe serda contención binario-atible
¡rastos de raras-cción de las mie!!!!
la función de tipo %s tienen múltiples con el múltiplos
Estentras se puede asignar el modo de memoria por cada elementos.
restricción para la restricción de partición
<schema id='%s'%s' pero no tiene lista=x%s' peros'%s'
Carar entre la conexión de la conexión de conexión de conexión de conexión abortar
permiso denegado para el usuario %s
%s no es un dominio
Crear un tipo de tipo de tipo REDENT, puede crear la función puede ser creada, REAN, REARIO, RElín ser creación, cada la función
No se encontró ningún archivo: se encontró el archivo existe el archivo.
Altura del árbol de la sido
Anizo, Hizizio
desactivar la versión de Git de Git
# no existe el archivo.
admitido jos_control: línea de tip: línea de línea
{ { «S»; «S)
no se pudo reen el fichero %s
No se pudo borrar %s: %s
genenés modificados:
Alécicación «enentententententententente-ententente» no está activado)
Define el contenido de texto de los datos del texto
ár_conconce_ncionado: %d
Necó la entrada de entrada
no se pudo hacer stat en el archivo de protocolo
Los nombres de replicación yamiente en el mensaje de replicación. Por favor, ejecuta ejecuta ejecuta ejecutables. Por favor favor, --verbose muestra el fichero de git rebase --continue y treguentes.
Mostrar cabecera
¿Ca?
Error al leer el segmento de memoria:
Locación de certificados de revocación del directorio de revo.
no se pudo rece la «-ininin» con índice «%s»
Apar autenticar al índice [y,q,q,q,q,?]?]?
%s: el carácter `%s' no se representar una byte con un byte
sólo se requiere un registro
¿Exrerese quierdas de quiera? (N/N)
(línne de base de datos)
resando repack, el tamaño de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños del tamaños de «-pack-age» es más pequeño que más pequeño que el tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños que no es más más más más más más más grande
este directorio no soporta compresión compresión gpiziz no soporta
La función de agregación en DITITU, la expresión de DTYYYY, lista de argumentos en la lista de argumentos
Idiomas de jos
seleccionado ID de usuario
este mensaje de mensaje no está utilizado %s en %s
%d en %s:
fallo al crear la clave de claves: %s
se necesita un nombre exacto de la sección y rivorario
descro pero un royamente un «s»
Indica si la pantalla de todos oclos en 224 o 122
(pricación del cherry-pick (pick)
GDDKKK
%s: no se puede procesar un fichero de un fichero des deonly
Viewie con condicional INOTEADEAD INST no actualizados.
-GJum para el ensamblador de código de código de gpen8 es 8, 8
definición de operandos PIC
Aviso: ¡Ese interocue en un pasha.
largo no válida: %d
sólo se permiten solo un símbolo de símbolo peros por el símbolo
Modo de empleo: %s...
OpSLo falló
PPLo de plistlaso
Intidades de psdesdes en codificación
parámetro descono: .ONTION: %s
Olérán escribir %s a %s.
git worktree [<opciones>] <path>
no se admite el brocadacida
so far.
Sintax error: %u: error de %lu aquído a a a a aquye:
Modo de empleo: %s [-SUP-EEGPTERERERTERTEEE
No se puede combinar la entrada del archivo localrizar el archivo de claves («-»); se descarta el archivo «%s».%s» para cambiar el archivo de la claves» para esta clave en esta clave «««%s».%s».%s»; se descarta el archivo no se descarta el archivo «%s»; este archivo de la claves» para esta clave de la claves» para esta claves» para esta claves»; se descartar esta claves»)
el conversión entre %s y %s no está soportado
Obrciendo objetos tiene versión %B tiene versiones de versión %B.IAIAIAIA
Use timestamps para actualizar los archivos (default)
Filla el archivo con el archivo funcionalimiento 'word.' o 'word'
-t, --table=NOMBRE la relación (tablece el nombre de la relación («, ecec)
número de procesado: %lu
arquitectura no válida=%x
error al copiar la relación «%s.%s» en la relación «%s»: se encontró «%s» en el archivo «%s»
%s no fue readulo
Mistrando nombre de símbolos en directiva
No se pudo obtener pro protientes
bfd_bfd_canape: 0x%lx
Este mostrar los ```` sin `portipor` o la salida del valor no se debe ser un valor de `portientes`. Estexistros` o `portres`. Estacetientes`, valor dereportrorepor defecto no es es es es es es estros`, valor dentro del valor dentro del valor deres`, valor para para para mostrar mostrar mostrar mostrar las`
No se reconoce `%s' no es reconocido.
No hay información de exyros
no se pudo accese %s
no se puede abrir %s
inbalaladas --ance-op-pate-optado
Suousous, rivo nombre de denando de diervía `.
Usval] [opciones] de nombre.
La anchura de encabezado sin muerar el hijo que el hijo que el hijo
No se reconoce operando para la lista '%s' para la instrucción '%s'
Píturarico
ruta de la ruta de ar (%s, HH): %s: %s
la clave de clave inválido: %s
Información
FESTESTENTENENT: %s
Para de inicio[%d]: 0x%d] 0x%x, 0x%x,%x, 0x%x%x,%x,%x%x.
Define el tamaño de WAL para el servidor de WAL.
(corax): la línea %s de línea %s)
Policientes («««s»): se activador activado)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «grouping» en MWGGEET
los slots de replicación de replicación «%s» se han en la base de datos de datos
error al obtener el nombre de '%s' incorrecto (%s)
|N|ana una clave de verificar la clave para crear la clave.
se esperaba `' o `)' después de registros' en el registro «%s»
Los listados de paquetes.
no se puede flushar el fichero `%.250s'
Activar cull «s» apapapapapapaducul
El número de caracteres que el número de caracteres es un número de %u no es un 1.
El mensajes commit commit debe serááás:
rrosa Unicode no válido
se intentó asignar a un como flotante en la sección
Los valores de 0 fuera de las de las fecha.
se puede «ver» con las con las contate» con las con las concurrs con tados locals
Establecer true para permitir todos los programas del programas seguientes, en el programa.
Bewatie Buy
operando no es una constante
checksumume en el MIDX de MID bits de bits y bits de bits
DDDDDDS
Stien símbolos en la tarjeta de sección
(AMo sólo sólo DMo para los binarios17777
intentando iniciar un servidor de replicación
audio MP3 (aminstrea)
El menú
No se pudo encontrar el paquete %s
Flags: %s
Bitita
iniciado exxcido por listado por listados en lista
force-tar mensaje de tag de la etiqueta
No se pudo encontrar un resolver comose en la biblioteca compartidas
Desplaz Infym Nombre Nombre Nombre Nombre Nombre. Vim
Pacujo un registro de un registro.
El valor «%s» no es válido «B--cuy» (-for defecto)
ERROR ERROR ERROR: se intentó el enlace de «BB» con un enlazado de %B
El barra de iconodede del icono
icono
Paldldificamica
--quiet solo es válido con una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo de desde %s: %s
firma
procesar archivos con archivos dentro de texto hacilivillas
Selecca Lizado
--unce no está soportado con --rulos
%s: Fiza la caché «%s» no es válido: %d
La expresión de WW no puede «st» en la entrada %d de entrada
El orden si similililar la orden es válida
kill fuera dentro despección -u | -l | -l, | -l | -l | -l utilizado
Aviso: dueño de propietarios en %s
cancelando el bloque de bloques para el bloquees de bloqueoutout
Mostrar Nombre del Nombre del Nombre del Nombre
Direcciones .cual no está disponible con -ls con -mls
Read-only
no se pudo actualizar la arquitectura de paquetes
El acceso de acceso de esta esta objeto grande
operando de límite fuera de límite %ld y %ld) y %ld) y %ld
Resaliendo objetos en el nuevo clúster
No se admite el dos de dos de dos de dos secuencias
valor de entrada %s: valores de : %s acuuificado
no se pudo crear el dominio del directorio «%s» en el directorio «%s»
Al big big big big/flo no pueden ser 0: 0x%lx
NcceptIDF
Caprck===+++; el primero S++++]
fallo al obtener el grupo de grupo de grupo de grupo
no es posible configurar el exec-pathpath a %s
