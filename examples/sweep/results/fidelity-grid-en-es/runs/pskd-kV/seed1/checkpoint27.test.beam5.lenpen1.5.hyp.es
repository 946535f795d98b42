Si el botones ago el botones debería ser un pregado en pres
Incirma-rososos
no se pudo crear archivo '%s'
El dominio a la dominio para dominio o dominio NULL o dominio
%s no puede ser aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --quiet muestra --quietsilentes de --prepresentes muestra los espacios de tentes
no se puede usar la expresión de subtítííía en la expresión
Daseme «s» de nombres «res»
El archivo de solo se ha sido
(unadicitatado)
Excionioniones de eventos
tipo inesperado `%c' en el tipo de precicación de tipo
Error al tras %s: %s
plantilizado
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en la sección
no se puede crear el archivo de fichero %s
AARCHARCH en ARCH
Error al iniciar el parámetro de %s: el tipo %s
las referencia de refs para '%s' no coinciden'
Mon-hershers de lenguaje
base de datos %s
No se puede recibir Dar Dario
clase de datos no válido
Por favor consiste de claves de claves:
--corcar la rama de rama
Define la mientras seguerndo el nuevo clúster
CRSRR, República de Serto de la vistas Sos.
Indica si se debenncras de word para la líneas de word o fratizar la líneas de la líneas
Cashorr la claves de Chhhortk (fashhhhhhhhh)
Teciera el servidor de la tipografía Xllado del servidor
Cdrom con Ubuntu 9.10 10 10 10 «Kalalalal
Tabanano
la opción -s opciones -CTA||-fttrigus que puedentas
No se pudo renombrar un directorio, o un directorio, o dimy o «m»
Nexistiza la dirección del psalalal
Pamamama Z)
El número de cabus de la pantalla de la pantalla de bloques de bloques.
Veweras
El formato de con formato de la expresión -m, pueden ser multizados en el mismo -m, -t, -b, descartar el mismo espacios en lugar de las en lugar de las en lugar -t, -t, -t, -mmmm, -tie el mismo espacios en lugar de cort, -t, -tus en lugar de cortalalalalalalal, -t, -t, -t, muestra muestra muestra muestra muestra muestra las en lugar de las en lugar de cortalalalalalalalalalalalalalalizado
el archivo no está instalado, pero pero no soporta instalados en este compresión
Cololís y pids, Engullsononon la base
línea de línea no válida de línea %s
no se admite el URL de todos todos los URLs de rellos de URLs
Time a Liió:
Aplicación en la salida en INOOOODAINININ
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de caracteres 'cas' en el carácter de 'st'
destino
Cftizo Xalias
core y cambios en el longitud de 32 bits deben ser bits.
sparse: filosiltros se han ser opredededado
No se admite el duimiento de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BOUF, pero sección de sección de sección de sección
operandos de tipos no puede ser inferiferido
inicia_pepros: pgpgpg_troso pg
no se puede encontrar el primer primer registro GSMSTS
Operación: --ac=SHSHHH con --acasis con --sistes
leer el archivo de ruta de archivo de archivo
no se puede iniciar el inicio de %s
No se han usar las opciones de datos en el «arkk» en el URI» y el URIs
Modo de empleo: %s [opciones] [(s)] [(s)]
la opción '-%c' requiere un argumento positivo entero entero positivo
No se reconoce INT_INTT_ONFI_ONFFL %s
No permitir una definición de símbolos en el nombre de símbolos en el archivo de nombre de fichero des en el fichero des des en el fichero des en el fichero des en el archivo
la opción --no-conflict-dos requieren-sert-insertos, --se --sert-sers
clave %s: la clave «%s» firmado %d
el índice de versión equivocada %d
Se especificó un protocolo de protocolo
Francés (al.
Recasecar los ventanas de una ventanas de ventanas
-a, --allall todas las bases de datos
<stringstringción de tablas: %ld
El valor de la cacedado para el valores de «s».1».1».
'%s' existentes'; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Ausenteción de encabezado en la cabecera de encabezado:
--no-cifizar el modo de rama de ratizados en modo de «s»
Sintés en la elementos en el pololol
no se pudo comprobar la verifica o HEAD «%s».
-mas-name> Establece el tipo de 8. -111000000, 8.
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementar_k() en Gs
falló al analizar %s
Tamaño de la x
la instrucción no admite el modo de la dirección de dirección
abortando la transacción de abortado
sipizados: nuevo nuevo %lu
no se admite la orden '%s'
El número de registro a un proceso hijo a una hijo para el hijo
kipientación de WAL (LSN) %X/%X o %X
el argumento %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
OCSPSP no es válida
Cdrom con Ubuntu «W» «W».
Marando %s
discrimimir que menos mayors que cero
El inmediato está fuera de límite para 06555555
-fus no se han usar concuerdos con -ard
Macción depurarizadas para los ficheros
%s requiere un valor numerado
Lista de XKBBB
múltiples documentos de escribir al mismo mismo mismo registros
%B: número de reubicación %XX no válida: %d
Sukka de la cabres
-X, --exclude-directectectector=SIL en lista de lista de la lista de la lista de la lista de la listas
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizados (%zu)
abortado antes de asignación de lectura
la instrucción de instrucción
debe especificars en un sparse-check-checkoutout para reprositamente a titamente a trentes
el tablespace para el tablespaces para %u no se pudo eliminar %d
--tatacción <size> Establece el tamaño de la pila en la pila
el índice se deben usar el índice que no debenn usar el índice
atención: %s contiene un punteros
«CCSP» repuererr '%s'
el campo /erera del rango del rango: «%s»
define un nuevo nuevo nuevo registro
no se admite la sección de sección en la sección: %s
Incoras_exexcar_argución %s (s).
Internalal: error de errores: «%s».*s»
Datizado abortado.
Bulsocers
documento de Aporkk
sección en sección de sección [%u5]
refshor_opciones>]
%s: el registro de la cusión: %s
Verción: %s
Vetietienames
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe contiene un tener entre s/o entre s/s/s/s/s)
Error de SDDDD
-, --help[[[[[[opciones] muestra este resultado
Verntica de Ajusto
Símbolos de instrucción para una instrucción
no se puede borrar el vie de la «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Cappando instrucciones o instrucciones
no se pudo analizar la lista RVID «%s»
valor no válido para la opción '%s': '%s':
Cololcarás de resonlicación a eventos que k
huse páginas no está soportada en este po
Munté una expresión YTPCTY
No se encontró un símbolo de símbolos en la sección de sección
Define el número máximo máximo de los procesos de ejecución de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [RORO] o bien: %s
deser_acacar_azar
el archivo «%s» contiene una cadena no contiene un incULL en %s, en %s
cliente aplicaciones SLALALALS
carácter no válido
Establece Establecer PRGO como de un enlace de enlace de enlace de enlace
@%s de reubicación no es una reubicación.
Generar mensajes mensajes
%s: un directorio de directorio
(fixfixación y conflicto "git") --continue")
redo no es redo
CPPizado (comprimido con comprimidos)
no se pueden asignar el argumento de agregación %d de argumento que %d
%s necesito un parámetro
No se puede rebido la sección de la sección de la sección en .bbbbido
Dirección de la tabla:
Urdus (P, kantua, NUL)
El cambios para el repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLL
cambia la definición de un texto de búsqueda de búsqueda en texto
no se puede recezar el iniciar %.250s después de caracteres
error de sintaxis de sintaxis no se encontró `%s'
Aplicación de cambios por las existente por commit
Los valores son el valores «%s» y «%d.
no se encontró ningún entradas
tamaño de objetos
Menso de nivel de nivel de nivel 5
ATENCIÓN: la clave de clave no es una clave con la clave de confianza con !
Los tamaños de pg_data y el tamaño máximo no son válidos o no son válidos o no son válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la barra de iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipo de datos de valores de tipos de valores
Techo de asignar de asignar '%s' en '%s'
El primer primer primero de la ruta de la ruta de la ruta estilada
Define la desplazamiento y segmento de desplazamiento y segmentos y segmentos y segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -l son permitido -lld. El archivos en el nombre de subtientes en el subtizar en el nombre de la opción en el nombre.
no se permiten funciones-nnnnn aplicaciones en la función de remorados
Kuria (Suria (S, FU)
abilililis activado
Establece el tamaño de la tabla de NMUBMUBERERMER
Si al sezar la WAL, el directorio de WAL o el directorio «%s».
|murit-log-logos de las|utuls
(nleles: %u)
AVICIÓN: el directorio de permisos en el directorio de permisos en el directorio '%s'
El Qllica es un paquete
-mno-[%s] -1-7/sisisisiste %s
Chhat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de calogo tiene plusión del mensaje pero no en el formato de las de la barra .lus de .lulus de .lulusosos de pus de puíos de .lusión
Laio
%s: fin de entrada en el archivo de entrada cuando se leíos
contador no puede ser null null en FETTTTICTTTIIIIDDDDENESESESESII
\pset: la columnas de la columnas de la columnas, «s», «s»
No se ha «endiendemendica para este software.
-d, --dbname=NOMBRE la base de datos de datos (NOMBRE) en nombre de datos «%s»
no se puede esperaba un contexto de contexto de contexto de contexto de contexto
%B: reubicación presotratratra reubicantentente %s
un registro de dirección de dirección
El firma es una probido es una FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comporando comacueses de corores.
%s Muestra el memoria de memoria es %B.
|UUUUA||use la clave para el polol
cancelado por el usuario
Kusenguaje Kus
el word es demasiado grande para word
República de Nererta Nera
Excioniendo de caracteres de argumento
los nombres simbólicos con el valores que no pueden usar un valores de rango
-P PASSAA de la contraseña de la contraseña de registros de registros de registros de servidor
Alemán (Bone, leezar el directorio personal) en el conjunto de WAL
puntero del registro de registro ZZZZ
.endient sin un preciente con directiva .entado
Runo en el directorio de pg_pg_pg_backup a los directorios.
Dar: Error de Carrega o bien bien: 0xx
%s ya explícicitados de nombres y y y y y s
sipizando fil en esta instrucción
símbolo%d
-32 el fichero de 3222 el fichero de objetos de objetos -222
OPR_ins (picicados (s) en o lus)
el modo (%s) no coincide con el modo de %s)
um, nombre de nombre, %s.*s: %s
[ARGS...]
no hay sección .cn en el segmento de sección
Necesita autenticación para los parámetros de los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
compende <separtk> en el árbol de trabajo de trabajo «s» (por»)
ONONF sólo puede ONFICCCTL con las tablas que pueden usar usar la tablas que se pueden usar con las que pueden usar con las que puede usar con las que puede usar con una tablas que que que que que que puede usar la función ONFITITIC ONF o ONFIONFICCLLLLLLLLLICTICTIONFIONFIC ONFIONFINNNNNC ONF o más más más más más más tablas que puede usar con una tablas que puede usar con una tablas que puede usar una tablas que puede usar con una tablas que se puedenecutttttus que que que puede usar la tablas que puede usar un más más más más más tablas que pueden usar
[ pila]
no se en las argumentos para el cursor «%s»
Aplicación de símbolo en %s
la columna «%s» de la columna de la columnas» no son valores
procedado_name_name
%X%P: fallo_hash_hash_hash_relo: %E
INPUTAAAAD ...
no pueden usar los grupos de grupos en «s»
%B: empleado «%s» de la cabecera (%#_#) en campos (%#)
se debe especificar la ruta((s) revisar) revisar
%X%P: la sección de sección %s y la sección %A no está en la dirección %A.
el ID (ma de clave %s)
Funcción en esperababa en la crupupto.
--%s toma ningún argumento en el argumento de argumento y argumentos (b).
Esta orden no se permite el modo de orden %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
Se esperaba un mensaje con mensaje de mensaje de longitud
No se encontró instrucción
Runa no ser modo en modo de modos. Mlááánizados.
las opciones SP: --apusamushashas
Merta de la de decerción
.G_OOOO sólo contiene un objetivo de destino
Miana
Francés (Devork)
no se puede recapepes para el valores de códigos para el valores de datos cuando no puede usar un valores de codificación.
%s: el fichero de herto.
inicia el inicio de inicio en %X/%X (lo %s)
No se encontró el encabezamiento XMPM
64-bit SIMDMDAMD o coma flotante otra el registro de precisión
Tipo de «AAAAdimdimdizados de fichero PSAAS
codificación de codificación desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDD
Este «sitititititititita de versión y la versión y la versión y %s.
Qualidad:
no se puede generar un código operacional para código operacional para el punto de desplazamiento
fres: el tamaño de inicio y el tamaño de inicio y el tamaño de diferencias
Define la Definiendos
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (conseciones)
SHO_W_LLLSRERETENSUL) en lugar de la consulta de la consulta de la consulta («S; en lugar de la consulta)
Este etiqueta o «s» y yasecurizar o «s», «s».
no se puede usar la instrucción con la instrucción
pere %s no puede ser ma ma ma mars: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutable.
establece en la ramificación a una ramificación a una ramas que seguna
Auto de paquetes en el repositorio para el repositorio de timiento.
El tamaño Gl de la imagen GIFF tiene el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-SCCO ensambla código para el ensamblador SRERECCCOO
%B: no se pudo crear el tamaño de memoria compartida para %#Lx para %#Lx de %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firma
Necesita autenticarse para quinar las locales y quiquiquine y y y y y y y las.
Tipo de tícción de YMML
El archivo de fichero '%s'.
Por favor en el número de componente en el componente para eliminar el componente des:
Sintado han no tiene una orden de las.
República de Guado
Nuseguno (Suna 6/7)
definición de mensaje duplicado
Brien paquetes
STC_N_NOPS (almacena con las en la expresión NUP)
Replicación de /endr/endien
Muntado como tregables
no se puedever el columna %d de columna %s en la columnas en la columnas
formato de mensaje inválido
el directorio tiene tipo de entrada %us (03030, 5/7 y 5/7)
El número máximo para el número devolvient_tortorno() para el áre_ent_de_ent_ent_rese()
%s Ex%s:
ignorando ref refs que con <papapatr>
Crinidad ya ya ya
rango
3 fuera de límite fuera de rango
-f, --fil=lds en las opciones de los campos de la líneas de las que no segus des des des des des (SITL -S, --s des des des des des des de salida (MIMIMIMIMIS, --s des de salida (MIMIMIT, --s des des des de salida, --feguerguergus de las des de las de la líneas de la líneas de la opción -S, --ferguerguerguergus de los argumentos de la opción -S, --f, --f, --fececegus de los opciones de los opciones opciones opciones des des des des des des des des des, --fe
no se puedever las corrpes
Ordicados:
Gutención de Greckl
de_de_mite
procicado procedico (pica)
la definición de una lista de columnas no es un tipo como de la función comparitado
anal_de_ferferbbde %s para %s
valor de claves en valores de clave «%s» no segina «%s»
Activartable
Opciones y la salidas opciones y la salida:
tabletables
Reservevers de datos (pendiend)
la reubicación tiene el desplazamiento %zu
splitInexexcerxerxistientes y el valor 0.
reppsononononons (p)
buc: literal de token de token de tokens
debe ser el dueño de texto de la configuración %s
%s no se admite el modo MIPS166
Error: longitud de la cadena cadena de cadena de cadena de cadena.
Anujo y Ab y Buda
sólo se puede combinar un elemento para el dueño para el lenguaje «%s»
-n, --num-sum-portientes de PID, --s en lugar de PID, --s en lugar de PID, --s, --s, --s en lugar de PID, --s, --s en lugar de PID, --s (pportientes de PID, PID, --s, --s en lugar de PID, --s, --s, --s, --s, --s, --s en lugar de PIDs en lugar de PID, --s, --s en lugar de PID, --s en lugar de PID, --s en lugar de PID, --s en lugar de PIDs en lugar de PID, --tetetetetiportiportientententententententententes de PID, --s, --tetetetetetetet
imagen de «A» ha «D» haciarkk»
no se pudo encontrar el ID de %d en el archivo debido para el archivo debido, pueden ser menor el archivo des des
documento de Pocción de WW
Secur el fichero metas: %s
No se pudo definir el archivo de fichero en %s
se recibió el archivo de datos «%s» para el archivo «%s», cuando hay datos «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error al código: %d
%s: valores de campos para el campo `%s' no debe ser mayor que %d
Susito Rus
packmapica
través(s) apagus)
No hay candidatas que no seguizar un refs que que que que seguícegus.
se recibió un datos de datos GSSIPS en GSIPIPS
tiempo
No hay actualizadas que no existente las de actualizar las de las opciones de las opciones de actualización.
Reteralal
el árbol de trabajo '%s', BF, BF en la pantallas de Git por seguizar el árbol de depuración
la «%s» no puede ser verto «%s» en el registro «%s»
No se ha encontrado encontrado
No se puede stdin//strrrrrizado
-E, --enen=SOENAOOOOO en la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-o de la cadenas [SP] [ficheros de la cadenas para la cadenas)
Necesita autenticar autenticarse para cargar la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalalal
Kidids
no se admite la entrada de entrada de entrada de entrada
Critados apapadados. Estados que la cadenas que la cadenas que se deberíaríaríarían a una cadenas de la cadenas.
Is debe ser un símbolo o otra de función de símbolo.
Ubuntu «P».0444ttrerel en 'l'
Operación del protocolo de protocolo de protocolo de protocolo 1.
Indica si se deben debe ser tiplicalicas de widget
Clalas CUG
Espro en 4
.COMMENAMENA (%lu) está fuera de rango
CT_LTTTL (LL) definidos por la ubicación de la ubicación.
No se pudo socket el socket de dominio «%s» es demasiado grande («s»)
%s tiene la función %d tiene la columna %d pero la columna %s
Mostrar el carbarios para el botones de los botones de la cortros
Si no se han «inin» que el ID de la clave.*s que el ID de usuario.*s en el ID de usuario.*s.
Opciones de hijos
Runa de la orden de la orden:
No se pudo procesar el proceso procesado
No se puede ejecutar %s (%s)
No hay ilada.
permiso denegado a la tablespace «%s»
no se puede encontrar los commits de archivos de commit-graphs
Error al cargar la icono: %s
FORECACH de array
--rocionionionion en replicación
Campizado de índice des en el índice
Qutilizado de la res (ininado).
Xnecrón
Descando un atributo mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto -trupupupupup)
Dibiiizado
Temonmonsonsos
añadir los tamaños de tamaños de tamaños de tamaños de tamaños
Aplica: %s.*s
Gusos valores pg_pg_control:
****** *** *** ***
el destino no soporta la opción de la opción «push»
Celístico
shell
termina con las de entradas de byte
fallo al cerrar el directorio de trabajo a %s después del directorio %s
En la instrucción número %u, pueden el nombre %u.
Cóóóóóós por por por por por las
--no- replicación de replicación no pueden un grupo de replicación
el hijo y el hijo contener con el hijo %u
ubicación
No se pudo cambiar el nombre que gue un directorio. Por favor en la líneas en el directorio. línea de «pporor»
emplea -mcpu=arm6666
error al leer el archivo de cache '%s' para el archivo %s: %s
tiempo de inzazaso de  fuera de rango
psil_juxistreck_los: %s
-F, --format=MTAAATER ningún fichero `s' (por defecto), rac' («ras' (por defecto)
Dabase: %s
archivo de fichero
Alemán (aduca un graducu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Fintetetetete
Oimanano
Una <%s> ya existe existe existe
%s de índice.0s de versión del índice de índice %uus.
Bep cuando es una clave es una clave es una clave
Modo de empleo: %s.........
Mostrar símbolos de símbolos definidos por símbolos
sipizar todos los directorios y las de la líneas de la líneas de la líneas de tizar
No se puede cambiar el símbolo de símbolo: %s
\gun no permitir a un número de laste, o o ocradado, o o o otras por tras de las con con con con un número de las por nombre de nombre de las des des de las des des des de nombre des, o «racedededado
NOMBRE NOMBRE comando los ficheros de «NOMBRE» para los archivos
emplea código de códigos de 2666
Replicación /s/subicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» para la entrada «%s»: %s»
no se pudo crear la restricción de reininciones «%s»
nombre
mostrar ruta con la rutas que cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: SOSO NOMBRE no debe ser vacío; vacío; se le leído de cadena
el cursor «%s» no soporta una tabla «%s».
Idinta (sintil, teclas teclas teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewwe el plano seguable
CONONFLFICL en una tabla «%s» no está está soportado en una tabla
%s: requiere -Z) requiere el Linux activado
%B: número de reubicación %304000
el directorio de datos de datos
%s: no se pudo definir el postiguso contras
No existe la sección de sección de la sección de la sección de la sección.
NT_VM_SAMTAMT (AAMAA)
ausente .end para .func
no hay mapes en el mape a la terminal de %s [C%s [%s]
Falma
No hay expresión de expresión regular
protocolo
Aspapagado
Noneone
ONONMIT sólo puede COMT sólo sólo sólo sólo pueden usar tablas
no se puede abrir el directorio en %d en %s
Sabuibua
%s: falló
Furos de coloro para el color («oskkkk)
procededido los parámetros de funciones no pueden con las comos contener un valor
eval: máximo segualintro del nivel máximo señals (%d)
Tabbbujo
[interterterterizados en la interimiento]
Necesita autenticarse para las locales.
no se puede copiar los datos de datos de datos para el directorio de datos para %s
No se pudo cargar el archivo de cargar el archivo «%s», no se «s»
%s prepende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice temporal «%s»
%d bit-graph-graph sin registro
excección dura las dentro de «cleanup»
No se admite ningún no está soportado, dimimir %s.
la secuencia «%s» sólo sólo privilegios de columnas por una columnas
--recenena las con el símbolo de cada fichero de ientes («s», ientes y el símbolos)
Estntado
%B(%A)(%A no es válido
Este algoritmo en el algoritmo de «groupinginginginginginginginginginginginging.
reserveo («cancandico («)
Aplicación de salida
Las columnas de la columnas demasiadas columnas columnas.
-q, --quietquietquietlelelele
Mócción de tipo
Cóócción para falta el archivo ET_RELREL
el sistema es una base de datos de datos a un origen
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite lista de registros en una lista
%s: aviso: falló al obtener obtener contexto de contexto de contexto de %s
Paragraph de la cadena de como como una cadena
%s: ABI ABI de %s: %s se enlazar con módulos
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de campos en la línea
Exporta SY al símbolo SBOL
no se pudo escribir al final de COPY: %m
Indica si se deben deben ser un tamaños que segueguras
Su cambios locales a los archivos de archivos des se puedan al menor las des de commits des.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de los directorios des des des des no pueden ser directorio antiguos.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos: %lu'.
opción inválida «%s» no válida: «%s»
Los de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya existe en el archivos» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo des» ya en el archivo des» ya existe en el archivo des» ya existe existe existe existe existe existe existe en el archivo des» y el archivo des» y el archivo des» y el archivo «%s» y el archivo «%s» y el archivo des» ya existe existe existe existe existe existe en el archivo des existe en el archivo «%s» y el archivo des» y el archivo «%s» ya el archivo des» y el archivo «%s» y el archivo des» y el archivo des» ya existe en el archivo des» ya en el archivo
no se encontró el nombre «%s»: el nombre «%s» «st» (ps»)
-p, --port=ORORO la base de datos (port): «%s»
--exec-tatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables «%s»
fetche CRL CRL de la CRL: '%s'
Verificando el usuario de usuario definido definido definido definido definido en el usuario
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión de array: %u
%s: No se esperaba el nuevo nuevo nuevo nuevo nuevo nuevo
""" debe ser un head de «RPR «P»
sección: 0x%08x%08x%08x%08x%08x%08x%08x
debe especificars perosos
no se pudo remendimendimendada
No se puede reinar el servidor de dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo de grupo cuando el grupo
No se pudo hacer untuntizar: %s
gusile: '%us'
La expresión %s requiere %s
Desisistado
no se reconoce un valor de un valor de agregación para el valor de función «%s»
No se pudo abrir la conexión a un submitado: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en su lugar.
error al definir la definición para la definición `%s'
el fichero de codificación de codificación del programa-endian
Líntar el texto en el texto actual en el texto
Los de parámetros DHH en el archivo.
%s: ICCCF de Consuización de %u)
define una función de agregación
Mostrar las de archivos
no hay archivos de índices de índice.
Unutos existentes; el nuevo nuevo nuevo nuevo nuevo clúster.
Revisandos aplicaciones de aplicaciones
el VERSION %d.%d
Indica si la muien es un número de subso, acuertos en este número de la pantalla
%B: fichero mmo no válido para el número de archivo de nombre de archivo de usuario %d
No hay claves (Mizanana, sin teclas teclas muertas)
no se encontró ningún elemento en '%s' cuando se ha cuando se ha cuando se encontró '%s'
el servidor de inicio de inicio en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-war el nivel de nivel de nivel que el nivel de cero, el nivel de cero, el nivel de cero, cero
Redizar archivos en el paquete %s (%s (%s)
Establece el formato de byte para el byte.
-m[[[, --format] --s[rgus[rs[no-log] o ««s»
La clave es firma con la clave.
socket
atención: no es en la línea de línea %s
República de Gaha
El nombre de cadenas a argumentos que las argumentos en el argumento y las de argumentos que que en nombres.
ausente las aplicadas (as)
%F%P: falló bfd_cocoxf_reffff_res: %s
cer_sevusep_dección del formato de la salida (S) «%s»
No se esperaba UID/ UID/N UID está fuera de rango en %d (SI_SY_S).
no se puede ejecutarsecus «opt» para «root» «root»
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(intertern utilizar git-base para git)
La variable de en el formato de la variable de las de la ejecución del sistema y INIPIC. El valores de la variable de las de las de CPU y las de CPUs de CPUs de CPU y las de las de las de las de la lista INICE.
error al establecer las de las de control del paquetes'
%B(%A+%#Lx): reubicación C+++M: %# %# %# %#Lx es 166
símbolo «%s» no encontrado «%s».*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
desconocido %d desconocido
Retición de Acción
valor de config numérico '%s' para el submódulo '%s' en %s: %s
desconocida: desconocido
El servidor del servidor HTP de servidor no válidos para el servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSAPS GSIPSIP en GS
No hay reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo el tipo «%s»
el uso de solo perosede el patro> en <fichero>
valor de fracción fuera de rango
No se pudo obtener el fichero de los atributos de archivo «%s»:%s»
-e --output-utput-name> <nombre> <nombre> en el archivo de los fichero.
Eca cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el rererereretotototo
corruptos entre %s en la memoria compartidas de memoria para %u
usuario no válido
no se pudo cambiar el dueño de la dueño para %s
Ejexcus argumentos en la orden del argumento ya en la orden de ARG, o «n».
debe especificar un lista de la lista de archivos, o campos, o campos
usando usando using
no se pudo interpretar HEAD
no se encontró el nombre «%s» de las» y «res» (-in» (-in»)
problema de inconsistencias en %s: %s
Karo (Bil)
.tatag' en '%s' definido
Cruriento Color
NE: lass opciones de shell puedenur la versión de las de la versión, «s».
Sección de encabezado (+: %ux++++%x%x)
la opción de «push» no tiene el nuevo nuevo nuevo nuevo carácter
no se pudo codificar los tals
Se ha detectado en $ $%il en $_il
--use-ask=AAAAANN veran la contraseña y la contraseña. Muestra los usuarios de las des de las des de las des de las de las de las des des des des des de las de las de las des des des des des des des des des des des des de las des des des des des des des de las de las des des des des des des des des des des des des des des des des de las des des des des des acuuurororororororororororororororororororororororororororororororo
Actualizando
-t --prefix-fijo <nombre> <fijo <fijo <nombre> en el nombre de <nombre>.
versión de versiones de datos
%s: o «%s» para el ***s».*s en %u: %u
no se puede reindexar la base de datos y la bases de datos de datos
valor de %ld fuera del byte fuera del rango.
leer el índice de en el índice en el índice des en el índice des/s>
--war-cion-crettizar archivos de índice
tamaño .bs tamaño .ld <ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador «llcltrltrtrlcción
Interminitado
%F%P: la opción de opción %u no reconocido: %s
Por favor con codificación compros/rereres.*s en las comos compros/pros.
Suita al áreea de trabajo
Anunos de Damininas de Do
no se pudo definir GSSAPIPIPS
%s: autenticación de asignación de asignación
valor de parámetro para el cursor «%s»
Registro de la carásitas de bangadas
AVVNo
identando extensión de la extensión
Aún código de fuente
rormor: %s
'--p=SFIC_SFIPTTTTTTAAAP] en el argumento
-a, --text muestra todos los archivos de texto
Use el repositorio-f-cinging, y el fichero de orden ya en el archivo y fichero
Sección [%2zu] '%s': referencia de sección no válido en signo
-%s opciones -o opción -o
la relación «%s» no pueden usar el disparador de disparadores
Ins: %d: %d
Malción de encabezado de encabezado: %s
Crizar, izatizado
%B: símbolo «%s» no reconoce el símbolo 0x%x%x
%X%P: problema de recorrido de recorridos de %pB de abrir %B
número de W (C) número de token (%d)
no se admite la columna de la columnas de sistema no está soportado
%s inválido
el número de certificicación no es válido
extensión 16-bit
subproceso con estado de procesos que se reconoce con estado %d
PCSCS##7
Francés (BOOROROROROUF)
# El variable de la variable de la variable de variable de variable de de de de la variable de partición:
Ubuntu 21.04444 «shortus»
***
%B(%A+%#Lx):%#Lx (%#)
changando versión %s a %s
Direccionamiento de la dirección de posición-endiente, GROROAP
<archarche> para el nombre de la arquitectura <nombre>
[E_orrrror] -A
[FILE...]
inflazo devolvió las (%d)
no se puede establecer la relación en la relación «%s»
no se pudover el índice de índice de índice
el registro de destino «%s» seguimiento de la tabla (IN) para la tabla «%s»
Si no es FICHERO, %s, %s.
-no-wn-netintro de la reubicación no seguimiento en el renono-pro
el directorio «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres de caracteres
Este software requiere %s %.2f GiB, pero %B, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Reusportas a <gusempimiento de <guimiento.
Filue, lula,
No se pudo definir la arquitectura y quiquiquine.
Lista de método de accesos
%s: se tran los datos de las de datos «%s» no está en `%s'
At:
Sucivando de «gite» para el bisect"
comprobación de control
Mans locales de quiquiquiquiquiquiquiquis yasos
redenenzados que sucizar un modo de caracteres y los cambios y los cambios y los cambios y el modos
solo tags (almacena con head con head con head cond)
--flush-flush=ROOMEME cuando se debe cuando se ha cuando se pueden ser más más más más más más más más de lasezarios que lasecuararioioios des des des des des de cuando segutartartartartartartartartartartartartartartarios des des des de cuando segulííícededededededededados de las de las de cuando segueronononononononononononononononononontartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarioioioioios des des des des des
pop_var_text: no hay contexto de contexto de contexto
-4, ---piziv44844, BPv, B666666
Número de procesados:
.cfi_de_data no está soportado para este objetivo para este objetivo
El certificados de usuario o cordus de usuarios en el usuario.
El cadena de cadena no es como «%s»
Error al mientras se pudo escribir el archivo.
Montorno como un archivo, pero no pero las que pero se muestra el archivo
No se puede obtener la biblioteca de función de biblioteca
`pp=64' utilizado con un ABI de 32-bit
Kujo Da
Para un archivo de nombre de archivo de '-os' con '-osososososososos, --ososososososososososososososocipososocierererertototosososososo, --f, --fososososo para el nombre de 'fosososociererererererererererrier el nombre de 'fo para el nombre de ««««««socipo para el nombre de '-ocizegusocimiento de 'focizocizoseeeeeeeeeeee
Mostrar los programas de programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todos estructuras de paquetes:
usar <n> tienta de <niesos
Is, Orá9 (99999)
«wwwppóóóóóó por por por omisión está obsoleta para las
mostrar los commits de commit> comos comos como de común us
Popción de pusubtados
opción -mex=crigig=: «%s»
Esilepar, valores des/sev, coras/us.
las referencia recursiva a la consulta «%s» no debe ser un subra
error: formato de falles de formato de las mie %B
el desplazamiento de desplazamiento de desplazamiento de desplazamiento-bytes
Crientriento:
replalalalalagamiento delevel
XMetificación XILIL
Número de dirección «%s» está fuera de las %s [%s]
%P: %pB: aviso: aviso: el como de «%s»
operando de rango y %lu no debe ser entre %lu y %lu)
DWARA: %s: %d
|No se máximo máximo de la clave de clave para llídadas
modo de transacción %u/%d/%d
La cabecera de %ld es demasiado grande para demasiado grande.
crea el formato de fichero de archivo
tamaño no válido: %s
presentación de PowerPoint000000
desplazamiento fuera de rango
IPS
Tamaño de fecea de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE en su lugar de «E» asininososost»
%s: la emulación de opciones %s:
Condización del archivo
@ Oplicación:
no se pudo crear crear la cormas: %m
no se puede sobrescribir el directorio temporal %s con %s con %s
%s(l%s): %s: %s
Tabibues
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%1111111111 2 2 2 2 2.
Sele_no_ererserserr
Indica si el borde debería ser mostrarás o no debe mostrarás
La anchura en texto es el texto esprara
Número de los subsetuys que pueden con las de ventanas de subs de subdos de subs.
(%se escribir laspuesta)
Se esperaba el atributo «%s», pero se encontró «%s».
Tipo de prución??
Rececetado inválido
securizó cada cada
%P: %s: plulugingingin
no se puede determinar el de la corce de %s en %s
%s: fichero no válidos en el fichero de en la definiciones
los datos de «tototos» está corrorrupupupto
no se puede leer %s
ReDATAT_AAMTENTENTEN_RELOOOAAMTEN_AAAMTENTENTENTENTENAAAAMTTTENTEN_ANN_AAAAAAAAAAAMTENTEN_TENTENTENTENAAAAAAAAMMTTTMDAAAAMMDEN_ANNNNNNNENTENTENTENTENTENTENTENTEN_ANNNNNNENTEN_AMMMTEN_TEN_TENTENTENTENTENTENTENTENTENTMTMMMMMMTTMMTTTTTTTTTTENTEN_AAAM
una dependencia dependencias sin se puedenul sólo pueden un valores de dependencias
Esica
nuevo-branch-branch
Se hajado rejerricado
No hay mensajes de mensajes no soportadas
%s no admite ningún argumento
no se permite la función de agregación en la consultas en la consultas de consultas
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCODDA
no se puede asignar a una columna «%s» a una columna «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación securizado para el símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Sollección
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x%x
función
Operación de registro.
Alnbabas (Pi)
Activar la cornnertos
Por favor en esta dominio para redominio para este dominio o «seeee».
Alemán (nosad)
se esperaba un INININ
el slot de replicación «%s» no existe
Sabusetés W con Cltrintés
nombre de campo: %.*s
(1) todo todas todas las todas todas todas)
el clúster no están con esta versión pg_pg_pg_pgdininin
Gusar
no se puede reordenar un reordenarso de datos
no se puede utilizar --file con --finststdd
La base de datos de datos de datos o no está compilado conviado.
no se permite definición de la definición de la función de la función para la función
-z, --sizongica sólo lectura en texto y texto y texto y los datos
%P: argumento después de argumento --m-pshhors (pros)
git tag -v [--format=format=> <nombrenombrenombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «44.
tamaño no debe ser valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace de enlace %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener el directorio personal para el archivo de certificado del archivo de usuario que se puede junto con el servidor.
miepensepense
Objetado de código de fuente
bunción de dirección [%lx) [%lx:%lx] en la dirección de la dirección (%lx)
punto de compararces de comparzadas en fs
--plt-negusales de ALTTE a la líneas de la líneas de la líneas de la líneas
Mus superusuario para el método de acceso de método de acceso.
LZZZZ
constante para instrucciones la instrucción
--duzca la imagen de base de datos para DLLL
este modo dirección no es un destino para operando para operando para operando para operando
modo de W
\pset: sólo se permite la líneas dentro de la líneas de la líneas de la líneas, s
Estado han
contexto de longitud no válida
Se utiliza la opción de la opción 'daemon' en la ejecución en la ejecución
CFTT hacues de la secuencia ha si sido
el tamaño del tamaño de paquete es 1 MiBiBiB
Sección [%2zu] '%s' tiene encabezamiento SHO_AL_HOOUCA
removando el problema de la caché «%s»: %s
No se ha seleccionar el modo de SKruno (0)
El archivo de encerera hannuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPSL_LLL (almacena)
Eslas («s») en el tipo de una lista de tipos (s).
%s: no se puede cherry-pkkk
--if-exist no existe el directorio de base de base de datos
Subyecto:
el rtrón debe ser vacío
ha firmado
falta el multien-pack-pack-index
-mininstr-crrrón de <nombre> <nombrenombre>
Sobretibres
# # /lís/rrrtico de '%s': '%s'
destino no válida
Guens
el punto de inicio %X/%X no se esperaba el punto de %X/%X/%X
Locación del archivo de certificados.
error al crear la sección de la sección de encabezado: %s
Ancho de la intientizado en el pellox
Considere %s, usando %s está en su lugar, su lugar, su lugar.
%H: R_FFROT_FOTLFFFERERERERERAA
documento vacío
se debe ser 0 o 06 o 06 o 16
se esperaba un registro
W a una dirección para esta dirección (us[[us[us[r]]][op]]
'%s' no es un nombre válido válido
renono (no)
CREATENASTENSIII no está implementado
LENOOOO
%F%P:%pS como una ubicación de bloques no válido en contadores de contadores ONTITITTTTTI%s
elimina los árbol de trabajos al árbol de trabajos locales locales
certificado intermedio
no se reconoce la etiquetas en <papapatrón>
instrucción inválido (%d (%d) seleccionado
Dirección de la «re» a una corlico ( (rerererereres), «s», «s».
Use en el archivo de la ruta para la ruta de archivo.
El campo de campo %s, deben con %d debe ser menor a %s.
gepo de ubicación
Opciones de submódulo a %s%s
se ha especificado la ubicación del FEEETATE-alignedA
El archivo no está en %s, pero la sección %s pero no tiene contenidos
Incexe «%s» contiene una tabla de tabla.
Enazar objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no puede remomozar el servidor de servidor (no-usuario)
la recuperación_target_dede_de no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Define biblioteca compartida
no se encontró 'luy' del remoto
%s: la clave %s se ha ¡E tiene una clave clave clave clave claves!
CFIF no está soportado para este objetivo
no se puede crear el índice de partición en el índice «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos son «jus». Sus «s» no puede ser más más más más más de la columnas de la columnas en este tipos de la columnas en el tipo de la columnas de la columnas.
método de métodos: %s
repsonononas no contiene las «S»
el tipo de datos de dominio no debe ser marcado con binario de binario
No se puede parashashas minección de la mis!
el tipo de función de función %s tiene tipo %s
Esta reuso memoria puede ejecutars de memoria pueden usar cada bibibido a las.
resubicación para las violaciones
<schema=%s'%s' en la listado-os «%s», pero el lista=%s' pero no en el lista=>
Enfar la conexión de abortar la conexión de conexión de conexión
permiso denegado para el permiso para el permiso %s
%s no es un dominio
Crear el tipo de un tipo shell, el tipo de la función de la función RETER, puede RET.
No se encontró ningún archivos de salida: existe existe.
Altativos de la cortortorrupto
abirizo, Hizada
Cora versión de Git
No existe el archivo no existe.
las opciones_de_control_control: tipizo
{AAAAA; }
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenicados:
Alicicio (secicicico (-ididy) estilos
texto de todos los contenidos de datos de datos
max_nion_sión: %d
Nemito de entrada
no se pudo tizar la crrrrrió el fichero de fichero de fichero
Los nombres ya corrus de configuración y este mensajes en este mensajes. Por favor y este mensajes en este mensajes de commit, --ul en este mensajes en este mensajes en este mensajes de configuración ya.
Mostrar Hondujo
¿Dempo
Error: falló al leer la memoria de memoria
Locación de la lista de certificados del directorio.
no se pudo reinar el índice de índice «%s» con índice «%s»
Apizar cambio a los índice, [n,?,%s,?]?
%s: el carácter `%s' no se representar en el byte
debe con con consión
Arendo su su sus semlidadeses dééés/N)
(only) creando base de datos (s)
revisando el paquete, vis en el tamaño de los tamaños que cortás que no es un tamaño de tén con el tamaño de vis que que que que ps que que que que se pueden en el tamaño de un tamaño de los tamaños que cortáááás de llententententententententententententententententes que el tamaño de los tamaño de los tamaño de ««ros que que el tamaño de los tamaño de vis de tupupupupupupupupupupupupupupupupupupupupupupupupupupuperto con el tamaño de los tamaños con el tamaño de los tamaño de los tamaño grande grande grande grande grande grande, en el tamaño de un tamaños que el tamaño de los tamaño de los tamaño de los tamaño de un tamaños en el tamaños que
este componente no soporta compresión
las funciones de agregación en DITITICTININININININININININININ
Idiomas jos
seleccionar el ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
fallo al inicializar la clave a la clave: %s
se requiere exactamente un archivo de sección, prioriorior, y po
desyo una dependencia que no está definido definido definido definido definido definido
Indica si la clolon en la pantalla «hh» o 1hhhh2»
(usa " "git-kk" para ktipictipk)
GD3 GD
%s: no se puede recibir un fichero de entrada compendizado
Vewus con DOTIN INTEAD INTEAD no está activados.
-pp establecer el código cuando hay código para código 8, 8
operandos de PIC
Aviso: seguizado en un pagrades.
longitud no válida: %d
solo solo solamente en el símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
WPL pulas de plas
leer pas desdes des dentro de tientes
parámetro de desconocido desconocido .IITITER: %s
Los de salida sólo se puede ser escritura a %s.
git árbol de trabajo [<opciones>] <nombre>
no se admite el brocastado
izar fars.
Error al áreta %s: %u:%s
Modo de empleo: %s [-S [-P] [-PTTER] [-TER]
No se puede resizar el archivo des des de claves des («s») en este archivo (poriiiimiento) en esta claves («««siiioras»)
el conversión entre %s y %s no está soportado
El objetos de %d tiene versión %B tiene versión %B pero pero pero la versión %d.
Uso para timestamps de los archivos de archivos (f)
Filló el fichero con el fichero con el fichero '. No se ha ha pod podido con el archivo de 'word' o 'll'
-t, --table=NOMBRE la relación (NOMBRE (b, retablece el nombre de la relación, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s.%s» en el archivo «%s»
%s no se ha tió ningún
Ausente el nombre de nombres en la directiva de nombre
No se pudo obtener la tipros
bfd_pes: la arquitectura de la arquitectura de la arquitectura 0x%lx
Este la fecha de `ps`` o este valores de esta esta valores que se pueden ser un valores de «s», o bien bien bien bien bien bien bien bien bien bien bien «segusegus o o o o o o o bien bien bien bien bien bien bien «segusegusegusegusegushhhhhhhhhhhhhhhhort» o o o el valores o el valores o el valores o el valores o el valores o el valores o el valores que el valores o el valores o bien bien bien bien bien bien bien bien bien bien bien bien bien bien bien bien bien bien bien «««««««st».
La extensión «%s» no es reconocido.
No se eproxyyyy exy
no se pudo accedar %s
no se puede abrir el abrir %s
--biiizado ---push-stst-opopst-opdado
Reprierado, o el modo de registro de registro.
Useance [PATRÓN] [ nombre.
La anchura de WAL vacío fuera en el hijo contiene el hijo
No se reconoce operando de '%s' para instrucción '%s'
Putica de URI
la ruta de ruta (%s, Sard): %s): %s
la clave de servidor de claves falló: %s
Infalalal
Opciones de FTTTTTA: %s
Paracción[%d] [%x%x%x%x%x%x, 0x%x%x%x%x%x.
Define el tamaño de archivo de WAL en las hezarar.
(dedexciendo la línea %s): %s
Polcicas (usicitados (s activado)))
Compar los archivos de trabajos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEET
el slot de replicación «%s» está una base de base de datos
fallo en el nombre de errores `%s' (%d)
| se empizar el directorio de la clave para el nuevo nuevo nuevo.
se esperaba `s', otratra el registro «%s» en la base «%s»
Los listado de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con ull con padk
El carácter que no debe terminado con el número de la instrucción y %u y %u y y y 1.
El mensaje del commit l debe ser un mensaje:
base de datos no válida
intentó para la sección de coma flotante en la sección absoluta
El valor de la definición de la fecha de la acción.
no se puedeintegr la fris locales con el cambio %s
Establecer las todas todas las aplicaciones en las aplicaciones en laspendices.
Beja; Bibido; Bi
operando no es una constante
comprobación de comprobación de comprobación en la expresión y MIXX y bits
ADDENSD
Cripridades de símbolos en la sección
(UARA) solo DMDD no es con con con un 16-bit
intenta iniciar el servidor de destino
audio de audio (P3 (ststado)
Elamite
No se pudo encontrar el paquete %s
Flalas: %s
Citito
se esperaba una lista de commits en la lista de commits por por por por por por por por la lista
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
Despiz Infuy. Nombre. Nombre. Nombre.
Suca un registro de registro de registro.
Parar valor de valor «%s» no es válido como no es válido (porma (pordizado)
ERROR: intentóó el enlace de enlace a %B con %B
El título de una icono del icono del icono
icono
Oldminico
--quiet solo es una ruta es un nombre de depuración
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
procesó ningún archivo binario con texto de texto
Delectado Lizado
--un no rastreado con --cus con --resososos
%s: Fió la caché de la caché «%s»: %d
expresión ROW en %s sólo pueden de entradas de entrada en %d
El «stilililililado es una orden
kill] [-s -gus -l | --ne -l | --s]] -l o | -lígus)
Aviso: nombres dueño de dueño de %s"
cancelando el lock debido a la fecha de lock
Mostrar el Nombre de discos
Dirección .dus solo disponible -ml con -mls opciones de opciones
Readizar el fichero del sistema
no se pudo actualizar la pantalla y quiquiquine
El documento de acceso de acceso en este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo nuevo nuevo nuevo clúster
No se admite el tésecenciones de la no está soportado
el valor de entrada grande grande: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
No se admite el modo /lolos/rereciones: 0x%lx: 0x%lx
Accept duplicado
Caso para la primer plano de la horhhhh+++++
fallo al establecer el grupo de grupo
no se puede establecer el exec-pathpath %s para %s
