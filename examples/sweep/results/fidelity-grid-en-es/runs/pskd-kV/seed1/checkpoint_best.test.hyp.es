Si el botones ago el botones debería ser un pregado en pres
Incirma-rososos
no se pudo crear archivo '%s'
El dominio a la dominio para o dominio o dominio NULLL
%s no puede ser aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --quiet muestra --quietsilentes de --prepresentes muestra los espacios de tentes
no se puede usar la expresión de subtítíía enq
Daseme «s» de nombres «res»
El archivo de solo se ha sido
(unadicitado)
Excioniones de eventos
tipo inesperado `%c' en el tipo de predicación
Error al tras %s: %s
plantilizado
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en la sección
no se puede crear el archivo de fichero %s
AARCHARCH en ARCH
Error al iniciar el parámetro de %s: el tipo %s
las referencia de refs para '%s' no coinciden'
Mon-herershers
base de datos %s
No se puede recibir Dar Dario
clase de datos no válido
Por favor consistete de claves:
--corcar la rama de rama
Define la mientras seguerndo el nuevo clúster
CRSRR, República de Serto de la vistas
Indica si se debenncras de word para la líneas de word o fratizar la líneas de la líneas
Cashorr la claves de Chhhortk (fashhhhhhhhh)
Teció el servidor de la tipografía Xllado del servidor
Cdrom con Ubuntu 9.10 10 10 10 «Kalalalal
Tachano
la opción -s opciones -CTA||-fttrigus que puedentas
No se pudo renombrar un directorio, o un directorio
Nexistiza la dirección del psalalal
Pamamama Z)
El número de cabus de la pantalla de la pantalla de bloques de bloques.
Veweras
El formato de con formato de la expresión -m, pueden ser multizados en el mismo -m, -tizado
el archivo no está instalado, pero pero no soportadas en este compresión
Cololís y pids, Engullsononia
línea de línea no válida de línea %s
no se admite el URL de todos todos los URLs de rellen
Time a Lió:
Aplicación en la salida en INOOOODAINININ
Sección [%2d] '%s': hash para el índice %zu
No se permite el carácter de caracteres 'cas' en el carácter de 'st'
destino
Cftizo Xalias
core y los longituds en el largo de 32 bits.
sparse: filosiltros se ha si se hanurados
No se encontró un árbol de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BOUF, pero sección de sección de sección
operandos de tipos no puede ser inferido
inicia_pepros: pgpgpg_troso pg
no se puede encontrar el primer primer registro GSMSTS
Operación: --ac=SHSHHH con --acasistes
leer el archivo de ruta de archivo
no se puede iniciar el inicio de %s
No se han usar las opciones de datos en el «arkk» en el URI»
Modo de empleo: %s [opciones] [(s)] [(s)
la opción '-%c' requiere un argumento positivo entero entero positivo
No se reconoce INT_INTT_ONFI_ONFFL %s
No permitir una definición de símbolos en el nombre de símbolos en el archivo
la opción --no-conflict-dos requieren-sert-insertos, --s
clave %s: la clave «%s» firmado %d
el índice de versión equivocada %d
Se especificó un protocolo de protocolo
Francés (al.
Recasecar los ventanas de una ventanas de ventana
-a, --allall todas las base de datos
<stringstringción de tablas: %ld
El valor de la cacedado para el valores de «s».
'%s' existente; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Ausenteción de encabezado en la cabecera de encabezado:
--no-cifizar el modo de rama de ratizados en modo de «s»
Sintés en la elementos en el polol
no se pudo comprobar la verifica o HEAD «%s».
-mas-name> Establece el tipo de 8. -111000000, 8.
<lal>
Se esperaba un argumento
Tipo de %s no implementar_k() en Gs
falló al analizar %s
Tamaño de x
la instrucción no admite el modo de la dirección
abortando el abortado
sipizados: nuevo nuevo %lu
no se admite la orden '%s'
El número de registro a un proceso hijo a una hijo
kipientación de WAL (LSN) %X/%X o %X
el argumento %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
OCSPSP no es válida
Cdrom con Ubuntu «W» «W».
Mando %s
discrimimir que menos mayors que cero
El inmediato está fuera de límite para 0655555
-fus no se han usar concuerdos con -ard
Macción depurarizadas para el archivo
%s requiere un valor numerado
Lista de XKBBB
múltiples documentos de escribir al mismo mismo mismo registros
%B: número de reubicación %XX no válida: %d
Sukka de la cabres
-X, --exclude-directectectector=SIL en lista de lista de la lista de la lista de la lista de la listas
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizado (%s)
abortado antes de asignación de lectura
la instrucción de instrucción
debe especificars en un sparse-check-checkoutout para reprositamente a tititos
el tablespace para el tablespaces para %u no se pudo eliminar %d
--tacción <size> Establece el tamaño de la pila en la pila
el índice se deben usar el índice que no deben usar el índice
atención: %s contiene un punteros
«CCSP» repuererr '%s'
el campo /erera del rango del rango: «%s»
define un nuevo nuevo nuevo registro
no se admite la sección de sección en la sección: %s
Incoras_exexcar_argución %s (s).
Internalal: error de errores: «%s».
Datizado abortado.
Bulsocers
documento de Abción
sección en sección de sección [%u5]
refshor_option
%s: el registro devis: %s
Verción: %s
Vetietienames
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe contiene un tener entre s/o entre s/os/s/s)
Error de SDDDD
-, --help[[[[[[opciones] muestra este resultado
Verntica de Ajusto
Símbolos de instrucción para una instrucción
no se puede borrar el vie de la «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Cappando instrucciones o instrucciones
no se pudo analizar la lista RVID «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de resonlicación a eventos
huse páginas no está soportada en este po
Munté una expresión YTPCTY
No se encontró un símbolo de símbolos en la sección
Define el número máximo máximo de los procesos.
Modo de empleo: %s [OPCIÓN]... [N] [RORO] o bien: %s
deser_limita_ar
el archivo «%s» contiene una cadena no contiene un incULL en %s
cliente no válida
carácter inválido
Establece Establecer PRGO como de un enlace de enlace de enlace
@%s de reubicación no es una reubicación.
Generar mensajes mensajes
%s: un directorio de directorio
(fixfixación y conflicto "git") --continue"
redo no es redo
CPPizado (comprimido con comprimidos)
no se pueden asignar el argumento de agregación %d de argumento que %d
%s necesito un parámetro
No se puede rebido la sección de la sección de la sección en .bbbido
Dirección de la tabla:
Urdus (P, kantua, NUL)
El cambios para el repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLL
cambia la definición de un texto de búsqueda de búsqueda en texto
no se puede recezar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicación de cambios por las existente por commit
Los valores son son "%s" y «%d.
no se encontró ningún entradas
tamaño de objetos
Menso de nivel de nivel de nivel 5
ATENCIÓN: la clave de claves no es una clave de confianza con !
Los tamaños de pg_data y el tamaño máximo no son válidos o no son válidos o no son válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la barra de icono en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipo de datos de valores de valores de datos
Techo de asignar de asignación de '%s'
El primer primer primero de la ruta de la ruta de lasible
Define la desplazamiento y segmento de desplazamiento y segmentos y segmentos y segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -l son permitido -lld. El archivos en el nombre de subtientes en el nombre de subtizado en la opción en el nombre.
no se permiten funciones-nnnnn aplicaciones en la función de remorados
Kuria (Suria (S, FU)
abilililis activado
Establece el tamaño de la tabla de NMUBBMERERER
Si al sezar la WAL, el directorio de WAL o el directorio «%s».
|murit-log-logos de las|utul
( fuentes: %u)
AVICIÓN: el directorio de permisos en el directorio de permisos en el directorio '%s'
El Qllica es un paquete
-mno-[%s] -1-7/sisisisiste %s
Chat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de calogo tiene plusión del mensaje pero no en el formato de las de la barra .lus de .lulus de .lulusosos de pus de .lusión
Laio
%s: fin de entrada tiene un archivo de entrada
contador no puede ser null null en FETTTTICTTTIIIIDDDDENESESESESI
\pset: la columnas de la columnas de la columna, «s»
No se ha «endiendemendica para este software.
-d, --dbname=NOMBRE la base de datos de datos (NOMBRE) en nombre «%s»
no se puede esperaba al menos un contexto de contexto de contexto
%B: reubicación presotratratra reubicantente %s
un registro de dirección de dirección
El firma es un servidor servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comporando comacueses de cores.
%s Muestra el memoria de memoria es %B.
|UUUA||use la clave para la clave
cancelado por usuario
Kusenguaje Kus
el word es demasiado grande para word
República de Nererera
Excioniendo de caracteres de argumento
los nombres simbólicos con el valores que no pueden usar un valores de rango
-P PASSAA de la contraseña de la contraseña de registros de registros de servidor
Alemán (Bone, leezar el directorio personal)
puntero del registro de registro ZZZ
.endient sin un preciente con directiva .entado
Runo en el directorio de pg_pg_pg_backup.
Dar: Error de Carrega o bien: 0x
%s ya explícicitas de nombres y y y s
sipizando fil en esta instrucción
símbolo%d
-32 el fichero de 3222 el fichero de objetos de objetos -6464
OPR_ins (picicados (s)
el modo (%s) no coincide con el modo de %s)
um, nombre de nombre, %.*s: %s
[ARGS...]
no hay sección .cn en el segmento de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
compende <separtk> en el árbol de trabajo de trabajo «s»)
ONONF sólo puede ONFICCCTL con las tablas que pueden usar usar la tablas que se pueden usar con las que pueden usar con las que puede usar con las que puede usar con una tablas que que que que que que puede usar la función ONFITITIC ONF o ONFIONFICCLLLLLLLLLICTICTIONFIONFIC ONFIONFINNNNNC ONF o más más más más más más tablas que puede usar con una tablas que puede usar con una tablas que puede usar una tablas que puede usar con una tablas que se puedenecutttttus que que que puede usar la tablas que puede usar un más más más más más tablas que pueden usar
[ pila]
no se en las argumentos para el cursor «%s»
Aplicación de símbolo en %s
la columna «%s» conflictos» conflictos por valores
procedado_name_name
%X%P: fallo_hash_hash_hash_relo: %E
INPUTAAAD ...
no pueden usar los grupos de grupos en bibliotecas
%B: empleado «%s» de la cabecera (%#_#) en campos (%#)
debe especificars de la ruta(s) revisar)
%X%P: la sección de sección %s y la sección %A.
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
Runa no ser modo en modo de modos.
las opciones SP: --apusamushas
Merta de la de decerción
.G_OOOO sólo contiene un objetivo de destino
Miana
Francés (Devork)
no se puede recapepes para el valores de códigos para el valores de datos cuando no pueden utilizados.
%s: el fichero.
inicia el inicio de inicio en %X/%X (lo %s)
No se encontró el encabezamiento XMPM
64-bit SIMDMDAMD o coma flotante otra el registro de precisión
Tipo de «AAAAdimdimdizados de fichero PSAAS
de codificación desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDD
Este «sititititititita de versión y la versión y la versión y %s.
Qualidad:
no se puede generar un código operacional para código operacional para el punto de desplazamiento
fres: el tamaño de inicio y el tamaño de los tamaños son distintos
Establecer la Definiendo
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (conf)
SHO_W_LLLSRERETENSUL) en lugar de la consulta de la consulta de la consulta («S)
Este etiqueta o «s» y yasecuizar o «s», «s».
no se puede usar la instrucción con la instrucción
pere %s no puede ser ma ma mars: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutable.
establece en la ramificación a trasck para revisar
Auto de paquetes en el repositorio para el repositorio.
El tamaño Gl de la imagen GIFF tiene el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-SCCO ensambla código para el ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx para %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firma
Necesita autenticarse para quinar las locales y las.
Tipo de tícción de YMML
El archivo de fichero '%s'.
Por favor en el número de componente en el componente para eliminar el componentes:
Sintado han no tiene una orden de las.
República de Guado
Nuseguno (Suna 6/7)
definición de mensaje duplicado
Brien paquetes
STC_N_NOPS (almacena con las en la expresión NUP)
Replicación de /endr/endien
Muntado como tregables
no se puedever el columna %d de columna %s en la columnas en la columnas
formato inválido
el directorio tiene tipo de entrada %us (03030, 5/7)
El número máximo para el número devolvient_tortornos
%s Ex%s:
ignorando ref refs que coincide con <papapa>
Tinidad y ya ya
rango
3 fuera de límite fuera de rango
-f, --fil=lds en las opciones de los campos de la líneas de las que no segus des des des des des (SITL -S, --s des des des des des des de salida (MIMIMIMIMIS, --s des de salida (MIMIMIT, --s des des des de salida, --feguerguergus de las des de las de la líneas de la líneas de la opción -S, --ferguerguerguergus de los argumentos de la opción -S, --f, --f, --fececegus de los opciones de los opciones opciones opciones des des des des des des des des des, --fe
no se puede verpes
Ordicados:
Gutención de Greckl
de_de_mite
procicado procedado (pica)
la definición de una lista de columnas no es un tipo como de la función de tipo
anal_de_ferferbbde %s para %s
valor de claves de la clave «%s» en el valores «%s»
Activartable
Opciones y la salidas opciones y la salida:
tabletables
Reservevers de datos (pendiend)
La reubicación tiene reubicación %zu
splitInexexcerxerxistientes y el valor 0.
reppsononononons (p)
buc: literal de token de token de tokens
debe ser dueño de búsqueda de texto %s
%s no se admite el modo MIPS
Error: longitud de la cadena cadena de cadena de cadena de cadena.
Anujo y Ab y Buda
sólo se puede combinar un elemento para el dueño para "%s"
-n, --num-sum-portientes de PID, --s en lugar de PID, --s en lugar de PID, --s, --s, --s en lugar de PID, --s, --s en lugar de PID, --s (pportientes de PID, PID, --s, --s en lugar de PID, --s, --s, --s, --s, --s, --s en lugar de PIDs en lugar de PID, --s, --s en lugar de PID, --s en lugar de PID, --s en lugar de PID, --s en lugar de PIDs en lugar de PID, --tetetetetiportiportientententententententententes de PID, --s, --tetetetetetetet
imagen de «A» ha «D» de imagen
no se pudo encontrar el ID de %d en el archivo debido para el archivo debido, pueden ser menor el fichero des
documento de Pocción de WW
Secur el fichero meta: %s
No se pudo definir el archivo de fichero en %s
se recibió el archivo de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error: %d
%s: valores de campos para el campo `%s' no debe ser mayor que %d
Susito Rus
packmapica
través(s) añados)
No hay candidatas que no seguizar un refs que que que que seguígus.
se recibió un datos de datos GSSIPS en GSIPS
tiempo
No hay actualizadas que no existente las de actualizar las de las opciones de las opciones de configuración.
Reteralal
el árbol de trabajo '%s', BF, BF en la pantallas de Git
la «%s» no puede ser verto «%s» en el registro «%s»
No se ha encontrado encontrado
No se puede stdin//strrrrizado
-E, --enen=SOENAOOOOO en la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-o de la cadenas [SP] [ficheros de la cadenas para la cadenas)
Necesita autenticar autenticarse para cargar la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalal
Kidids
no se admite la entrada de entrada de entrada de entrada
Critados apapadados. Estados que la cadenas que la cadenas que se deberíaríarían a una cadenas.
Is debe ser un símbolo o otra de función.
Ubuntu «P».0444ttrerel en 'l'
Operación del protocolo de protocolo de protocolo de protocolo 1.
Indica si se deben debe ser tiplicalicas de widget
Clala CUG
Espro en 4
.COMMENAMENA (%lu) está fuera de rango
CT_LTTTL (LL) definidos por la ubicación de ubicación.
No se pudo socket el socket de dominio «%s» es demasiado grande («s»)
%s tiene la función %d tiene la columna %d pero la columna %s
Mostrar el carbarios para el botones de los botones de la cortros
Si no se han «inin» que el ID de la clave.*s que el ID de usuario.*s en el ID de usuario.
Opciones de hijo
Runamilado:
No se pudo procesar el procesado
No se puede ejecutar %s (%s)
No hay ilada.
permiso denegado a la tablespace «%s»
no se puede encontrar los commits de archivos de commit-graphs
Error al cargar %s: %s
FORECACH de array
--rocionionionion en replicación
Campizado de índice des en el índice
Qutilizado de la res (ininado).
Xnecir
Descando un atributo mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto %d) -d)
Dibiizado
Temonmonsonsos
añadir los tamaños de tamaños de tamaños de tamaños de tamaños
Aplica: %s.*s
Gusos valores pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celís
shell
termina con las de entradas de byte
fallo al cerrar el directorio de trabajo a %s después del directorio %s
En la instrucción número %u, pueden el nombre %u.
Sistallados
--no- replicación de replicación no pueden un grupo de replicación
el hijo y el hijo con con el hijo %u
ubicación
No se pudo cambiar el nombre que gue un directorio.
emplea -mcpu=arm6666
error al leer el archivo de cache '%s' para el archivo %s: %s
tiempo de inzazaso de  fuera de rango
psil_juxistreck_los: %s
-F, --format=MTAAATER ningún fichero `s' (por defecto)
Dabase: %s
archivo de fichero
Alemán (aduca un gradus)
no se reconoce tabla de la tabla de retorno-o %d: %d
Fintetetete
Oimanano
Una <%s> ya existe existe existe
%s de índice.0s de versión del índice en el índice.
Bep cuando una clave es una clave es una clave
Modo de empleo: %s.........
Mostrar símbolos de símbolos definidos por símbolos
sipizar todos los directorios y las de la líneas de la líneas de la líneas
No se puede cambiar el símbolo de símbolo: %s
\gun no permitir a un número de laste, o o ocradado
NOMBRE NOMBRE comando los ficheros de «NOMBRE» para los archivos
emplea código de códigos de 266
Replicación /plicalica
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada para la entrada «%s»: %s»
no se pudo crear la restricción de reininciones «%s»
nombre
mostrar ruta con la rutas que cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: SOSO NOMBRE no debe ser vacío; se leído
el cursor «%s» no soporta una tabla «%s».
Idinta (sintil, teclas teclas teclas teclas muertas)
no se pudo eliminar el árbol de trabajo actual
%s requiere un archivo de base de datos o un archivo de texto.
Vewwe el plano seguable
CONONFLFIC no está soportado en una tabla «%s»
%s: requiere -Z) requiere el Linux activado
%B: número de reubicación %30400
el directorio de datos de datos
%s: no se pudo definir el postiguso contras
No existe la sección de sección de la sección de la sección de la sección.
NT_VM_SAMTAMT (AMAA)
ausente .end para .func
no hay mapes en el mape a la terminal de %s [C%s [%s]
Falma
No hay expresión regular
protocolo
Aspapagado
None
ONONMIT sólo puede COMT sólo sólo sólo pueden usar tablas
no se puede abrir el directorio en %d en %s
Sabujo
%s: falló
Furos de coloro para el color («oskkkk)
procededido los parámetros de funciones no pueden con las comos contener un valor
eval: máximo segualintro del nivel máximos (%d)
Tabbbujo
[interterterterizados en la interada]
Necesita autenticarse para las locales.
no se puede copiar los datos de datos de datos para el directorio de datos para %s
No se pudo cargar la imagen de cargar el archivo «%s»
%s prepende en %s
se esperaba un nombre simbólico «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice temporal «%s»
%d bit-graphgraph sin registro
excección dura las dentro de «cleanup»
No se admite ningunlinks, no está soportado.
la secuencia «%s» sólo sólo sólo privilegios de columnas
--recenena las con el símbolo de cada fichero de ientes («s», ientes)
Estntado
%B(%A)(%A no es válido
Este algoritmo en el algoritmo de «groupinginginginging» con las de búsqueda.
reserveo («cancandico («)
Aplicación de salida
Las columnas de la columnas demasiadas columnas.
-q, --quietquietquiet
Tipo de tipo
Cóócción para falta el archivo ET_REL
el sistema es una base de datos a un origen
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite lista de registros en una lista
%s: aviso: falló al obtener obtener contexto de contexto de contexto de %s
Paragraph de la cadena de como como una cadena
%s: ABI ABI de %s: %s con módulos con módulos
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de campos en la línea
Exporta SY al símbolo SBOL
no se pudo escribir al final de COPY: %m
Indica si se deben deben ser un tamaño del tamaños
Su cambios locales a los archivos de archivos des se puedan al menor las del commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de los directorios des des des des no pueden ser directorio antiguos.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos: %lu'.
opción inválida «%s» no válida: «%s»
Los de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya existe en el archivo
no se encontró el nombre «%s»: el nombre «%s» «st» (ps»)
-p, --port=ORORO la base de datos (port): «%s»
--exec-tatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables «%s»
fallo al CRL CRL de CRL: '%s'
Verificando el usuario de usuario definido definido definido definido definido en el usuario
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión de array: %u
%s: No se esperaba el nuevo nuevo nuevo nuevo nuevo nuevo
""" debe ser un head de «RPR «P»
sección: 0x%08x%08x%08x%08x%08x%08x%08x
debe especificars peros
no se pudo remendimendimendada
No se puede reinar el servidor de dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo de grupo cuando el grupo
No se pudo hacer untuntizar: %s
gurove: '%s'
La expresión %s requiere %s
Depción desconocida
no se reconoce un valor de agregación para el valor de función «%s»
No se pudo abrir la conexión a un submitado: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en lugar.
error al definir la definición para la función «%s»
el fichero de codificación de codificación del programa-endian
Líntar el texto en el texto actual en el texto
Los de parámetros DHH en el archivo.
%s: ICCCF de Consuización de %u)
define una función de agregación
Mostrar las de archivos
no hay archivos de índices.
Unutos existentes; el nuevo nuevo nuevo nuevo nuevo clúster.
Revisandos aplicaciones
VERSION %d.%d
Indica si la mul es un número de subso, acuertos en este número de la pantalla
%B: fichero mmo no válido para el fichero de nombre de archivo de usuario %d
No hay claves (Mizana, sin teclas muertas)
no se encontró ningún elemento en '%s' cuando se ha cuando se ha cuando se encontró '%s'
el servidor de inicio de inicio en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-war el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Establece el formato de byte para el byte.
-m[[[, --format] --s[rgus[rs[no-log] o «s»
La clave es firma con la clave.
socket
atención: la línea no está reconocido: %s
República de Gora
El nombre de cadenas a argumentos que las argumentos en el argumento ya de argumentos.
ausente las aplicadas (as)
%F%P: falló bfd_cocoxf_refff_res: %s
cer_sevusep_dección del formato de la salida (S) «%s»
No se esperaba UID/ UID/N UID está fuera de rango en %d (SI_SY_S).
no se puede ejecutarsecus «opt» para «root» «root»
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(intertern utilizar git-base para git)
La variable de en el formato de la variable de las de la ejecución del sistema y INIPIPIC.
error al establecer las de las de control del paquete
%B(%A+%#Lx): reubicación C+++M: %# %# %# %#Lx es 166
símbolo «%s» no encontrado «%s».*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
desconocido %d desconocido
República de Acción
valor de config numérico '%s' para el submódulo '%s' en %s: %s
desconocida: desconocido
El servidor del servidor HTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSAPS GSSIPS
No hay reubicación %s
Error al establecer el tipo de establecer el tipo «%s» no se obtuvo el tipo «%s»
el uso de solo perosede el patro> en <fichero>
valor de fracción fuera de rango
No se pudo obtener el fichero de los atributos de archivo «%s»:%s»
-e --output-utput-name> <nombre> <nombre> en el archivo.
Eca cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el rereretototototo
corruptos entre %s en la memoria compartidas para memoria %u
usuario no válido
no se pudo cambiar el dueño de la dueño para %s
Ejexcus argumentos en la orden del argumento ya en la orden de ARG, o «n».
debe especificar un lista de la lista de archivos, o campos, o campos
usando usando using
no se pudo interpretar HEAD
no se encontró el nombre «%s» de las» y «res» (-in»)
problema de inconsistencias en %s: %s
Kar (Bil)
.tatag' en '%s' definido
Cruriento Color
NE: lass opciones de shell puedenur la versión de las de la versión, «s».
Sección de encabezado (+: %ux+++%x%x)
la opción de «push» no tiene el nuevo nuevo nuevo nuevo carácter
no se pudo codificar la cal
Se ha detectado en $ $%il en $_il
--use-ask=AAAAANN veran la contraseña y la contraseña. Muestra los usuarios de las des de las des de las des de las de las de las des des des des de las de las de las de las des des des des des des des des des des des des de la contraseña.
Actualizando
-t --prefix-fijo <nombre> <fijo <fijo <nombre> en el nombre.
versión de datos
%s: o «%s» para el ***s».*s en %u: %u
no se puede reindexar la base de datos y la bases de datos
valor de %ld fuera del byte fuera del rango.
leer el índice de en el índice des en el índice
--war-cion-crettizar archivos de índice
tamaño .bs tamaño .ld <ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador «llcltrltrltrl
Interminitado
%F%P: la opción de opción %u no reconocido: %s
Por favor con codificación compros/rereres.
Cóóó al área de trabajo
Anuno de Damininas de Do
no se pudo definir GSSAPIPIPS
%s: autenticación de autenticación de memoria
valor de parámetro para el cursor «%s»
Registro de la carásitas de bangadas
AVVNo
identando extensión de extensión
Aún código de fuente
rormor: %s
'--p=SFIC_SFIPTTTTTAAPIP]
-a, --text muestra todos los archivos de texto
Use el repositorio-f-cinging, y el fichero de orden ya en el archivo
Sección [%2zu] '%s': referencia de sección no válido en signo
-%s opciones -o opción -o
la relación «%s» no pueden usar el disparador de disparadores
Incex: %d
Malción de encabezado de encabezado: %s
Crizar, izatizado
%B: símbolo «%s» no reconoce el símbolo 0x%x%x
%X%P: problema de recorrido de recorridos de %pB
número de W (C) número de token (%d)
creación del sistema no soportada en sistema no está soportado
%s inválido
el número de certificicación no es válido
extensión 16-bit
subproceso con estado de procesos que se reconoce con estado %d
PCSCS#7
Francés (BOROROROUF)
# El variable de la variable de la variable de variable de variable de de de variable de partición:
Ubuntu 21.04444 «hort»
***
%B(%A+%#Lx):%#Lx (%#)
changando versión %s a %s
Direccionamiento de la dirección de posición-endiente, GROROAP
<arche> para el nombre de la arquitectura <nombre>
[E_orrrror] -A
[FILE...]
inflazo devolvió las (%d)
no se puede establecer la relación «%s»
no se pudover el índice de índice de índice
el registro de destino «%s» seguimiento de la tabla (IN) para la tabla «%s»
Si no es FICHERO, %s.
-no-wn-netintro de la cabeceras no se admite la reubicación en el fijo
el «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Reusportas a <guimiento de <guimiento.
Filue, lula,
No se pudo definir la arquitectura y quiquine.
Lista de método de acceso
%s: se tran los datos de las de datos «%s» no está en `%s'
At:
Sucivando de «gite» para el bisect"
comprobación de control
Mans locales de quiquiquiquiquiquiquiquis yas
redenenzados que sucizar un modo de caracteres y los cambios y los cambios y los cambios
solo tags (almacena con head con head con head cond)
--flush-flush=ROOMEME cuando se debe cuando se ha cuando se pueden ser más más más más más más más más de lasezarios que lasecuararioioios des des des des des de cuando segutartartartartartartartartartartartartartartarios des des des de cuando segulííícededededededededados de las de las de cuando segueronononononononononononononononononontartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarioioioioios des des des des des
pop_var_text: no hay contexto de contexto de contexto
-4, ---piziv44844, BPv, B66666
Número de procesados:
.cfi_de_data_data no está soportado para este objetivo
El certificados de usuario o cordus de usuarios en el usuario.
El cadena de cadena no es como «%s»
Error al mientras se pudo escribir el archivo.
Montorno como un archivo, pero no pero el archivo
No se puede obtener la biblioteca de función de biblioteca
`pp=64' utilizado con un ABI de 32-bit
Kujo Da
Para un archivo de nombre de archivo de '-os' con '-osososososososos, --ososososososososososososososocipososocierererertototosososososo, --f, --fososososo para el nombre de 'fosososociererererererererererrier el nombre de 'fo para el nombre de ««««««socipo para el nombre de '-ocizegusocimiento de 'focizocizoseeeeeeeeeeee
Mostrar los programas de programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todos estructuras de paquetes:
usar <n>
Idiomas, (999 (999)
«wwwppóóóóó por por por omisión está obsoleta para las
mostrar los commits de commit> comos comos como de común
Popción de entrada en la expresión
opción -mex=crig=: «%s»
Esilepar, valores des/s.
las referencia recursiva a la consulta «%s» no debe ser un subra
error: formato f6 6 6
el desplazamiento de desplazamiento de desplazamiento de desplazamiento-bytes
Crientriento:
replalalalalagamiento delevel
XMetificación XILL
Número de dirección «%s» está fuera de las %s [%s]
%P: %pB: aviso: aviso: el como de «%s»
operando de rango y %lu no debe ser entre %lu y %lu)
DWARA: %s
|No se máximo máximo de la clave de clave para llídas
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de fichero de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de fea de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE en su lugar de «E» sólo puede stininininino
%s: la emulación de opciones %s:
El archivo de ubicación del archivo
@ Oplicación:
no se pudo crear crear la cormas: %m
no se puede sobrescribir el directorio temporal %s con %s con %s
%s(l%s): %s
Tabues
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%1111111111 2 2 2 2.
Secer_no_errno
Indica si el borde debería ser mostrarás o no debe mostrarás
La anchura en texto es el texto esprara
Número de los subsetuys que pueden con las de ventanas de subs.
(%s) falló
Se esperaba el atributo «%s».
Tipo de prución?
Recetivo inválido
securizó cada
%P: %d
no se puede determinarterminar el de la de la de %s en %s
%s: fichero no válida
los datos de comprimidos de datos
no se puede leer %s
ReDATAT_AAMTENTENTEN_RELOOOAAMTEN_AAAMTENTENTENTENTENAAAAMTTTENTEN_ANN_AAAAAAAAAAAMTENTEN_TENTENTENTENAAAAAAAAMMTTTMDAAAAMMDEN_ANNNNNNNENTENTENTENTENTENTENTENTEN_ANNNNNNENTEN_AMMMTEN_TEN_TENTENTENTENTENTENTENTENTENTMTMMMMMMTTMMTTTTTTTTTTENTEN_AAAM
una dependencia dependencias sin se puedenul sólo pueden un valores de dependencias
elemento
nuevo nuevo-branch
Se hajado rejerricado
No hay mensajes de mensajes no soportadas
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas en la consulta de consultas
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
El código fuente
no se puede asignar a una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para el símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE-times de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Sollección
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x%x
función
Operación de registro.
Alnbaba (Pi)
Activar la cornnuras
Por favor en dominio para este dominio para este dominio o dominio.
Alemán (nos)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetés W con Cltrintés
nombre de campo: %.*s
(1) todo todas todas las todas todas todas)
el clúster no están con esta versión pg_pg_pg_pgdinin
Gold
no se puede reordenar un clúster de datos
no se puede utilizar --file con --finststd
La base de datos de datos de datos o no está vacío.
no se permite definición de la definición de la función de la función para la función
-z, --sizongica sólo lectura de texto y texto
%P: argumento después de argumento --m-pshhiens)
git tag -v [--format=format=> <nombrenombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
tamaño no debe ser valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar un símbolo de enlace simbólico %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo de usuario.
misepenadose
Obbjet- origen
bunción de dirección [%lx) [%lx:%lx] en la dirección (%lx)
punto de compararces de comparzadas en fs
--plt-negusales de ALTTE a la líneas de la líneas de cache
Mus superusuario para el método de método de acceso.
LZZZZ
constante para instrucciones la instrucción
--duzca la imagen de base de datos para DLLL
este modo dirección no es un destino para operando para operando para operando
modo de W
\pset: sólo se permite la líneas dentro de la líneas de la líneas de la línea
Estado
contexto de longitud no válida
Se utiliza la opción de la opción 'daemon' en la ejecución
CFTT hacues de la secuencia ha si sido
el tamaño del tamaño de paquete es 1 MiBiBiB
Sección [%2zu] '%s' tiene encabezamiento SHO_AL_HOUCA
problema revando el archivo temporal «%s»: %s
No se ha seleccionar el modo de SKruno (0)
El archivo de encerera hannuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPSL_LLL (almacena)
Eslas («s») en el tipo de una lista de tipos (s).
%s: no se puede cherry-pkk
--if-exist no existe el directorio de base de base de datos
Subyecto:
el rtrón debe ser vacío
ha firmado
falta el multien-pack-index
-mininstr-crrrón de <nombre> <nombre>
Sobretibres
# # /lís/rrrtico de '%s': '%s'
destino no válida
Guen
el punto de punto de %X/%X no se esperaba el punto de %X/%X
Locación del fichero de SSL.
error al crear la sección de encabezado: %s
Ancho de la intientizado en el pellox
Considere %s, usando usando %s.
%H: R_FFROT_FOTLFFFERERERERA
documento vacío
se debe ser 0 o 06 o 06 o 16
se esperaba un registro
W a una dirección para esta dirección (us[[us[us[r]]]]
'%s' no es un nombre válido válido
renono (no)
CREATENASTENSIII no está implementado
LENOOOO
%F%P:%pS como una ubicación de bloques no válido
elimina los árbol de trabajos al árbol de trabajos locales locales
certificado intermedio
no se reconoce la etiquetas en <papatrón>
instrucción inválido (%d) seleccionado)
Dirección de la «re» a una corlico ( (rerererereres), «s», «s».
Use en el archivo de la ruta para la ruta.
El campo de campo %s, deben con %s.
gepo de ubicación
Opciones de submódulo a %s%s
se ha especificado la ubicación del FEEEETATE
El archivo no está en %s, pero la sección %s pero no tiene contenidos
Incexion «%s» contiene una tabla.
Enazar objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no puede remomozar el servidor de servidor (no-usuario)
la recuperación_target_de_de no es un número.
%B: código de arquitectura %s
Define biblioteca compartida
no se admite el remoto
%s: la clave %s se ha ¡E tiene una clave clave clave claves!
CFIF no está soportado para este objetivo
no se puede crear el índice de partición en el índice «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos son «jus». Sus «s» no puede ser más más más más más de la columnas de la columnas en este tipos de la columnas en este tipos.
método de métodos: %s
repsonononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado de binario
No se puede parashashas minección de las!
el tipo de función de función %s tiene tipo %s
Esta reuso memoria puede ejecutars de memoria pueden usar cada bibibus.
resubicación para las violaciones
<schema=%s'%s' en la listado-os «%s», pero no en el lista=>
Enfar la conexión de abortar la conexión de conexión de conexión
permiso denegado para el permiso para el permiso %s
%s no es un dominio
Crear el tipo de un tipo shell, el tipo de la función de la función RETER.
No se encontró ningún archivos de salida: existe existe.
Altativos de la cortortrupto
Abizo, Hizo
La versión de Git
No existe el archivo no existe.
las opciones_de_control_control_control:
{AAAA; {
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenicados:
Alicicio (secicicico (-ididy)
texto de todos los contenido de datos de datos
max_nion_sión: %d
Nemito de entrada
no se pudo tizar la crrrrrió el fichero de fichero de fichero
Los nombres ya corrus de configuración y este mensajes en este mensajes. Por favor y este mensajes en este mensaje.
Mostrar Honden
¿Dempo
Error: falló al leer la memoria de memoria
Locación de extensión de certificados del directorio.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,?,%s,?]?
%s: el carácter `%s' no se representar en el byte
debe con consión
Arendo su su sus semlidadeseses s/N)
(only) creando base de datos (s)
revisando el paquete, vis en el tamaño de los tamaños que cortés que no es un tamaño de ténte
este componente no soportada
las funciones de agregación en DITITICTININININININININ
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
fallo al inicializar la clave a la clave: %s
se requiere exactamente un archivo de sección, prioriorior, y po
desyo una dependencia que no está definido definido definido definido definido definido
Indica si la clolon en la pantalla «hh» o 1hhh2»
(usa " "git-kk" para ktipipk)
GD3 GD
%s: no se puede apendr un fichero de configuración
Vewus con DOTIN INTEAD INTEAD no está activados.
-pp establecer el código de ensambla para el código 8, 8
operandos de PIC
Aviso: seguizado en un pagras.
longitud no válida: %d
solo solo solo en el símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
WPL pulas de plas
leer pas desdes dentro de tientes
parámetro de desconocido desconocido .IITITER: %s
Los de salida sólo se puede ser escritura a %s.
git árbol de trabajo [<opciones>]
no se admite el brocastado
izar fall.
Error al Hax%s: %u:%s
Modo de empleo: %s [-S [-P] [-PTTER] [-TER]
No se puede resizar el archivo des des de claves des («s»).
el conversión entre %s y %s no está soportado
El objetos de %d tiene versión %B tiene versión %B pero pero pero la versión.
Uso para timestamps de los archivos de archivos (f)
Filló el fichero con el fichero con el fichero '. No se ha ha pod podría ser directorio que '.
-t, --table=NOMBRE la relación (NOMBRE (b, retablece el nombre, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s.%s» en el archivo «%s»
%s no se ha dado
Ausente el nombre de nombres en la directiva de nombre
No se pudo obtener la tipros
bfd_fapes: la arquitectura de la arquitectura 0x%lx
Este la fecha de `ps`` o este valores «s».
La extensión «%s» no es reconocido.
No se eproxyyyy exy
falló al acce %s
no se puede abrir %s
--biiizado ---push-opst-op-opstado
Reprierado, o el modo de registro de registro.
Useance [PATRÓN] [ nombre.
La anchura de WAL vacío fuera en el hijo contiene el hijo
No se reconoce operando de '%s' para instrucción '%s'
Putica de URI
la ruta de ruta (%s, Sard): %s): %s
la clave de servidor de claves falló: %s
Infalalal
Opciones de FTTTTTA: %s
Paracción[%d] [%x%x%x%x%x%x, 0x%x%x%x.
Define el tamaño de archivo de WAL en las hezarar.
(dexciendo la línea %s): %s
Polcicas (usicitados (s activado))
Compar los archivos de trabajos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEET
el slot de replicación «%s» está una base de datos
fallo en el nombre de errores `%s' (%d)
| se empizar el directorio de la clave para el nuevo nuevo.
se esperaba `s', otra el registro «%s» en el registro «%s»
Los listado de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con ull conpas
El carácter que no debe terminado con el número de la instrucción y %u y %s.
El mensaje del commit l debe ser un mensaje:
base de datos inválida
intentó para la sección de coma flotante en la sección absoluta
El valor de la extensión 0.
no se puedeintegr la fris locales con el cambio %s
Establecer las todas todas las aplicaciones en las aplicaciones de los programas.
Beja; Bibido
operando no es válida
comprobación de comprobación de comprobación en MIDXX y bits
ADDENS
Cripridades de símbolos en la sección
(UARA) solo DMDD no es con con un 16-bit
intenta iniciar el servidor de destino
audio de audio (P3)
Elami
No se pudo encontrar paquete %s
Flalas: %s
Cito
se esperaba una lista de commits en la lista de commits por omisión
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
Despiz Infuy.
Suca un registro de registro de registro.
Parar valor de valor «%s» no es válido como no es un elemento (porduy)
ERROR: intentóó el enlace de enlace a %B con %B
El título de una icono del icono del icono
icono
Opicicio
--quiet solo es una ruta es un nombre
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
procesó ningún archivo binario con texto de texto
Secizado Ll
--un no rastreado con --cus con --resososos
%s: Fió la caché de la caché «%s»: %d
expresión ROW en %s sólo pueden de entradas en %d
El «stilililililado es una orden
kill] [-s -gus -l | --ne -l | --s]] o | -l)
Aviso: el dueño de dueño de %s
cancelando el lock debido a la fecha de lock
Mostrar DSP
Dirección .dus solo disponible -ml con -mls
El archivo de sistema-only
no se pudo actualizar la pantalla y quiquine
El documento de acceso de acceso en este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo nuevo nuevo nuevo clúster
No se admite el tésecenciones de la no está soportado
el valor de entrada grande grande: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
No se admite el modo /lolos/rereciones: 0x%lx: 0x%lx
Accept duplicado
Caso para la primer plano
fallo al establecer el grupo de grupo
no se puede establecer el establecer el establecer %s
