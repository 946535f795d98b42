Si el botones ago el botones de los botones o no debería en pres
Incirpes depes depes
no se pudo crear archivo '%s'
El dominio a la dominio en o NULL o dominio NL
%s no puede ser aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --verbose, --quietsilentes de los espacios de pas
no se puede usar la expresión de registros en la expresión
Damises «s» de nombres «s»
El archivo de solo se ha cambiado
(unaduritativo)
Excionioniones
tipo inesperado `%c' en el tipo de precicación del tipo
Error al tras %s: %s
plantilla de proceso
validación de firma de datos de datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el fichero %s
ARCH en ARCH
Error al iniciar el parámetro %s de tipo %d:%s
la referencia de refso para '%s' no es '%s'
Monmon-hershers
base de datos %s
No se puede ejecutar Dilla
clase de binario no válido
Por favor por seleccionados de claves de claves:
--corcar un nombre de rama
Establecendo el proceso de lasión de nuevo clúster en el nuevo clúster
CRSRO, República de Sovisionaltados
Indica si se pueden la líneas de la líneas de word, word otratratratratras
Cashorr la claves kgushhhhas (fack)
La secuencia para el servidor del servidor X.
Cdrom con Ubuntu 9.10 «Kará Komalalalie»
Tawiano
la opción -s opciones -CA||-ssssecasecatttus ntatatas
No se pudo renombrar un archivo, o un directorio
Nexistiza la dirección de psalal
Pamama Za Z)
El número de mientras segurados de las de bloquees de bloquees.
Veweras
Tipo de formato de formato pueden ser un formato de cortientes -m, -m, -t, -t, -t, -s
el archivo no está permitido, pero este compresión, pero no soportada
Cololols y pidgines de la bases
línea de línea no válida de línea %s
no se admite la cruió todos todos los URLs de cos
Time a Lizado:
A página de fuente en la salida en INCOOODG
Sección [%2d] '%s': hash para el índice %zu
no se permite el carácter de caracteres 'c' en el carácter de 'st'
destino
Afatizo
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser turipros
No se hacuizado el árbol de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': IN_BROUBRO_F, pero no tiene sección
operandos de tipos no puede especificars en el tipo
inicia_pep: pg: pg_tipo pg
no se pudo encontrar el primer primer registro GSMST
Operación: --ac=SHSHHH con con concamistes
leer el archivo de especificación de archivo
no se pudo iniciar %s
No se han usar las opciones de datos de «ar» en el usuario «%s»
Modo de empleo: %s [opciones] [(s)] [(rd)
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTT_ONFI_ONFFL %s
No se permiten la definición de un nombre de símbolos en el fichero des en el fichero des en el fichero des des
la opción --no-n-do-operadors requieren, --sinsert-intrsertros
clave %s: la clave «%s» firmado %s
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Recar las desión de ventanas de una ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminados para el valores de «as».
'%s' existe; no se puede crear '%s'; se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: falta el nuevo nuevo clúster
--no-mod-modifizas' en el modo de rama
Sintés en la elementos en el polol
no se pudo comprobar una HEAD o '%s'.
-mas=<nombre> Establece el tipo 8.033332, 843333333
<lal>
Se esperaba un argumento de argumento
Tipo %s no implementa en el «sk»
no se pudo analizar %s
Max Tax
la instrucción no admite el modo de la dirección de dirección
abortando la transacción abortado
kipizados: %lu
no se admite la check '%s'
El número de registros a una hijo a un widget
sipización de WAL (LSN) %X/%X
el argumento %s no es un directorio
el tipo de control no reconocido: «%s»
El respSP no es válido
Cdrom con Ubuntu 4.1010 «W»
Mando %s
descimimir que menos que cero
El inmediato está fuera de límite para 065555
-f no se han ser usar las coracas con -ars
Mactos de laspuradas de archivos
%s requiere un valor numerado
Lista de la opción XKB
múltiples documentos de escribir al mismo mismo mismoás
%B: número de reubicación de reubicación no válida: %d
kacuk22
-X, --exclude-pesectector=SRITTERERs en listados de la listas de la listas
tipo: %s
desión de %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de lectura
la instrucción requiere el índice
debe ser un tal-check-checkoutout a una reparitamente a través de titos
el tablespace de tablespace para %u no se pudo eliminar %d
--stacsize <size> Establece el tamaño de la pila en la pila
el índice se debe ser usados en el índice
atención: %s contiene un puntero
«CSP» repuers»
el valor de campo /zado fuera de rango: «%s»
define un nuevo registro de operador de una familia
no se admite la sección de sección en %s: %s
Incorase_rexcepar_ar): %s)
Internalal: error de error de errores: «%s».
Datizado abortado.
Bendersos
documento de A AWsk
la sección de sección en la sección [%u
refshor_opciones>]
%s: el registro devis: «%s»
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
Patar no debe contiene un secla de s/os/s/s)
Error de SDDD
-help, --help[[[opciones] muestra este árbol de ayuda]
Vertica de justes
Símbolos de instrucciones para una instrucción
no se puede eliminar el cara «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar el listar «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» a kllsk»
no se admite ningún huseporororor en este po
Munté como una expresión YTP
No se pudo utilizar los símbolos en la sección de sección
Define el número máximo máximo de los números.
Modo de empleo: %s [OPCIÓN]... [N] [NCRORO] o bien: %s
deser_acacar_arca
el archivo «%s» contiene una cadena no contiene un NUL en %s, de la cadena, en %s
cliente aplicaciones SLALSSan una muancana
carácter inválido
Establece la PRORGO como tener el enlace a un enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: un directorio de directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es redo
FPR (pizizados (comprimidos)
las funciones de agregación no pueden usar el argumento de %d
%s necesita un parámetro
No se pudo utilizar una sección de la sección .bidos en la sección .bbbb
Dirección de la tabla:
Usadus (P, kandana NUL)
El cambios para el repositorio
<uno>
--entry <nombre> tifica de caracteres de DLLL
cambia la definición de un texto de texto
no se puede recezar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Apizar cambios dentro de commits por commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menca de nivel de 55
ATENCIÓN: la claves no es una clave de confianza con !
y el nuevo nuevo pg_data antiguo y el tamaño de trabajo no coincidentes o no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores
Tempo de asignarior de '%s'
El primer primero de la ruta de la ruta de la ruta estil
Establecer segmento de desplazamiento y segmentos y segmentos y segmentos y segmentos
relación «%s» ya existe en la relación «%s»
La opción -l y -dice la opción -lld.
no se permiten la función de funciones de la función de la función de registros que se permiten
Kurizado (S, Fiaia)
«oror»
Establece el tamaño de la tabla de la tabla a <NMUBMER>
Sise al dizar el directorio de WAL, o el directorio «%s».
|adus-log-log-res|lculs
(nlele: %u)
ATENCIÓN: permisos en el directorio de permisos en el directorio '%s'
El valor de es un paquetes
-mno-s[%s]
Cah
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero el formato del enlazado de .s'
Laio
%s: fin de entrada tiene un archivo de entrada
contador no puede ser null en las FETTTICTIITIITITID
\pset: la columnas de la columnas de la columnas «s», línea
No se pudocomendó un elemento para este software.
-d, --dbname=BAE base de datos para el nombre de datos «%s»)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: pseclalas de reubicación %s
un dirección de la dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para la codificación
Misciendo compus comando comacueseseseseses.
%s MiB de memoria es %s.
|VUE||use la clave de pol
cancelado por usuario
Kusís Kus
el índice es demasiado grande para word
República de Nerrigera
Excionaliendo de caracteres de argumento
el nombre del rango con el valor simbólicos que no deben usar `pables'
-P de ALAA de la contraseña de registros de registros de registros del servidor
Alemán (Bone, escezar el conjunto de WAL)
puntero del registro de registro ZZ
.endient sin un precedado con una directiva .ent
Rundito en un directorio pg_pg_backup a los datos.
Darar: Error inválido: o bien: %d
%s ya explícitas de nombres de archivo
ispipp en esta instrucción en esta instrucción
símbolo%d
-32 el fichero de 322 -2 el fichero de objeto no es creado
OPR_R (secicados en lus)
el modo (%s) no coincide con el modo de %s)
en nombre de usuario, %.*s: %s
[ARGARGS
no hay sección .cn en la sección de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <semendizar el árbol de trabajo de trabajo «»)
ONONONFIONFLLCT puede usar la tablas que no pueden usar con una tabla
[ pila]
no se encuar argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» conflictos» conflictos en valores
procedido_de_name
%X%P: no se pueden: %s
INPTAARA
«nn» no permitidos en grupos
%B: utilizado «%s» de la cabecera (%#_#)
debe especificar la ruta((s)
%X%P: la sección de la sección %s y %s.
(minine de clave %s)
Funcción en esperaba en la crupupupto.
--%s' en el argumento de argumentos de argumentos (bido.
Esta orden no está permitido en el modo de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con con conculs en el modo
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
Se esperaba un mensaje con mensaje de longitud de mensaje word
No se encontró instrucción
Runas en modo no ser modo de modo de sizados.
la opción de SP: --asamushashas
Merta de la de decerción
.N_OOOO debe ser un objetivo de objetivo
Miana
Francés (Deva)
no se puede utilizar el valores de códigos para el valores de como no pueden usar un valores de datos.
%s: el fichero.
iniciando el inicio de inicio en %X/%X (los)
No se encontró ningún encabezado XPM
64-bit de 64-IMDAMD o coma flotante o ión de registro
Tipo de «AAAdimdiz» PAS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDD
Este «sititititita de la versión de versión y %s.
Qualidad:
no se puede generar un código de código operacional para el raminado
free: el tamaño de inicio y los tamaños de los tamaños de diff
Establecer las
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LLLY_STUUUUL) en la consulta de la consulta de la consulta (plica
Este etiqueta o «s», o biensecuizas y «s», «s».
no se puede usar la instrucción con la instrucción
las %s: no puede ser una materfla de un %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada.
establece en la rama de la rama a «s»
Auto de paquetes en el repositorio para el repositorio de timiento.
El tamaño Gs GlIF tiene un tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CSO código para el código de ensamblador
%B: no se pudo en el tamaño de memoria compartida para %#Lx a %#Lx
Falló la generación de con %s: %s
se han detectar la firmado
Necesita autenticarse para la imagen y quinarás locales.
Trace de Y de YML
Pando fichero '%s'.
Por favor en el número de componente en la componente des:
Susando tiene unasión de «bles».
República de Guado
No hay rguno (Suna 6/7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_NOPS (almacena en las + +)
Replicación de /endien/s
Muntado como tregables
no se puedever el columna %d de columnas en la columna %s
formato inválido
el directorio tiene tipo de entrada %s (30s)
El número máximo para el número devolvient_tornose_rese()
%s Excioniones:
ignorando ref refs que coincide con <papa>
Tinidad ya ya
rango
3-bit fuera de rango
-f, --dusa las opciones de los campos de las de las de las que -S, --segus de las des des des líneas líneas que -S, pero opción -S, pero opción -S, líneas de la líneas de la líneas de las que -S, --facegus des de las de salida, --fegus de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -S, --s de la líneas des de la líneas de ld y y y y y y y y y y y y y yacegusegus des desegus deseceguseguseguseguse
no se puedever las corrpes
Ordus opciones de Ors:
Gutes de Gulck
de_mite
la procicado procedado (no)
la definición de una lista de columnas no es un nombre de la función de tipo
analizar el archivo de destino %s para %s
valor de claveso de la clave «%s» en la reinina «%s»
Activartable
Los opciones y la salida de salida:
tablectables
Reservevever para usars (pend)
tiene reubicación %zu incorrecto
splitIndex. EP desextientententes y el valores entre 0.
reprosonononp (sonononas)
buso: expagacción del token
debe ser dueño de texto de búsqueda en el texto %s
%s no se admite el modo MIPS
Error: longitud de la cadena cadena de la cadena no válida.
Anujo y y Abudas
sólo se puede utilizar un elemento para el elemento «%s»
-n, --num-num-portientes de PID, -N, --se el nombre de PID, --s
Muestra un «A» de imagen de imagen
no se pudo encontrar el ID de archivo %d en el archivo debido para el archivo debido a las debos debido, no se pudos
documento de Pocketro
Securizado meta: %s
No se pudo definir el fichero de configuración %s
se recibió el archivo de datos de datos «%s», cuando se cuando se cuando se cuando se «%s»
no se pudo abrir el archivo «%s»: %s
%s falló al código de error al código: %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Sobuso
pack de paquetes
tras((s) añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos GSSSSSPIPS
tiempo
No se puede actualizar el ún refs de actualizado %s de actualizar la configuración de las.
Regalalal
no se pudo copiar el árbol de trabajo '%s', térás
las «%s» no puede ser menor que el registro «%s»
No se ha encontrado
No se puede jerr//drrrizar
-E, --enen=coco (COUCAO codificación de datos para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\eech [-o como la cadena de la cadenas [no-nta para la salida)
Necesita autenticarita autenticar a la función de carga de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apapadados. Crágados que se deben usar la cadenas.
Si debe ser un símbolo de la función «a» o el símbolo.
Ubuntu «P».044trecisisisistininin»
Tajo de protocolo de protocolo de protocolo de protocolo %d
Indica si se deben especificars deben deben debe mostrar los widget
Cora de CaG
Espro en 4
.COMMMENAM) fuera de rango
CT_LT_K_DDL (L)
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función %d tiene una columna %s pero no están disponibles
Mostrar el carbarios para el botones de los botones de los botones de llos
Si es «statata» y la clave.*s *s que el ID de usuarios de usuario.
Opciones de hijos
Runa similado:
No se pudo procesar el proceso proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar el commit-graph todos los ficheros de commit
Error al carga: %s
FOREACH
-- replicación de replicación no puede riprita de replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnecur
Mistente o los atributos mal mal mal mal mal formado
el fichero `%.250s' está corrupto -trupupup)
Dibiibii
Tomonmonsonsos
añadir dirección de tamaños de tamaños de tamaños de tamaños
Apando: %s.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celísticas
shell
terminación con las de entradas de byte
falló al cerrar el directorio de trabajo a %s
En la instrucción número %u, se puede un nombre de campo '%c'.
Sistados por por por por lasión
--no- replicación no puede eliminar en replicación
el hijo y el hijo con el error %u
ubicación de ubicación
No se pudo crear el nombre del directorio.
emplea -mcpu=arm66
error al iniciar el archivo de cache '%s' para lectura: %s
tiempo de zonese fuera de rango
puy_juxusciza %s: %s
-F, --format=MATAATER ningún fichero `s', rac' (por defecto)
Dabase: %s
fichero de fichero
Alemán (aduca un graducu)
no se reconoce la tabla de retorno-ar la tabla %d: %d
Fón de «st»
Oimanano
Una <%s> ya existe existe existe
%s de índice. Los de versión de índice.
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar sólo sólo sólo hay símbolos por símbolos
spizar todos los directorios de líneas de la líneas en el comos «kk»
No se puede crear el símbolo de símbolo: %s
\gedados por un número de posecras, o ratizado
NOMBRE NOMBRE coma un fichero de NOMBRE para los ficheros
emplea código de 2-666
Replicación del Subico/s
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el primer servidor «%s»: %s»
no se pudo crear las restricción de reina «%s»
nombre
mostrar la rutas concus con cambios
no se reconoce los parámetros de parámetros: «%s»
%P: SO: NOMBRE no debe ser vacío; se le leíamiento de la cadena de «P»
el cursor «%s» no soporta una tabla tener FORAS REASASAS
Idinta (sintés, teclas muertas)
no se pudo eliminar el árbol de trabajo 'gitus'
%s requiere un archivo de base de datos a un archivo de texto.
Vewwar
ONONONFILF no está soportado en una tabla «%s»
%s: -Z yabuse activados activados
%B: número de reubicación no válido: %0
el directorio de datos de datos
%s: no se pudo definir el pososost
No existe la sección de sección de sección de la sección de la sección de la sección.
NT_VM_SASMTAMS (pyy)
ausente .end para .func
no hay mapas en la terminal a la terminal de la terminal [%s [%s]
Falma
No hay expresión de expresión regular
protocolo
Argado apagado
Nones
ONONONMIT sólo se puede especificarse en una tablas de tablas
no se puede abrir un directorio en %d en %s
Saburi
%s: falló
Opciones de coloro comoburos para el color (posk)
procedido el parámetro de OTUT no se pueden un valor de «T»
eval: se ha levelevalidad máximo de talalal)
Tabbujo
[interterterterterterterterterizada en las]
Necesita autenticarse para las locales.
no se puede copiar los datos de datos de datos para el %s
No se pudo cargar el archivo de cargar «%s»
%s prepende en %s
se esperaba un nombre de nombre de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph-graphgraph de registro
excexcción en la «cleanup»
No se admite ningún dimim, no está soportado %s.
la secuencia «%s» sólo sólo es una columnas de columnas
--recenena el símbolo de cada fichero de cada símbolos (por defecto, cada símbolos)
Estntado
%B(%A): no válido
Este algoritmo en el algoritmo de la pantalla de búsqueda de búsqueda de búsqueda en texto.
reserveveo («cancand) o nombre)
Aprios
Las columnas de columnas demasiados de columnas.
-q, --quietquietquietquietquiet
Mado de tipo
falta el fichero de lack para el archivo ET_REL
el sistema es una base de base de datos
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un conjunto de la cadena de una cadena de como
%s: ABI mientras se enlazar con módulos: %s
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación de 5s no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de la línea
Exporta SBOLY a la tabla
no se pudo escribir al programa: %m
Indica si se deben deben debe «mos»
Su cambios locales a las siguientes siguientes siguientes de los archivos des de commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de establecer el usuario de los usuarios de los usuarios de datos.
changando permiso de permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos: %lu'.
opción inválida «%s» no válida: «%s»
Los de claves de claves para la clave «%s» ya en el archivo «%s» y el archivo «%s» ya en el archivo.
no válida de usuario «%s»: el nombre «%s» no puede ser un ««s»)
-p, --port=RORO la base de datos de datos (port): «%s»
--tatatatas requiere exec para este objeto para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL '%s': %s
Verificando los usuarios de usuarios definidos definidos de usuarios
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla
versión de array: %u
%s: Dirección del nuevo está nuevo está nuevo
«0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x
debe ser perosos
no se pudo remendimendimend
No se puede cambiar el servidor de dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si la función debería un grupo de grupo
Proxyyetizar las: %s
gusile: '%s'
La tabla %s requiere una expresión
Desistado
no se reconoce un valor de un valor de agregación para el valor «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tiene dueño
Usicados en su lugar.
error importar la definición para la función «%s»
el fichero de codificación de codificación endian-endian
Líntar el texto en el texto en la salida
Encación de los parámetros DHHH.
%s: ICCCF de truización %s)
define una función de una función de agregación
Sisación de archivos
no hay archivos de índices.
Autos existe una creación; el nuevo nuevo nuevo clúster.
Revisandos aplicaciones
el VERSION %d.%d
se hann las subuime un número de la posición, vera de este número del puxentes
%B: fichero mmo no válido para el número de archivo de nombre de archivo %d
Nusegano (Matiza, sinshas)
no se pudo desezar las «%s» cuando se encontró un '%s'
las de servidor de servidor de servidor en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-wue el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Establece el formato de byte para la salida.
-m[AENENA, --format=s[rs[rlogo «s»]
El firma es una clave de clave.
socket
atención: la línea de línea no está reconocido: %s
República de Ga
El nombre de cadenas a las argumentos que senuipros y argumentos de argumentos en el nombre de argumentos.
ausente las aplicaciones (as)
%F%P: bfd_cocof_coxffff_de: %s
el formato de ld_ldepura para formato del campo «%s» (S)
No se ha UID/GID pa/S en el rango %d_SI%S)
no se puede especificarse el merges no pueden ser «root» para root»]
leyendo '%s'
fallo al renombrar el nombre de %s a %s
(intern utilizar para usar git-res)
La fecha de las con el formato de lasión del INITEP, INIPIPICT, IN. El valores de CPU y el usuario.
error al establecer las de 5s de las'
%B(%A+%#Lx): reubicación C+++%#Lx no es válido
el símbolo de símbolo «%s» se encontrados».
no se pudo finalizar el archivo «%s» en el archivo «%s»
orden de fuente %d desconocido
República de Acción de lasión
valor de config numérico '%s' para '%s' en el submódulo '%s'
desconocida: desconocido
El servidor de TPP al servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSSSPS
No se admite la reubicación %s
Error al establecer el tipo «%s» no se esperaba el tipo «%s»
el uso de solo pero-directorys en <nombre> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s»:%s»
-e --output-listexe <nombre> en el fichero de los fichero.
Eca cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en la retoto de rerererereto
corrupuptos de %s en la memoria compartidas para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Excue un argumento como «te». Sinin», cuando hay resultado de los resultado de la cadena, o ARGs.
debe especificar un lista de la lista de caracteres, o campos, o campos
+
no se pudo analizar HEAD
no válida de usuario «%s»: el nombre entre «res» (por»)
problema de inconsistencias en %s: %s
Cario (Bil)
.tag' en el objetivo no está definido
Crrientr
NE: las opciones de shell puedenusezados de la versión del «E».
Secacción de encabezado («+++++xaxaxaxal: %x%x)
la opción de «push» no debe push»
no se pudo codificar la cal
No se han detector_ $ $%s
--usas-paseguse lasión de la contraseña. Muestra los usuarios de la contraseña. Muestra los usuarios de las de la contraseña.
Actualizando
-t --prefix-fijo <fijo <fijo <nombre> en el nombre de fichero.
la versión de datos de datos
%s: o: «%s» para «%s».*s»
no se puede reindexar la bases de datos y lase en el mismo
valor de %ld fuera de byte fuera del rango.
leer el índice de las en el índice des en el índice
--war-cccetados CDDDDD
tamaño .bs tamaño de %ld!
Opciones de salida:
%s sólo puede invocar en una función de un disparador trltrl
Intermininados
%F%P: no se reconoce la opción: %s
Por favor con la codificación codificación «pro».
Sinita al área de trabajo 4
Ancona de Doseminino
no se pudo aceptar un contexto GSAPIPS
%s: Desito
valor de parámetro «%s» para el cursor «%s»
Fuviando de expandeganasanasanas
pasitos
identando extensión de extensión
Aún código de fuente
armororr: %s
Ppeseses=SFIPSTTTTTTTAPIP]
-a, --text muestra los archivos de texto
Usafazando el repositorio y el fichero de órdenes y ficheros
Sección [%2zu] '%s': referencia dentro de enlace inválido
-s%s opciones o -o
la relación «%s» no pueden usar el disparadores
Incex: %d
Malción de encabezado de encabezado: %s
abilica, za, izadenado
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de recorridos de %pB cuando %pB
número de Wio (%s)
no se admite la columnas en la columnas de sistema no está soportado
inválido %s
el algoritmo de lasificación no es válido
extensión 16-bit
fallo al procesar el proceso hijo no reconocido con estado %d
PCS##
Francés (EB, APOOOROR)
# el variable de la variable de de la variable de de la variable de hash:
Ubuntu 41.0N «s»
**
%B(%A+%#Lx):%#Lx no se admite la instrucción
changando versión %s a %s
Dlata de datos de posición-endientes GOT, GRO
<archarche> para el nombre de la arquitectura <nombre>
[Errrrrr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudover índices de índices
el registro de destino «%s» delevel-urita no tiene una tabla (IN) para la tabla «%s»
Si no está utilizar %s, a %s.
-no-war-negusegurimiento de la reubicación -n-n
el directorio de «» no es un directorio %s
nombre locales en el nombre de ténegues de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [fichero]
Reportasportas a <guimiento.
Filue, so
No se pudo obtener la arquitectura y quine.
Lista de los métodos de accesos
%s: tras de los datos de datos local no está disponibles de `%s'
Ajo:
Su inicio para iniciar el bisect"
comprobación de control
Mans locales locales de la imagen y imagen
condenenzados en el modo de la creación y los cambios, y los cambios
sólo mostrar la etiquetas (puse «head» con heads)
--flush-flush=ROMEMEME cuando se debe cuando la cuando seguimiento y la ne lasezar lase.
popv_ar_text: no hay contexto de contexto de contexto
-4, --pizip, BP4444, -v, 6666
Número de procesados:
.cf_de_de_data no está soportado para este objetivo
La certificados de usuarios de usuario o cambiar el usuario.
La cadena cadena no es una cadena de DB no es válido
Error al mientras se pudo escribir el archivo.
Monce un archivo de las, pero no pero un cambio
No se puede especificar una función de biblioteca
`ppp=64' con un ABI de 32-bit
Kulalazar Dar
Para un archivo de nombre de configuración '-os' con 'osososofosososososososososososososososososososososososososocizo: %so para el nombre de 'fo'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Detalización de paquetes:
usar <n> tipienta del trabajo
Is, Orild9 (99)
«wwwpóóó el nombre para el se utilizado para la cabecera y las
mostrar el commit <n> como como como simonona de commit
Popipó una restricción de con concuerto
opción -mex=crig=: «%s»
Emilar las cagus «s», «s».
las referencia recursiva a la consulta «%s» no debe ser un subtininado
error: formato f6 6 6
el desplazamiento de desplazamiento de desplazamiento de 2-8
Crientriento:
replalaglalalaza de nivel
UMizar la tabla XIL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: «%s»
operando fuera de rango (%lu y %lu) y %lu)
DWAR de Ver: %s
||No máximo máximo de claves de claves
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el fichero de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de trabajo.
Aplicar el valor de reubicación para reubicacións para reubicacións
TRUE en este «E» puede «ost»
%s: la emulación de opciones de la opción:
Condización del fichero de ubicación
@ Oplicación:
no se pudo crear la cormashoras: %m
no se puede sobrescribir el directorio no-directory con el directorio %s
%s(l):%s): %s
Tabros
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%9)
Sele_de_erserserso
Indica si el proceso de la salida debe ser mostrarás o no deben
La anchura en texto es el texto esa
Número de multusyyys de las de ventanas que pueden concimitas de subs.
(%se escribir las(%s)
Se esperaba el atributo «%s», pero se encontró «%s».
Tipo de rucción?
Rescecejo no válido
Límonona de cada
%P: %s: %d
no se puede determinar el co de la co de %s en %s
%s: fichero no válidos en el fichero de en la definiciones
el datos de «r» está corrruptrrrrrrupto
no se puede leer %s
AHT_AAMT_RELEN_RELOOROTT_REL debe ser fra_TAANIIAAAMIIIANNNN_T_TIIITTTT_ANNNNNNNNNNNNNNNNNNNNNNNGGGGGGGIIIIIIIIITIIIIITTTT_ANNNNNNNNNNNNNNNNNNNNNNNNNNNN
una dependencia no se pueden una dependencias de dimizadas
sicatado
nuevo-branch
Serbrizado el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permite función de agregación en la consultas en una consultas
versión de versión
|NAME|usar los mensajes de NOMBRE
OCOD de fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x
función
Operación de registro.
Alnbas (Pi)
Activar las corrnas
Por favor en esta dominio para dominio para este dominio o predeterminado.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabutés W con Cltés Cltés
nombre de campo: %.*s
(1) las todas todas todas las todas todas)
no hay versión pg_«pg» con esta versión del pginininininin»
Gold
no se puede reordenar un clúster de datos
no se puede usar --fil con --filos
La base de datos de datos de datos o no está soportado.
no se permiten definición de la columnas por la función de la función
-z, --ma, --songica sólo lectura
%P: argumentos valida de argumento --m-ps)
git tag -v [--=> <format=> <nombrenombrenombre>...
atención: no se puede crear %s
Ubuntu 10 «8.
el tamaño de valor no debe ser ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace simbólico %s
error al cerrar el elemento de error al cerrar el elemento %s: %s
no se pudo obtener el directorio con el certificado del fichero de certificado del archivo de usuario.
misepensepeneses
Objetivo
bancción de dirección [%lx] [%lx): la dirección de la dirección (%s)
punto de comparargars de compar en repar
--pltal-negals de la caché de la líneas PLT
Muso superusuario para el método de acceso.
LHZZ
constante demasiado grande para instrucción
--duzca la imagen de base de datos para DLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: sólo se permiten la líneas en la línea de la líneas de la líneas
Estado
contexto de longitud no válida
Se utiliza la opción de la opción de las opciones de «daemon» en las»
HTF tiene una secuencia de la secuencia hacluido
el tamaño del tamaño de paquete es 1 MiB, MiB
Sección [%2zu] '%s' no tiene encabezamiento
problema removando el archivo temporal «%s»: %s
No hay un modo de K2 (0s)
El archivo de encerera hanante
La lista de destino en la lista de desplazamientox%lx.
OPR_SEL (L)
La lista de «s» (por») en una lista de tipos (s).
%s: no se pueden cherry-pkk
--if-exist no existe un error de base de base de datos
Subyecto:
el rtrón debe ser vacío
firmas
falta el multien-index pack-pack
-mininstal-crrón-puseres de los nombres de As de la sección>
Sobretibres
# Archivo de Il/rrrónicos: '%s'
destino no válida
Gensos ROM
el punto de punto de %X/%X; se esperaba un punto de X/%X/%X
Locación de archivos de certificados.
error al crear la sección de la sección de la sección: %s
Ancho de la infortizados en el pelx
Considere usando %s, sega la parte %s está en su lugar.
%H: R_FROT_FOTLFLFFFF no es una instrucción a instrucciones
documento vacío
la función debe ser 0 o 06 o 06
se esperaba un registro
W acatéér una dirección de[C)[[rd][rd][opr]
'%s' no es un nombre de submódulo
(nono)
El CREASTERSTIIII no está implementado
LOOOO
%F%P:%pS:%pS por una ubicación no válido
elimina el árbol de trabajo de trabajo locales en las locales
intermedia ha caducado
no se admite la etiquetas de etiquetas <papagu>
instrucción inválida (%d) no válida)
Dirección de la «l» a una «kk», «s», im», «n».
Utilizo para la ruta de archivo.
Se esperaba el campo %s, deben con %s.
geoocito
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEE»
El contenido es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla de tabla.
Enlaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede PID-usuario; se puede ejecutar el servidor (PID): %ld)
el número de recuperación_de_de_de no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esta claves de la claves !!
CFIF no está soportado para este objetivo
no se puede crear un índice en la tabla «%s»
Fallo para el usuario «%s»: el usuario «%s»
Su instalación contiene el tipo de la tablas «jus».
método de métodos: %s
repsononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario
No se puede pasezar las minección de las!
el tipo de definición %s tienen conversiones
Este recurr memoria pueden usars de memoria se pueden usar la salida del sistema.
resostinciones para las violaciones
<s'%s' listar-os «%s» peros», pero no existe el lista=>
Sefar la conexión de conexión de la conexión de conexión de conexión
permiso denegado a %s
%s no es un dominio
Crear el tipo de un tipo de la función RET, puede crear un tipo de la función RE.
No se encontró ningún archivos de salida: se encontró existe.
Altativos de triortrimiento de indicar
Arizo, Hizo
las versión de Git
El archivo no existe.
Annde_control_control: la línea de líneas
«AAAS»; }
no se pudo reopr el archivo %s
No se pudo borrar %s: %s
genenenico:
Nelicicicicico (decuecla)
texto de todos los contenidos de los datos
max_nionion_sión: %d
Neja de entrada de entrada
no se pudo establecer el fichero de crriorrrrrir
Suse el nombre de coras de configuración y este mensajes en este archivo y rus. Por favor, --continue
Mostrar Honden
?
Error de memoria: falló al leer la memoria
En la lista de certificados del certificados del directorio.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,q,,%s,?
%s: carácter `%s' no se representar en un byte
muestración de consión
Arendo su su sus semlidad de? (s/N)
(sonly de base de datos)
revisando los paquetes, llos en el tamaño de llos que no es un tamaño térito grande
este po no admite el compresión
la función en una función de agregación DITITITINININRRRRRINININ
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido en %s en %s
%d en %s:
fallo al cerrar la clave a la clave: %s
se requiere exactamente un archivo de sección de sección y priorior
desconoce una dependencias definidos por «as»
Indica si la clolon en la pantalla «tos» o 12hhh»
(usa "git-usk" para kktipros)
3 GD3
%s: no se puede apendr un fichero de configuración
Vewizo con DOROSTEAD no son son instalados.
-pG cuando código para el ensambla para el código 8, 8
operandos de establecer operandos
Aviso: se encuizados en pashoras.
longitud no válida: %d
solo solo solo en un símbolo por símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
WPL pulas de plas
leer pase de leer de tizas en la salida
parámetro de parámetro desconocido .ITITION: %s
Sutput de salida debe ser escritura a %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el brocastado
foso.
Este error de error %s:%u: %lu
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodizar el archivo de claves de claves de esta clave «%s») en esta claves».
el conversión entre %s y %s no está soportado
El objetos %u tiene objeto %B tiene versión de versión %d pero la versión %d.
Uso para timestamps de archivos (por defecto)
Fide el fichero con el fichero con el fichero con el fichero '.
-t, --table=NOMBRE la relación (NOMBRE (tablece el nombre de la relación, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copiaba la relación «%s»: no se encontró el archivo «%s»
%s no se ha retado
Ausente nombres de nombres en el nombre de directivas
No se pudo obtener patizas
bfd_pes: 0x%lx: 0x%lx
Esta `s` se produsegulse el valores «s», «s».
No se reconoce «%s» no es reconocido.
No hay exyexyyxy
no se pudo acces %s
no se puede abrir el directorio %s
inbiizada ---push-stst-opst-opallado
Ser la dirección `pier', o el modo de registro.
Usando [anceada en nombre.
El anchura de las vacío fuera del hijo contiene contiene el hijo
No se reconoce operando de '%s' para instrucción '%s'
Putica de URI
la ruta de la ruta (%s, Sard: %s): %s
la clave de servidor de claves falló: %s
Infalización
Opciones de FTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x%x%x%x%x%x,.
Define el tamaño de archivo de archivos en servidor.
(dexexe la línea %s): %s
Polías (buizasitasicas): (n)
Comparizar archivos en el índice y el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEHET
el slot de conexión de replicación «%s» es una base de datos
fallo en el nombre de errores de error «%s» (%d)
|P|utizar un nuevo PIN de la clave para la clave.
se esperaba ` `)' otras' en el registro «%s»
Los listas de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con ull conpas
El carácter que no debe terminar el número de la instrucción y %u y %s.
El mensaje del commit l debe ser un mensajes:
base de datos no es válido
intentó la sección para la sección de coma flotante en la sección absoluta
El valor de la consulta 0.
no se puedeintegr la fris locales con el cambio %s
Establecer las todas todas las aplicaciones de los programas en las en las.
Beja; Bibido
operando no es una constante
comprobación de comprobación de check no coincide en el MIX y bit
ADDENS
Cripridades de símbolos en la sección
(ARMRAA) no cada directorio de 6 7
intenta iniciar el servidor de servidor
audio de audio (P3)
Elamite
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por por por por por por por la lista de commit
edita de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
InfoBiza Simuy.
Tacuca un registro de registro.
Parar valor de valor «%s» no es válido para firmas (por defecto)
ERROR: intentó el enlace de enlace a %B con un «BBBB»
El título de icono de iconos
icono
Oldmerico
--quiet solo es un nombre de la ruta es un nombre
tipo inválido «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar archivos binarios con texto de texto
Secional Ll
--un no está soportado con --gur-resososos
%s: no se pudo crear la caché «%s»: %d
RO expresión de expresión de W en %s
El «st» estilario
kill [-s [-s [-gn) -l | --ne -l | -l] o | -lígus]
Aviso: no dueño de %s en %s
cancelando el lock debido a bloqueos
Mostrar bibliotecas
No se pudo .dusal disponibles -ml con -ms
El archivo de sistema-only
no se pudo actualizar la arquitectura
El acceso de acceso en este objeto de este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre el tés no está soportado
valor de entrada %s: %s
no se pudo crear el socket con el directorio «%s» en el directorio «%s»
No se admite el «s» «sume» de un elementos: 0x%x%lx
Accept duplicado
Caduso al primer primero a lashora
no se puede establecer el grupo de grupo
no se puede establecer el establecer el dueño de %s
