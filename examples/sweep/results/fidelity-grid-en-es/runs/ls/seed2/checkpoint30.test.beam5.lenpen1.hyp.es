Si segur el botón del botón del botones en el pose
Indo-Esegros
no se pudo crear archivo '%s'
El dominio a un dominio a dominio, o dominio NULLLL
%s no puede aplicar a una función
ignorado
problema a '%s' a '%s': %s
-n, --quiet] --prespilentes, --presasible papatientes
no se puede usar la expresión configó en la expresión
Disasebles «sisiss»
El archivo se ha modificado un archivo de modificado
(uncuechatura)
Exciones de eventos
tipo inesperado `%d' en el tipo de `%d'
Error al descargado %s: %s
plantil al proceso proceso
firma datos de «Ae» con KA
%B: %#Lx: aviso: se in sección inesperado
no se puede crear el fichero %s
Emplas
Error al abrir el tipo %s de tipo %s: %s
push «%s» para la push «%s» no es '%s'
Mon-K-rizash
base %s
No se puede Dano
clase no válida
Por favor que seleccionado de las de claves de claves:
--trando rama como nombre de rama
Establecer el número de cuando en el nuevo clúster
USRANGO, República de So reviociación de Sos
Indica si se deben «ras» en las word, word o bizados en las
Casconcker por por por por Sificquierdas (facción)
La secuencia de la secuencia de datos para el servidor Xllen
Cdrom con Ubuntu 9.10 «Karmin»
Tabiano
las opciones -C1-create no pueden utiliza las1-as opciones de juntas
Mover un directorio o un directorio, a un directorio o link
Numonesabivíx
Danama de cuando se puedeeone
El número de registros después de la pantalla después de la pantalla.
Viezados
Las aplicación de los formatos de iminito de multie una vez de multados de multados de multados de multal, --print-print-print, micaca el mismo binario -izados de multizados de multal, --help Muestra las comos comos de multal, --tartartartartartartartarios de nizados de multizados de multal una h h h h hor defecto, --help Muestra los mismo binario binario @ @ @ @ @ @ @ @ @ -izados, --help M M M M M Mizados en el formato formato formato formato formato formato corto -izados de multal una vez de los mismo binario -
el archivo comprimido, pero hacer que pero no soporta compresión de este compresión
Crol y pentes y pidginsados
línea inválida %s
el W push no todas todas las URLs push)
Timee O Le:
salida de ENC en ENCDO IN
Sección [%2d] '%s': algoritmo de dispersión para símbolo %zu «zu»
Se permite el valor 'cape' por el valor «s» en un valor de caracteres
destino destino
Xforortien
core y se deben en modo de 32es de 32 bit.
el pull «path»: se permiten usar opl
Atos des de trabajo.
Francés (Suizo, sin teclas muertas)
local
Sección [%2d] '%s': AL_GBFSOF
operandos no puede ser «fer» en el tipo
iniciar el inicio: pg_ptaptado
no se pudo encontrar el primer EMMMMMT
Fal inválido: --at=SH=S con --acatistimist=HS
segmento de ruta de la ruta del archivo
no se puede iniciar %s
No se ha podido la carpetas porpepepes en el URI «%s»
Modo de empleo: %s [opciones] [(s)](s]
la opción '-%c' requiere un argumento
No se reconoce el INT_FIGLTF
No se permite una definición múltiplo datos externo cons en el fichero duye
la opción --no-conflict-s en la opción --no-setue --sos, --sace --sace --sión o --chacet-int-cet-sist-stecetruplas
clave %s: "%s" %d firmado
mala versión del índice %d
Se especificó ningún protocolo
Francés (alal)
Raciza de ventanas de ventana desliza una ventana
-a, --allida todas las bases de datos
índice de índice: %ld>
Putar el valor «in» para el método de «se». Muestra la cacionacional» de «from» estro» de «from»).
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malaldicación de la cabecera:
--no-ifi-modifica no en modo de modincuenes de modifizado
Estilo de elementos en el elemento pololos
no se pudo actualizar las funciones de '%s'.
-mama=<<nombre> C833338 de tipo 888: tipos de 8, tipo 388, tipos de 888, tipos des des des de 8888888, tipos de 88888, tipo 888, tipos de tipo de tipo de tipos de 888, pero 888888, tipos des de 88888, pero 8888, pero 88888888888888, pero se frerererererererererererererererererererererererererererererererereremomomomomomomomomomomomo h h h h h h h h h h h
<labe>
Se esperaba un argumento de PRRRORa
Tipo %s no implemente_tos de genenene() en el GIf
fallo al analizar %s
Maxt
instrucción no admite esta esta dirección
aborta la transacción actual
kipedidos de claves: %lu
no se admite la checks '%s'
El número de registro a un widget a un widget
kskikización (LSN de %X) debe ser LSN o LSN de %X/%X
el argumento %s no es un directorio
tipo de checkpoint: «%s» no reconocido
El respuesta OCSP no válida
Cdrom con Ubuntu «ar».10 Wtal» Wtregnetar»
Marcando como %s
decrimsiniminito cero
El inmediato está fuera de rango a 65555
-f/--all=tablecilix no puede utilizados con -ar
Macindtos de corrulas-codes
%s requiere un valor
Lista de XKB
se ha escribir el registros para el registro
%B: número de reubicación no válido: %d
Inckuk2
-X, --exclude-dirdirector=SIDA de las lista de listos
tipo: %s
La locales de %s a %s
clave %s %s utilizando %s (%s) de los hash (%zues de hash
abortido por el punto de verificado
instrucción requiere el índice
debe ser bip-check-check para reapar un directorios
no se pudo hacer tablespace para %u
--stace tamaño <size> en el tamaño de la pila
r2 no se debe ser utilizado en el modo de índice
atención: %s
husando OCCSP
valor de campos/dora de rango: «%s»
define un nuevo conjunto de nuevoia
no se admite la sección en %d: %s
Incresex_prespar_resetados (-sececha %d).
Interteral: errores de errores de opcional «%s» en la «%s»
Da transferar al transferado de transferado.
Benderrcens
documento de AWs
sección 0 en la sección de grupo [%u]
refd_h_h_all
%s: dimenescen versiones de hitenación para el registro de hilo %s: %s
Verado: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
clase de operadores «%s» no contiene un tipo de datos %s
Path no debe contener dos comos con unla (s/h/h/to)
Error del GDdet
- -, --help=help=help=help] mostrar mostrar ayuda de ayuda
Vertica de lastica
Símbolos de una instrucción
no se puede eliminar los «evivisdesdes»
la función «%s» debe ser ejecutada
Se esperaba una instrucción
no se pudo analizar un lista de secreto «%s»
valor de opción valid para '%s':
Columne respuesta para reclllskls
el huge no está soportado en este procesador
Munund como como una volume un volume
No se hacir los símbolos en la tarjeta de la tarjeta
Define el número máximo de la multééás en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOROROGORORORORRRRIO: %s...
delimit_eacar
el archivo «%s» contiene una cadena que no son creada NUL %s, en %s
cliente un client reubicaciones SLLA no válido
caracteres inválido
Establece la PROARRM a un enlaces de enlaces
@%s no es un reubicación.
Generandos mensajes de mensajes
%s: La contraseña
(p-secasasagit --continue)
reee no está requerido
CIOIOIO comprimido (comprimido)
las funciones de agregación no pueden máss de argumento tal %d
el parámetro %s es un parámetro
Falló un rebido a través de la sección .pendido; .bido
Direcdo:
Actualizar (P)
Des cambios para el repositorio
<unund>
--entry <entry escenpepepe de DLL
cambia la definición de búsqueda en texto
no se puede efectuar el %.250s en %.250s
error de sintaxis sin elemento «%s» inesperado
Aplica las cambia seguiza porguido por al al commits
Los valores son entre «%s» y «%s».
no se encontrós de entrada
El tamaño de objetos
Tamaño de los nivelos de 5n5s
ATENCIÓN: la clave «s» no es una vez con firma!
nuevo nuevo pg_control y el tamaño máximo de la relación o no coincidentes o no coincidentes
%s: no se pudo encontrar sección %s
no se pudo escribir '%s'
El nombre del icono para el icono seguado en el icono del elemento
Los usuario «%s» no existe
no se puede cambiar el tipo de tipo de datos por omisión
Tempo de recar el Fallo de '%s'
Cóloca la ruta del primero escuer el conflictado
Define entre los segmentos de la orden y segmentos de segmentos y segmento
la relación «%s» ya existe en la relación «%s»
El nombres -l y didedededede no es un nombre de fichero. El fichero locales.
set-rese no se permiten función en expresiones de trannns y no se permitennnnnnnn
Kurdio (S)
activar activado
Establece el tamaño de tablas por el tamaño de hash
Sis desecue para el quiere el directorio, elimina el directorio «%s» en el directorio «%s».
|ucit-sisturo|-s|-culs
fin de fuente: %u)
ATENCIÓN: permiso de los permisos de los directorios en el ficheros de configuración '%s'
Quiten un paquete de paquetes
-m[no-]%s1-7E/D/ no esable %s
Cat
Selecionar la acceso y la función de acceso y la FICHERO
mensajes de calogo tiene los plulución del C#' pero el formato .#' pero el formato del C#
Ezio
%s: fin del fichero de entrada inesperado inesperado
contador de registros no puede ser HT en FICICTIITIID ...
\pset: no se permites línea de columnas son válidos, líneas, doublees
No hay ningún elemento de software para este software.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos): «%s»
no se admite el contexto de una línea de un contexto del contexto de contexto de contexto
%B: reubicación psettivo intivos símbolos símbolos %s dinámica dinámica dinámica dinámica dinámica %s
dirección no válida
El firma firma probo un FORGER.
no existe la codificación «%s» para la codificación «%s»
Misisndo comp después de brupup de buper.
%s MiB y el memoria de memoria. El marco %s está en %s.
|UVE|UL|UFusen como una clave
cancelado por el usuario
Krulos
word es demasiado grande para el índice
República de Nhorigigiger
Exectando el primer argumento
el nombre simbólico con valor valores con el valor de «siss»...
-RRO una contraseña de PostgreSQL a servidor
Alemán (Bonesosevos en la entrada)
puntero de registro Z
directiva .end sin un precentido
Runas en pg_btados o pg_pg_backup.
Carwar: Ta no se admite o bien: %#x
%s explícionidades de nombres son muidades
skipando esta instrucciónes en esta instrucción
símbolo%d
-2 crea el fichero de 32 bit bit de 32 bit bit bit de objeto bit
OPR_RIO (seguico) o inlución)
modo (%s) el modo %s no coincide %s (%s) en el modo de %s
nombre de elo, nombre: %.*s
[ARGSSS...]
no hay segmento .necamin la sección dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
compresión desconocida '%s'
compendar <mita> en un árbol de trabajo de trabajo (par)
no se pueden especificars conse ONONFIC o la tablas tablas que se pueden aparecer con la tabla tiene tabla tiene tablas o tablas o de tablas cons que se pueden aparecer la tablas que se pueden usars o la tablas o de tablas o la tablas cons cons cons cons cons cons cons cons cons o las o n ser ser ONONONONONONONONONES
[Fujo de pila
no hay argumentos para el cursor «%s»
Desconcante %s en %s
la columna «%s» que la columna «%s» valores
proced_regla
%X%P: falló hash_hash_hash_uplo: %E
INPTUP de entradas ...
no pueden «nns» en el grupos
%B: usar las desconcon_#_#) para las #lx
debe especificarse la ruta(s) para restaurada(s)
%X%P: no se pudo iniciar la sección %s
(se clave %s)
Ejuncción en la crupo.
--%s vistas en el argumentos de cos («ber») y cada directorios).
Esta orden está en el modo %s.
no se puede abrir el fichero temporal %s
El modo se pudo encontrar un modo en las
conectar a la base de datos «%s»
-h, --hume muestra la salida de salida
se esperaba un mensaje inesperado word con longitud word
No se encontró una instrucción
Runas en el modo no seguer en el modo. Marguido. Mará actualizados.
la opción SPUUC: --apurimámás de la toda como de comos
Mecer de Milos
.DEFAULT_OGO contiene más más más pequeño que el objetivo
Manacha
Francés (Dacción)
El valor escapes de códigos no puede ser un valor cuando el valor cuando se pueden usar la codificación cuando el valor cuando se pueden usar la codificación.
%s: falta el fichero.out de hisabetos.
iniciando el flujo de flujo de WAL en %X (X)
No se encontró ningún XMPM
se esperaba un 64-MDDD de como de coma flotante o incisiónión
Tipo de Vir TA Prizios MSArizantro de ficheros MS
codificación de codificación desconocido
documento de entrada MMMMM
El pdueño para el GDEND
Esto de versión puede analidades pueden usars de PostgreSQL %s.
Quitidad:
no se pudo generar un código de «din» para el buye»
free: los tamaños de inicio y el tamaños de diferentes
Muestra las comillas
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket socket: %s
setsecono (con)
SH_W_AL_ALLLY_ULEE no estilo de la consulta con la consulta en lugar)
Este tags que contiene un nombre de los argumentos. OSInulos, as, as, y tados.
no se puede usar la instrucción con esta instrucción
el árbol de %s no puede ser so: %s
%s: no se puede abrir el índice de índice
instrucción «%s» no puede ser ejecutado en lalo.
establece la ramificación por la rama atención de la ramificación a macizar
Se acuto pack en el repositorio para las optiza.
Desciendo GFIF tiene tamaño cero
Tamaño máximo para el fichero de base de datos %s
%s no existe
-SCRE5 para código de destino para el objetivo SOUCIRE
%B: no se utilizar el tamaño de memoria en el tamaño de memoria %#Lx
Tección de la clave: %s
crear la firmas
Necesita autenticarse para la imagen de locales.
Teceión YMB YMB
Priunndo archivo '%s'.
Por favor el número de componente de la componente al final: elimina el component
Suando no tiene comillas.
República de Gol
No hay «ege» (Sun7)
definición de mensaje duplicado
Bros de paquetes
STC_NPOP (PSO + + + + NULL)
Replicación Send/s Esprs/s
Mununtar comos de capas)
no se puede tener más de %d de columnas en %d
formato de formato inválido
el directorio tiene un permiso de control de datos %u (0m>555777)
El número máximo para el elemento de retornoguido por aje()
%s Exx:
ignorar ref refs que <s>
rininios y Togo
rango
el inmediato-bit fuera de límite
-f, --fifijose=SIAD solo la opción -T; las líneas que no contiene los campos de caracteres de todas
no se pueden «r»
Opciones:
Gsistrechos kl
from_itemite
stat procuido con el nombre (no)
la lista de columnas como una lista de columnas no es una función de tipo
error_objeto_fer_fer para las %s para %s
valor de claves de claves no soportadas «%s»
Activar
opciones de salida y tusión:
tables
Resaves privados (end)
reubicación tiene %zu equivocada %zu
splitIndexxx. Segue entre valor de '%s'
respuesta de respuesta (segénc)
bug: tokensa expaueantes
debe ser dueño de búsqueda en texto %s
%s no está soportado en modo MIPS1
Error: el largo de la cadena no válido.
Anigutos y ario
sólo se admite un elemento de «Se» para «%s»
-n, --sist-resechos de nombres (PID, PID, PID, PID, perot, --printes -no-s, --print-PID
imagen de ME
no se pudo encontrar el ID %d en el ID de fichero des para el archivo no se pueden encontrar un archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada desegurizar %d
documento de Pucetti1
Se esperaba el fichero de meto %s: %s
No se pudo desecar el archivo %s
recibido datos para el archivo «%s», datos «%s» para «%s»
no se pudo abrir el certificado «%s»: %s
%s falló falló: código de error %d
%s: valor de campos «%s» no debe ser mayor que %d
Paausiio Rusia
firma de firmas de paquetes"
traser(s) aña(s)
No hay candidatidades para tés que tmags que ténados que segute las.
se recibió un datos de datos GSPSIÓr datos GSIA
Sistetivo
No hayñalizando un ref-default no tiene actualizar las de configuración de manual.
Impal
el árbol de trabajo copia de trabajo '%s' en las de trabajo «Fegsex» para las de trabajo «F»
«%s» no puede ser «er»
Dirección no encontrado
verifica no puede stdin/]
-E, --llenadue la base de base de datos para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-line] [AAAA] [ADA] (líneas)
Necesita autenticarse para cargar el árbol de cargar.
el array mod debe ser un array
No existe el dispositivo
Ksids
parallel no se admite la entrada cuando no está soportado
Crácita en las como se deberían como una cadena que como como se pueden en lase en lase encuizario.
La función debe ser un símbolo o símbolo o símbolos.
Ubuntu 0.0444.
Fichero de versión no se esperaba un «%d».
Indica si se deben estar el widget en el widget
Cararla de CG
Euen en 4
el largo .MM fuera del rango (%lu) se descarta
CTL_STY (DL) en la ubicación de la ubicación)
No hay el dominio del socket de ruta «%s» (dominio es demasiado grande %d bytes)
la función %s tiene columna %d pers pero %d
Mostrar los botones para los botones de los botones en las de los botones de los finales
Si es posibles que Neclas que tiene una claves que el ID de usuario.
Foldar el hijo
Rémilila de orden:
No se puede procesar un proceso de proceso
No se puede conectar %s (%s).
No existente.
permiso denegado a tablespaces «%s»
no se pudo encontrar todos los commits commits
Error al cargar %s: %s
FOREACHC sin array
--replication --replicationleles de ripros
La etiqueta no válida %#lx
El búúfer «set» («ar»).
Xnigo
Misiendo o de atributo mal mal formado
el fichero `%.250s' está lladena el carácter -d)
Dibibiio
Tipo de pas de «s»
agregar el tamaño del 64 de la dirección de 64 no se admite el tamaño de 64
Aplicando: %s
Gusados: valores pg_control
*** *** ***
el destino no soporta pushs no soporta push
Celtica de rís
shell
terminandos de entrada con NUL
fallo al obtener el directorio de trabajo después de búsqueda en %s
En la instrucción número %u, el nombre de '%c' no puede ser un campo.
Caráfaclas
--no-replication-pros no se pueden en el replicación
error NOMBRE con el hijo con el error de error %u
ubicación
No se pudo cambiar el directorio de especificar guido en la línea. Por favor en el directorio de línea de línea.
emplea -mcpu=arm6222
error en la caché de cache '%s' para lectura: %s
tiempo de zoseone de rango
falló al nada_xck_resex: %s
-F, --format=FATERA' para el formato de `C' (por defecto)' para `Cux)'
Dacbase: %s
el archivo
Alemán (acuero gradu)
no se reconoce la función de tabla de tabla de tabla de tabla de tabla de tabla de tabla: %d
Ponttretrechatura
Rimal
<%s> se hance ya está definidos
%.0f0s registros des de versión no se han «s».
Bep cuando es una clave
Modo de empleo: %s...
Mostrar sólo símbolos por símbolos
kimir to todas las línea de caracteres y «s»
No se puede efectuar al símbolo «%s»: %s
\g no es posible contenido por un número de racedido o pos, o posososezado
ignorando NOMBRE para NOMBREse un archivo para añada
código usa un programa de 6-bit
Replicación de rubribsis
%s: no se pudo eliminar %s
no se pudo obtener la entrada para la entrada «%s» para la entrada «%s»: «%s»
no se pudo crear la restricción de "%s"
nombre de nombre
mostrar la rutas conteners
no se reconoce la incción de parámetros: «%s»
%P: el SO: no se debe ser la cadena NOMBRE; el repke
el cursor «%s» no es una tabla RESMSRE en la tabla «%s» a la tabla «%s»
Ista (seguse, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s dump que una base de datos comos a un fichero.
Viez no se pueden usar cuando
CONONFFICT no está soportado en una tabla «%s» como se admite una tabla de tabla de tabla «%s»
%s: -: Tu requiere Linux Linux
%B: número inválido MSP4 no válido: %d
sync al directorio de datos
%s: no se pudo «s» con el po de ser ejecutable
No hay laspuesta de sección dección.
NT_V_SEMMTM (AST)
ausente .end para .end para .end
no se mun en el mapa de la terminal [%s] [%s]
icono
No hay expresión inválido
protocolo
apagado
None
ON ONMIT se pueden usarse COM temporales por tablas
no se puede abrir una bfd bfd bfdout %s
Sadio Asa
%s: falló
El colores de como un color (po comoc)
valor procededido OTEET no puede especificar un valor dentro del valor de predeterminado
eval: máximo exvaliendo máxima de (%d) excededido
Tabo ll
[interis no está interizada en las]
Necesita autenticarse para local.
no se puede copiar los datos de `%.255s' para el servidor %s': %s
Error al cargar el archivo «%s»: no «ononons»
presend «%s» en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar índice-izar un índice «%s» de identes «%s»
%d-graph de registros
dura excción excepción de «x»
Símlinks, no está soportado, kipsime %s.
la secuencia «%s» sólo admite la columna columna «%s»
--deferfer después de símbolo después del fichero cada archivo cada archivo (picado)
Indican
%B(%A) no válida
Este algoritmo hash en plano al nue con las expresiones de búsqueda externos.
reaserve o mostrar nombres («an»)
Ayeetivos
Las estado de <nombre demasiados columnas.
-q, --quiet
Mó el tipo de tipo
Callido para el archivo ET_REL
el sistema es a una conexión de base de conexión de conexión de conexión es una conexión
nombre de macro no válida en la biblioteca dinámica: %s
Nombre de contraseña: %s
PC no se permite una lista de registros
%s: aviso: falló al obtener las de contexto del contexto de %u: %s
Operandos de la cadenas comos
%s: fallado mientras se enlazar el módulo %s: %s con módulo %s
Indica si se debe ser un contenido de texto por el contenido
AKabe ruro un 5 no está soportado
el límite %d está fuera de rango «%s» (%d).
número de campos incorrecto en la línea de línea
Exportación SYMMB a una tabla dinámicas
no se pudo escribir la programa: %m
Indica si se deben estar los tamaños deben los tamaños de los tamaños
Su cambio locales a los archivos siguientes segén usarse el archivo de commit: %s «Pr» en el tr».
No hay seleccionada, '%s' para '%s'
No se pudo crear un enlazador al servidor de los archivos de tablespaces' porque el clúster de los archivos de tablespace.
ambiando los permisos de los permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera zada: %s
No hay símbolos: «%s».
comportación de comprobación no válido: «%s»
Oriver la clave para la claves%s" en lugar ya existe en el archivo «%s».
Nombre de la ca «%s»: no puede ser al «en» (pen»)
-p, --port=POPRO servidor de base de datos (OT): «%s»
--stace requiere un objeto «exec» para esta pila
no se pudo encontrar la variable de variable «%s»
fetch `%s' falló de las': %s
Revisa para el operador de operadores de operadores de operadores
`EET inválido'
Sección [%2d] '%s': referencia no está soportado en la tabla no está soportado
el array de array: %u
%s: el nuevo no es nuevo nuevo
"" debe ser headización «R» de «P»
sección: 0x%08x%08x: 0x%08x%08x
ser pero misteus
no se pudo recomitó la configuración
No se puede brizar un servidor de este dominio
%B(%A+%#Lx): error sin enlazador %s %#x
Indica si se debe estar el elemento del cuando cuando cuando cuando el grupo
Falló el nexel de %s: %s
gucilo: a '%s'
La expresión %s requiere una expresión
Desconativo
valor des no reconocido para la función de agregación «%s»
No se pudo abrir la conexión a un subumito: %s
el directorio de datos «%s» tiene un dueño de datos
Us existentes en lugar.
error al definición `%s' para la función `%s'
el archivo de codificación de codificación no big-endian
Lenguaje de texto en el texto por el texto
Selección de las de fichero SSL.
%s: ICCF%gado después de(gado(s) %s
define una función de agregación
Selección de ficheros
no hay índices de paquetes.
Se existe un stash; en la entrada de stash.
Revisandos en la aplicación
VERSION %d
Indica si la mámen es un búútil, a este número de bíticosticosticosticos
%B: fichero mmo inválido para el nombre de fichero: %d no se especificó utilizado
No haysecan (Macastos, sin teclas muertas)
mismatén en cuando se encontró «%s» cuando se encontró '%s'
servidor de servidor de WAL en la ubicación en %X/%X en el timeline %u
Fporta local AFI %d
el socket inválido: %s
Z-po-id-id-se y el nivel de 23
Reubicar archivos en el paquete %s (%s) ...
Establece la salida de formato para byte.
-m[[, --m]m--EAADENA utiliza un valor de 32-DENA o cada fichero «s» para el valor `--C]
La clave está firmado con clave.
socket
aviso: la línea de «op» no es reconocido: %s
República de Gha
La cadena se referer a los argumentos de los argumentos de los argumentos de los argumentos de los argumentos.
falta las comillas comillas (asum)
%F%P: falló bfd_cox_h_h_h_sión: %s
cv_vacfijo la salida «SepSe para formato de salida (pSEx)
No se ha UID/GID en el rango %d UIDS_UID (UID.SSTMD)
ocoptés no puede ejecutarse como de un «root» de un merge
leyendo '%s'
no se pudo renombrar %s a %s
(interes usar para git-rebase para git
Descarca el valor de salida porqueque la línea de INIx. Esto es un número de salida, INICIx.
error al «timestamps» `%.255s'
%B(%A+%#Lx): reubicación %#Lx no es válido para la reubicación %#)
símbolo «%s» inválida en la secuencia de secuencia base de secuencia base de secuencia base base de secuencia
no se pudo finalizar el archivo de fichero «%s»
de orden desconocida %d fuente %d
República de Alacción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP del servidor inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibido datos de datos GSIs dos datos GSASAP
No segó reubicación %s
Error al establecer el tipo «%s» Etiera «%s» pero no se pudo «%s»
No se permite un prod-directory> en un patrón <fichero>
valor fracción es fuera de rango
Error al obtener los atributos de las de los archivo %s%s:%s
-eboutput-prix <nombre> Genera un archivo.
Escape de cadena no debe ser un carácter.
`%.*s' ya está en el «tos»
corruprup-pada en el estado de memoria compartida para el WAL %u
usuario no válido
falló al dueño del dueño de %s para %s
Excar un argumento de la orden de argumento de la contraseña. Muestra las en la «Dex» y Jexitamiento de la línea.
se debe especificars especificar una lista de caracteres, o campos, o campos, campos
datos tér
no se pudo analizar HEAD
Nombre de la ca «%s»: seguizarpetas (««-»)
problema de inconsistencias en %s: %d
KarB (Bracil)
.gta '%s'
Crrento Color
NOTE: se omite la versión pueden «shell» vuelver la versión de versión a %uye la versión de versión.
Ser la cabecera %s (a 0x%u%08x%x%x: 0x%08x)
la opción push no debe especificars de la líneas de caracteres
no se pudo inicializar
Sobree en $il_trado
--use-ak-sk=SExxx%s para la variables des des des des des des se han usar la variables de «Sexexales des de «SHSNNNNNNNNNNNNNNalalalalalalalalal» no se hanex».
Preparar
-t-prefix> <fijo <preprepretilo <fijo> en <fijo un nombre de archivo.
Este la versión de datos
%s: o bien: `%.*s'
no se puede reindexar todas la bases de datos y el mismo de datos
valor de byte %ld fuera de byte del rango.
leer índice de índice des en el índice/ubicarlo>
--war-ccrdación CDX de índices
.bsbo tamaño %ld
Opciones de salida:
%s sólo puede invocar en un disparador en un disparador trulo_opls
Interminado
%F%P: se reconoce la opción de opción %s
Por favor de la codificación de la codificación de la barra-ros.06633/.
Cambiar al área de trabajo 4
Esonacizioio comamiento Disintero
no se pudo aplicar un contexto GSPSII en contexto de contexto de contexto
%s: Ta autenticación de la Fuema
el valor de parámetro «%s» para el cursor «%s»
Fuerasecano de bínas
Anchacueze
las identidad de la extensión
código fuente
armar: %s
'--s==INFIFSTTTTERAATERS: argumento
-a, --text muestra todos los ficheros de un archivos de texto
Usaz-faces de repositorio y archivos enterf
Sección [%2zu] '%s': valor inválida en sección de enlace no es válido
-%s o -o
la relación «%s» no puede tener disparadores
Inde: %d Cta: %d
Malaldicación de cabecera inválido: %s
Arb, Tacizo-cizoA
%B: no se reconoce el símbolo «%s»
%X%P: no se pudo abrir un problema %s
Falló el número de tokens (%d)
creación de la columnas en el sistema no es soportado
%s inválido
seleccionar el algoritmo de reificación no es válido
extensión 16-bit
proceso de proceso inválido con estado %d
PadiCCAS8
Francés (EPOFOF)
# conexión de variable de la variable de la variable de configuras:
Ubuntu 4.004 «N» Nawar»
****
%B(%A+%#Lx): Activado seg inesperado en la instrucción SOGT_#)
hugando versión de %s a %s
Direccionamiento de la dirección de posición de DO-endientes GOTPE a DTP
<archarchivo> ensambla para el nombre <archivo>
[Erden -rd -E]
[FILEFILE [...]
fla envido (%d)
no se puede establecer una relación de la relación «%s»
no se pudo cambiar el índice tretér
el destino destino «%s» se admite la relación tener pulos de la tablas (INGEG)
Si no se ha especificado vario %s, utilizando %s, como ARG22.
-no-w-wnniz-hizada no está utilizado a trangún reubicado
el «ree» root root no es un directorio
nombre de locales por el nombre de las aplicaciones de locales
Este software requiere %s GfB, pero hacer el mismo del sistema, pero el sistema.
terminando la recuperación de termina a la recuperación
ayuda desconocida [-ds] [d] [...]
Resport al juse <buy-masee.
Falulureando,
No se pudo definir la arquitectura y la arquitectura del paquete.
Lista de acceso de acceso
%s: través de la alineación del datos de `%s' no disponibles
At:
Esta inicio de iniciar «git» tener cuando
complericado de checkpoint
imagen de cambio locales y en la imagen y rea
condencedido en un modo mosexiones de  renombrados y el modo de cambios
mostrar o solo tags («heads» con heads heads)
--flush-time=TOME y establecer las de los datos y cuando se hanuerte lasión de los datos y predeterminado
p_f_var_f_text: no se pueden crear el contexto de seguridad
-4, -p-v-v, el socket de búsqueda de búsqueda de búsqueda enciv66-s
Número de :
.cfi_de_data_data no está soportado para el objetivo
La certificado certificados almacenados o durante un usuario.
El cadena «%s» no es un UIDB-UID de un UIDBB
Error al escribir las a archivo.
Malibsa un archivo des, pero cambiar el archivo
La función de aclución falló
`g=64' con un 32-bit
DKuecla de Dar
Para un nombre de nombre de nombre de inicio de 'e-s' para '-fo: %s, --o s
Mostrar los programas de programas
ID de usuario: "%s"
No se pudo encontrar un sistema locales no se pudo para ningún nombre local.
Todas las estructura de la estructura de las:
usar <ni> usar un árbol de trabajo nulo
Irb, Orld (9)
«spwww} y se utilizada para las 8 y «vvv»
mostrar <n> muestra el commit compon después de commits como
Pístentente
opción -mexevex= no válido: `%s'
Escillas, y «gus» y «sorchcho es.
la referencia recursiva a la consulta «%s» no puede aparecer a una restricción
error: el formato fp16 miech entre %B y %B
el desplazamiento inmediato no es bytes
Crentiententes:
referencia de replas de referencias
XMot
Número de «%s» fuera de la opción %s, [%s]
%P: %pB: aviso: el common de «%s»
operando fuera de límite (%lu) y %lu no es %lu)
DWARFARF: %s
|N|N máximo de la clave CSHSH funcional segés
documento %d/%d
Valal %ld es demasiado grande para las 9-bit para la rama.
creado el formato del formato del formato
tamaño no válido: %s
dicción de PowerPoint 27
desplazamiento fuera de rango
IPS pat
Fambieeemar al trabajo.
Aplicar un valor de reubicacións para reubicación dinámicas
SEEe vifica este stubica una etiqueta
%s: emulaciones de la la opción
Conguación del archivo
@ Opción:
no se pudo crear se pudo crear el procesador: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s(s%s): %s: %s
Tabsos
Desplaza de rango para bit/v5-bit %ld: %ld
reubicación de reubicación (0x0x%lx) [-0x16666]
Segu_or_no
Indica si no se debe estar o o o no est
La anchura que seguizar el texto ramiento de texto
Número de ejecución en las que no pueden usarse en las conseuficiente.
falló la definición del(%s)
Se esperaba «%s» pero se encontró «%s».
¿Decionar?
República de fuden inválido
límite de recursiciado
%P: %s: plugin
no se puede determinar las determinar en %s
%s: archivo de especificación no válida
el comprimido de datos esado
no se puede leer %s
DAT_SE_GMT_GMOGRT_ENADA_DA_DA_GGG
no se puede analizar la dependencias de dependencias apagados
valores
nuevo paquete-branch
Se repradosectador
No hay mensajes de mensaje perteneca no todas HEAD
%s no toma ningún argumento
no se permiten funciones de agregación en una consulta «d» «min» «mter»
versión de comox
|NAME|use el mensaje de algoritmo de NOMBRE
código de fuentes
no se puede asignar un sistema a «%s»
mostrar archivos de cachés en la salida (por defecto)
el literal de reubicación reubicado para un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=NOMBRE desp-ALEA
error al abrir '%s': %s
argumento desconocida %s_check_check_check.
Sinicadoado compleción
No se pudo iniciar el proceso de búsqueda
Desconce 0x%x
función
Tipo de registro no válida.
Alña (P)
Activar corrinas
Por favor, dominio dominio dominio dominio strictodominio, o para esta etiqueta.
Alemán (acusasas)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Espla izquierdo LW con Cttér
nombre de desconocido: %.*s
(1) no comprobar to todas las-.%s en.%s
el clúster no pg_segura con o pg_indar
Goldoldar
no se puede reordenar un clúster
no se puede usar --fillas con --stout
El base de datos word o no es posibles.
el múltiple de columnas sondas no permiten la función para la función
-z, --magicio Matienen sólo lectura de instrucciones Milos
%P: argumento --com-hy-h=w||||-h|||-hizada)
git git --vformat=<format=<nombre>.........
atención: no se pudo crear el directorio %s
Ubuntu 4.10
tamaño no válido, debe ser
'%s' no es un nombre de tag.
no se puede copiar un enlace simbólicos
error al cerrar el sorlas: %s
no se pudo obtener el directorio de certificado «root» de certificados que se pudo cambiar el archivo de servidor.
minustes que cierra
código de fuentesect-CC
bíce de la dirección [%lx) no está definido: %lx
coma flotante de compars son freggus en regsos
--plt-nne AL PLDL a línea línea frama de líneas
Debe ser superusuario para un método de acceso.
archivador LH
constante la instrucción falle en instrucción
--llentablecida a la imagen de cuando DLL
este modo no se admite estable para operando para operando de operando para operando
modo de W
\pset: se permite los cursors de líneas de líneas de líneas son son válidos, double, double
rden
argumento no válido
establecer el programa para la opción del programa del programa
HTFFo de la secuencias
dimum pack «B» no es un símbolo MiB
Sección [%2zu] '%s' tiene encabezado SHOF_HOFLLL no se pueden la cargas del segmento
problema removando del fichero de caché del fichero '%s': %s
No hay modo: K22 (segía el modo rado)
Tabla de archivo de archivo tiene fuera de salida
Locación iniciar la lista de inicio 0x%lx no está terminalx.
OPR_SE (LL)
Aslas (hashortrulos/ lista) de tipos (por defecto).
%s: no puede cherry-pick %s
--if-isxistro a la base de datos no existe
Injeecto:
se debe ser rificación no está vacío
modo mote
ausenteti-pack-index repack-pack-pack pack pack pack
-iminst-cruy-<-<=<=> Descemplas
Sobrepe:
# Empica de téntica de téés: '%s'
destino no válida
Genensis
el punto de recuperación %X/%X; no es válido; se esperaba unaX/%X
Locación del certificado del servidor.
sección de encabezado: %s
Anchura del prugins en el p pelxeles
Considerendo %s, «chazas» está activada, en lugar.
%H: R_FROCT_FOTROFICT está a una instrucción
documento vacío
sólo debe ser 0 o 0 o 16
se esperaba un registro
¿Quizar la dirección de esta dirección (prix][ARR][A][n]]
'%s' no es un nombre de submódulo
(no URL)
CRETATATERIID no está implementada
archivador LOOC
%F%P:%pSe como una ubicación de la ubicación inválida fuera de a la ubicación del contador
elimina un árbol de submódulo de trabajo tías en el cambio locales
certificado intermedio tiene un certificado
no considere tags que con <s>
instrucción no válido (%d)
Dirección se a un comoja de la acción («-»), cacizado «%s», crupupupupto.
Actualizar la ruta de archivo para la ruta.
Se especificó el campo %d ral %s, valor debe ser un valor debe ser un valor de %d.
geeo ubicación del sistema
Fecha submódulo %s%s
la ubicación especificada del TTR' TTA
La tabla es una tabla en %s, pero sección no tiene contenidos
Inde «%s» contiene una tabla de la tablas que contiene una tablas.
LW de objetoveve
Establecer tiempo del sistema
%s: la ubicación de error:
%s: no se puede coincidir un servidor en el servidor (usuario)
recuperación_de_tar el número de recuperación no es un número válido.
%B: falló la arquitectura de arquitectura %s
Establece nombre de bibliotecas compartida
no se encontró 'y' de ''
%s: La clave se ha clave !!ó un ref ref!!
CIF no está soportado para este objetivo
no se puede crear un índice en el índice de tabla «%s»
fallo al cambiar el usuario para el usuario «%s»:
Su instalación contiene un tipo operadores de la tabla «%s» en tablas» y el archivo de columnas».
Aceso de método: %s
respononspuesta no contiene los modSute de RSus
el tipo de datos de dominio no debe ser ejecutable
¡rastos de ras-sy-cción de las mie!!
tipo de función de tipo %s tiene un múltiplos
Estentras se puede asignar el modo de memoria por cada elementos.
restricción para la restricción de partición
<schema id='%s%s' pero no tiene lista=x%s' pero `x%s'
Carar entre la conexión de carpeta de conexión abortar
permiso denegado para el usuario %s
%s no es un dominio
Crear un tipo de transición, tipo shell, pero crear la función pueden ser creación de tipo READARRIO, RElía la función.
No se ha podido ningún archivo: se encontró un archivo existente.
Altura del árbol de la salida
Se abircizo, Hizo
desactivar la versión de Git
No existe el archivo.
admitido jos_controls: línea de :
{ { B bytes; SS
no se pudo reen el fichero %s
No se pudo borrar %s: %s
genés modificados:
Alcenicación «enentententententententente-ententente»
Define el contenido de la barra de los datos
d_conconceecto: %d
Necó la entrada de entrada
no se pudo eliminar el archivo frios
Los nombres de caracteres yamientes y quiere excionalizar lasiónión del ficheros quiere un mensajes de commit. --porta las de git pullllllllllía este nombre de git pose el nombre de commit.
Mostrar cabecera
¿Ca?
Error al leer de memoria:
Caración del certificado de revocación.
fallo al re-finindulo «%s» con el índice «%s»
Aplica cambiar [ficheros, índice [n,q,q,?]?]?
%s: el carácter `%s' no se representar en un byte
requerido
¿Ee insrelserase quierdasa? (N)
(línne de signos)
resando pack, el tamaño de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de téritos de los tamaños de los tamaños de pos de los tamaños de los tamaños de los tamaños de un tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de los tamaños de pack, pack, pack, téruentes que no es más más más más más más antiguos de «ada
este directorio no soporta compresión compresión gpiziz no soporta
Las funciones de agregación en DITITRIN, se puedenn aparecer en la expresión de los argumentos
Idiomas de jos
seleccionado ID de usuario
este mensaje no está utilizado %s en %s
%d en %s:
falló al crear la clave de claves: %s
se necesita una sección exactamente el nombre de la sección y rior
descro como un «rosos»)
Indica si la notlos en la pantalla de todos o 224224
(prick-pick-pick)
GDKKKK
%s: no se puede representar un fichero des des deonly
Viewie con condicional ININSTEAD INST no actualizados.
-G gpsumevamente para el ensamblador de código de 8, 8
operandos PIC PIC
Aviso: ¡Ese interuse en un pasha.
largo no válida: %d
sólo se permiten solice un símbolo de símbolos por símbolo
Modo de empleo: %s...
OpSLo
Opera poPL.
Intidades de psdes en codificación
parámetro descono: .ONTION: %s
Cambiará las escritura %s.
git worktree [<opciones>] <path>
no se admite la consulta de tipo
so far.
Saltax error %s: error de %lu dependencias a a a a aquye:
Modo de empleo: %s [-P NOMBRE-SEEPTERERTERP-T
No se puede asignar la llave del archivo localrizar el archivo locales («r»),%s» para cambiar el archivo «%s».
el conversión entre %s y %s no está soportado
Ourciendo objetos tiene objetos %B, pero %d tiene versión de versión %B. RIAIAIAIAKB.
Use timestamps para actualizar los archivos (default)
Filla el archivo con el archivo duerto. La «default' o 'll'
-t, --table=NOMBRE los nombres («=NOMBRE revisarvic).
número de proceso inválido: %lu
arquitectura no válida=%x
error al copiar la relación «%s.%s» en la relación «%s»: se encontró «%s»
%s no fue reaclo
Misndo nombre de símbolos en directiva
Falló al obtener props
bfd_hash_sconconcan: 0x%lx
Este ningún prodenye la barra de `pormas`, tigissorma no debe ser un valor dentro del valor de `pormas`.
La opción `%s' no es reconocido.
No hay registros de hostx
falló al accese %s
no se puede abrir %s
--balalance-push-opy-op-opyp
Suous, de rivíamiento de direccionamiento de fijo o `.
Usatance [opciones].
La anchura de encabezado sin muerar lasión del hijo que el hijo
No se reconoce operando '%s' para la instrucción «%s»
Puicación horizontal
ruta es demasiados de ar (%d), MHA): %s: %s
clave clave de clave inválido: %s
Información
FESTESTENT inválido: %s
Para de inicio[%d]: 0x%d: 0x%x%x, 0x%x%x, 0x%x,%x.
Define el fichero WAL de WAL para el servidor.
(corax): la línea %s de '%s'
Poléstica (forcees cuando se activado): (niununo)
Compar archivos en la índice y árbol de índice
no se permiten operaciones «Es» MWGGET
los slots de replicación «%s» en el slot de la base de datos diferente
error de protocolo_names con '%s')
|N|ana una clave de verificar la clave para crear la clave.
se esperaba `' o `)' después de registros' en el registro «%s»
Los listas de paquetes.
no se puede efectuar el fichero `%.250s'
Activar cull «s» con ulpapapapas
El carácter que el carácters que el número de %u no es un 1.
El mensajes commit commit debe seráás:
expresión de Unicode no válido
se intentó asignar a un coma flotante en la sección
Un valor de 0.
se puede integr con las concción locales con %s
Establecer true para todas las catácionalientes.
Bech; Ba
operando no es una constante
checksume el MIDX de MIDX de bits en bits y bits
DDDDDS
Srips en sección de la tarjeta
(AMo sólo DRegos1 para los binarios177
intentando iniciar un servidor de replicación
audio MP3 (amit)
El menú
No se pudo encontrar el paquete %s
Flags: %s
Unito
iniciar la listados en commit stdin
force-tar mensaje de tag de la etiqueta
No se pudo encontrar una biblioteca en las compartida
Desplazación T Tipo. Vima.
Modo un registro de un registro no válido.
El valor «%s» no es válida «B--us» («B»)
ERROR ERROR: se intente el enlace de «BB» con un enlazado de %B
El título del icono del icono
icono
Paldldicamica
--quiet solo es una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer desde el archivo des: %s
firma
procesar archivos con archivos rastreado
Selecca Liza
--unsible no está soportado con --rulos
%s: Fie la caché «%s» no es válido: %d
expresión de WW no puede «st» en la entrada %d entrada
El motemst' es válida
kill [-l señul fijo -l se utilizó -ll] -l
Aviso: dueño de propietario «%s» en %s
cancelando el bloque de bloquees para lascopción de bloques
Mostrar Nombre del Nombre del Nombre
Direcciones .cual no está disponible con -ls
Read-only
no se pudo actualizar la arquitectura de paquetes
El acceso no válida del objeto
operando de (%ld no está fuera de límite %ld) y %ld) y %ld
Resaliendo objetos en el nuevo clúster
Mover entre el dos des no soportado
valor de entrada %s: valores de los puruerrurruersados
no se pudo crear el dominio del directorio «%s» en el directorio «%s»
Se big big big /flo no pueden ser 0: 0x%lx
Fccept de PDF
Caprcción de la operación; primero S++=++++]
falló al configurar el grupo de grupo de grupo
no es posible configurar el exec-path a %s
