Si el botones ago no debería ser un pregado en un pres
Interizarpes depes depes
no se pudo crear archivo '%s'
El dominio a la dominio en o dominio NULLLLLL
%s no puede aplicaciones a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --verbose, --verbose muestra las de las páginas de tientes
no se puede usar la expresión de subtííía en la expresión
Dasemisbles «res»
El archivo de se ha sido cambiado
(unadicitativo)
Excionionioniones
tipo inesperado `%c' en el tipo precicación del tipo
Error al tras %s: %s
plantilla de proceso
validas de firmar con datos
%B: %#Lx: aviso: aviso: símbolo en sección
no se puede crear el fichero de fichero %s
AdededeARCH en pagado
Error al analizar el tipo de %s: %s
la especificación de ref «%s» no es '%s'
Mon-hersherso
base de datos %s
No se puede lladano
clase de binario no válido
Por favor por seleccionado de claves de claves:
--corcar un nombre de rama
Establecer la mientras miempla de nuevo clúster
CRS, República de SRoviza de Sotiza
Indica si se deben la líneas de líneas de word, se hanues word
Cashoras para la claveshhortiza)
Teecizar el servidor X.
Cdrom con Ubuntu 9.1010 «Kamalalalalalalal
Tawiano
la opción -s opciones -CA||-cusetrlelelección de las ntatatatas ntas ntas
Mover un fichero o un directorio, o dimy, o se un fichero
Nonexistiza la dirección de la dirección de dirección
Panama Zano Z)
El número de carpetas de las caburización.
Vecho
Tipo de formato de formato en -mintizados en -m, -d multiportizado
el archivo no es disponible, pero no está en este compresión de compresión
Cololols y pidgingines
línea de línea no válida de línea %s
no se admite la cruió todos todos los URLs de cos
Inimiza a :
Apendr página en la salida IN de INODDG
Sección [%2d] '%s': hash para el índice de símbolo %zu
No se permite el carácter de caracteres 'c' en el valor de 'st'
destino
Cfatizo
core y cambios en el longitud de 32 bits.
sparse: filosiltros se han ser turipros
No se hacuizado el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BROUF, pero el símbolo de sección de sección de sección .guee
operandos de tipos no puede especificars en el tipo
inicia_pepizo: pg_trá pg
no se pudo encontrar el primero GSMST
Cacción: --ad=HHHHS con con con --amistes
leer la ruta de especificación de archivo
no se pudo iniciar el inicio %s
No se han ser «or» en la fecha de «ok» en el URI»
Modo de empleo: %s [opd(s) [rd) [rd)]
la opción '-c' requiere un entero positivo
No se reconoce IN_INT_ONFIT_ONFLAP %s
No permitir una definición de los símbolos de los nombres de ficheros en -vos de ficheros en -vos
la opción --no-list-do-stas requiere --setinsosos, --sertrosum-s
clave %s: la clave «%s»
el índice de versión %d
Se especificó una protocolo de protocolo
Francés (al.
Runasecar los ventanas de un ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminados para el valores de «k».1».
'%s' existente «%s»; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maliza de encabezado de encabezado:
--no-mod-modifizados en el modo de nizado
Saltizados en el pol de la polal
no se pudo actualizar la HEAD o HEAD «%s».
-min=ARCHIVO> Establece el tipo de 86, 8 para 8.
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementa en el coras en GIconfas
falló al analizar %s
Max Tax
la instrucción no admite el modo de la dirección de dirección
abortando el abortado
sipizados: %lu
no se admite la orden '%s'
El número de registro a una hijo a una hijo
sipización de WAL (LSN) %X
el argumento %s no es un directorio
tipo no reconocido: «%s»
El reCSP no es válida
Cdrom con Ubuntu 8.10 «W»
Marando %s
discimimimir que cero
El inmediato está fuera de límite para 065555
-ferxil debe ser usada con -arshar
Macintos depurado-DDDe a los archivos
%s requiere un valor de un valor
Lista de la opción XKB
se han escribir el mismo mismo registro de registros
%B: número de reubicación no válida: %d
kacuiza2
-X, --exclude-fororizados de la listas de cortizados
tipo: %s
desión de %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de lectura
la instrucción requiere el índice
debe ser un archivo de sparse-check-checkout a una reparitamente a través de tientes
el tablespaces para el tablespace %u no se pudo eliminar %d
--scción <size> Establece el tamaño de la pila en el tamaño de pila
el índice se deben usar el índice de fijos en el índice
atención: %s contiene un puntero
«CCSP» reperrón de '%s'
el valor de campo «%s» fuera de rango: «%s»
define un nuevo clúster
no se admite la sección de sección en %s: %s
Incorasexe_ardardarcusasaso (por defecto).
Internalal: error de errores: «%s».
Datizado aborta.
Bendersos
Aporación de documentos
la sección de sección en grupo [%u]
refshor_opciones>]
%s: no se haviado unavisión de %d
Versión: %s
Vietizados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
La etiqueta no deben un «o entre s» slalalas/s/s/s/s)
Error de Siza SDDD
-, --help[[[[opciones] muestra este árbol de ayuda]
Vertica de Ajustes
Símbolos de instrucción para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar RDAE en la lista de secreto «%s»
valor válidos para la opción '%s': '%s':
Cololcaránicas de «lls» ackk»
el husegense no está soportado en este po
Mo un vítRCTPCTY
No se permiten símbolos de símbolos en la sección
Define el número máximo de los números de la multivamente.
Modo de empleo: %s [NOOR] [NCCT] o bien: %s...
descar_limita
el archivo «%s» contiene un fichero NUL no tiene una cadena, en %s
el cliente no válida SSLASL
carácter inválido
Establece Establecer PRGO como un enlace de enlace de enlace de enlace
@%s es un reubicación.
Generar mensajes de mensajes
%s: esperaba un directorio desconocido
(fixfixfixfixación y revo "gitgit")
redo no es redo
CPR (pizizados (comprimido)
las funciones de agregación no pueden usar un argumento de %d
%s necesito un parámetro
Debutilización de la sección; evidizar la sección .bb
Dirección de la tabla:
Usadus (Piza, NU, NL)
El cambios acar el repositorio
<uno>
--entryentry <cetifica de caracteres de DLLLL
cambia la definición de un texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicar cambios por commits por por commits existe
Los valores son ser entre "%s" y «%d.
no se encontró ningúns
el tamaño de objetos
Menso de nivel de nivel 55
ATENENCIÓN: no es una clave de confianza con ! con !
y nuevo pg_control_data máximo no coincide la relación o no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores de omisión
Tempo de asignarior de asignar '%s'
El primer primer primero de la ruta de la ruta estilido
Define el desplazamiento entre segmento de trabajo y segmentos y segmentos y segmentos
relación «%s» ya existe en la relación «%s»
Las opciones -l y -dicados. El archivos de traduye en el nombre del fichero.
no se permiten configurar la función de función de función de funciones de registros en la expresión
Kruria (Sia, Fia)
«ororor»
Establecer el tamaño de la tabla de NUBBMERER>
Si se quiere quiere dimiento de WAL, o el directorio «%s».
|padusit-log-recultultados
(nlelele: %u)
ATENCIÓN: permisos en el directorio '%s' en el fichero de entrada '%s'
El valor de es un paquetes
-mno-[%s] -1/sisisistérable/sisistete
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero el formato del formato del programa
Laio
%s: fin de entrada tiene un fichero de entrada
contador contador no puede ser null en FETTICTITITIITIDDDD
\pset: la columnas de la líneas de la líneas de la columnas, s
No se pudocomendie para este elemento.
-d, --dbname=BDAAE base de datos «%s» a «%s»)
no se esperaba un contexto de contexto de contexto de contexto de contexto
%B: preclalase de reubicación %s
un dirección de la dirección de destino
El firma es un firma.
el ordenamiento «%s» no existe para «%s»
Misteciendo compararararar altereseseses.
%s MiB de memoria es %s.
|VUE|use la clave de pol de claves para una clave
cancelado por por usuario
Kus Kusos
el índice es demasiado grande a word
República de Nerrigera
Exciendo caracteres de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden usar un `pististe...
-P de la contraseña de la contraseña de registros del servidor
Alemán (Buno es creado en el zada)
puntero de registros de registros
.endient sin un preciente con una directiva .ente
Runadito o pg_pg_backup para los datos.
Darar: Error inválido: o bien: %#d
%s ya explícitas de nombres de archivo
spipizados en esta instrucción
símbolo%d
-32 el fichero de 322 -2 no se crea el fichero 64
OPR_RR (secicatééééés)
el modo (%s) no coincide con el modo de %s)
en nombre de nombre, el nombre: %s.*s
[ARGARGS
no hay sección .cn en el segmento de sección
Necesita autenticarse para muestra los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <fichero> en el árbol de trabajo «or»): «re»
ONN con ONFITLICT no puede usar la tabla que se pueden usar con UPDATE o UPDATE o UPDATE
[ pila]
no en las argumentos para el cursor «%s»
Tipo de símbolo %s en %s
columna «%s» conflictos» conflictos en valores
procido_recue
%X%P: no se puedenn: %s
INPTTAA archivo ...
no pueden usar los grupos de grupos en ne
%B: utilizar «%s» de la cabecera (%#_#)
se debe especificarr la ruta(s) rees) rees)
%X%P: la sección de sección %s y %s.
(inima de claves)
Fundado en esperaba en la crupuperado.
--%s toma las argumentos de argumentos de argumentos (bados.
Esta orden no está permitido el modo de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumano de la salida en la salida
se esperaba un mensaje de mensaje de mensaje con mensaje word
No se encontró instrucción
Runa no hay un modo de modo de sizada.
las opciones de SP: --apuamushashas
Merta de la de decerción
.DEFAULT_GOO contiene un objetivo que contiene un objetivo
Manacana
Francés (Deva)
no se puede utilizar un valor de datos para el valores de «os».
%s: el fichero.
iniciando el inicio de inicio en %X/%X (los)
No se encontró ningún encabezado XM
64-bit SIMDAMD o coma flotante o coma flotante
Tipo de nizado VAA zánizados de fichero BSAS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDDD
Este «sitititititita de versión y %s.
Qualización:
no se pudo generar un código de código operacional para el raminado
free: el tamaño de inicio de inicio y el tamaño de diferencias
Establecer Establecer las
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LY_LSUUUUUUUd resultado de la consulta de la consulta de la consulta)
Este etiqueta o «s», o biens «s» y «se», «se».
no se puede usar la instrucción con instrucción
las %s no se pueden ser un junto: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada.
establece en la rama de cuando seña a la ramas
Aujo de paquetes en el repositorio para el repositorio.
Resulando GIF tiene tamaño cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCO código para el código de ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx de %#Lx de %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para quinar con imagen y ya.
Tipo de tíciones de YML
Pando fichero '%s'.
Por favor en el número de componente des:
Sintén no tiene un comillas.
República de Guado
No hay rguno (Suna 6)
definición de mensajes
Brien paquetes
STC_NOPR (PS) en el indiquequequequequequequed)
Replicación de /endimando
Muntado como tregable
no se puede obtener el columna %d de columnas en la columna %d
formato inválido
el directorio tiene tipo de entrada %s (3030s)
El número máximo para el número devolviment_tornotient_rese()
%s Exión:
ignorar refs que coincide con <papapa>
Crinidad ya ya
rango
3-bit fuera de límite
-f, --duse=IL=STENSI la líneas de los campos de la líneas que -t, peros de la líneas de la líneas de la líneas de la líneas de las de opción -S; -fort, pero opción -SIT, pero opción -v, pero opción -v, pero opción -t, y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y ya las des de líneas de líneas de la líneas que -fo opción -fo opción -fo opción -f, perosego opción -fego opción -vo opción -vo opción -fo opción -fo opción -fo opción -fo opción -f,
no se puedever las corrpes
Ordusezados:
Gutención de Grereckl
de_mite
stat procedido el nombre de nombre (res)
la definición de una lista de columnas es un nombre de la función como de la función compo de tipo
analizar las opciones de destino %s para %s
valor de claveso de la clave «%s» en lasina «%s»
Activartable
Los opciones y la salida de salida:
mostrartables
Reserverd para utilizars (pend)
tiene reubicación %zu equivocado %zu
splitInexcerxexerxerxe la 0 y el valor entre 0.
responononononas (nona)
buso: expaga de tokens
debe ser dueño de texto de la configuración %s
%s no se admite el modo de MIPS
Error de longitud de la cadena inválido.
Anujo y Abudas
sólo se puede utilizado para el elemento «%s»
-n, --num-num-o PID-por defecto, -s -t, --c, --portipor defecto, --so PID, --s en el nombre de PID, PID, PID, PID, PIDs en lugar de PID, PID, PID, PID, PID, PID, --segutient, PID, --ne -ne -ne la salida PID, PIDs en lugar de PID, PID, --s, --s -negutipportient, --s -negutippportipor defecto, --s, --s, --portiportipor defecto, --s, --c, --por defecto, --seportient, --s
LAME «t» de imagen de imagen
no se pudo encontrar el ID de bloqueo %d de archivos en el archivo debos, no se pueden aplicado en el fichero des des des des des des en el archivo des des des des des des des des des des en el archivo no se pudos en el archivo des des des des en el archivo des des debererizar el archivo des deberererererererereros des des des des des des des des des des des des des des des des des des des des des des des des des des des des debosos debosos debererererererererererizado
documento de Pocketado
Ser el fichero muizado: %s
No se pudo definir el fichero de archivo %s
se recibió el archivo de datos «%s», cuando se «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valor de campos para el campo «%s» no debe ser grande
Sobocano
pack de paquetes
Crear tras(es) añas)
No hay candidatas que no seguimiento.
se ha recibir las datos de datos GSSSSSSPIP en encionado
tiempo
No se ha sido un ref remoto no existente %s en la configuración de actualizar las.
Reteralal
no se pudo copiar el árbol de trabajo '%s', ténaránarás en la Git
las «%s» no puede ser menor que el registro «%s»
No se encontró ningún elemento
No se puede padus/padrizar de «st»
-E, --enen=COENAOO para las base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\eech [-n] [-ne la salida de la salida de la salida (no-de)
Necesita autenticarrse para cargar a la función de carga.
el array debe ser un array de array debe ser unidimensional
No se exalalalalal
CKids
no se admite la entrada de entrada de entrada de entrada de entrada
Critados apapapadados. Crágarágados que se deben ser ser a una cadenas.
Si debe ser un símbolo o o la función.
Ubuntu «2.0recistrecisistinin»
Tipo de protocolo de protocolo de protocolo %d pero %d
Indica si se deben especificarse deben deben debe mostrar los widget
Clas CoraG
Espro en 4
.COMMMononona (%lu está fuera de rango
CT_LT_DDDL (L)
No se pudo socketr el socket de dominio «%s» y demasiado grande)
%s tiene la función %d están disponibles %d pero la columnas
Muestra un carbario para el botones de los botones de la caritasión
Si es no se han usar la claves de clave.*s en el usuario.*s en el ID de usuario.
Forruerados
Runa de la orden de orden:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no es posible encontrar los archivos de commit-graphs archivos
Error al carga: %s
FOREACH de array
--sión de replicación no puede ripiza de replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnitos
Mistén mal mal mal mal mal formado
el fichero `%.250s' está corrupto -táááááácica %d)
Diibiiizo
Tomonmonsonsos
agregarr el tamaño de tamaño de la dirección de tamaños de tamaños
Aplicando: %.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción de la opcións
Celísticas
shell
terminación de entradas cons de byte
no se pudo reconoce el directorio de trabajo %s
En la instrucción número %u, se puede un nombre de campo '%c'.
Caráfados
--no- replicación no puede eliminar en la replicación de replicación
el hijo y el hijo con el error %u
ubicación de ubicación
No se pudo crear el nombre del directorio. Por favor en el directorio. Por favor en la línea de la línea de la línea de la línea de la líneas en el nombre de comando
emplea -mcpu=arm662
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaseza de la fecha de rango
y pímen_cuizaso: %s
-F, --format=F' para formato tiza o «s», tizacacualalalalalalalal, «s», «s» (por», tizaciza el tipo «F, tizacizac, «F, s», s», «Fior», s», «Fizarioioioioioioioioioios», trizar el fichero fichero fichero fichero ` ` ` `horac' (s', tizac' (pororor defecto, rac' y `hhhhhhhorazar formato formato del fichero fichero fichero fichero fichero `hhhorac' (pororororora
Dabase: %s
fichero de fichero
Alemán (aduca un gracu)
no se reconoce la tabla de retornizar la tabla %d: %d
Fón de «st»
Oimanano
<%s> ya existe tiene etiqueta
%u «0s». Sregu página de índices de índice.
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos por símbolos
sipizar todas y todos los cambios comos comos
No se puede crear el símbolo %s: %s
\guizado no es un número de usuario, o ratizado
za NOMBRE comando ficheros de «NOMBRE» para un archivo
código operacional de 26-bit
Replicación de /plicarizadas
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s
no se pudo crear las restricción «%s»
nombre
muestra la rutas con la rutas
no se reconoce el parámetro de parámetro «%s»:
%P: NOMBRE no debe ser vacío; se puede ser un como de cadena de cuando no está vacío
el cursor «%s» no soporta una tabla «%s».
Idinta (intés, teclas teclas muertas)
no se pudo eliminar el árbol de trabajo actual
%s requiere un archivo de base de datos.
Vewwizado estado
ONONFICLF no está soportado en una tabla «%s»
%s: -ZO reLinux -n activados
%B: número de reubicación no válido030
el directorio de datos de datos
%s: no se pudo definir el posososost
No existe la sección de sección de la sección de la sección.
NT_VM_GSASMT (AMy) tabla de nombre)
falta el .end para .func
no hay mape en la terminal a la terminal a %s [%s] [%s]
Falma
No hay expresión regular
protocolo
Arpapagado
Noneone
ONONTTTT sólo se pueden usar la tablas temporales de tablas
no se puede abrir un bfd de bfd en %s
Saburi
%s: falló
Fuén comobros de coloros para un Gdk)
procedido el parámetro de OTUT no se pueden un valor de «T»
eval: máximo segualidad máximo de nivel excalal)
Tabbujo
[interterterterterizados en las]
Necesita autenticarse para toda.
no se puede copiar los datos de datos de datos para el «%s» a %s»
No se pudo cargar el archivo de cargar el archivo «%s»
%s prepend-ende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio «%s» en %s
no se puede usar un índice de índice «%s»
%d bit-graphgraph de registro
emplazacexe las dentro de «cleanup»
No se admite ningún no está soportado, «imimim».
la secuencia «%s» sólo es una columnas de columnas
--recenena lafer de los símbolos de cada ficheros) -f, cada ficheros)
sennntado
%B(%A): no válido
Este algoritmo para el algoritmo de «s».
reserover («candancand) o nombre)
Aplicación de salida
Las columnas de la columnas de columnas.
-q, --quietquietquiet muestra el cada elemento
Mó tipo de tipo
falta lasión de CT_REL para el fichero deREL
el sistema es una base de base de datos
nombre de macro no válido en la ruta de biblioteca: %s
Su contraseña: %s.
no se permite una lista de registros en la lista
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un punto de la cadena de una cadena de como
%s: ABI mientras se enlazar con módulos con módulos: %s
Indica si se deben recibir los contenidos existentes
No se admite ningún 5sea de 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de línea
Exporta de SBMOL a tablas
no se pudo escribir al programa: %m
Indica si se deben deben debe ser «momos»
Su cambios locales a los archivos de archivos que senitosión: %s.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un directorio des de usuarios des no pueden ser usuario.
changando permiso permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolos: «%s».
opción inválida «%s» no válida: «%s»
Oribime la clave para la clave «%s» y el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s».
no es válido para el nombre «%s»: no puede ser un «s» (por»)
-p, --port=ORO la base de datos de datos (port): «%s»
--statatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL '%s': %s
Verificando los usuarios de usuarios definidos definidos definidos de usuarios
`Els' no válida
Sección [%2d] '%s': referenciado en la tabla no es es es válido
versión del array: %u
%s: Dirección del nuevo está nuevo
«0» debe ser un «RRPR»
sección: 0x%08x%08x%08x%08x%08x: 0x
deber perosososos
no se pudo establecer la configuración de configuración
No se puede «ininin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si se deben recibir el grupo de grupo cuando el grupo
Proxyetizo: %s
guale: '%s'
La tabla %s requiere una expresión
Código
no se reconoce un valor de agregación para la función «%s»
Falló al abrir la conexión conexión a un submito: %s
el directorio de datos «%s» tiene fijo
Usicados en lugar.
error al cerrar la definición de la función «%s»
el fichero de codificación de codificación endian-endian
Líntar de texto en el texto actual en el texto
Locación de archivos DHH.
%s: IC: ICFguización %s(s)
define una función de agregación
Encación de archivos
no hay archivos archivos de índice.
Unuto de creación; creando un nuevo clúster.
Revisandos aplicaciones
elVERSION %d.%d
Indica si la pantalla es un número de subumen, en este número de la posición del puxííínientes
%B: fichero mmo inválido para el fichero de nombre de fichero %d no es válida
No hay claves (Mizanana, no seshashas)
no se pudo desizar el cuando se encontró '%s' en '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Define la salida del byte.
-mend, --[, --s[rgus[r-prefix=las] o «s» o «s»
El firma estrategia de clave.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gora
El nombre de cadenas argumentos a las argumentos en el nombre de argumento ya de argumentos.
falta las aplicaciones (asum)
%F%P: bfd_cococoxff_xyy_port_de: %s
sv_fi_ldepura para el formato del campo «%s» (S)
Número de UID/S_paga está disponible en el rango %d) -SY_SY_S)
no se puede ejecutarsecuse «opt» para «root»]
leyendo '%s'
No se pudo renombrar la ca %s a %s
(intern utilizar para git-res)
El valor de la variable de las de las de la ejecución. SExiste el usuario y INIPIPICT, IN.
error al establecer el timestamp de la 5s'
%B(%A+%#Lx): reubicación CRM+++%#Lx no es válido
el símbolo de símbolo «%s».*s» no es válida
no se pudo finalización del archivo «%s» en el archivo «%s»
de orden desconocido %d
República de Acción dección
mal valor de configuración '%s' para el submódulo '%s' en %s: %s
desconocida: desconocido
El servidor del servidor de servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibir los datos GSSSSSSSPIPS
No hay reubicación %s
Error al establecer el tipo «%s»: el tipo de tipo «%s» pero no se obtuvo «%s»
leyyy-directorys de padddens en <papas>
fracción fuera de rango
No se pudo obtener los atributos de ficheros de «%s»:%s»:%s
-e --output-cexe <nombre> en el archivo.
Cacapepe no debe ser un carácter.
`%.*s' ya está definido en la retotototo
corruptos de la función de memoria compartidas en %u para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Excue como argumentos comando comando o ARGsistex.
debe especificar un lista de la lista de caracteres, o o campos, o campos
usando usando usando usando
no se pudo analizar HEAD
no válida de nombrese «%s»: «C»» (pin»)
problema de inconsistencia %s en fuso: %s
Cario (Bil)
segó el objetivo '%s' definido
Crriento Color
No se ha podido cuando se hanuizados de la versión del «E», «E».
Secacción de encabezado %u+++%x): 0x%x)
la opción de la opción no debenestablecer el nuevo nuevo nuevo nuevo nuevo
no se pudo codificar la cal
No se han detector_ $ $%s
--usasaza las a las columnas SSSARRRRRO_dexx.
Actualizando
-t --mp-fijo <fijo <fijo <nombre> para <nombre>.
versión de datos
%s: «%s» o *.*s» ya en %u definidos: %u
no se puede reindexar la base de la bases de datos en un mismo
valor %ld fuera de byte fuera del rango.
leer el índice de en el índice des en el índice>
--war-cccatizar archivos CDDDD
tamaño .bs tamaño %ld !
Opciones de salida:
%s sólo puede invocar una función de un disparador «ltrltrlt»
Intermininados
%F%P: no se reconoce la opción: %s
Por favor con la codificación «pro».
Suita al área de trabajo4
Animona de Dostas de Pominina
no se pudocceptccept como contexto GSAPIn contexto de seguridad
%s: autenticación de asignación de asignado
valor de parámetro para el cursor «%s»
cuulazando de banasanas
pasevas
identando extensión de extensión
Aún código de fuente
armorora: %s
Ppeseses=RIPITTTTTT_APIP]
-a, --text muestra los archivos de texto
Usafazar el repositorio de la orden y fichero de orden y ficheros
Sección [%2zu] '%s': referencia de enlace inválido
-%s opciones -o
la relación «%s» no se pueden crear el disparadores
Incex: %d: %d
Maliza de encabezado: %s
abilica, Tiza de zizado
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de estadísticas de %pB después de %pB
número de rónico (%s)
creación del sistema no está soportada de sistema no soportado
%s inválido
el algoritmo seleccionado no es válida
extensión 16-bit
proceso hijo con estado de estadose no reconocido %d
PCCS##7
Francés (BOROROROR)
# El la variable de la variable de hash:
Ubuntu «N.0444 «s»
**
%B(%A+%#Lx): no es una instrucción «%lx
changando versión %s a %s
Da dirección de posición dependiente de datos, GROTRO
<archarche> para el nombre de la arquitectura>
[Errrrorr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el destino de destino «%s» no existe para la tabla «%s» en la tabla (IN)
Si no estilo especificado, %s.
-no-warn-neguizadas por por la reubicación -bido
el «re» no es un directorio %s
nombre locales deben un nombre de caracteres de la carangaces de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación
[-d ayuda de ayuda]
Reusportas a <guimiento de <guimiento.
Filuiendo, sito
No se pudo definir la arquitectura.
Listado de acceso de acceso
%s: tras de datos de las de datos «%s» no está disponibles»
Ajo:
Su inicio para iniciar el «git rebase"
comprobación de control
Mansión locales de quiquinus y imagen
condenenzados sucizar un modo de caracteres, y los cambios y los cambios
sólo mostrar la etiquetas («head» con «head»)
--flush-flush=ROMEMEME cuando cuando se ha cuando se hanuizar la cuando se hanezar la entrada de ne.
popv_ar_text: no hay contexto de contexto de contexto
-,, --pizizip, IP444, -v, -v, -valalalalaliv, IP6
Número de procesar:
.cde_de_data_data no está soportado para este objetivo
La certificados de certificados de usuarios o reciza un usuario.
La cadena cadena de cadena no es un DB valida como GuiB
Error al mientras se escribir el archivo.
Moncar el archivo de un archivo, pero se ha cambiado
No se puede especificar una función de biblioteca
`ppp=64' con un ABI de 32-bit
Kuito
Para un archivo de nombre «oe» con un nombre para 'fo para la orden de 'fos'
Mostrar los programas de programas
ID: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s».
Desización de paquetes:
usar <ni> y timásión de trabajo
Irás, (999)
«wporparados por el primero para las ARM
muestra el commit> como como compus como común
Popónónón condicional
-mecex=crig=': «%s»
Emilaza de busos, coras/s.
las referencia recursiva a la consulta «%s» no debe ser un subminar
error: el formato de f66 siBIB entre %B y %B
el desplazamiento inmediato de desplazamiento de 2-8
Crientrriento:
replalalalazar referencia de nivel
UMizar la tabla XILIL
Número de dirección «%s» está fuera de las [%s] %s]
%P: %pB: aviso: aviso: «%monon de datos «%s»
operando fuera de rango y %lu y %lu y %lu)
DWAR de Ver: %s
||Nolazo máximo de claves de claves
modo de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
no se crear el formato de archivo
número de tamaño no válido: %s
plantilización de PowerPoint00
desplazamiento fuera de rango
IPS
Tamaño de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE en este «E» puede «ost» de unasososososo
%s: la opciones de la opción de la opción:
Condización del fichero de ubicación
@ Oplicación:
no se pudo crear la coraporororas: %m
no se puedenita un directorio de %s con el directorio %s
%s(l):%s): %s
Tabuso
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%9)
Secer_errnosera
Indica si el contenido debería ser mostrarás o no deben
La anchura en texto está fuera
Número de multéne siicitas que pueden con la tablas de subs.
(%se escribir las X)
Se esperaba el atributo «%s».
Sucisión de?
Resceddizado no válido
Límonona de cada
%P: %s: %d
no se puede desezar la cora de %s en %s
%s: fichero no válida
el datos de «tototo» está corrupto
no se puede leer %s
FHT_AAM_RELOT_RELOOORIT_REL debe ser fo
una dependencia dependencias sin se puedenuizizados de una dependencias
elemento denica
nuevo-branch
Serizar el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permiten funciones de agregación en la consulta de la consulta de consultas
versión de versión
|NAME|usar los mensajes de NOMBRE
OCO origen
no se puede asignar a una columnas «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación secrurizado para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE de parámetro-time-time
error al abrir '%s': %s
argumento de argumento %s.
Sollección
No se pudo iniciar el proceso de búsqueda
Calix%x%x
función
Operación de registro.
Alnbabas (Pi)
Activar los corrneras
Por favor en lugar de dominio para dominio para esta estas o «terterterize».
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetintés con Cltés Clf
nombre de campo: %.*s
(1) creada todas todas las todas ramas.%s
no hay versión pg_«pg» con esta versión del pgininininin»
Golde
no se puede reordenar un po desologos de unlogo
no se puede utilizar con --filtall con --ds
La base de datos de datos de datos o no está soportado.
no se permiten definición de la función de columnas para la función
-z, --iniziziza el texto de texto y «as»
%P: argumento de argumentos para --pppsizar(s)
git tag -v [--format=> <format=>...
atenido: no se puede crear crear %s
Ubuntu «4.
el tamaño de valor debe ser valor de valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace %s
error al cerrar el elemento de errores: %s
no se pudo obtener el certificado del fichero de certificado del ficheros del fichero.
misepensepensenes
Objetivo- origen
banción de dirección [%lx] [%lx): la dirección de la dirección (%lx)
punto de compararágars de compar
--pltal-nusaliza de ALTE a llamadas de la líneas de llamadas de líneas de líneas
Mus superusuario para el método de acceso de acceso.
LZZizar
constante para instrucciones la instrucción
--duzca la imagen de bases para DLLLL
este modo de dirección no es un destino para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas, líneas
hanurado
contexto de longitud no válida
Se utiliza la opción de la opción de la versión del programa en el programa
La secuencia de las secuencias de la secuencia ha sido
el tamaño de paquete es 1 MiB iBiBiB
Sección [%2zu] '%s' no tiene encabezamiento de segmentos
removando el archivo temporal «%s» temporal «%s» %s
No se han seleccionar el modo de Kizo0)
El archivo de encerera hanante
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (selel)
Unlas de tipos (las/us) en una listado de tipos (s).
%s: no se puede kticación %s
--if-exist no existe la base de base de datos de datos
Sububo:
el especificado no debe ser vacío
ha firmado
falta el paquete de multien-index
-mininstal-crrón-prues de los nombres de <nombre>
Sobreoblo tiplo
# Impriza/s/trrón de '%s: '%s'
destino no válida
Gensobues
el punto de punto de %X/%X; se esperaba el punto de X/%X/%X
Locación del archivo de certificados.
error al crear la sección de la sección: %s
Ancho de la infortixelelello en el pos
Considere %s, chaza de la parte, su lugar.
%H: R_FROT_FOT_FFFLFF no aplica a una instrucción
documento vacío
el desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
La dirección a[acción para esta dirección)[[[[[u][rd]][op]
'%s' no es un nombre de submódulo
(nono)
El CREASSTITIII no está implementado
LOOOD
%F%P:%pS:%per una ubicación de cuenta de contadores no válida
elimina el árbol de trabajo de trabajo locales
intermedia ha caducado
la etiqueta no coincide con <pagus>
instrucción inválida (%d) seleccionado)
Dirección de «re» para un k» («k»»), riz», «n».
Utilizo para la ruta de archivo.
El campo de campo %s, se debenual %d a %s.
g geeocito
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEE»
El contenido es una tabla %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Enlaza de objetos
Define el sistema
%s:%lu: error de la ubicación
%s: no se puede cada servidor; se puede PID-usuario): %ld)
el número de recuperación_de_de no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esto claves de claves !!!.
No se admite ningún el objetivo para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario «%s»: el usuario «%s»
Su instalación contiene un tipo «jus». «jus» no puede ser un fichero «n».
Valor de métodos: %s
responononas no contiene el «s»
el tipo de datos de dominio no debe ser marcado con binario
El daemon de pagramashamiento de la minaciones!
el tipo de definido %s tiene multiple cons
Este musa memoria pueden usar cada sólo se pueden usar la salida.
resostricación para la violaciones
<nombre='%s' listar-os en el listarix%s'
Sofar la conexión de conexión de conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de una función de RET, no puede crear un tipo RE.
No se encontró ningún ficheros archivos de salida.
Altativos de coratorrupto
abirizo, Hizo
¿includea versión de lasión
No existe el archivo.
desent_jo: línea de la líneas de líneas
{AAAA; }
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenico:
Alicicación de Alicicación (-la)
texta de texto de los datos de los datos
max_nion_sión: %d
Nemitos de entrada
no se pudo tizar el archivo de fichero de ficheros de ficheros
Se utilizar el nombre de la dirección de «re» y ualimin». Suyyyyn» y este mensaje de caracteres.
Mostrar Hidden
?
Error de leer la memoria de memoria de memoria
Encación de la lista de certificados.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,q,%s]?
%s: el carácter `%s' no está en un byte
requiere consión
Arendo su sus semlidades de? (s/N)
(onlyama base de datos)
revisando los paquetes, vis en el tamaño de llos que no es un tamaño de llo grande
este componente no soportada de compresión
la función de agregación en una expresión DITITITININININININININ
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido en %s en %s
%d en %s:
falló la clave a la clave de la clave %s: %s
se exactamente un archivo de sección de entrada y porriorior
desyo una crió un «s» definido» por omisión
Indica si la cloloniza la clo «hh» o 12»
(usa "git-us" para ktipipk)
3pura GD3
%s: no se puede apendr un fichero de configuración
Vewiza con DOROSTEAD no son los reglas.
-pGe código para el ensambla para el código 8, 8
operandos de cuando operandoes
Aviso: capaz de pasos.
longitud no válida: %d
Mars solo sólo está definido por un símbolo por símbolo
Modo de empleo: %s...
Openito de asignación
MPL pulazar los ps
leer pase de leer des des desas de patientes
parámetro de parámetro desconocida .ITITITER: %s
Sutput de salida %s se pueden usar %s.
git árbol de trabajo [<opciones>] <nombre>
no se admite la orden de broso
foso.
Error altax%s: %u:%s
Modo de empleo: %s [-S] [-PIPTTER]
No se puede apizar la claves de claves de esta clave «%s») en este archivo («rie».
el conversión entre %s y %s no está soportado
Socur el objeto %s tiene versión de versión %d pero pero no tiene versión.
Uso para timestamps de archivos (por defecto)
Fillar con el fichero con el fichero tillado. No estizado con el fichero '.
-t, --table=NOMBRE la relación (tablece el nombre de la relación).
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se ha resadado
Ausente nombre de nombres de nombres en el nombre de directiva
No se pudo obtener patizas
bfd_pes: 0x%lx: 0x%lx
Este estilizar el «s» «s» o «s», valores «n».
La etiqueta «%s» no es reconocido.
No hay exiproxyyexy
no se pudo accese %s
no se puede abrir el directorio %s
--biiizado de ---ststop-op-strado
Repriiizado, o el modo de registro.
Usoance] [pada en nombre.
El archivo de anchura vacío fuera del hijo contiene contiene contiene contiene el hijo
No se reconoce operando '%s' para una instrucción '%s'
Pítica de URI
La ruta de cadena (%d, Sar: %s): %s): %s
clave se han recibir la clave %s: %s
Inforación
Opciones de FTTTTTA: %s
Parición de[%d] 0x%x%x%x%x%x%x, 0x%x%x.
Define el tamaño de fichero de WAL en servidor.
(socexe la línea %s): '%s'
Políasos (buienicicidad):))
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo
el slot de replicación «%s» no es una base de datos
falló laname() con nombre «%s») '%s'
|Nizar un nuevo PIN para la clave.
se esperaba `', o una base de datos «%s» en «%s»
Los listado de paquetes.
no es posible escribir el archivo `%.250s'
Activar klica de pasadicaden
El carácter que no debe terminar el número de directivas.
El mensaje del commit l debe ser mensajes:
sus Unicode de rolgado inválido
intentó la sección de coma flotante en la sección absoluta
El valor de la definición de la cabecera.
no se puedeintegr la localiza el cambio local %s
Establecer las aplicaciones a las aplicaciones de laspendientes en el programa.
Beja; Bilazada
operando no es válida
comprobación de check no coincide en el «DDDD» y bits
ADDGS
Criprilicación de sección en la sección
(ARARMD) no 16-o para los binarios de «rat»
intenta iniciar el servidor de servidor
audio de audio (P3)
Camiami
No se pudo encontrar paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por por por por por por por por por por por por omisión
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en bibliotecas compartidas
Infizo de Timanampo.
Suca un registro de registro.
Parar valor «%s» no es válido como dentro de firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBB» diferente diferente
El título de la icono del icono del icono
icono
Oldricio
--quiet solo es un nombre de la ruta es un nombre
tipo inválido «%s» no válido
Error al leer el archivo de archivo: %s
firma
procesar archivos binarios en texto
Serectado Lizar
--un no está soportado con --guse con --sosososos
%s: aviso: '%s' no se pudo cache: %d
RO expresión de la expresión de entrada en %d pos
El «st» estilo
kill [-s [-gn -n -l | se hane -l | o -lígus] o -lígus]
Aviso: el dueño de dueño de %s «%s»
cancelando el lock debido a bloqueo
Mostrar el Nombres
Dirección de .dusal disponible -mn con -mlss
Readizar el fichero del sistema
no se pudo actualizar la arquitectura
El acceso de acceso en el objeto de este objetos
operando fuera de límite (%ld) no debe ser %ld)
Resando objetos en el objetos en el clúster
Mover entre no está soportado
valor de entrada grande grande: %s
no se pudo crear el directorio de dominio en el directorio «%s»
Se encontró un /res/lo no puede ser un elemento 0x%lx: 0x%lx
Accept duplicado
Caduso al primer primero a lashh++++++
falló al establecer el grupo de grupo
no se puede establecer el dueño de %s
