Si se admite el botón del botones de los botones de los botones en el certificados
Inmplalase las de rosos
no se pudo crear el fichero '%s'
El dominio para la restricción de dominio, NUL, NLLL
%s no puede ser aplicaciones a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --silililililciones --preprepres, --pretttttentententes de los cambios
no se puede utilizar una expresión de téricación en expresión regular
Disasismes «regisisisisis»
El archivos se ha modificados que se modificado
(ecueatrita)
Extención de evens
el carácter inesperado `%c' en el tipo de predicación
Error al obtener los ficheros de %s: %s
estado de proceso procesos
firmas de datos externos con PAAKAAAAAAAA
%B: %#Lx: %#Lx inesperado inesperado en sección
no se puede crear el fichero temporal %s
SOIIIA
Error al obtener el tipo %d «%s»: %s
push para los refs '%s' para el '%s'
Monashados de Kmeras
la base de datos %s
Canadano Dano
clase de «local» inválido
Por se ha seleccionar la claves quierdas:
--tratrar un nombre de rama
Establecer el contador de miemertos en el nuevo clúster
República, República de SS, República Sociacialistalistalist
Indica si se deber las líneas encues de la líneas, se enccarácues o se encuarácues de las de las de las de las encuararararacues de la líneas encues de la líneas encas de cuando se encas encualalalalalizarcualalalalaliarios de la líneas de las de las de las de las de las de las de las de las de la líneas de las de las de las de las enccualalalizararararararcualalalalalalales de las encccccarararararararararararcccas
Cas Caculos Corgerrulos de clave (fffas)
La secuencia de secuencia para el servidor Xiza el servidor
Cdrom con Ubuntu 10.10 KKo 10 Ko Ko 10
Tawano
las opciones -CSP -reres y -tra--trasetros des
Mover un directorio o s, un directorio o s o un directorio
Naxisiste la dirección de la dirección de la dirección
No se puede tener cuando se Zone
El número máximo de la pantalla después del preverización del lock.
Vierars
Nombre de la cacional no se pueden utilizar el nombre de multroca -timor defecto, -t, -val, -t, -t, -t, -dar el nombre de la cororororororororororororororor defecto, -t, emplea emplea emplea emplea emplea emplea emplea emplea emplea el nombre de mult, -t, -t, -t, -t, -t, -v, -v, -duerv, -v, -fororort, o o o o mult, mult, mult, mult, -v, -v, -v, -mmmmmmmmcccce el nombre de las que -fororororororororororororororororor defecto defecto, -d
el archivo de comprimidos, pero este compresión no se admite el datos --l
Colols y polgidids de bases de bases
línea de líneas inválidos de líneas %s
No se descartar las opciones de ¡-push-push-push
Time acas:
salida en la salida en la salida de INCOCDO
Sección [%2d] '%s': hash para cas': nombre de índice de índice %zu
No se permite un carácter 'c' en 's' no permitido en el valor de «str'
destino
Tipo de alias de alias
core y referencias en el longitud de 32n en el modo de 32 bit.
sparse: se admite un fililililtra el opdurado
Nucados des que no buerrados.
Francés (Suza, sin teclas muertas)
local
Sección [%2d] '%s': nombre de sección .BO_SFIT_ST_ST_ST_S
el tipo de operando de tipos no puede ser cero
iniciando el pg_line: pg
no se pudo encontrar el primer primer primer GTSTATAAAAAT
Descono: --aHSHDENA con --facadualizada con --S
leer el archivo de la ruta de la ruta de la ruta de archivo
no se puede de proxyxy %s
No se han leer el marcas por el marcador «%s» en la URI «%s»
Modo de empleo: %s [opciones](s)](s)]
la opción '-%c' requiere un argumento entero entero
No se reconoce INT_SECPION_FIGGF
No se pudo añadir una definición de un fichero des con el archivo des -vos en -vos
opción --on-no-no-nono-se la opción --no-inin-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-e la opción --ne la opción --tartartartartartartartartartartartartartartartartartartartartartartartar-in-in-in-in-in-in-in-in-nnnnnn-in-in-in-inse lase
clave %s: la clave «%s»
versión de índice %d
Se especificó ningún protocolo de protocolo
Francés (alalal).
Ratidades «veveveveveque ventana directamente a una ventana
-a, --all muestra los bases de datoss de datos
<stringes de tabla: %ld
El valores de «sin» para el valores de «vevevevevece».
'%s' existentes'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de encabezado de cabecera de nuevas:
--no-in-modif-modifie el modo de modos de modo de modo
El elemento de elementos en el elemento de pos en el elemento
no se pudo comprobar el elemento de '%s'.
-mch=8> Establece el tipo de «888800 a 8888, 8888888, 8, 8, 88888888888, 8, 888, 8, 888888, 888888, 8888888888, 8, 8, 8-8-8-8-8-00: M M M M M M M M M M M M M Muestra los tipo 8, 88800 por el tipo de 8, 8 - -00:
<lalall>
Se esperaba un argumento de argumento de argumento de argumentos
Tipo %s no implementa de la implementa dentro del GFIconconcono
no se pudo analizar %s
Tacuza de Ta
instrucción no admite la instrucción de este modo
abortando la transacción actual
kkke la clave %s: %lu
no se admite el directorio de '%s'
El número de registro para el hijo a un widget
la ubicación de WAL (LSN) %X/%X/%X/%X/%X/%X/%X)
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.
Marclas %s a una completas
dicuriminas que cero
El inmediato está fuera de límite para 0555555
-f/--axillas no se puede ser usados con -arás
Maclas de Aplazar el fichero de fichero de fichero de archivo
%s requiere un valor de un valor
Lista de opción XKB
se puede escribir el mismo mismo mismo mismo mismo mismo registros
%B: número de reubicación no válido: %d
Ikkkke no válido
-X, --exclude-ectoror=SSSE listar la lista de la lista de depuración
tipo: %s
diversión de las local %s a %s
%s clave %s usar un hash de hash (%zu (%zu)
aborto no se puede ser leer el contenido de lectura
requiere un índice de registro de registros
debe ser un submódulos en un checkal-checkamente a un patrón de retivos
no se pudo crear el tablespace para el directorio %u
--scke <nombre> Establece el tamaño de la pila en el tamaño en la pila
no se debe usar el índice en el índice en el modo de índice
atención: %s contiene un punto de un punto
usando el SP OCSP de '%s'
el valor de campo «%s» fuera fuera de límite: «%s»
define un nuevo nuevo nuevo nuevo operadores
no se admite la sección de la sección de sección: %s
Increeaxc_repar_par_plicación %s).
Interteral: error de error equivocado: opcal-porriz = %s.
Saza transferar las abortido.
Busensecenens
Aprocesador de documentos
sección de grupo 0%u] [%u]
ref_rererereshhlalas
%s: dimens: el registro des que se ha cambiado %s: %s
Verce: %s
Vietalle
no se puede abrir el nombre de %s para leer %s
las clase de operadores «%s» no es un tipo de tipo %s
No se debe ser un so de un soso de un s/so)
Error del Sizar laso de lasos
-?, --help=opciones]]] muestra estas des, muestrado
Verstica de lastica
Símbolos de una instrucción para instrucción
no se puede borrar el archivo «%s»: «%s»
la función «%s» debe ser «ir» para INSERT
Epara la instrucción o duerantente o
no se pudo analizar el lista RARADA «%s»
el valor inválido para '%s':
Colasumas de la cabeceras de evens
huge el páginas no está soportado en este po
Tipo de como un TPRTY en el vol
No se pudo crear símbolos en las de las de las de sección
Define el número máximo de un número máximo de un número máximo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OUPERERERAROAROAROAROARROP]]
delimitado_cacaccuer
el archivo «%s» contiene un archivo no se ha terminado, terminado en %s
cliente el cliente seleccionado como me comosisisisisis
carácter no válido
Establecer la ROROROROROL a un enlace
@%s no es un reubicación.
Generar mensajes mensajes de mensajes
%s: Ingando un directorio desconocido desconocido
(fix conflictos conflicto gitenes y "git rebase --continue)
redodo no es un `'
CIO (Pegizar (comprimidos)
las funciones de agregación no pueden ser ser más más más más de argumento %d
%s necesario necesario necesar un parámetro de parámetro
Desbusplicación de la sección de .buyeclabbuyempmpmp_bbido
Verificando tabla de tabla:
Actualizar (Patusega, NOLA)
Las cambiar el repositorio a repositorio
<ununo>
--entryentryentryentry <cififico de entrada SLLLL
cambia la definición de búsqueda de búsqueda en texto
no es posible al iniciar el %.250s después del %.250s
error de sintaxis no se admite las inesperado `%s'
Apar cambios cambiar los cambios existes que existe
Los valores entre las «%s» y «%d».
no se ha encontrados
tamaño de objeto de objetos
Penencholas en nivel de nivel 5
ATENCIÓN: no es una clave de firmada con firma de firma de firmada !
el tamaño de pg_data antiguo y el tamaño máximo no coincide o no coincide o no válidos
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros de parámetro
Temporororororar '%s'
Sólo la ruta de la ruta de la ruta de la ruta de la ruta de progreso es
Define entre las valores de segmentos de segmentos y leer los segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dd no se mantuerertulos en el nombre de la opción -pendimiento.
set-resetr no se permiten «s» en expresiones de «serer»
Kurado (Sus, FS)
compresión de comprimido
Define el tamaño del tamaño de la tablas de <NNB>
Si es quiere las quierdas quierdas, eje el directorio «%s».
| |adusit-resacurl
(lelelen): %u)
ATENCIÓN: seguna el directorio de archivo de configuración de configuración '%s' en el directorio
El paquete de paquetes de paquetes
-mno-no-%s]=//s /EDE %s
Catado
Actualizar las fecha de modificación de modificación de FICHERO
mensaje de cacuye para plurusosocionales pero el formato del formato .#'
La expresión de zación
%s: fin de entrada de entrada de entrada de los ficheros de entrada
contador de registros no pueden ser null FECTIIITE
\pset: se permiten la líneas de la líneas de la líneas de la líneas, «plica
No hay paquetes para este elementos para este software.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos a «%s»):
no se esperaba al menos un contexto del contexto de contexto
%B: po-reseturaciones símbolo dinámica %s
no se admite la dirección de dirección de regex
El firmado como un YLLETGG.
la codificación «%s» no existe para la codificación «%s»
Misando coma trascuertes de través.
el memoria %s MiB es demasiado. El código es %s.
|VE||||arar el pseguidad para la clave
cancelando usuario por usuario
Kurgusas
word es demasiado grande para el índice word
República de Nerrados
Exce el argumento constante de argumento de argumento
no se admite el nombre de límite con el límite de límite con el límite de `pisisisisis'
-PPASSC de la contraseña a el servidor de registro de PostgreSQL
Alemán (B, téé en el proceso hijo)
puntero del registro de registro de registro Z
se directiva .end con la directiva .end
Readita de datos o pg_pg_pg_de un directorio PostgreSQL.
Darwar: no se esperaba valores o bien: %#d : %#x.
%s y «lllllidad de muidades tententenido
ksappros en esta instrucción fijos en esta instrucción
símbolo%d
-32 no crear el objeto de 32 bit -64 el objetos del objetos
OPR_de (consecionales en lasil)
el modeo (%s) no coincide el modo %s (%s)
referencia de nombre,: %.*s.*s
[PS...]
no hay ningún segmento .cys en la sección
Necesita autenticarse para el repositorio
Necita autenticarse autenticarse para el sistema.
estrategia de estrategia de compresión '%s'
pende <mendar> en el directorio de trabajo de trabajo «por»):
INSERT DONONONONONFFIT no puede ser cuando se puede ser cuando se pueden usar la tablas o o o UPDATE o una tablas que no se puede ser cuando se puede usar una tablas que no se puede usar cuando se puede ser una tablas cuando se puede usar una tablas con una tablas con una tablas con una tablas con una tabla cuando se puede ser cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede ser cuando se puede ser una tabla cuando se puede usar con una tabla cuando se puede ser una tablas con una tabla cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede usar una tablas cuando se ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha han usar una tablas INSERT INSERT.
[ desbordamiento de pila]
no se en el argumento de argumentos para el cursor cursor «%s»
Operación desconocida en el símbolo %s
la columna «%s»: valores de la columnas valores
procedede_name_de_name
%X%P: falló cre_hash_lockkkk: %E
INPUUT ... ... ...
no se puede eliminar los grupos de grupos en el grupos
%B: usar las #_#_# desconocida (%#s) que segn (%#s)
debe especificars de ruta(s) para la ruta(s)
%X%P: la sección de la sección de la sección %s y %A en la sección %A.
(ma claves ID de clave %s)
Funa las en la crupta en elidad.
--%sa los argumentos de argumentos en el argumentos.
Este no está permitido en el modo del modo %s.
no se puede abrir el fichero temporal %s
El modo se encontrar el modo tiene cons en las
hay nuevo de datos a la base de datos «%s»
-h, --hhhhoror-ana de salida
expresión EF inesperado con el mensaje con el mensaje de word
No se encontró instrucción
No se admite el modo des en modo. Mnulolo.
opción de SP: --po: --pamushhaplalala
Mecera de las
.N_IIIIAL que se han un objetivo de destino
Manachana
Francés (Dorororora)
no se puede utilizar el valores de acceso no se puede usar un valores para UTF8.
%s: gmonarar el fichero de his.
iniciandondo el flujo de archivo %X (X/%X/%s)
No se encontró una cabecera
se esperaba SIMID de registro de 64-bit o el registro de precisisisisisisisisisisión
Tipo de rmiririririr PAAusyyymama de archivos
datos de codificación desconocida
documento de entrada de entrada de entrada MM
La horazación para GKD
Esto tilidades sólo puede ragutilizar la versión de versión y ras.
Quito:
no se puede generar el código operacional para el herererertos de ramegerarar
free: el tamaño de inicio y el tamaño del tamaño del diferencias de diferencias
Estados Establecer
Descono reubicación %s
argumento no válido
No se pudo leer el socket de socket con el socket: %s
setsección (create) falló
SHO_LLLLRE_STS en todos los resultados de órdenes (LLLLLLL)
Este tags oculos que contiene los nombres de «veveveves», «IIICIICCC.
no se puede escribir la instrucción de instrucciones con esta instrucción
el alternativo %s no se puede ser ejecutado: %s es un s
%s: no se puede abrir el índice del índice
instrucción «%s» no puede ser ejecutada en parallel en parallel.
establece la rama de la rama a tracuizar ramas
Selecora el repositorio en el repositorio dentro de opizada para el repositorio.
imagen de como el tamaño GIFIF
el tamaño máximo para el tamaño de base de datos %s
no existe el OID %s
-CORERED código para el código de objetivo SUCRERECREREC
%B: no se pudo crear el tamaño de memoria para el tamaño del símbolo %# %#Lx
generación de las falló: %s
se puede escribir el directorio de escritura
Necita autenticarse para requiquiquiquis y se contiene los imagens y no contiene su imagens.
Tracción de lasión de YMLL
Funando archivo '%s'.
Por favor en el número de componente de componente:
Susando no tiene un «s».
República de Gulalazado
No hay «SegiSSS (/6)
definición de mensaje duplicado
Busazar paquetes
STC_NN_PS (PS en NOPOPOPS en desplazamiento de posegos)
Replicación de las aplicaciones Sal/s
Moje un tizadas
no se pueden ser más más más de una columna %s en la columnas
formato inválido inválido
el directorio de control tiene la opción %s («««0»)> %u55557=7)
El número máximo de paquetes por elementos por el elemento_mit_init_de_de_de_de_de_de_demitemite()
%s Extención detenido:
ignorar refs concuerden con <nombre>
Trinina de ringinino
rango
3-bit inmediato fuera de límite
-f, --fices=STS no se descarta las líneas de la líneas que -nempociones (s que -n, --s que -n, --derererert, --s que -nununununununununununununacace la líneas, --s)
no se pueden usar los directorios
Ordens opciones:
Gususatulicos
desde_emiteme
nombre de procedados de nombres (regado)
definición una listación es una función de una función de una función para una función de un tipo de repocitosión
anal_de_bbuye en %s: %s
la claves valores «%s» no es válido «%s»
Activatabletabletable
Los opciones de salida y la opción:
tabletabletables
Resoverdicados para usar (end)
desplazamiento tiene reubicado %zu
tipo de «IIP. Segererercerer» debería ser 0
función de repros no válidos (ponononse)
buegacasticacuales:
debe ser el texto de búsqueda de texto %s
%s no se admite el modo MIP en modo 6
Error de cadena: el largo de cadena inválido.
Ancuriga y Parbar
sólo se solo obtener un elemento para el elemento «%s»
-n, --veveveve-des de PID PID PID, --s, --por defecto, --s (por defecto, --por defecto, --n, --set, --port, --por defecto, --s, --por defecto, --port, --por defecto, --port, --port, PID PID PID, --port, --show-port, --s (port, --port, --port, --port, --print-input=======CCCCCARRRRRRRRRRRRROOOOOARRRRROA en los tiposhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhownn, --se
imagen MAMEs de la imagens de imagen
no se pudo encontrar el ID %d --d en el archivo de entrada --for-os, pero no se puede ser el archivo de entrada
documento de Pocora de WWW
Securó el fichero mecedido: %s
No se pudo abrir el archivo temporal %s
se pudo recibir el archivo de datos para el archivo «%s», para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: error al código de error %d
%s: valor para el campo «%s» no debe ser menor %d
Molas Rusos
firmas de firmas de firmas
través(s) para a año(s)
No hay candidatas candidatas son para mguera un ref que que que que tuizadas.
se recibido un datos datos de cifrados GSAPIPI
Sormatetes
No se pudo actualizar el fetch-orgar la corororororororora de las de la salida.
Resastime
el árbol de trabajo de trabajo en '%s', «FFFFF», «F» a lasempucempización de trabajo en el «F» a tran» a lasión de trabajo de trabajo de trabajo en el árbol de trabajo de trabajo de trabajo en el árbol de trabajo de trabajo de trabajo de trabajo
«%s» no puede ser la hiserto «%s»
Dirección no encontrado
No se puede sizar verifica de s/d
-E, --cocololo=COARDENENENA para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o [-n] en la cadena para la salida (««»)
Necita autenticarse autenticarse para cargar la cargar el que que a a la carga del sistema.
el array de array de mod debe ser undimensional
No se ha excueacual
Kasids
no se admite la entrada de entrada parallel no está soportado
Córitado a tradados. Estado a la cadenas que se harían a una cadenas.
It debe ser un símbolo de funciones de funciones o bien bien.
Ubuntu 12.044.
Muestra la versión de protocola de protocolo de la versión %d.
Indica si se deben cambiar el widget en el widget
Cabujo de Coras
Empana en el 4
.Mon el rango .lu fuera de rango (%lu
CTLL_STSTS (kk) definido definido definido definido definido definido definido)
No se ha podizar la ruta de socket «%s» es demasiado grande (p bytes)
la función %s tiene la columna %d no está disponible %d
Mostrar un botones para los botones de la corororororos en el final de la car el final de las
No se puede terr la claves que se *se la claves porque el usuario. Si *s.
Ferar el proceso hijo
se ha sir una orden de orden:
No se pudo procesar el proceso
No se puede convertir %s (%s).
No hay ning.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los archivos commit-graph
Error al cargar el icono: %s
FORCAACH o array de array
--inicación de replicación en el slot de replicación
Descone el índice de la cerado inválido
El búfer del buyo (car).
Xigigna
Misiza mal mal mal mal mal formas
el fichero '%.250s' es un «ororor» - utilizado -d)
Dibibio
Tashamassetsetsets
agregar los tamaños de los tamaños de tamaños de tamaños
Apando: %.*s
Gusedar el valores pg_controls:
*** *** *** *** ***
el destino no admite la opción no soportadas
Celesasticos
script de shell
terminar la entradas de byte no terminada
no se pudo crear el directorio de trabajo después de búsqueda %s
En la instrucción número %u, el campo «%c» no puede de campo del campo.
Susistes Confuzación
--no-pros de replicación no pueden en el slot de replicación
el hijo ya el hijo con error en %u
ubicación de ubicación
No se pudo cambiar el nombres por genea un «tartar» en el directorio.
emplea -mcpu=arm6222
error al inicializar el archivo '%s' en el archivo «%s»: %s
timeza de rangos fuera fuera del rango
no se pudar el pulo_culox_los: %s
-F, --format=FFM' para el fichero `F' o o «ll', --s' (porororororororor defecto)
Daza des: %s
el fichero regular regular
Alemán (aduca gracueo)
no se reconoce la tablas: %d
Las conjunto de establecertres
Ralimano
A%s <nombre> se ha especificado al al al al algenando
%s.0s de versión versión %u no se eliminado %u.
La clave es una clave cuando es un primer prese
Modo de empleo: %s......
Mostrar los símbolos por el símbolos definidos
ksa existe las en las líneas de la líneas de caracteres conclas conca
No se puede hacer símbolos de símbolos: %s
\go no estilido por un número de un nombre, «crace», «ce» o o un nombre o un número de progreso o un número decece», «racuer», «racer», «cer», «ce», «cer», «cer», debe ser un número de progreso o un número de un nombre de progreso o un nombre de un número desocecece», «ce»
NOMBRE NOMBRE como un archivos para cambiar el archivos
código operaciones de 16-bit
Replicación de lasubicación
%s: no se puede eliminar %s: %s
no se pudo obtener el primer de la entrada para la entrada «%s»: %s
no se pudo crear las que se pudo crear «%s»
nombre de nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de parámetros de parámetro «%s»: «%s»
%P: el SOSO no debe ser vacío; previo
las datos «%s» no se inserta una tabla UPDATE/DELETE
Si eseza (l, con una clave).
fallo al eliminar 'git merge 'git'
%s debe un archivo de base de datos comos de datos o con el archivos.
Laswe no es se puede tener
ONONONONFIT no está soportado en la tabla «%s» no está soportado
%s: - se ha activado activados SEE
%B: número de reubicación inválido inválido: %d
creando datos de los directorios
%s: no se pudo recuerererrizar las de lasión
No hay sección de la sección de la sección de «clas».
NT_VMS_VSTSTA (MA)
ausente el .func para .funcosfuncional desconocido
no hay cambios en la terminales de la terminal a %s [%s]
mismo mismo de TYPE
No se permite una expresión regular regular
protocolo de protocolo
Se ategadoado
None
ONONON COMMIMI sólo se puede usar la tablas en tablas temporal temporal
no se pudo abrir un bfd en %s
Saduriza Ana
%s: falló en %s
Fogurimiento de coloros (posColor)
procededar el parámetro de parámetros de parámetros no pueden usar un valores con un valores con el valores
evalal: el máximo máxima de nivel excedado (%d) ex)
Tabucho
[interadicación de inconocedededado
Se necesitita autenticarse autenticars en el registro de las local.
no se puede copiar los datos de `%.255s' para `%.255s': %s
Falló al cargar la imagen de carga «%s»: no se prover el archivo de cargar el archivo de cargar el archivo
%s prependiende en %s
se esperaba un nombre de nombre de nombres «%s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice de índice «%s»
%d llamada de registro de registro de ggraph
duraxcción excción excción
No se admite las %s, no está soportado.
la secuencia «%s» solamente para la columnas SELECT
--dedececenens después del símbolo cada símbolo (ente el símbolo no estiltiltiltilo estilo)
Indica si se deben
%B(%A): reubicación no válido
Este el algoritmo de algoritmo de búsqueda con el uso de búsqueda de búsqueda de búsqueda de búsqueda.
resover la función de tipo («cer») o o
Apario de texto
Finantes de la columnas de la columnas.
-q, --quietquiet en NOMBRE
Mir el tipo de tipo
falta el archivo Car_ckT_REL
la base de datos es leer la conexión a la conexión de conexión
nombre de macros en la ruta de bibliotecas: %s
Este contraseña: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de %u
Cadaración de la cadenas
%s: no se pudo recibido con %s: %s previo módulo %s
Indica si todos los contenidos existentes
no se admite Ka autenticación de comocutilación de como no está soportado
%d está fuera del rango para el parámetro «%s» (%d).
número de campos en el número de la líneas de líneas
Exporta SLMLL a tablas dinámicas
no se pudo escribir el COPY a %m: %m
Indica si se deberían los tamaños que deben los tamaños de los tamaños
Los cambios locales locales a los archivos seránrán sobrescribir la ramas: %s.
No se ha seleccionar '%s' para '%s' para '%s'
No se pudo crear el clúster de datos de tablespaces por el clúster es el clúster oqueque el clúster. No se puede ser actualizar el clúster
chana los permisos de las de %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 4: %s
No hay símbolos: símbolos '%s'.
el punto de comprobación de comprobación no válido: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» esquequeque el archivo «%s» y «%s».
Opciones de nombres «%s»: no puede ser un carácter de «s» (pen»)
-p, --port=PTRORTAROAROA «%s»:
--stackeck necesita para esta pila
no se pudo encontrar la variable de variable «%s»
fetche CRL CRL CRL de '%s': %s
Verificando el usuario para el usuario definido definido definido definido
`EEfl' inválido
Sección [%2d] '%s': referencias en la sección no es una tabla
versión de la versión: %u
%s: %s es el nuevo nuevo nuevo
«0» debe ser un head "RP»
sección: 0: 0x%08xxx%08xx%08x
debe ser mise la mine
no se pudo recomendar la configuración de configuración
No se puede obtener el servidor de dominio del servidor en este servidor
%B(%A+%#Lx): error %s: %#x
Indica si se deben usar el elemento de los grupos de grupos del grupos de grupos de grupos
Procuyetiels: falló %s
guilile: Deval «%s»
La expresión de %s requiere requiere una expresión
Operación desconocida
no se reconoce un valor de un valor para el valor de agregación «%s»
No se pudo abrir la conexión del subduito: %s
el directorio de datos «%s» tiene un servidor
Usubidades INSERT INSERT.
error al obtener la definición de la definición «%s»
el archivo de acceso no es big-endian
Lenga de texto en textomente
Los archivos de parámetros de parámetros de archivos.
%s: ICFFIneguridad de %u(s)
define un nuevo nuevo nuevo nuevo de agregación
Sisuras de archivos
no hay archivos de paquetes.
Asa existe un nueva nueva nueva nueva nueva nueva nueva nueva nueva de entrada.
Revisandos de aplicaciones en uso
VERSION %d.%d
Indica si la cara musuene un número de las de la posicións, en este número de po
%B: fichero mmo inválido: el nombre para el nombre de archivo %s
No haysuse (Maseaseas, no hay de claves)
no se encontró ningún des en '%s' no se ha encontrado '%s'
el servidor de WAL de WAL en %X/%X/%X/%X/%X
Descono locales de %d
socket inválido: %s
nivel Z-desea el nivel de jo no rastreado, «veve-» en nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel, a t-a, tiorororora, aclalalalalazarcuyyy-rechaclalas-----acet-------a, acizados en nivel-os en nivel jo jo de nivel, acizado, a través de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel, aciones de nivel de nivel de nivel de nivel de nivel de nivel n-a, a a acaaaceaaaaaaaaacacererererereraca
Desever los archivos paquetes en el paquete %s) ...
Define el formato del byte para el byte.
-m[CENENENA en --minin] fifijos, o fifijo (se como el valor de fijo fijo «st»»»)
La clave está firma de clave con la clave está firma.
socket de socket
atención: la línea %s no es reconocido: %s
República de Gahanana
La cadena de cadenas del argumento argumento tura del argumento de argumento y argumentos de argumento.
falta la información de contenidos (asume)
%F%P: falló bfd_refffax
cvo_seceme el campo de salida para formato del campo «%s» (VSS)
No hay UID «UID» en el rango del rango %d («SST_ST_STST_ST_STST_ST_STST_STST_ST_STSTSSTST_SSTST_STSTSTSTST_ST_STST_STSTST_STSTSTST_ST_STST_STSTST_STSTSTST_ST_ST_ST_UID.
las optucoptues de ««op» puede ser ser un root»]
leyendo '%s'
fallo al renombrar a %s a %s a %s
(interteral-remomo git para git)
Descamiento de la líneas de la fechas de la líneas de la líneas. CEPIIEE.
error al timestamps de `%.250s'
%B(%A+%#Lx): la reubicación C# `%s' no es válida, se admite la reubicación de %#Lx (B)
símbolo «%.*s» no se encontró la base de secuencias de secuencias de la secuencia
no se pudo iniciar el archivo de archivo «%s» del archivo
la orden de fuente %d desconocida
República de Acado
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
: desconocida:
El servidor HTP servidor no válidos por una cabecera inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibido un datos datos de cifrados GSASAPI
No se pudo de reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
leer la base de datos peros peros en <fichero>
el valor de bits bits está fuera del rango
Falló al obtener el archivo de archivo de archivo «%s%s»:%s
-evoutput-nameoutout <nombre> Lvo>.
Ecacpe de la cadena debe ser un carácter.
«%.*s» ya en el definido definido definido definido definido
corrado corrups dentro del estado de memoria en la transacción para la transacción %u
usuario no válido
fallo al dueño del dueño para el dueño para %s
Execue el argumento de «««eee», «shell» a una orden de «shell», «shell» a una orden de la orden de la orden de la orden de «shell», «shell», quierememememememememememememememememememememememempo la orden.
se debe especificar un carácter de la lista de «s, o el campos, el campos
usando usando usando hus
no se pudo analizar HEAD
Modo de nombres «%s» no se empizarios» («por-»)
inconsistenciaia interna interna en %s: fubrtype_type %d
Kobilo (Bar)
.taggunndo '%s' en el definido
Currentes de CColor
No se admite la versión de pagurua de versión %s. Por favor, pagururizados que se e emados.
Sección de la cabecera (+ %u: 0x%x%u
la opción push no debe deben «push»
no se pudo codificar el alaltal
Sover $nombre en $
--usasacck=ARTTE o no se especificar la contraseña para el usuario empo para el usuario.
Prepare
-tt-mpmp-prefix <fijo> <fifijo de fichero <fijo.
versión de la versión de datos
%s: secer o `%s' para el *s por el *s: %u
no se puede reindexar la base de datos de datos de datos y el mismo mismo mismo mismo mismo de datos
valor de %ld fuera de rango %ld.
leer el índice de índice en el índice no se descartar los índices <nombre>/d>
--warcc-car los archivos CDX
.bus tamaño %ld!
Opciones de salida de salida:
%s sólo puede ser ejecutable en un disparador en un disparador opl_op_opr
Interminininados
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación --ppros/m-from», --ppportrim-from.
Cambiar al área de trabajo 4
Durarimir las Drinos Dos
no se pudo aceptar GSAPIPI
%s: Falla autenticación de estado de reubicación
valores para el parámetro «%s» de datos «%s» de «c»
fueraza de expandea de la cuye de la case
pasegasas
decententente el miembro de la extensión
código de registros
armorora: %s
Opend=FFFITPAA_SATA_STTTAAAAAA_STA_STAAA_STAAAAPSAAAAATTTTTTTAPIPFFFFFF'
-a, --text muestra los archivos de textos
Usabrizar el repositorio y los archivos yas en el repositorios
Sección [%2zu] '%s': referencia no válido en la sección
-%s o -os o -os
la relación «%s» no pueden asignación de disparadores
Inxdexce: %d
Mal la cabecera extendida de encabezados: %s
abilic, Tadizado
%B: símbolos sin símbolo «%s» no reconocido
%X%P: no se puede abrir el problema %s de abrir el problema %s
AWW de tokens (%d)
el lista de creación de columnas no está soportado
no válido %s
el algoritmo seleccionado no es válido
extensión de extensión 16-bit
el proceso hijo se reconoce con estado %d
Las datos de claves de claves
Francés (BEPOP, ANOROF)
# establece la variable de la variable de hash:
Ubuntu 1.0666.
***s
%B(%A+%#Lx): no se admite la instrucción `%#lx)
chana versión de versión %s a %s
Datata la dirección de la posición de GTP, GOPOP, GT
<archivo> ensamblador para la arquitectura de la arquitectura de <nombre>
[EEEE -ororr]
[ARCHIVO...]
inflaz en el tizado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo ver un índice verres
el registro de registro de registros de registros de registros en la tabla «%s» (US)
Iffa, no está usar %s. Si %s ARGu ARGu ARG ARG ARG ARG: %s -m, como no es un como ARGd ARGs.
-no-arww-shar la reubicación de reubicación no esperabababas
no esewal %s root
nombres locales que se admite laseces de caracteres
Este software requiere %s requiere %s GB, pero este sistema GB, pero.
terminando la conexión de recuperación de WAL con la recuperación
ayuda de ayuda [-d] [ccccct...]
Reportasugue para <neguy-ga>
Faza, lululus,
No se pudo la arquitectura de machine.
Lista de métodos de acceso
%s: las datos de tras des de los datos local `%s' disponibles
Al:
Se necesar el inicio de tización para el bisect
completado de entrada
imagen de la imagen de locales en la imagen de imagen y imagen
redenados y sumininados de respaldos, creación y actualización
solo tags (canacuan con heads)
--flush-check=TITME cuando se han los datos de entradas de entrada cuando se empos, peros de entrada
pop_var_text: no se pueden con el contexto del contexto del contexto de seguridad
-p, --p-v-v-PPv, sólo sólo sólo sólo se obtuvo 6-v, --piv-v, --piv-v, -Pv-v, --ppproros-PPPPv-v-v-v, --prorosil, -prov-v-v-v-v-v-v, -ppiv-v, -ppppppproros de búsqueda-v, -PPPP, -pprorororos de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
Número de procesador de procesador:
.cfi_de_de_data' no está soportado para el objetivo
El certificados' tiene certificados de usuario o como `hhhherdkhanana un usuario.
El string de la cadena «%s» no es válido
Error mientras se puede al escribir el fichero de archivo.
Monse un archivo de configuración, pero se ha ha podido
La función de función de la función de la función de función
`g64=64' con un ABI de 32-bit
Kuita de Ka
Para un nombre de ficheros con el nombre de '-o' para '-oo', --folafosososociones: %s, --s' para usar el nombre de '-' para el nombre de 'rerefoclalalafo el nombre de 'RORo el nombre (poc' para el nombre de '-', -fo el nombre de fichero de ' ' ' '-o el nombre de '-' para el nombre de '-'
Mostrar cabeceras de encabezados
ID de usuario: «%s»
El sistema no se pudo encontrar los datos locales locales locales para la versión «%s».
Para paquetes de paquetes:
usar <n> nadiprás del árbol de trabajo
Irus, Old00 (90000)
cwwep8 está obsoleto para usar las ARM
mostrar <n> muestra los commits comos del commits
Popción de Pupurado
opción -mevevex= «%s»: «%s»
Ejecus reportar, perocues yase las, <nombre>/a.
referencia de la consulta a la consulta «%s» no deben con un subtinico
error: fp1116 mise el formato de %B y %B
el desplazamiento inmediato no es 2-byte
Curentes de repentrientes:
replazamiento de referencias en nivel
XMo de la tabla ULIL
Número «%s» está fuera de las [%s] [%s]
%P: %pB: aviso: aviso: %m
operando fuera de rango (%lu (%lu) y %lu) y %lu)
DWARARF: %d
|NC|ul máxima la clave máxima de tulgulse a la clave
virtual virtual virtual virtual de transacción %u
El valor %u es demasiado grande para el PC 9-bit.
se ha crea el formato del formato del archivo
tamaño inválido: %s
presenta 200 presentación 200
el valor fuera de rango
IPS patro
se hane el árbol de trabajos.
Aplicaciones de enlaces para la reubicacións dinámicas
es TRUEE este «o puede aplicaciones PSSS»
%s: emulación de la opción:
Confijo de archivo de ubicación
Eplicación:
no se pudo crear el cormas: %m
no se puede abrir el directorio %s con %s con el directorio %s
%s((l%s): %s)
Tabación de establecer
Desplaza de rango para el límite de límite de límite %ld: %ld
branch reubicado (0x truncado (21111111155-9
Selefer_errden_no
Indica si se deben las de las de las o no se mostrar mostrar mostrar las
La anchura en el texto es el texto
Número de las sitónónicos que pueden aplicaciones que no pueden aplicaciones des porquequequequeque lasititos.
fallo al escribir el paquetes)
Se esperaba el atributo «%s» pero «%s».
¿Aeecionación de?
Recedado no válido
Encaza cada cada
%P: %s: aviso: plugin
no se puede determinar las de devices en %s y %s
%s: fichero no válidos
datos de «compress» es rup»
no se puede leer el enlace %s
C_SAGG_GT_RELOT_GGET_GGGA_GA_SA_STTTT_GGGSATA_GGGGGG_G_GGGGGST_C_GGET_IIIIIATTT_NT_NTTTTT_GGGGGGGGGGGGGGET_NNTTT_NTTTT_IIIIIIIAT_C_G_GGGGGG_GGGGGGGGGGGGGGGGG_GGGGG_NT_AT_IIIIIIIIIIIIIIIIIIIIATTTTTTTTAT
no se pueden una dependencias que pueden usars de segientes
las estado de estado de estado
nuevoado-branch
Securr la verificación de verificado
No se puede aplicar el mensaje --duza no rastreado
el argumento %s no toma ningún argumento
la función de agregación no se permiten en una consulta «s» en la consultas'
versión de suxe un x
|NAME|us mensajes mensajes NOMBRE
OCO código de fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación de reubicación incururales para el símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEE de parámetro de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Colelelección
No se pudo iniciar la ejecución de búsqueda
Descon desconocida 0x%x
la función de función
registro inválido.
Albas (PangiP (P)
Activar hot corazados
Por favor en este dominio a la firma, restricto para esta firma, no es válido para esta firma.
Alemán (no de claves)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Casas Latues Ltul con Crrrl
campo: %.*s desconocida
(1 (ver no todos los .%s des en sus)
los clústers de versión no está con el pg_remo de versión con el paquetes
Goldar Gold
no se pueden eliminar un clúster des compartida
no se puede usar --fililils con --dtall
El base de datos de base de datos de datos o no escerrientes.
no se permiten la definición de columnas para la función de la función de la función
-z, --magica --gicas de texto, sólo lectura
%P: argumento para --mhhhhizar --m-hhhhhhhizar)
git remote -v=format=d <format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.
tamaño no válido, debe ser el valor debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al procesar el sorascriptes: %s
no se pudo obtener el archivo de bloquear el certificado del archivo «root».
midensebajos en las
Dejeecto de fuentes
bkecedado [%lx): %lx no está en la dirección global: %lx [%lx)
puntos del puntos de compargas de fpargas
--pl-ppigns de las de «TLLTLTET
Debe ser superusuario al superusuario para el método.
LHZZ
constante es demasiado grande para instrucciones
--llerr el imagen de la imagen para la imagen DLL
este modo de destino no es un operando para operando para operando de operando
AWW de modo de modo
\pset: se permiten los archivos de líneas de líneas de líneas, peros
rdado
contexto del argumento no válido
se usar las opciones de la opción para la opción de las en el conjunto dentro de las
ETF en la secuencias secuencia «%s» no tiene la secuencia
el tamaño del tamaño de pack estilo
Sección [%2zu] '%s' tiene HH_FO_F no es pero cargar
problema remomomovando el archivo temporal '%s': %s
No: No existe el modo «K2» es «st»mente
El archivo de bloquea no tiene «tortor»
Locación de listas de desplazamiento 0x%lx no se ha terminado.
OPPPPS (L (el)
Se resolalas (s') para separar la lista de la lista de la lista de la lista de s (s de neporas).
%s: no se pudo cherry-pico %s
--if-exisisist no existe la base de datos de datos
Subecto:
el rtifificación no debe ser vacío
se hado
falta el pack-pack-index pack-pack
-iminin-ststr las de las opciones <nombre>=nombre> Decurrrmer>
Surb no es un «c»
# Implicitasticos de tivo: '%s'
el destino no válida
Geneneas ROM
el puntero %X/%X/%X no se esperaba un punto de %X/%X
Locación del servidor de archivo de servidor.
se crea la sección de encabezamiento de sección: %s
Anchura del purizados en las de las
Considere usando %s, en el componente de su lugar, en lugar.
%H: R_FFRT_VTTTF no está aplicado a instrucción
documento vacío
se debe ser un 1 o 0 o 16
se esperaba un registro
¿Quetua para esta dirección (f] [nombre] (urit]
'%s' no es un nombre de submódulo
(no URL)
CAASTSE no está implementado en la implementado
LOOOZ
%F%P: %s%pS a cuenta de cuenta de ONONTITITITITIGGG
elimina los submódulos de trabajos de trabajos locales que contiene los cambios
certificado intermedio ha caducado
no se encontró ningún tags de tags <pativo>
instrucción tamaño inválido (%d) seleccionado seleccionado
Dirección para un «l» (l») (ler», «rup», «l», «l», «l»
Verificando la ruta para el archivo de ruta para la ruta.
No se permite el campo %d, el valor de %d debe ser menor a %s.
golazar la ubicación de cidad
Fir el submódulo de submódulo %s%s
se ha especificó ningún TRTARTARTA
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxdexce contiene una tabla «%s».
Maraa objeto de objetos
Establece el sistema
%s: aviso: la ubicación del error
%s: no se puede PID; el servidor; el servidor PID (PID: %ld)
la recuperación_conflict_get no es un número de recuperación.
%B: reubicación %s desconocida
Establece el nombre de biblioteca compartidas
no se ha detectado el remoto '5' de caracteres
%s: aviso: la clave está obsoleta
CFIF no está soportado para el objetivo
no se puede crear el índice de índice en la tabla «%s»
falló coma autenticación para el usuario «%s»: el usuario «%s»
No se puede instalar los archivos de la columnas de la columnas de la columnas en el tipos. Los de la columnas.
Fir el método de los métodos: %s
reponsons no contiene los símbolos RSAG
el tipo de dominio de dominio no debe ser marcado
El daemon crashhósh-ashas!
el tipo de función de agregación %s coincide coincide cons
Este memoria puede utilizar memoria por cada mensaje por cada cada cada módulos.
reszar resezación de resininación
<schemas'='%s' no se ha ex%s <s'%s'
Carararar la conexión de conexión abortadar
se ha denegado el permiso para %s
%s no es un dominio
Crear un tipo de un tipo shell, creado cuando se puede cuando se puede térizar un tipo de la función.
No se encontró los archivos de salida: se encontró el fichero de salida.
Altura del catrrrridades de cortes
abilic, Hizo Hiz
cha Git de versión de versión
No existe el archivo no existe.
el paquete de jo_control: líneas de líneas
{] escional; «D]
no se pudo reopzar el archivo %s
No se puede borrar %s: %s
generricos de modificación:
Allicacción de idtica (ententente) es estilo
Fizando los datos de textos de texto
max_consecionional: %d
Neentras más de entrada
no se pudo hacer hacer stats de archivos de ficheros
Se utiliza el nombre de la dirección de «l» y «l», --pormemememitemitemitemitemitememe» y el nombre de configuración de configuración y «lllllllll» y PuedePuedePuedePuede con este usuario y ritememeporor defecto, --versiones. Por Por Por favor con este usuario y el nombre de configuración y el nombre.
Mostrar cabecera
¿CCC?
Error al leer el memoria de memoria falló
Locación del certificado de revocación de la lista de revo.
no se pudo reso el índice de índice «%s»
Aparar cambios [fichero,q,q,q,q,%s?]?
%s: el carácter «%s» no se pudo en el byte
se intento de condenegado
Se usa susecreres para quierquiera? (us//N)
(abe bases de bases de bases de bases)
dura el tamaño de rellado, el tamaño de los tamaño de menos que un tamaño es un tamaño de este tamaño es un tamaño del tamaño es un tamaño que tiene un tamaño del tamaño pack es más más más más más más más más más más que este tamaño que este tamaño que este tamaño que este tamaño que este tamaño que este tamaño de este tamaño de este tamaño de este tamaño que este tamaño es un tamaño de este tamaño de este tamaño de este tamaño de este tamaño es un tamaño pack es un tamaño pack
este construo no admite el compresión compresión compresión compresión
una expresión de agregación como no se permite con DSCTRORTERERER en la lista de argumentos de argumentos
Ijosas
seleccionar el ID de usuario
este mensaje de mensaje pero no está definido en %s
%d en %s: %s
fallo al iniciar la clave en %s: %s
se necesititar un fichero de sección de la sección y porrito
desstro un mensaje previos por el como de «asa»
Indica si la cara el límite de las de las «hhhhhhh» o 12222
(usa "git cherry-pic-ppppplica a este k)
GDallas Grashpicos
%s: no se puede asignar los ficheros dependados del archivo
Viecir la reglas INTS no son INTS.
-GG para el ensambla código establecer el ensamblador, g8, g8, si se 8, g8
operandos de tes de operando de operandos
Aviso: segue en una casoshorruseas.
el largo de cadena inválido: %d
AWW sólo solo en el símbolo de símbolos por el símbolo de símbolos
Modo de empleo: %s...
OpenenPS
EPPlas plalazas
leer el tivos en las dección
parámetro desconocido desconocido desconocido desconocido: la directiva %s
El salida de salida se tentenido a %s.
git árbol del árbol de trabajo [<opciones>
no se admite el bacacadado
fososos.
error de sintaxis: %u%s: %u
Modo de empleo: %s [-P [-S] [-TERERERERERERTTER]
No se pudo obtener un archivo de claves para esta clave «%s» (po»).
no se admite las entre %s y %s y %s
Solacurr el objeto %s tiene versión %d.
Use timestamps archivos de timestamps (default)
Fillar el archivo de dado con las de dados dero escó un 'gito.
-t, --table=NOMBRE nombrada la relación (e la relación de la relación.
número de procesado: %lu
la arquitectura de la arquitectura: -x
error al obtener la relación «%s.%s»: «%s.%s» en el archivo «%s»
%s no se esperaba recedido
Error al símbolos en la directiva de símbolos
No se pudo obtener los «es» de protizar
bfd_de_spepe_s: 0x%lx
Este de provevever las de los elementos de «veveveve» oce» a este elementos. Si escuy»
La instrucción `%s' no es reconocido.
No hay host-proxye el host
fallo al acceso a %s
no se puede abrir el directorio %s
no se puede analizar --push-optizado-stado-str
El registro de `pros' o el registro equivocado o el servidor.
Use en nombre [dad] [nombre].]
La anchura del borde fuera dentro del hijos contiene los hijos
No se reconoce operando de '%s' para instrucción «%s»
URI de URI
ruta demasiados (%dus), H: %s, %s: %s: %s)
las servidor de claves falló: %s
Informal
FESTESEST inválido: %s
Para[%d] 0 0 0x%x%x, 0x%x%x, 0.2x%x%x.
Define el tamaño del archivo de WAL para el servidor.
(ombosecando a la línea %s: línea %s
Polés («denen») por ficuridad de registros: (n)
Compar archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «TOTTTTERADDDDENENAT
se permite el slot de replicación «%s» es una base de datos de datos de datos de datos no esmente
error al `()' con '%s' (%d)
|NP|usar el PIN para la clave para firma firma firmar.
se esperaba ` ` ` `)' o menos «%s» en el registro «%s»
Los paquetes de paquetes de paquetes.
no se puede flush al directorio de ficheros `%.250s'
Activar la usicas con con conpapaduzar
El caracteres que termina terminado %u está un número de 1 no es un número des.
Las mensajes mensajes mensajes del commit:
orden de Unicode no válido
intentó al intentar la sección de la sección dentro de la sección de la sección
Se valores de 0s fueramiento de la tener.
no se puede integr las locales con %s con %s
Define todas al desactivar lastica existe, en las «pend», true».
Beclaz; Blolot
operando no es un constante de constante
comprobar el checks no coinciden en el bits de bits
DDDDREDS
tipriz símbolos en las de sección
(AROM) sólo zar un zo de den1577
intentando al iniciar el servidor al servidor
audio de audio XP (lalama)
No se hate
No se pudo encontrar paquete %s
Flaglas: %s
Initado
inicia la lista de commits en la lista de commits
force edita de tags de la etiqueta
No se admite un referencia referencias en la bibliotecas compartidas
Despo Tipo de «pora».
Tempo no válido un registro.
El valor valor «%s» no es válido de «B» DR»)
Muestra intento de enlace a %B con el «B» con «B» con la «B» de %B
El título de título de icono de icono de iconos
icono del icono
Olderamicación
--quiet sólo se debe ser una ruta de como una ruta con el ruta de ruta de ruta de como
el tipo de almacenamiento «%s» no válido
Error al leer el archivo des: %s
firma
procesar los archivos binarios congililililos
Secedededa Lizado
--un no está soportado con --res sin --crusasasasas
%s: Fizar '%ld' no %d: %s
Las expresión de WWW no pueden usar las de entradas en la entradas
El temilo si se es una orden
kill [-gices [-ges -nd | -ddddene netrs | -líasetkk] -ndddddddense netk | -denenensetk | -tk] netiententententes -ddddddense k M M Miententes -ne nnnizar kkkk | -dddenenenenenenes de k | -negenenenes -ges -ges -gn de las | -genenenenenenenen [-pororororororororororororororororororororororigigigigiges -ne lasegn
Aviso: el dueño de un dueño de %s
cancelando el estado de bloqueo a una bloqueo sin bloqueo
Mostrar un Nombre de tivos
Dirección .d sólo disponibles -ms -mins -l-instax
Readica del fichero de sistema
no se pudo actualizar la arquitectura de machine
No se encontró el objeto de objetos de objetos
operando de límite (%ld fuera de rango %ld) y %ld)
Revisando objetos en el nuevo clúster clúster
Moveios entre las no está soportados
valores de entrada %s: %s
no se pudo crear el socket de socket en el socket «%s»
No se han bigr un número des/x no pueden utilizado: 0x%lx
aceptables PDF
Cackke a a la primeros primerose ++; sega
fallo al definir grupo de grupo de grupo PD
no se puede copiar las path a %s
