Si el botón de los botones de los botones en el botones de precededido o no
Incapaz de las de «Eu»
no se pudo crear el archivo '%s'
La dominio a dominio a dominio, o dominio o dominio o dominio
%s no puede ser una función a una función
ignorado
problema «%s» a '%s': %s
-n, --quietquietquiet, --presilentes de las fechas de patentes
no se puede usar la expresión de la expresión en expresión
Dasistimir los nombres de «s»
El archivo se ha modificado ningún modificado
(nunacuetura)
Exclusión
el tipo de caracteres `%c' en el tipo de tipo
Error al abrir el fichero de tras: %s
el proceso proceso de proceso
la firma de datos con PaAAIA
%B: %#Lx: aviso: reubicación en sección
no se puede crear el fichero de fichero %s
AARCHO como
Error al leer el tipo de tipo %s de tipo %s: %s
push fuera de push '%s' no es '%s'
Mon-imhorrizas
la base de datos %s
No se puede obtener Danano
clase no válida
Se seleccionar la clave de la claves de claves de claves:
--tenece un nombre de rama
Define el valor de «x» en el nuevo clúster
USR, República de SUS, República de Sos
Indica si la líneas de la líneas de la línea de las, «parwwwwwwararacaca, las
Caprclas de Cifick (shhhaclas)
Tecla de la secuencia «ill»
Cdrom con Ubuntu 9.
Tawano
las opciones -C1--create no pueden utiliza las1-cas opciones
Mover un archivo de un directorio, o un directorio
Nunoxita la dirección de poshal
Tipo de al al Zanano
El número dentro de la pantalla después de la pantalla de bloquees de bloquees.
Viezados
La especificación de formatos de tizadas por una vez; el mismo de multizados por un nombre de nizados de caracteres de multizados, -talizados -tal, --print-rección de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres, --nononononononononono, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartar el nombre de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de nizado, -talizado, -v, -t, --alizados por el nombre
el archivo comprimidado, pero hacer que pero no soportadas
Crol y pol y pid, pidids
línea de línea inválida %s
el Wll no todas push no todas en URLs
Tipo de tim Le:
salida de página de página en el INCOODO
Sección [%2d] '%s': referencia de dispersión de dispersión de dispersión de símbolo %zu
Se permite el carácter 'c' porpe no se permite un valor de caracteres en el valor de caracteres
destino
Xfortialias
core de todos los argumentos en modos de 32 bit bit bit.
el path: se admite la opción de oplado
No se ha detectado el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGFFF
operandos de operando no puede ser en el tipos
iniciar el inicio de inicio:
no se pudo encontrar el registro GSMM
Opciones: --a: --atro=SA con --acat
leer de ruta de la ruta de la ruta de archivo
no se pudo iniciar %s
No hay un carpetas que el carpetas en el iconos «%s»
Modo de empleo: %s [opciones] [(s] [(s)]
la opción '-c' requiere un argumento entero positiva
No se reconoce el IN_GCT_FIGF
No se permite una definición de una definición de los símbolos con un ficheros de símbolos
la opción ---conflict-conflict-s en la opción --no-setrus, --se --set-setruy-se --print-setrue --print-conflict-conflict-s
clave %s: firmado «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés (pal)
Raciza secha de ventana desliza una ventana
-a, --all todas las base de datos
<stringstringo: %ld>
El valor «%s» para el valor de «s» y «se».
«%s» no se puede crear el directorio «%s»
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malintro de la encabezado: en el valor de la línea
--no-ififici-modmodifice el modo de timestamps
Síse de elementos en el elementos
no se pudo actualizar las calizar el árbol de trabajo '%s'.
-mamab=<<<<88 para el tipo de tipos, pero 8888, pero 86666, tipo 888888866666, tipo de tipo de tipos de tipo 88: tipo de tipo de tipos, pero 33333333333338888888888888.
<labe>
Se esperaba un argumento de PRRRRO
Tipo de %s no implementa de «pen» en el GIbebebe en el Gfecece()
falló al analizar %s
Max
la instrucción no admite esta dirección de esta dirección
abortar la transacción actual
kipido: %s
no se admite la comprobar '%s'
El número de registro a un número de registros a un widget
kskipización de WAL %X/%X o debe ser LSN de %X)
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
El respuesta OCSP no es válida
Cdrom con Ubuntu ar W.10 «W»
Marcando %s
discriminimir a cero
El inmediato está fuera de rango para 65555555
-f --fuxilo no puede ser usado con -har
Mapurar de ficheros de ficheros de ficheros
%s requiere un valor numérico
Lista de opciones XKB
se ha escribir el registro que el mismo mismo mismo que el registros
%B: número de reubicación no válido: %d
Incak22
-X, --exclude-dir-dirdir=SIAATTENS
tipo: %s
deversión de locales %s a %s
%s utilizando una clave %s (%s)
abortido por el punto de abortado
la instrucción requiere un índice
debe ser un registros de sparse-check-checkamente para repubamentemente
el tablespace para el tablespace para %u no se pudo eliminar %d
--stace el tamaño del tamaño del tamaño de la pila
r2 no debe ser utilizado en el índice
atención: %s
husando OCSPSP '%s'
el valor de campo de campo/a de campo «%s»: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incax_sex_separ_sece %s («c»)
Intertern: error de errores: opcional «%s» en la «%s».
Da transferado de transferado.
Bificenda de fijos
documento de Aplicaciones
sección en la sección 0%u]
refsh_h_h_h_h_h_h_s
%s: dibencen un registro de la hisión de hisación %d: «%s»
Verado: %s
Vie nombres
no se puede abrir el nombre de %d para %s
el operador de operador «%s» no es un tipo de datos %s
Pulo no debe contener do do do dobles (s/sho/s/s/s/s)
Error de Sinización SDD
- - - -, --help=help=opciones] o mostrar ayuda
Verticostica
Símbolos utilizado para una instrucción
no se puede eliminar el «wvivievie»
la función «%s» debe ser fedido para la función
Revisando una instrucción
no se pudo analizar la lista de secreto «%s»
valor válido para la opción '%s':
Columne la cabecera de resión acolick
el huge no está soportado en este procesador
Muntar un YPMMPPT
No se encontró los símbolos en la tarjeta de la tarjeta
Establece el número máximo del número máxima de multura del árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOORROORRRRO]
delimit_reacar delimitado
el archivo «%s» contiene una cadena que no ha creado una cadena %s, en %s
cliente un cliente
caracteres inválido
Establecer PRRRRRM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes de mensajes
%s: Laués de un directorio desconocido
(ppararasa "git --git --continue)
no se requiere un requerido
CIOIOIO establecer el archivo (comprimido)
no se puede definir un argumento de las de %d
%s necesitar un parámetro parámetro
Falló un elemento debrererechación de la sección .pendend_bido a la sección .bido
Dirección de tabla:
Actualizar (P)
El repositorio de cambiar el repositorio
<unio>
--entry <entry> empificapes de la entrada
cambia la definición de búsqueda en texto
no se puede establecer el iniciar el inicio %.250s
error de sintaxis de nario «%s» inesperado
Aplicación cambia el tintrontrontro del commit
Los valores son entre «%s» y «%d».
no se encontró ningún de entrada
El tamaño de objetos
Mengulo 5n5s
ATENCIÓN: la clave está firmado con firmado con una confianza!!!
el tamaño de pg_control antiguo y el tamaño de la relación o no coincidentes
%s: no se pudo encontrar la sección %s
no se pudo escribir '%s'
El nombre del icono de la orden del icono
LDA de usuario «%s» no existe
no se puede cambiar el tipo de tipo de datos
Tamaño de reinario «%s»
la ruta de la ruta de la ruta de la cacuerarar el primer primer icono
Establecer el segmento de desplazamiento y una orden de segmento de only
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -l y el nombre de la opción -tend en el fichero local.
establece la función de la función de agregación no se permiten en la función de la expresión de tras
Kurdado (S)
comprimido de activado
Define el tamaño de la tabla de tablas de tabla de memoria MUBB
Sis desemir a quiere el directorio de WAL «%s», eliminadas».
|aducit-retibul|-curos
(compleles: %u)
ADVERTENCIA: se encontró un directorio des en el directorio de '%s' en el fichero de configuración '%s'
Quito de paquetes
-m[no--7]%s/n-conconconconse %s
Caté
Actualizar el acceso y la fecha de acceso y la FICHERO
el mensaje de los mensaje de putatatas para el formato del C#' pero para el formato .#'
Ezio
%s: fin del fichero de entrada de entrada
contador de registro de registros no puede ser HSCICICIITT
\pset: la línea de la línea de columnas de la línea de línea de línea de líneas de línea de línea
No hay un elemento de reendados de software para este software.
-d, --dbname=NOMBRE nombre de base de datos a la base de datos «%s»
no se admite el contexto de un contexto de una línea de contexto de contexto de contexto
%B: pcla-retttt de reubicación %s
no se admite la dirección de la dirección «t»
El probando probo un FOR es un FOR.
el ordenamiento «%s» para la codificación «%s» no existe
Mistando comporta com compros.
%s MiB de memoria asignado. El operando de memoria %s está está.
|VUUE|UL|UFAA
cancelado por por el usuario
Kusión
word es demasiado grande para word
República de Nigige
Exionando el argumento de argumento
el nombre de límite con el nombre de límite de `picos' no debe ser usada
-P de la contraseña a una contraseña de servidor de servidor
Alemán (Bonese, la lista de registros de registro)
puntero de registro Z
.end' con una directiva de .end'
Rundita en pg_botivo o pg_CONTROL.
Ewwar: Tipo de imhana: valor de la %#x
%s explica el nombre y lícitos de nombres
kiendo «p» en esta instrucción
símbolo%d
-2 crea el fichero de 32 bit bit bit bit bit
El OPR_RRO sólo enlogo (cción)
el modo (%s) el modo %s (%s) no coinciden el modo %s)
nombre de el, nombre: %s.*s
[ARGSS
no hay ningún segmento de sección en la sección dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
la es desconocida '%s'
compendar <mir>> en un árbol de trabajo de trabajo de trabajo: (por defecto)
el ONLON ONFICCT no pueden usar con la tablas tabla de la tabla de UPDATE o UPDATE
[F] pila]
no hay argumentos para el cursor para el cursor «%s»
Apción del símbolo %s en %s
la columna «%s» de la columna «%s» contiene valores
proced_regado
%X%P: falló al hash_hash_inuplo: %E
el archivo de entrada de entrada de entrada ...
no hay los grupos en grupos de grupos
%B: usar las de las desconocida (%s)
debe especificar la ruta de la ruta de la ruta)
%X%P: la sección de sección y sección %s no puede ser iniciar %A.
(ma de clave %s)
Funcción de las interrupupupto.
--%s no toma ningún argumentos en el argumentos (bo) y el directorios)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modees a tras en el modoes
conectar a la base de datos «%s»
-h, --hum-hanananananano
no se admite el mensaje inesperado con el mensaje de longitud word
No se encontró ningún instrucciones
Razando no en modo de modo de modo de trabajo.
la opción SP: --acapurimistiza de la línea
Mambo de Mar
.DEFAULT_GGO contiene un objetivo que el objetivo
Manacha
Francés (Davak)
el valor de «capes» no puede ser un valor de cuando un valor cuando se pueden usar la codificación cuando un valor de codificación.
%s: el gmononto.
iniciando el flujo de inicio %X/%X (X %s)
No se encontró ningún encabezamiento de encabezado
se esperaba un 64-DMID o de coma flotante de coma flotante
Tipo de OAAAA Prizamiento de ficheros MSAS
codificación de codificación
documento de entrada MMMM
El valor por omisión para el GDID
Este sólo tilidad de versión pueden usars de la versión %s de versión %s.
Quito:
no se pudo generar el código de bajojo
free: los tamaños de inicio y el tamaños de los tamaños
Muestra la impres
Tipo de reubicación %s
Tipo de argumento
No se pudo leer el socket: %s
setfreno-con (con)
SH_W_ALLLLY_UUL o la consulta de la consultas en la consulta (SLLLL)
Este tags de tags que contiene los nombres de los nombres de los nombres.SICIn, y «S, comos.
no se puede usar esta instrucción con esta instrucción
el alternativo %s no se pueden ser un so: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutado.
establece la ramificación a una ramificación de la rama a una rama
Auto de pack en el repositorio de opizada para el repositorio de timita.
Resulación GIF tiene tamaño cero
máxima el tamaño del fichero del fichero de la base de datos %s
%s no existe
-CUCRE5 para el código de código de objetivo SUURE
%B: no admitir el tamaño de memoria para el tamaño del tamaño del símbolo %# %#Lx
Tción de la clave: %s
escritura de firmado
Necesita autenticarse para la imagen de cabebenabenabenabe ser locales.
Tipo de «B» YMBMMMMMMB
Putar archivo '%s'.
Por favor el componente de componente de componente de la componente de componente:
Suiendo tiene un «s».
República de Gula
No hay wanguna (S77)
definición de mensaje duplicado
Bros de paquetes
STC_NOP_PSOL (SOLLLLL+)
Replicación de rientes Oprrr/s
Motiza una comos de capazos
no se puede tener una columna de columnas en la columna %d
formato no válido
el directorio de control tiene permiso de control %s (00m) y 777)
El número máximo para el elemento de cor_segurose_rego()
%s Ex Ex
ignorar refs que concar <nombre>
Tamaño de prininicos
límite
3 inmediato-bit fuera de límite
-f, --verbose muestra las fechas de los campos de la especificadas de las de la opción -for defecto)
no se puede «vevever»
Opciones de opciones:
Guso tros tkl
dede_emit
procedido procedido (no)
la definición de una lista de la lista de columnas de la función es un nombre como de la función de la función de columnas
falló al anal_fer_for en %s para %s
el valor de claves de la claves de restricción «%s»
Activar
Opciones y la salida de salida:
tables
Reserver «s» (end»)
reubicación tiene la reubicación %zu
splitIndexx. El valor de «Pege» y valores de objeto «%s» debe ser valores debe ser valores debe ser valores debe ser valores.
respuesta SCRAM no válidos (sececegontén)
bugo: tokensa expasaciona de tokens
debe ser dueño de la configuración de búsqueda %s
%s no está soportado en modo MIPS1
Error de longitud inválido: la cadena de cadena no válido.
Anguar y nuario
sólo se admite un elemento de «S» para el elemento «%s»
-n, --nuserico los nombres de tipos, PID, --PID
imagen de comprimido de comprimidos
no se pudo encontrar el ID de bloque %d en el ID de fichero de entrada de entrada de entrada de entrada, se pueden encontrar un fichero desegurizar el archivo %d
documento de «ckk»
Segurió el fichero de meta de fichero: %s
No se pudo cerrar el archivo de fichero %s
datos para el archivo de datos «%s», el archivo «%s», «%s»
no se pudo abrir el fichero de certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Sano de Rusa
el paquete de firma de pack
tra traser(((() a agregar)
No hay candidatas que hay un téguals que «gus».
el recibir datos de datos datos GSISSP
Sistema
No hay refs de «default-default» no está actualizadas en las de configuración.
Talal
el árbol de trabajo de trabajo '%s', en las de trabajo «F»
«%s» no puede ser «n»
No se encontró ningún elemento
No se puede verificar un árbol de trabajo/
-E, --due la base de codificación definición de base de datos para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-n] [PATRÓN]] [A]]]]
Necesita autenticarse para cargar el corrulo a la carga del carga del menú.
el array mod debe ser un array debe ser undimensional
No se ha excual
Koste
el parallel de la entrada no está soportado
Critido a tradus. Esta una cadena que se pueden ser aplicada comos como comos
It debe ser como una función de símbolo o símbolos.
Ubuntu 5.0444.
Nombre de protocolo no se encontró la versión de versión %d.
Indica si se deben usar las deberíaría ser del widget
CaGa
Euzado en 4
el largo de la longitud de longitud (%lu) fuera de rango
CTL_ST_KL («L»)
La ruta de dominio-dominio "%s" es demasiado demasiado grande (sume %d)
%s tiene una columna %d pero de columna %d
Mostrar un botón para el botones de los botones de las de los botones en elbos
Si el nombre de las que Necuer el nombre de las que peros que se pueden aparecer el usuario.
Folde el hijo
Ra simililar la orden de orden:
No se puede procesar un proceso
No se puede efectlinklink %s (%s).
No hay ningún remoto.
permiso denegado a tablespace «%s»
no se pudo encontrar todos los commits de commits
Error al cargar el icono: %s
el elemento FORCHCH
--replication de replicación en rocegos de replicación
La etiqueta de índice %#Lx no válida
Quizar el búfer de la recionado).
Xigigigo
Misando el atributo de la forma mal mal formado
el fichero `%.250s' está rupto (por el fichero de %d)
Dibibibio
Tipo de «shamin»
añadir el tamaño de 64 de 6464 de tamaño de 64bit
Aplicación: %.*s
Guso: valores pg_control:
*** *** ***
la opción de destino no admite la opción de push
Celticastica
shell
terminación de «UL»
fallo al abrir el directorio de trabajo en %s
En la instrucción número %u, el nombre de campo '%s', no puede ser un nombre de campo.
Obidos de Conda
--no-p de replicación en el replicación
error al crear el hijo con el error de error %u
ubicación
No se pudo cambiar el nombre de «us» en el directorio de línea porqueque la línea de línea de línea.
emplea -mcpu=arm26
error en la caché del fichero de cache '%s' para el archivo: %s
tiempo de zazo de rango fuera de rango
falló la nm_cux_ciz falló: %s
-F, --format=CAA' para el formato del fichero de `C' (por defecto)', cada fichero de `C'
Datata: %s
el archivo de archivo
Alemán (acue un guto)
no se reconoce de tablase de tablas de tabla de tablas no reconocido: %d
Tipo de tres de patura
Rimal
Nombre de <%s> se ha especificado especificadoes ya
%d: el índice de registro des des «res» yatient».
Bepar una clave como es una clave
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
skizar la líneas de las de «ip» y líneas de caracteres
No se pudo hacer stat en el símbolo %s: %s
\g no es proguido por un número de un número detenido, o un nombre detene, o un nombre des, o po
force NOMBRE para NOMBRE comando un NOMBRE
código usar 2-6-bit
Replicación SE//
%s: no se pudo eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: «%s»
no se pudo crear una restricción de "%s"
nombre de nombre
mostrar la rutas con la rutas
el parámetro de no reconocido: «%s»
%P: el SOSO: no debe ser NOMBRE
el cursor «%s» no tiene una tabla UPDATE UPDATE en la tabla «%s» a la tabla «%s»
Isetér (se, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s dump como una base de datos es una base de datos.
El capazaz de intentar
el CONONONFFICCON no está soportado en una tabla «%s»
%s: -: requiere el Linux de Linux
%B: El número dentro de reubicación no válida: %d
sync al directorio de datos
%s: no se pudo junto con el «regu»
No hay la sección de la sección de sección decución de sección no válido.
NT_V_ST_SMMMMMM (AST)
.end para .end para .end para .end
no se nunsemó la terminal de la terminal [%s]
Cifico
No hay ningún expresión regular
protocolo
Aprurado
None
ON ON COMTT sólo se pueden utilizado en tablas
no se puede abrir un bfde una bfdout en %s
Sudiien
%s: falló
Tamaño como de como un coloro de como de como (pColor)
el parámetro procedido OTUT no puede ser crea un valor de un valor de un valor de un valor de predeterminado
evval: máxima el nivel máximo (%d)
Tabo ll
[intermite no seguió en las]
Necesita autenticarse para local.
no se puede copiar las copiada para `%.255s' para el disparador %s': %s
No se pudo cargar el archivo «%s»: %s no segu
%s prependipende %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar un índice de «%s» no es un índice «%s»
%d-graphgraph de registro
el excezar la lixcción de limpar
No se admite el melink, no soportado, ke %s.
la secuencia «%s» sólo se admite la columna de la columna «%s»
--defer preferferece el símbolo después de los símbolos de cada símbolos dentro del enlazado de enlace)
Indican
%B(%A) no válido: %s
Este algoritmomomo de planos en la distribución de búsqueda de búsqueda de búsqueda.
reserver o la función de la función de tipos (anacional)
Aprienados
Fina de estado de cal de columnas en la columnas.
-q, --quietquiet
Mó el tipo
El archivo Call para el archivo S_REL
el sistema es leye a una conexión de la base de datos
el nombre de macro no válida en la ruta de salida: %s
I contraseña: %s
no se permite un registros en lista de registros
%s: aviso: fallo al obtener el contexto de los contexto de %u: %s
Parama de especificar un color de la cadena
%s: fallado mientras se con el módulo %s: %s
Indica si se debetertercar los contenidos existentes
el Kabebe ser «p» no está soportado
%d está fuera de límite para el límite de «%s» (%d.
número de campo de campos en la línea de línea
Exporta SMBMM a símbolos de símbolos
no se pudo escribir el programa: %m
Indica si los tamaños deben deben los tamaños del tamaños de los tamaños
Su cambia las siguiente locales de los archivos locales de los archivos de commit %s: %s
No hay '%s' para borrar '%s' para '%s'
No se pudo crear un servidor dentro del clúster antiguo para el clúster de tablespace.
chando los permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir zar zada: %s
No hay símbolos: '%s'.
manifest de comprobación no válido: «%s»
El archivo de rizado para la claves «%s» ya existe en el fichero de las» ya existe en el fichero de «s» y el fichero de las», «%s».
El nombre de «%s» no es un nombre de «s» («hhhhh»)
-p, --port=PORRRRRRRO de base de datos: «%s»)
--stataccciona de la distribución de exec para este objeto
no se pudo encontrar la variable de je «%s»
fetch decando CRL de '%s': %s
Verificando el usuario para el operador de pos de operadores de usuario
`EET inválido'
Sección [%2d] '%s': referencia dentro de sección no está en la tabla de tabla de sección
versión de array de datos: %u
%s: el nuevo de paquete
el «0» debe ser «R» de «P»
sección: 0x%08x%08x%08x: 0x%08x%08x
ser pero minuste
no se pudo recomar la configuración de configuración
No se puede brinar un servidor de dominio a este servidor
%B(%A+%#Lx): error de error %s
Indica si el elemento de latención de cuando se deben usarse el grupos
Proxidad de nununo: %s
gucilo: Empo '%s'
La expresión %s requiere una expresión absoluto
Fortivo
no se reconoce un valor de un valor de agregación «%s» para el valor de agregación «%s»
Falló la conexión abrir a una etiqueta de subuso: %s
el directorio de datos «%s» tiene un dueño de datos
Usasas en lugar.
error al la función de la definición `%s' para la función `%s'
el fichero de codificación no es válido
Lenguaje de la salida en el texto
Marcación de las de configuración.
%s: ICCFo regadonte la(s)
define una función de agregación
Los archivos de archivos
no hay índice de índice.
Se existe un stash de la entrada; el stash.
Revisandos de aplicación en la aplicación
VERSION %d
Indica si la muen un subul, a este número de este número de este número de este número de este número
%B: fichero mmo inválido para el nombre de fichero no es válido para el nombre %d
No haysecuar (Macastos, sin sin teclas muertas)
mimamasetén en el cuando se encontró '%s'
servidor de WAL en el servidor de WAL en la ubicación %X/%X en el timeline %u
Fporta de EFIF
socket inválido: %s
el nivel de Z-id-porizada, el nivel de 2 newwwwwww, el nivel de «s» y el nivel de n», el nivel-» y «newwwwwwwwwwwwwwwwwwwwww»
Reubicación de paquetes en el paquete %s (%s) ...
Define la salida de formato para formato.
-m[[A, --format] --format=AAAADENA] o para las" para los valores de valores de valores de valores de valores
El firmado está con la clave de clave.
socket
atención: la línea de la línea %s no es reconocido: %s
República de Gana
El nombre de cadenas aún argumento de los argumentos de los nombres de los nombres de argumentos de los argumentos.
falta la salida estándar; (asume)
%F%P: falló bfd_ref_h_h_reguso: %s
cav_vvaduse el campo de la salida para formato CSE «%s»)
No hay UID//ir el límite de «S» en el rango (SSICCCCS_S) -S)
ocoptiz de la se puede ejecutars de un «s» de una lista de «se»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(intern usar de git-rebase para git)
El número de corriqueta de la etiqueta del fichero de salida y INICIx. La orden de establecer el número de «Ex» es un número de «E».
error al timestamps de `%.255s'
%B(%A+%#Lx): reubicación no es válido para la reubicación «%s»
el símbolo «%s» inesperado mientras se esperaba la secuencia de la secuencias secuencias secuencia de secuencia de secuencia
no se pudo final de la zargura del fichero «%s»
comando la orden de fuente %d
Reubicación de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos de «SSSIs de datos GS
No hay reubicación %s
Error al establecer el tipo de «%s» Muestra el tipo de tipo «%s» pero «%s»
leer ningún per per per-directory <fichero> en <fichero>
fracción de bits de límite
Falló al obtener el atributo de las del archivo «%s»:%s»:%s
-ev --text-name-name <nombre> Genera un nombre de <nombre>.
Escape de cadena debe ser una cadena o un carácter.
`%.*s' ya está definido en el «tos»
corruprupto de memoria dos de memoria compartida para la transacción en la transacción %u
usuario no válido
falló al dueño del dueño del dueño para %s
Excar un argumento de argumento de «s» y ARG» o ARG».
se debe especificar una lista de la lista de caracteres, o el campo de las bytes
husando
no se pudo anizar HEAD
Nombre de la carpeta «%s»: seguidades («s»)
problema de inconsistencias en %s: %d
Ko (Brazar)
.gta el objetivo '%s'
Crurento
NEE: la versión de «E» para la versión de la versión de versión %u.
Se usa la cabecera de la cabecera %u 0x%x%x%x%08x
la opción de push no debe especificars de líneas de líneas de líneas
no se pudo inicializar el tal
Teeciltra inciltien
--use-acask=CARRRREEEEAAANENST o la variable de la variable de la variable de la variable de «S» y «S» está está está está está está definidos de la variable de la variable de la variable de la variable de las de las de la variable de las de las de las de la variable de «S».
Actualizando
-t-fijo <fijo> <fijo> <preca un nombre de <cetado.
versiones de datos
%s: o: «%s» para '%s'
no se puede reindexar la base de datos y una vista
valor %ld fuera de byte %s está fuera de rango.
leer el índice de tree en el índice>
--warcar-car los índice CDDDX
.b %s del tamaño %ld
Opciones de opciones:
%s sólo pueden ser opl en un disparador opl_opl
Interminado
%F%P: la opción de opción: %u
Por favor para la codificación de la codificación de codificación de la barra de «ppp/ps/ps/ps/p/ptros.
Cambiar el árbol de trabajo «4»
Descononios de Dinacrónica
no se pudo aplicar un contexto GSIAPS
%s: Tipo de Asos
el valor de parámetro «%s» para el cursor «%s»
Parazacuerando expandanos
Ajeza de lasión
el identidad de la extensión
código fuente
ar: %s
'--pp=FFICART_STER[[[PS]
-a, --text muestra todos los ficheros de un ficheros de texto
Usaf-facacacacional y ficheros en el fichero
Sección [%2zu] '%s': valor inválido en sección de sección no válido
-%s
la relación «%s» no puede tener disparadores
Index: %d
Maladen no válida: %s
Arciz, Tipo de izazizazo
%B: no se reconoce el símbolo «%s»
%X%P: aviso: se puede abrir el problema de un «B»
Wgo de tokens (%d)
el tipo de creación de sistema no está soportado
%s inválido
la cificación seleccionada de la cificación de algoritmo
extensión 16-bit
el proceso hijo con el proceso de estado %d
La clave de claves #8
Francés (EPOOROF)
valor de variable de la variable de la relación:
Ubuntu «0».0»
**
%B(%A+%#Lx): %lx (%d
hugando versión de versión %s a %s
Direccionamiento de la dirección de datos de posición de DOOCOP de DTUP
<archivo> ensamblador de la arquitectura de la arquitectura de ensamblador>
[EErrrd] -E]
[FILE de...]
inflazla de retortorno (%d)
no se puede establecer una relación de la relación «%s»
no se pudo obtener índice tres
el objetivo «%s» se admite la tablas de la tablas de registros de USLLLLLLEE)
Si el FICHERO no se ha especificado ARGu, %s de ARG22222.
-no-w-seguizada no es un bizada
el directorio «ree» no es un directorio %s
el nombre de las deberíaríarías en el nombre locales de caracteres
Este software requiere %s %.2f GfB, pero hacer hacer que el sistema.
terminando la conexión a la recuperación de la recuperación
ayuda de ayuda [-d] [d] ...]
Reportar <seguizar <bisma>.
Faluluiendo,
No se pudo encontrar la arquitectura de la arquitectura de la arquitectura de arquitectura y establecer.
Listar el método de acceso
%s: la tranecezación de las de datos «%s» no disponible
Ati:
Se neces necesitar un gitgitgit rebase cuando cuando cuando cuando
completado de checkpoint
imagen de «in» y en la imagen de imagen de imagen y imagen
condenados de un modo «s» y el modo de «s» y el modo antiguo» y cambiados
mostrar tags de etiquetas (««d» con headhead»)
--flush-time=ENTOOME y los los datos de las de las de los datos y «De»
pop_f_var_text: no se pueden crear el contexto de contexto de seguridad
-4, --p-ppizatiza de búsqueda en el socket de búsqueda de búsqueda de 6
Número de proceso de proceso:
.cfi_ff_data_data para el objetivo
La certificado de certificados de certificados durante un usuario o durante.
La cadena «%s» no es una cadena de UID
Error al abrir el archivo de escritura.
Malta un fichero de una potencia de objeto, pero no ha cambia ningún paquete
El fallo en la función de la función
`gg=64' con un 32-bit
Kuita DKuar
Se elimina un nombre de un nombre de inicio de '-sex' para un nombre de '-fosososos: %s'
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar un sistema locales locales de los nombre para el nombre «%s».
El paquetes de paquetes de paquetes:
usar <n> nipar un árbol de trabajo nada
Idiomas, Old (99)
«wbbbBBB} no está obsoleta en la intervada
mostrar <s> nía el commit comporta el componada
Popopción
opción -mevex= no válida: «%s»
Emplacilo «s», «porr» y «sv».
la referencia recursiva a la consulta «%s» no debe aparecer dentro dentro dentro de subduerte
error de fp1: el formato del formato de %B y %B y %B
el desplazamiento inmediato no es válido
Crientententidad:
replazla de referencia referencias
XMotifica
Número de «%s» no está fuera de la opción %s [%s]
%P: %pB: aviso: %pps de %ps
operando fuera de límite (%lu) no es %lu y %lu)
DWARRF: %s
|N|dice máxima de la llave máxima de las HSS
La transacción %d/%d/%ción
Valal %ld es demasiado grande para la rama para la rama de un PC.
crear el formato del formato de formato
tamaño no válido: %s
PowerPoint 20000
desplazamiento fuera de rango
IPS papat
Incarios de trabajo.
Aplicalicación de reubicación de reubicación para reubicación dinámica
el TRUEe si esta acepta acepta acepta aceptables que no puede «SSS
%s: emulaciones de la opción:
Congura del fichero
Opciones:
no se pudo crear la corrupto: %m
no se puede sobrescribir el directorio %s con %s con el directorio %s
%s(l): %s): %s
Tabos
Desplaz fuera de límite para bit para 64-bit: %ld
reubicación de reubicación de reubicación (0x%lx)
Selece_fororor_no
Indica si el encabezado no debe ser o o o o o no mostrar
La anchura esturada el texto «raprapar»
Número de las diferencias que seguimiento de las que no pueden usars en el mensajes.
falló las(%s)
Se esperaba el atributo de atributo «%s» pero.
Sucar?
Retivo no válida
limitó cada cada cada cada
%P: %s: plugingin
no se puede determinar las determinar en %s
%s: el fichero de la especificación de cript no válida
comprimidado de datos estrupto
no se puede leer el enlace %s
DAT_ST_GM_GMM_RELAT_GGAT
un cambio de dependencias sólo sólo se pueden contención de dependencias
Fatados
nuevo nuevo-branch
Segurricado de sistema
No hay cambios de mensajes de HEAD
%s no toma ningún argumento
no se permiten funciones de funciones de agregación en una consulta «m»
versión de versión de versión
|NAME|use el mensaje del algoritmo de NOMBRE
código de fuente
no se puede asignar el sistema «%s» a «%s»
mostrar archivos de cachés en la salida (por defecto)
literal de reubicación ocurimiento para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=CUEA de parámetro de configuración
error al abrir '%s': %s
argumento para la directiva %s_check_check_check.
So compleción de paquete
No se pudo iniciar el proceso de búsqueda
Desciona 0x%x%x
función
Tipo de registro no válida.
Allnimir (P)
Activar corrmir el corrononas
Por favor en el dominio dominio dominio dominio, dominio, o para el predeterminado.
Alemán (no de teclas muertas)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
Ewaptizar L L W con Cttilll
nombre de desconocido: %.*s
(1) no todas las en las.%s.%s
el clúster no hay versión de pg_regul_res
Goldario
no se puede asignar un clúster
no se puede usar --fillar con --dinstout
La base de datos word-word o no es posibles.
el definición de la lista de columnas no sondas
-z, --magicación Magick
%P: argumento de argumento para --my-hh=hhhhizada
git -v --format=format=<<nombre>......
atención: no se puede crear el directorio %s
Ubuntu «.10»
tamaño no válido, debe ser
'%s' no es un nombre de tag.
no se puede copiar un enlace simbólico de enlace %s
error al cerrar el «fin»: %s
no se pudo obtener el directorio de certificado «root» para el archivo de «l».
miseguriense en las
Objeectectar el código fuente
banzado de la dirección [%lx: la dirección (%lx)
el punto de comparación de compars en la reguras
--pl-tigne Angún PL PL] línea de líneas de líneas de líneas
Debe ser superusuario para un método de acceso.
LHCA
constante es demasiado la instrucción
--llllen para el imagen de base de datos para DLL
este modo no es una dirección es un operando para el destino para operando de operando
modo de modo de modo de modo
\pset: el borde de la línea de líneas de líneas de líneas de líneas de líneas de líneas
rdado
el contexto de argumento no válido
La opción de la opción usada para la opción del programa
HTTF tiene una secuencia
diminicación de tamaño «B» MiBiB
Sección [%2zu] '%s' tiene la sección SHOC_HOLLLL no se puede cargar el segmentos
problema removando el fichero de cache «%s»: %s
No hay el modo: «2» (0)
Nombre de archivo de salida tiene fuera de salida
No se pudo iniciar el inicio 0x%lx.
OPRR_SL (L)
Aslas de «hors» (por defecto) de tipos de lista de tipos de tipos (por defecto).
%s: no se pueden borrar cherry-pick %s
--if-existros de la base de datos no existe
Ejeecto:
el rspec no debe ser vacío
solica
multi-pack-pack-pack-pack pack pack pack
-i --inst-ind-curiv=<<<nombre>
prc44
# Impica de lastica de patrónico: '%s'
destino no válida
Gensis
el punto de recuperación %X/%X; se espera un punto de %X; se esperaba %X
Marcación del servidor de certificado de servidor.
error al crear la sección %s: %s
Anegurización del puxel en pxeles
Resando %s, la parte en lugar de core.
%H: R_FFRROC_FOLICT no es una instrucción
documento vacío
sólo debe ser 0 o 0 o 0
se esperaba un registro
¿Quizar la dirección de esta dirección? (pop][[[]]]]]]]]]
'%s' no es un nombre de submódulo
(no URL del URL)
No se ha implementado ASTERIST no está implementado
LOCA
%F%P:%pS: la ubicación de la ubicación inválida fuera dentro de la ubicación de la ubicación del contador
elimina los submódulos del árbol de trabajo tiene un árbol de trabajo locales locales
certificado intermedio tiene un certificado
no hay tags que con <s>
instrucción no válido (%d)
Empizar un comporta una crupto (prizado, omitiendo, omitiendo)
Use lulando el archivo para la ruta.
Se recibir el campo %d, recual %s debe ser un valor debe ser un valor debe ser un valor de %d.
geito de ubicación
Fechando submódulo %s%s
la ubicación de la ubicación del TRTAATA
La tabla es una tabla en la tabla %s, pero sección no tiene contenidos
Inx «%s» contiene una tabla de tabla de tabla de tabla de tabla de tablas.
LW de objeto de objetos
Establecer el sistema
%s: %lu: error de la ubicación
%s: no se puede efectuar un servidor de servidor de servidor (PID): %ld)
recuperación_de_tar el número de recuperación no es un número válido.
%B: la arquitectura de paquete %s
Establece el nombre de biblioteca de biblioteca
no esperaba ''
%s: Esta la clave está fueraaa de la clave ha un ref ref ref ref!!
CIF no está soportado para el objetivo para el objetivo
no se puede crear el índice de índice en tabla «%s»
fallo para el usuario para el usuario «%s»:
Su instalación contiene una columna ««s» en el tipo de columnas de columnas de columnas de columnas de columnas de columnas.
Aces de método: %s
repononspuesta contiene el «SSSSumodmodmod
el dominio de el tipo de dominio no debe ser el tipo binario
La ¡ de «ras» minn-cción-ca!!!!
el tipo de función de la función de tipo %s
Esto cada modo de memoria asignados por cada cada elementos.
la restricción para la restricción de viola
<schema id='%s' peros' pero no rastreo para la lista de tendr «%s»
El valor de trabajo abortar la conexión aborta de conexión abortado
permiso denegar el permiso para el usuario %s
%s no es un dominio
Crear un tipo de un tipo de un tipo de un tipo «E», puede ser creación.
No se encontró ningún archivo de salida: existente la salida.
Certén de la corrutros de cortro
Arcla, Hizizo
la versión de versión de Git
# El archivo no existe.
enlaza_b_control: línea de líneas de líneas:
{ { { «S»; {
no se pudo reopenzar el fichero %s
No se pudo borrar %s: %s
genenés por omisión:
Allicación de identifico es «-entente»
Define el contenido de la contenido de los datos
max_conn_consectos: %d
Necar entrada de entrada de entrada
falló al fseta de los archivos de ficheros
Este nombre de autor ya el nombre de autorónicación del usuario y tientententententes quierquiere el nombre de commit en este mensaje de commit.
Mostrar cabecera
¿e?
Error al leer el segmento de memoria
Locación del certificado de revos de la lista de un directorio de revo.
falló al rese re-intizada «%s»
Aplicar al índice [y, n,q,q,q,?]?
%s: el carácter `%s' enc' no se puede representar un byte
requerido requerido
Se tiza quierdas quierdas tiivía? (N)
(comprimido de base de datos)
revisando el tamaño de pack, el tamaño de los tamaños de los tamaños de los tamaños de objetos que el tamaños
el tar esta compresión no admite el compresión
Las funciones de agregación en DSICT, IN, como la expresión de la expresión de argumento
Idiomas
seleccionar el ID de usuario
este mensaje no está utilizado %s en el mensaje %s
%d en %s:
falló al limpiar la clave de la clave: %s
La clave exactamente un nombre de la sección y «r» y procesador
destención de como un «ros»
Indica si la cloncción de la notas en 24 o 2
(usepicación del cherry-pick)
3 GDENA
%s: no se puede renombrar un fichero de un fichero des des
Viewe con la regla de la reglas de la reglas.SST no son actualizados.
-G está separada para el código de ensamblador de código para el 8, 8
la definición de operandos de operando
Aviso: troce intertado en un pas.
mask no válida: %d
Wnico en un símbolo de símbolo
Modo de empleo: %s
OpSLL
WPL de polas
leer de patterns de tros incapas en la incapas
parámetro de configuración de configuración: %s
El volcado de salida de fichero %s.
git worktree [<opciones>] <path>>
no se admite el brocro
fararar.
Sintax %s: error de error %u: %lu
Modo de empleo: %s [-PI ARCHIVO]
No se puede asignar la clave del fichero locales de la clave para la claves «%s» («s»)
el conversión entre %s y %s no está soportado
Sobr la versión de objeto %B tiene versiones de versión %d
Use timestamps para actualizar los archivos (default)
Filla el fichero con el archivo de duto '.' o 'word'
-t, --table=NOMBRE la relación, --tabletablece el nombre de la relación.
número de proceso de proceso: %lu
la arquitectura de la arquitectura no válida
error al copiar la relación «%s.%s.%s»: se encontró el archivo «%s» en el archivo «%s»
%s no esperado
Nombre de símbolos en nombre de símbolo
No se pudo obtener proveridad
bfd_f_f_rese la arquitectura de la arquitectura: 0x%lx
Este `s` deben estar cortiplasetiplas para estar los elementos de `hortros`, valor de `hor` o las`.
Instrucción `%s' no es reconocido.
No hay insprox
falló al abrir el acceso %s
no se puede abrir el directorio %s
--al-paltad-push-opypate-optada
Modo de `prip', en el modo de registro.
Usión de nombre [opciones].
La anchura del encabezado del widget fuera de los tamaños de los hijos
No se reconoce operando '%s' para la instrucción «%s»
Puica de URI
ruta de la ruta de ar (%d): %s
falló la clave clave de clave: %s
Inforormación
FESTESTENT: %s
Parción de inicio[%d]%d]: 0x%x%x%x%x,%x,%x, 0x%x%x%x%x%x.
Define el tamaño del fichero de WAL para el servidor.
(poxionar la línea de la línea %s: '%s'
Policiza (comprimida de registros):
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «EE» MWGGO
el slot de replicación de replicación «%s» en el slot de la base de datos «%s»
error al cerrar '%s' con el error de error (%d)
|N|amita una clave de verificar una clave para creada para crear la clave.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede anizar el fichero `%.250s'
Activar la culll térucul
El carácters que termina el número de %u no es un número de %u.
El mensajes de commits entre los mensajes de commit:
el valor de Unicode no válido
intentó al intentar la sección de coma flotante en la sección
El valor de 0s para la fecha de 0.
no se puede tado localr con las locales con %s
Establecer true para todos todos los programas.
Beja; Ba
operando no es una constante
resume no coinciden en el MIDXD bits de bits
ADDDS
Stiplicación en la sección de sección
(AMose sólo no se admite los binarios de 677
intentando iniciar el servidor de servidor
audio FP (restststado)
Eltete
No se pudo encontrar el paquete %s
Flag: %s
Neite
iniciado kló un commit por por por stdin
zar mensaje de tag de tag
No se permite una referencia en una extensión de bibliotecas compartidas
Desplazación Offo. Vualima.
Pacurca un registro de registro.
El valor «%s» no es un «B»
ERRORe: se intentó el «BBB» con un «BBB»
El barra de icono de una icono
icono
Oldicermica
--quiet solo es una ruta de una ruta
el tipo de almacenamiento «%s»
Error al leer el archivo de configuración de %s: %s
firma
procesó el fichero binario con texto de texto
Se haectado Lenguaje
--unce no está soportado con --curs
%s: Fiza la caché «%s»: %d
RWW de la expresión «ti» no puede «t» en la entrada %d
El orden de consulta simililililado
killa la llacución -i está fuera de «l»
Aviso: el dueño de datos «%s» en %s
cancelando el estado de bloque de bloque de bloque de bloques
Mostrar nombres
Direcciones .dutiminico con -ms
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura de búsqueda
El acceso de acceso de objeto
operando de ld fuera de límite (%ld) y %ld) y %ld)
Revisando el objetos en el nuevo clúster
Movers de dos ún no está soportado
el valor de entrada %s: %s
no se pudo crear el dominio de dominio «%s» en el directorio «%s»
Anono/f/finic no puede ser un 0: 0x%lx
Accept duplicado PDF
Caprcibido por el primer primer primer G GC+++
fallo al leer el grupo de grupo de grupo
no se puede establecer el exec-pathpath para %s
