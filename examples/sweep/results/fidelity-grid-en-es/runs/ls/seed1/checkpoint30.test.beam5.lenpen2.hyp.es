Si el botones ago debería ser un presos en pregado
Innarpes de archivos-ros
no se pudo crear archivo '%s'
La dominio para dominio en o dominio NULLLLL o dominio
%s no pueden aplicar a una función
se ignorado
problema «%s» a '%s': %s
-n, --quietiosilentes, --presillas de los espacios de junto con espacios
no se puede usar un subtííía de estadísticas
Disterasamebles «reterterterterne»
El archivo ha sido cambiado cambiado
(unaduitaditado)
Excioniones de eventos
fichero inesperado `%c' en el tipo precicación predicación
Error al través del fichero de fichero: %s
plantilla de plan plano
validación de firmas de datos PAAKA
%B: %#Lx: aviso: %#Lx en el símbolo de sección
no se puede crear fichero %s regular %s
ARCH datos de ARCH
Error al iniciar el parámetro %s de tipo «%s»: %s
pushspecspec de ref ref «%s» no «s»
Mon-hermershers
la base de datos %s
No se puede invocar Dario
la base de binario no válida
Por favor por selecciona iminiensiza de claves de claves:
--cororcar un nombre de rama
Establecendo el contador mientras se utilizando el nuevo nuevo clúster
CRSRRIO, República de la llamadas Sotébles
Indica si se deben utilizar la líneas de word, word otratratratra si si si si se mueseses de caracteres o se mues de caracteres o de caracteres o se mechares de caracteres otrasechchasecha de caracteres o de caracteres o se mueseses de caracteres otratratratratratratrasecha de caracteres o se mecha de líneasecha de la líneas
Cahorguclas para la claves fashhhabifasteshhhhhhhas)
La secuencia de su lugar del servidor Xlla el servidor
Cdrom con Ubuntu 9.10 «Karicamalalalalalala 10
Tawiano
la opción -s opciones -CA|||-curlnleleleles ntación de ntatastas
Mover un fichero o un directorio, o imo
Nexiséndo la dirección del psalalal
Pamama Zamano Z)
El número de carpetas está activadas de la pantalla de bloques.
Veweras
Tipo de calida por formato de con -mins, fa las -d multiportalalal, -a un nombre de cortalalalalidas, -a -a una fecha de instrucciones de opciones son son son son son son son son son son son: -talalaliportal, -m, -talals, -taltalalal, -m, -n, -mmmmmincce el mismo mismo mismo mismo espacios, -talalalalalalalalalal o -talalalalalalalalse una local -cionalalalalalalalalalalalalalalalal, -ce un formato de órdenes
el archivo abilio, pero instalados en este repositorio no está instalados de los datos
Cololís y pidginsebasonltica base bases
línea de línea no válida de línea %s
no se admite ningún URL de todos todos los URLs de cas
Inime a Lizo:
Aplicación de origen en la salida INCOODGIN
Sección [%2d] '%s': grupo de dispersión para loguual %zu
No se permite un carácter de caracteres 'acas' en un carácter de caracteres
destino
Afa alias Xalias
core y bits de longituds en 32 bits deben los 32 bits.
sparse: fildos se ha sido opependrededido
Se ha cambiado un árbol de trabajo secuada.
Francés (Suitado, sin teclas muertas)
local
Sección [%2d] '%s': ALGBL_BLAALF, pero sección de sección de sección
operandos de tipos inferido no puede ser inferido
inicia_pep: pg_tiproso pg_dondee
no se pudo encontrar el primero de primer registro GST
Operación: --ac=HSHHHH sin con concamasistemis
leer la ruta especificación de archivo
no se puede iniciar la inicio de %s
No se ha debe ser «ar» tiene una fecha de marcas en el URImkerto «%s»
Modo de empleo: %s [opd) [rd(rrd)](rs)
la opción '-c' requiere un argumento positivo entero positivo
No se reconoce INPUT_SECCIÓN %s
No permitir los símbolos definición de los nombres del ficheros de entradas en -vos o -vos en -vos
la opción --no-conflict-dos requieren-serr opciones --sersosos, --scrtrón, --s
clave %s: la clave «%s» firmado %s
el índice de versión %d
Se especificó un protocolo
Francés (al)
Runasecar los ventanas de un ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminado para el punto. Coras de espacios de sistema.
'%s' existentes'; no se puede crear crear crea '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezado: la línea de la cabecera
--no-modific-modificamente un modo de ramintificado
Sintés en el elemento de polololol acal
no se pudo actualizar la HEAD o HEAD «%s». Fcommitiza el bisect
-maser=> Establece el tipo 8 para C84333: tipos de hor13333333333333333333333333333333333330000000000000000000000000000000000, 88888888, 8433333333333333
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementar_rese en el Gconforajas
no se pudo analizar %s
Max Max
la instrucción no admite el modo dirección de destino
abortando el transacción de aborto
kipipizados: %lu
no se admite la comprobación '%s'
El número de hilo al proceso hijo a un hijo a widget
la ubicación de WAL (ización de WAL (LSN) %XX está mayor que %X
el argumento %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
La respuesta OCSP es inválida
Cdrom con Ubuntu «8».10 «W»
Marando %s
descimimimina menor que cero
El inmediato está fuera del límite de límite para 555
-f/--axiliaias no puede usar con -arshabilita
Mastos AlazableshD-os para los ficheroes
%s requiere un valor numérico numérico
Lista de opciones de XKB
multiple escribir el mismo de registros
%B: número de reubicación DMIX no válida: %d
Cajuk de la capetas
-X, --exclude-format=ororor defecto de las listas de listas de parámetros
tipo: %s
des localí el %s a %s
la clave %s de clave %s no utiliza un hash (%s)
abortó una asignado de asignada
la instrucción requiere el índice
debe ser ejecutar en un recheck-checkoutoutout apaparitamente a través de titamente a traspar
no se pudo inicializar la tablespaces para el tablespace %d
--stacsize <size> Establece el tamaño de pila en la pila
el índice se deben usar el índice que no deben usar el índice
atención: %s contiene un puntero
«Cpuesta OCSP» a '%s'
el campo /zado fuera del límite fuera del rango: «%s»
define un nuevo nuevo nuevo operador de una nueva de operadores
no se admite la sección de secciones en %s: %s
Intenea las páginas s_warneacrrrón) %u)
Error altern: error de error interno: arácop=ar): «%s»
Datizado abortado.
Benders de sende
Aprocesador de documentosos
Sección grupo de sección [%u] [%u]
refshor_opciones>]
%s: falta un registro de devisiones: %d devis
Veración: %s
Vilas de nombres
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo de datos %s
El Path no debe contiene un tener entre s/las/min/s/s/s/s/s/shh)
Error de tarización SD
-, --help[[[[[no] muestra este árbol de trabajo s
Verntica de Ajustes
Símbolos usa una instrucción para una instrucción
no se puede borrar elvie de la vista «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Capariendo instrucciones o instruca
no se pudo analizar la lista RDAUs secreto «%s»
valor inválido para la opción '%s': '%s':
Colcnará cabeceras de predeterminadosonl por eventos enck
La página huseplas en este poforformor
Mantr un TRCPCTY
No se ha podido descartar los símbolos de la sección de recidos
Define el número máximo de los números de autoridades de autor el procesoes de trabajo.
Modo de empleo: %s [OPCIÓN]... [NCROER]...] o bien: %s...
deserr_acarca delimita
el archivo «%s» contiene una cadena no contiene un no termina en %s
el cliente no válida SSLASSan es un mano
carácter inválido
Establece EstRORGARO como el enlace a enlace a un enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: código de directorio desconocida
(fixfixfixación de conflicto "git revert --continue")
redo no es redo
archivado CPRcomprimido (comprimidos)
las funciones de agregación no pueden usar un argumento de argumento %d
%s de necesita un parámetro
No se puede utilizar una sección .bmendicación; extendibbbbbido
Dirección de la tabla:
Urdur (P, kandan NLLL)
El cambios acar el repositorio
<undedendado>
--entry <entry esclalana de caracteres de DLLL
cambia la definición de un texto de búsqueda en texto
no se puede rezar al iniciar %.250s después de un puntos tras
error de sintaxis de sintaxis no válida `%s'
Aplicación cambios dentrodibido por commit existe
Los valores son permitido entre «%s» y «%d.
no se encontró ningún entradas
Tamaño de objetos
Mensa un nivel de nivel 5s
ATENCIÓN: claves no está firmado con una clave de confianza con una clave!
Los tamaños de pg_data y el tamaño máximos no son válidos o no son válidos o no son válidos
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono se han la segó un elemento en el elemento
LDAPC «%s» no existe
no se puede cambiar el tipo de caracteres de datos del valor por omisión
Techo de asignar de memoria «%s»
El primer primero de la ruta del primerió la ruta estilido
Define los segmentos de desplazamiento y segmentos y segmentos de sólo lectura
relación «%s» ya existe en la existe en el esquema «%s»
Las opciones -l son -d dadad páginas del fichero. El nombre de subtienye en .lítiqued de subtiquequequequequequequequequequed de locate.
no se permiten la función de funciones-nnninging por por travéss en las
Kruria (Sia, Fiaso Fia)
«oror» activada
Establecer el tamaño hash de la tabla de NMBUBOER>
Sise al quiereioios de WAL o el directorio «%s», o el directorio «%s»
|cho-logus delog-recultados|res
( fuentenle: %u)
ATENCIÓN: permiso desezar el directorio de entrada en el fichero de entrada des '%s'
Eliminicitados sin paquetes
-m[no-]%s7-7E 7/ablesisablesisiste %s
Cahat
Actualizar la fechas de acceso y la modificación de FICHERO
camplarlogo tiene un mensaje para perousionales C#a el formato .prepretente
Laio
%s: No se pudo leer el fichero de entrada cuando lectura
contador no puede ser null null en FETTERSCSCTIES ...
\pset: la columnas de líneas de la líneas de la columnas, «setsetset («T»
No se ha comende este elemento para este software.
-d, --dbname=NOMBRE nombre de la base de datos «%s» a «%s» (por defecto)
no se esperaba al menon al menos una contexto de contexto
%B: preclala de reubicación contratra reubicante %s
un dirección de la dirección de destino
El firma es una firmado YG.
el ordenamiento «%s» no existe para «%s»
Mistes comparararando comacueseseseseseses.
%s LiBuestra el límite de memoria es %s.
|VUUU|use la clave de clave para un policos
cancelar por usuarios
Ko Kusos
el índice es demasiado word asetado
República Numumum
Excioniendo caracteres de caracteres de argumento
el valor simbólicos con el nombre simbólicos que no debe ser un `pististén usar
-P de contraseñas de la contraseña de registros de registros del servidor
Alemán (Bez, el entero personal) en el conjunto de «fusususiones
se requiere el registro de registro ZZ
.endient sin directiva un precenta .entido
Runito en un directorio pg_pg_backup para hacer que los datos.
Varararar: valor de archivo o bien: %#x %#x
%s explícititas de nombres son mutuentes
spizando filas en esta instrucción
símbolo%d
-32 el fichero de creado -2 el fichero de objetos de 32 bit bit
OPR_inlogRol (sales) encicatales)
el modo de (%s) no coincide con el modo de %s)
en nombre deso, nombre: %.*s
[ARGS...]
no hay sección .ncnar en la sección sección dinámica
Necesita autenticarse para muestra los parámetros
Necesita autenticarse para el sistema.
la especificación de la de ! '%s'
apendior <sea> en el árbol de trabajo «res» (por defecto): «detior»
ONONFI ONFIC ONF no puede usar la tabla que pueden usar contención o bien UPDATE o UPDATE o UPDATE
[A] pila]
no cifrador para el argumento para el cursor «%s»
Despuesta de símbolo %s en %s
la columna «%s» de las», valores por omisión
procedimiento_de_de_name
%X%P: fallo_hash_hash_hash_lololo: %E
INPTFILE archivos de entrada ...
no pueden usar los grupos de grupos en ns
%B: utilizar una local_#_#_#) actualización (%s) previosionionionex)
debe especificar que la ruta(s) rec) rees reeeeea «s»
%X%P: la sección de sección %s y %A no está en la dirección %A.
(interizar ID de clave %s)
Dección fue esperaba en la crupupupto.
--%s toma ningún argumento para el argumento de argumento y argumentos (b)
Este orden no está está permitido el modo de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar concordancias en encuen
conectar a la base de datos «%s»
-h, --hanumanosumano de salida
ignorar mensajes sin mensaje con mensajes de longitud
No se encontró una instrucción
Runas en modo no ser modo sizada. Sandienenenna actualizarána actualizados.
las opciones SP: --apuamitashashas
Merso de la definición
.GO_AL que contiene un objetivo de destino que están soportado
Manacana
Francés (Devak)
establecapepes no pueden usar un valor de «o para el valor cuando no pueden usar un valores de codificación cuando no pueden usar espacio.
%s: gmona. U Usonrama de fichero esctos
iniciando el inicio de inicio en %X/%X (lo %s)
No se encontró ningún encabezado XM
se esperaba un registro 64-DMDMD de registro de coma flotante o recisión doble
Tipo de «AAdimdihneydiza de fichero B BSASAS
codificación de datos desconocida
documento de entrada T T Tipo de entrada
El omisión para la pantalla GDDDD
Este ¡utilidad sólo puede leer la versión y rama de versión y %s de versión.
Qualibalidad:
no se pudo generar un código de código operacional para el raminación frazado
free: el tamaño de inicio de inicio de inicio y nizos
Establecer la Definivación
Tipo de reubicación %s en %s
Opciones de argumento no válida
No se pudo leer el socket socket conse %s: %s
setsos (concreate)
SHO_W_LLT_RESRETENSUL) en lugar de la consulta de tabla («S)
Este etiqueta ores seguiza o biens «s», «s» y «S, «sh» y yatiensecedientientientén».
no se puede usar la instrucción con pase conck
las alternativa %s no puede ser materflas: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en parallel.
set setcera al track para cuando hay traster
Devueltoto de paquete para el repositorio optizada para tizadaadaada.
Resulando longitud GIF tiene un tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
«%s» no existe
-CCCCRE5 ensambla ensambla código para el objetivo SORE5
%B: no codificar el tamaño de memoria compartida para %#Lx de %#Lx de %#Lx de %#Lx
Falló la generación de la generación de %s: %s
se encontrar firmas de firmas
Necesita autenticarse para quinica locales y fuera locales y fuera locales.
Tipo de tíce de YMLB
Línando fichero '%s'.
Por favor en el número de componente en la componente para eliminars:
Sininging tiene una información de marcas.
República de Guación
Nuewangano «Suntern» (7)
definición de mensaje duplicado
Brien paquetes
STC_NOPS (almacena cons N NOLPRRRR)
Replicación /endando /endrien
Muntizado como téntables
no se puede tener más más más de columna %s en la columna %d
formato de mensaje inválido
el directorio de entrada tiene permisos de %us (307/o> y 57)
El número máximo para el número devolvient_tornotient_rese_conflictsume()
%s Excionados:
ignorando ref refs sin con <papapad>
rinidad y rinito
rango
3 fuera de límite fuera de límite
-f, --fisfi=almacenas -SL -S, muestra las opciones de líneas de líneas de líneas de líneas de líneas de líneas de líneas que -t, pero opción -t, y ya las de líneas de líneas de líneas de líneas de líneas (MIIT, pero opción -f, pero opción -t, y y y y y y y y y y y y y y y y ya no son son son son son opciones de salida (NNNNNNNNNo opción -fo opción -t, pero opción -fego opción -feguergo opción -víío opción -fego opción -fego opción -v, --s de los archivos des des des des delimit, --go opción -vo opción -f
no se puedever las corrpe
Odusezados:
Guíbles de kl
imite
stat procicado procedicado (res)
la definición de una lista de columnas no es un nombre de la función como de tipo compada
analizar archivo de destino en %s para %s
valor de clavesación de la clave «%s» por omisión «%sal «%s»
Activar lugar
Opciones y la salida de salida:
mostrartables
Resererver para usars (pendiend)
tiene función de reubicación %zu
(splitsplitnexente. EPorregententente entre 0 y valores de 0.
resppononononononononononon no válidos)
buso: expapagulas de token
debe ser el propietario de texto de las del texto %s
%s no está soportado en modo 6PS
Error de longitud inválido: preferfere de la cadena.
Abriga de Abudas y B
sólo se puede utilizado para el elemento «%s»
-n, --num-neportico PID PID, -N, --s -No PID, -- todos -t, --sosos en lugar
imagen del Íns ME ME
no se pudo encontrar el ID de archivo %dticos en el archivo debido no pueden ser menor el fichero des des des des desos debos des des debos des desos des des des des des desososos des desosos des des des des desosibletizar el archivos des des des desoso %duyyyyyyyyos deso contentene el archivoso des des dentro des des des des des des desibleibleibleibleibleable-conconconconcono no pudo valor valores debidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoidoido
documento de Pocción de WWdorta
Secur el fichero melink: %s
No se pudo utilizar el fichero de configuración %s
se recibió el archivo de datos «%s», cuando se «%s» para el archivo «%s»
no se pudo abrir archivo «%s»: %s
%s falló falló la error: código de error %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Susolas Rnia
paquete pack de paquetes
se hacilar tras páginas de tras)
No hay candidatas para jera un msonguales que no hay refs que fetch.
se recibió un datos externos los datos GSSAPSASIPS
tiempo de tiempo
No hay actualizado que no existe el submódulo %s cambiado porque la configuración de actualizar porque las y actualización.
Realalalal
Cando copia de errores de trabajo '%s', Blolololos en Blololo emposexnzar
«%s» no puede ser menor el registro «%s» de "%s»
No se encontró ningún no encontrado
No se puede verifr/padar las ficheros de parizar
-E, --enen=coCADENCO codificación para las base de datos
Sección [%2d] '%s': no se puede obtener la sección de contenido de sección
\ch [-ove] [-ne la cadena de la salida estándar [no-nunas)
Necesita autenticarse para cambiar el lugar de carga de cargar a térágen a cargaruen a PC.
el array mod debe ser un array de unidimensional
No se exalalalivis devial
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apaparadar por la cadenas. Estados se debenrían ser a través de cadenas.
Si debe ser una función de un símbolo otra de símbolo.
Ubuntu 0P.044 «relistrelistin»
Tajo de protocolo del protocolo de protocolo %d/%d
Indica si se deben especificarse deben deben usarciones de widget
Cla de CoraG
Echo en 4
.COMMononona (%lu) está fuera de rango
CTL_LT_DDL (L) definidos por la ubicación diferente
No se admite la ruta de socketción de dominio «%s» (de %d bytes)
%s tiene la función de columna %d están disponibles
Mostrar el carpeta segóndo los botones de los botones de butilicitaspose
Si es custa el nombre de claves de claves se si si si si si se si si si si se si serán los nombres.
Opciones de hijos
Rundimilar:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
se ha denegado el permiso para crear la tablespace «%s»
no es posible encontrar archivos de commit-graphgraphs archivos
Error al cargar la icono: %s
FORECE de array
--ololciora de replicación no puede utilizando
Camplaza de recorrido de índice de bloqueo
El búfer de salida (rose).
Xignea
Ausente o sando un atributo mal mal mal mal malnte
el fichero '%.250s' está corrupto %d) -d caracteres (en caracteres)
Diibiizo
Tosonmonsonsos
añadir los tamaños de direccións de tamaños de tamaños
Aplicando: %.*s
Los valores pg_controls:
*** *** *** ***
el destino no soporta la opción de «push»
Celístico
shell
terminación de entradas cons NUL
falló al cerrar el directorio de trabajo actual %s
En la instrucción número %u, puede un nombre de campo '%c' no se pueden un nombre.
Caráfasitados
--no- replicación no puede utilizar en un grupo de replicación
el hijo ya un error al proceso hijo %u
ubicación
No se pudo cambiar el nombre que gue un directorio. Por Por defecto en la línea de la línea de la línea del directorio
emplea -mcpu=arm62
error al leer la caché de archivo '%s' para lectura: %s
husolaza de desplazamiento fuera de rango
pread_juy_uncción plololos: %s
-F, --format=MCATER los formatos de configuración (por defecto; `s' (por defecto) -l, riz', «rac, rililos'
Dabase: %s
archivo de fichero
Alemán (aducra un gradu)
no se reconoce la tabla de de de retornizar la tabla %d: %d
Pontésos
Oimano
Una <%s> ya existe existe
%s 00fus (regu páginas de índice.
Bepó un primer primero es una clave
Modo de empleo: %s......
Mostrar los símbolos de sólo está definidos definidos
sipizar todos eliminadas y todas coma un carácter de caracteres
No se puede hacer stat stat stat stat de símbolo: %s
\guizado por un número de ordenamiento o una potencia, o racedado o o o o otrase con un número de comillas
imprimar un NOMBRE para un ficheros de NOMBRE
el código de como 26 266
Replicación /subrlas/s
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear lasonononononona «%s»
nombre
mostrar la rutas concues cons
no se reconoce los parámetros son: «%s»
%P: SOSO NOMBRE no debe ser vacío; se vacío; se cuando el conjunto de laseguiz
el cursor «%s» no soporta una tabla FORAS REASASAN FORA a la tabla «%s»
Idintas (semina teclas teclas muertas)
no se pudo eliminar ningún fusión 'git '%s'
%s dumps de base de datos a un archivo de texto o dencciones.
Vienwe la solo
ONONFIL en una tabla «%s» no está soportado en una tabla «%s»
%s: Las requieren Linux SEn activados
%B: número de reubicación MSP430: %d
biblioteca de datos de datos
%s: no se pudo definir las aplicaciones de ejecutables de ejecutable
No hay sección reclnciones de la sección de la sección.
NT_VVGSMT_AAMA ( ( () tabla de nombre)
falta un .end para .func
no hay mapea de mapepamente a la terminal a %s [%s]
TYPEs
No hay expresión regular
protocolo
Avisando apapapagado
None
ONONNTT sólo puede usarse sólo pueden usar tablas temporales temporales
no se puede abrir un directorio en %s en %d
Sujo de Arbri
%s: falló falló
Color de primero como posible posiblesible para un Gdk) GdkColor GdkColor Gd)
protecedido los parámetros TU no se pueden aparecer un valor de «TTU»
eval: ignorado máxima de nivel eñales funcionalalal (%d)
Tabbbujo
[interterterterteriza de la interterizada
Necesita autenticarse acarararararar el registro locales.
no se puede copiar los datos de datos para el directorio de datos `%.255s': %s
No se pudo cargar el archivo de cargar el archivo «%s», no cabrágulará un fichero ««n»
«%s» prede en %sendor %s
se esperaba un nombre después de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar un índice de índice «%s» como tientidadidadidades
%d-graphgraph-graphgraphgraph
exce durante la información dentro de «cleanup»
Los archivos no está soportado para dimias, %s.
la secuencia «%s» sólo privilegios de columnas por una columnas
--resenena el fichero simbólicos encentes de cada fichero (picitos) -f, cada fichero framas)
sennntado
%B(%A): potencia de tabla no válido
Este algoritmo al algoritmo de mninging sin planoshashashemplas.
resererveo («candancana» o el tipo
Aplicación de escritorio
Las columnas devolvición demasiados columnas.
-q, --quietquietquietleleledamente
Mó tipo de tipo
falta el archivo de CT_ck para el fichero de configuración
la base de datos es una conexión de datos a un origen
nombre de macro no válido en ruta de bibliotecas: %s
Su contraseña: %s.
no se permite listar registros en una lista
%s: aviso: falló al obtener contexto de contexto de seguridad de %s
Para un conjunto de la cadena de como
%s: ABI de enlazador: %s con módulos %s %s
Indica si se deben usar contenidos de texto existentes
No se admite ningún librosación de 5s para no está soportado
%d está fuera del rango para el parámetro «%s».
número de campos incorrecta en la línea de líneas
Exporta dentro de tablas SBOLML
no se pudo escribir al programa: %m
Indica si se deben agósegósegense los tamaños pos
Su cambiar los archivos locales a las siguientes siguientes siguientes siguientes siguientesión del commit, serán commit n ser ser menos de commit rien o stash.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un establecer el usuario des des des de todas de tablespaces de tablespaces de tablespaces des des.
nangando permiso permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir zar la cabeceras: %s
No hay símbolos de símboloslus: símbolo '%s'.
opción de manificación inválido «%s»: «%s
El archivo de claves para la clave «%s» ya en el archivo «%s» en el archivo «%s» y el rango «%s» está fuera dentro dentro dentro del ficheros» en el archivo «%s» y la clave «%s» en el archivo ya el archivo estilo está fuera el archivo rá en el archivo estilos» y el archivo des» y el archivo «%s» en el archivo de clave «%s» y el archivo dentro de clave «%s» y la clave «%s» y la clave «%s» y la clave «%s» en el archivo ronononononononntes» y el archivo «%s» en el archivo estiltiltilos» ya el archivo de clave «%s» y el rango «%sterterterterterterííída en el rango en el archivo «%s» yamamamama
Invalida el nombre «%s»: el carácter «%s» no se puede ser un ««««s» (pen»)
-p, --port=ORO la base de datos de datos (port): «%s»
-- ejecución --tatack requiere exec para este objeto para este objeto
no se pudo encontrar la variables de variable de variables «%s»
fetch de CRL de CRL: '%s'
Verificando los usuarios de usuarios definidos definidos definidos por usuarios
`Efls' no válida
Sección [%2d] '%s': referencia de sección no está permitido en tabla de símbolos
el array de versión: %u
%s: Direcda: el nuevo diccionario está nuevas
«0» debe ser un «PR» de «PR»
sección: 0x%08x%08x%08x%08x%08x: 0x
debe ser perosos
no se pudo imendimendimend
No se puede ser un servidor de servidor de servidor para este servidor
%B(%A+%#Lx): error sin un error de lectura: %s
Indica si la elemento deben recibición extrase el grupo cuando gros
Proténetada las: %s
guale: '%salalvalal «%s»
La expresión de Instrucción %s requieren
Depario desconocida
el valor de un valor modal «%s» no reconocido para la función «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tienen dueño de dueñohip
Usicatadon en lugar.
error importiendo la función de definición para la función «%s»
el fichero de codificación del programa de programa
Líntar el búfer del texto en texto
Locación del archivo SSL SSL de configuración.
%s: IC: Bibrimiento de Consuización(s)
define una función de agregación
Mostrar los archivos
no hay archivos de índices.
Unuto de la entrada existentes; un nuevo nuevo stash.
Revisandos aplicaciones des
el VERSION %d.%d
se deben hacer muien es una posición, uíos de este número de víos de víos de este vertartartartar un vertartario
%B: fichero mmo inválido: el nombre para el número de archivo de usuario %d no es válido
Nusewano (Macala, no hay claves)
miemasentras se encontrado en '%s' cuando se ha cuando se ha cuando se ha especificadonte '%s'
servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detibportación local %d
socket inválido: %s
Zó un nivel de nivel de nivel no-ininimiento que el nivel de cero, año cero.
Redizar archivos en el paquete %s (%s) ...
Define la salida para formato del byte.
-m[[[A, --s[rst-las[rs[rgras] o «group]
El firma estrategia de claves.
socket
aviso: no se en la línea de línea %s: no es reconocido
República de Gamana
La cadena de refs argumentos que deben cons argumentos en el nombre y argumentos y argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_coxfffy_xyyy: %s
cer_filaseva formato de campos para la salida «%s» CS (por defecto)
No se UID/GID/GID/ disponible en el rango %d (MIS) es %d_SY)
no se puede ejecutarsecurciones «root» para root» root» root»
leyendo '%s'
falló al renombrar el renombrado %s a %s
(internional para usar git-res)
La fecha de en el formato de retornosempieto de la ejecución. Lasión del sistema estilo de CPU y ININI: Selelelelelelesión de CPU y el formato del sistema. Muestra el formato del sistema. Si estilo alterí el formato de CPU y el formato de CPU y el formato del sistema. Si estilo alteríx --mo de CPU y el binario.
error al establecer el timestamp de los registros de `%.25s'
%B(%A+%#Lx): reubicación C+ C+M: «%s» no es válida (#Lx)
el símbolo de símbolo «%s» inesperado.*s» no es válida
no se pudo finalr el archivo de comprobación de fichero «%s»
de orden de fuente %d desconocido
Redidad de laclacción
mal valor de config numérico '%s' para '%s' en submódulo «%s»: %b
desconocida:
El servidor de TPC inválidos por una cabecera no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos externos GSASSAPS GRIIP GRIP en repar
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: el tipo «%s» pero no se obtuvo el tipo «%s»
leyembal-directory través de ún <fichero> en <fichero
fracción de los límites fuera de límites
Falló al obtener los atributos de archivos «%s»%s»:%sta «%s»
-e --output-nameexe <nombre> Genera un archivo de fichero de los fichero.
Escapepe no debe ser un carácter.
`%.*s' ya está definido en rereretototototototo
corruptos entre %póshora de memoria compartida en memoria compartida %u
usuario no válido
no se pudo cambiar el propiedas para cambiar el dueño de %s
Excue un argumento como «group» a la orden de páginas ARG, ARG, ARGNo ARG, o ARGanosempien.
debe especificar un lista de la lista de caracteres, o de campos, o campos
usando usando so
no se pudo interpretar HEAD
no válida «%s»: el nombre de posemléése (-reshose)
problema de inconsistencia de problema %s: %s
Kar (Bra (Brazado)
se utilizó el objetivo '%s' definidos definidos
Cruriento Color
No se ha rursemplazar la versión del «E», medio» para aplican». Por favor comos las opciones de re retornosión.
Sección de encabezamiento de encabezado %s (++%x): %x
la opción de la opción está fuera el carácter de la líneas del nuevo
no se pudo codificar la cal
Estáver $il en $il_ilo
--use-asen=UEAAA puede revisar los usuarios de la contraseña. Muestra los usuarios des des des des des des des des des des des de la contraseña. MT_rama rama rama rama rama rades des des des des des des des des des des des de la contraseña. Si Si Si Si Si Si Si Si Si Si Si se exxxxentes y rama ramas de la contraseña. Muestra la contraseña. Muestra la contraseña. Muestra la columnas des de la contraseña des des des columnas des des des des desión de la contraseña. Muestra la contraseña. Muestra la contraseña. Muestra la contraseña. Muestra los contraseña. Muestra la contraseña.
Actualizando
-t --prefix-fijo <fir> Us> Umpar <fijo el nombre de fichero de fichero de <nombre>.
las versión de datos
%s: o %d *se para el *.*sistuizado: %uido
no se puede reindexar la base de datos de datos y hulase en un mismo
valor de %ld fuera del byte fuera del rango.
leyendo el índice en el índice desiste <directory>
--war archivos de configuración Car-DDEXD
tamaño .bs de %ld !
Opciones de salida:
%s sólo puede invocar una función en un disparadores ltiltilja
Interimininitado
%F%P: la opción de opción %u no reconocido: %s
Por favor a codificación /s/papatripros/s/pros/ps/ps/prizados/ps/ps/patros/patipriens/s/primiento.
Cambiar al área de trabajo 4
Ancona de discos como Polarino
no se pudo acepta acepta aceptar un contexto de contexto de contexto de seguridad
%s: autenticación de asignado
valor «%s» no existente «%s» en el cursor «%s»
Enlazar las cantes de los bangnas
Segunos
identes de extensión del miembro
Aún código origen de fuente
armororr: %s
Ppeses=FIPSTER[T_AP[S[S[TAP]
-a, --text muestra los archivos de todos los archivos
Usterfazando el repositorio y el fichero de órdenes enterfas
Sección [%2zu] '%s': referenciado en enlace inválido
-%s opciones o -os
relación «%s» no pueden usar el disparadores de disparadores
Infdex: %d : %d
Malseza encabezado de encabezado: %s
abita, abiiza, izario
%B: símbolo «%s» no reconocido desconocido 0x%x
%X%P: problema de recorrido de recorrido de %pB después de %pB
número de tokengrónic (%s)
el sistema creación del sistema no está soportado
«%s» inválido
seleccionar el algoritmo de cificación no es válida
extensión 16-bit
proceso hijo con HEAD con estado %d no reconocido
PCCNos privados
Francés (POOROROROUF)
# No se puede establecer la variable de de la variable de de de de la variable de hash:
Ubuntu 01.0N «atahatahalalale»
***
%B(%A+%#Lx): '%#Lx) Thumb Thumbdo por instrucciones referenciada TLS TLS TLSTGGT_GT_G)
changando versión %s a %s
Direccionamiento de datos de posición-endientependiente de GRO, GPC
<archarche> para el nombre de arquitectura <nombre>
[Errrrorr nombre]
[FILE...]
enclado (%dado (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de registros violaciones delevel-urita no pueden seridad de la tabla «%s» (ING)
Si no es FICHERO, a %s, a %s ARCHIVO, a %s ARGfino ARGfino ARGARGf ARGmááááááááááá ARGfo ARGARGfinos.
-no-warn-netihuna no descartar la cabecera cuando se admite el rebido
el «re» no es un directorio %s
nombre locales deben concistón de caracteres de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero no tiene sistema.
terminando la conexión debido a lasión con la recuperación
[-d ayudadd] [pattern]
Combporta a <seusemplas de <guea>.
Filución, luye
No se pudo definir la arquitectura y quina.
Lista de métodos de accesos
%s: se trans de datos depación de datos `%s' no está disponibles'
Acho:
Su necesario para iniciars los bisect" de bisect
comprobación de control del control
Mans virtuales locales de quiquinus de imagen locales
las reenenzado con el modo de susiminados son son son son cambios yienes
mostrar la etiquetas (pan combinaciones con heads (heads)
--flush-flushout=IOMEME cuando se cuando el bloque de cuando se permite más más más más más más más más expezarancedado y narararararararánaránaránechaquetetetetetetetententente, necedido por omisión, nea alterterterterterterterteríose lase la entrada dese la ne lase todos los datos datos de nar la entrada de necedidoidoido todos los datos externosegenrororororororororotortortortortortortortortores de ne la entrada son necededido, nezados de nezarararararararararar las de flush
popen_ar_text: no están disponibles global_s
-4, ---pivizip, BP44, o bien IP6666
Número de proceslolololo:
.cfif_datade_data no está soportado para este objetivo
Pe certificados de usuario o hackera durantente un reahadenamiento.
El cadena de la cadena cadena de como «%s» no es un Guo
Error al mientras se escribir el fichero de archivo.
Mononsa un fichero base de datos, pero valor por por por por omisión
No se puede especificar un biblioteca de biblioteca
`pp=64' con un ABI de 32-bit
Kuizuito
Para un archivo de nombre de configuración '-os' con 'ofofosofososososo para un nombre de 'fososofososofofosososososo para un nombre de 'fososocio para un nombre de 'fosososo, --fofoso para un nombre de 'fo para el nombre de 'fososososo para un nombre de 'fo para un nombre de 'fo para un nombre de 'fo para el nombre de 'fososola para un nombre de órdenes
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar ningún elemento de sistema locales para el nombre para el nombre para el nombre «%s»
Para estructuras de paquetes:
usar <nni> y timomomo de trabajo
Is, Orá9 (99999)
{pwwwwaróó por por por por el primer plan plan plan plan planos
mostrar mismo <n> más commit terías común teríastica
Popdiquetes por porqueda
opción -mmex=crig=': «%s»
Emilamiento de bús/us, porquequequequequequeques/m/por.
la referencia recursiva a la consulta «%s» no debe ser un subquequequeque
error: formato f6 6 6tiBIDe %s y %B
desplazamiento inmediato no válida de 2-aligned-aligned
Crientrientiento:
replalalalalagamiento delevel
XMo de tabla XILIL
Número de dirección «%s» está fuera de los beses de %s,%s]
%P: %pB: aviso: aviso: «%mon de símboloson más más pequeño de %pos
operando fuera de límite (%lu bytes y %lu) nolu)
DWAR de Ver: %s
||No masume la clave de páginas máximo hezo seggún elemento en la clave
transacción de transacción %u virtual/%d
La rama de %ld es demasiado grande para 99.laza de rama.
crea el fichero de cró el formato
número de tamaño inválido: %s
presentación de PowerPoint00700
desplazamiento fuera de rango
IPS
El fuseea de trabajo.
Aplicación de enlace de reubicacións para las reubicación dinámicas
TRUE para este «E» puede utilizarsevoso
%s: la emulación de la opción %s:
Confiización del archivo
@ Oplicación:
no se pudo crear crear remapororr: %m
no se puede definir el directorio dese condirectory con el directorio %s
%s(l): %s%s): %s
Tabros
Desplaza fuera de rango para el rango para el límite de ld/mmmmmmnvos/s/vo: %ld
la rama truncada (0x10x19: 222333 2.11-^
Sele_de_erserserso
Indica si el proceso del borde debe ser pn usarsos
La anchura en texto está raprabido
Número de argumentos que pueden con lasistentes de la tablas que pueden los subdos porñimititas.
Fall(%s) falló
Se esperaba el atributo «%s», pero «%s».
Tuión de priección?
Rehucecejo inválido
Límonimita de cada Li
%P: %s: plugin de plugin
no se puede determinar el co deviación %s en %s
%s: fichero inválidos en el fichero de conscript
el comprimidos de datos corrrupto
no se puede leer %s
COMA_GTENSMT_RELEN_RELODDANNDEN_DENTANNNENTENTERAMAL_ANGGTERT_TERANCTT_ANNNNNNGGGGGNNNNNNNCTERERANNNGGGGICTEN_DENTERERERERAMEN_DEN_ANNNNNNNNNNNDEN_DENTERERERERER_REL
dependencias dependencias sin se puedenudizados nadas
elemento de elemento
nueva-ma-branch
Serbrectador
No hay mensajes de cambios no actualizadas
%s no admite ningún argumento
no se permiten funciones de agregación en una consulta antes de la consultas dímmino
versión de las de versión
|NAME|usar los mensajes de algoritmo de NOMBRE
código de origen
no se puede asignar a una columna de sistema «%s»
mostrar archivos de caches en la salida (poror defecto)
literal de reubicación no válida para un símbolo externos externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NAME=VUEVU-time de parámetros de parámetros en el parámetro
error al abrir '%s': %s
argumento de argumento %s incorrecta.
Soclicación
No se pudo procesar el proceso de búsqueda
Car tag 0x%x
función
Registro de registros.
Alnndano (Pi)
Activar la nuevas de cornuras
Por favor como dominio para este dominio para esta estricto valores o bien, no es un co.
Alemán (nosadus)
se esperaba un ININ o ININ
el slot de replicación «%s» no existe
Desprintro de LWtrlf Clf Crlf
nombre de campo: %.*s
(1) las todas todas todas las ramas.%s.%s
los clústers son alineados con versiones pg_pg_resión
Gusar
no se puede reordenar un reordenarso delogos
no se puede utilizar con --filtros con --dsos
La base de datos de datos de datos o no es posiblevido convido.
la definición de la definición de las columnas no permitidos para la función
-z, --iniziziza sólo lectura de texto de texto
%P: argumentos valide de argumentos apshizada(es|(es)|-op)
git tag -v [--format=<nombre> <nombrenombrenombre>...
atención: no se puede crear %s
Ubuntu «4.10 portportas
el tamaño de valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo junto con el servidor de archivo de fichero de menú en el servidor
misepensepeneseses
Objeecta el código fuente
bancción [%lx:%lx] en una dirección (%lx): la dirección de la dirección (%s)
punto de compararargargens en respar
--pltal-nergala BLT en llamadas de llamadas de llamadas
El método del método del método del método de acceso ajerto.
LZZizar
constante de instrucciones de la instrucción
--duzca la imagen de base de datos para DLL
este modo de dirección no es un operando para operando para operando de destino para operando
modo de W
\pset: la línea dentro de la líneas de la líneas de «s», sitosión
rdije
contexto de longitud inválido
Se utiliza la opción de la opción especificación de la «daemon» en el programa
La secuencia HTTía de la secuencia ha si si si si si si si se hacesto
fuera del tamaño de 1 está 1 MiBiBiB
Sección [%2zu] '%s' no tiene encabezamiento SAL_HOUCLA
removando el archivo temporal «%s» temporal: %s
No hay modo simple: (K0sonosa de disco (pura)
El archivo de encerera hanuertente
La lista de registrocación en la lista de desplazamientox%lx está terminada.
OPRR_SEL (elelel)
Una lista de tipos (plas/us/alidades). C)
%s: no se puede cherry-pick' como %s
--if-exist no existe un error de la base de datos de datos
Subicecto:
el marca especificada no debe ser vacío
pfijo
falta el paquete de mul-index-pack-enskke
-izo de --strinadución de los nombres de Dus de <nevales>
Sobre prrc4
# # /lís/rrrrupos: '%s'
destino no válida
Genadas
el punto de punto de %X/%X; un punto de un punto de como %X/%X
Locación del fichero SSL.
error al crear la sección de la sección de encabezado: %s
Ancho de la consultas en pelloxiello en px
Considere %s, usando chaza de part, está en lugar.
%H: R_FROT_GT_FERLFERLF no aplicar a una instrucción de instrucción
documento vacío
un desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
¿Wetr la dirección aque una dirección[[[rd][opd][r][r][opd][r]][opd]
'%s' no es un nombre válido de submódulo
URL (no (a URL)
El CREASTERSCTERCIÓN no está implementado
archivador IZO
%F%P:%pS como una ubicación del contador no válida de marca de instrucciones ONSITTITIPS
elimina un árbol de trabajo locales en la cabeceras locales locales
intermedia ha caducado
la etiqueta no coincide con <pas>
instrucción del tamaño no válida (%d)
Dirección de la actualización a líamérico «%s», («rm»)
Utilizado para la ruta especificada.
Se actualizar la precal %s, deben los cambios deben ser menor a %s que valores menors.
gecho de la ubicación
Famando submódulo %s%s
se ha especificado la ubicación del FETEARE-alignedARE
El contenido es una tabla %s, pero %s pero no tiene contenidos
Insíxion «%s» contiene una tabla de tabla.
Areamiento de objetos
Define la fecha del sistema
%s:%lu: fin de la ubicación
%s: no se puede iniciar el servidor PID; se ejecutar el servidor (PID: %ld)
el número de recuperación_tariza un número de acceso no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas compartida
no se admite el remoto
%s: ¡¡¡De claves (%urido es una claves!.
No se admite ningún el objetivo para este objetivo
no se puede crear el índice de partición en la tabla «%s»
Falló en usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos «jus» no puede ser usuariose». «juyndización del ficherosea «radurien» de este tipos».
Valor de métodos de métodos: %s
respononas no contiene el RSASASA
el tipo de dominio debe ser marcadas de marcado binario no debe ser binariosible
El daemon pashashasegaciones minción de !
el tipo de conversión de la función %s tienen conversión
Este murguros de memoria pueden usar cada sólo se pueden usar un billabido acomita de memoria.
consubicación para las violaciones
<nombre='%s' listar-os de las de confianza=x' pero no>=%s'
Sófar la conexión de conexión de conexión de conexión abortar
permiso denegado a la permiso para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo shell, puede ser crear un tipo de la función RETER REC, puede RET.
No se encontró ningun archivos de salida estándar: se encontró existe existe un fichero fichero ficheros.
Altajetivos de indicados del indicado
abirizo, Hizo
¿includeincludea de versiones
No existe el archivo no existe.
Alicio_de_control: la línea de líneas
«{SAAS; }
no se pudo reopizar archivo %s
No se pudo borrar %s: %s
genenenénico:
Alicación de Alicicico (id-idy)
texto de todos los contenido de datos de datos
max fuera de establecer lasión: %d
Nemito de entrada
no se pudo crupta stat al archivo de ficheros
Los nombres de configuración yasedesempizados de este mensaje de configuración. Por favor y r con este mensajes de commit y culs de configuración en este mensajes de commit, y culías por defecto: git git git rebase --prepreprepreprepretecional por omisión y rientes: git --verbose muestra el archivo y cas por omisión y cas en este mensaje.
Mostrar Honden
¿Dempo
Error de lectura de memoria al leer
Encación de la lista de certificadocación SSL.
falló al refinar el índice «%s» con índice «%s»
Apo cambiar el índice aj, [%s,q,%s,%s,?]?
%s: carácter `%s' no se representar el byte en un byte
debe con con consión
Se emplazar semése quier? (s/N)
(onlyama un XML de archivos)
revisando el tamaño de llosectos corlos en este tamaño antiguo que no es un tamaño de trá po grande que que en este tamaño es un tamaño
este construación no soportada de compresión
las funciones de agregación en DITITICS, lista de argumentos BIY en lista de argumentos
Idiomas jos
seleccionar ID del usuario Ne
este mensaje no está utilizado en %s definido en %s
%d en %s:
fallo al inicializar la clave de la clave: %s
se exacto exactamente un archivo de sección, porriorior
desubrie un previamente definido definido definido de quierea
Indica si la clonrelo: se ejjjjer formato del formato o 12
(«uca "git-kkkks" para este parche)
3 GD3
%s: no se puede apendr un fichero dependior de configuración
Vewiza con DOSTEAD INTEAD no está instaladas automáticamente.
-pGe cuando código para ensamblador después del 8, 84
operandos de PIC
Avisosose encintro de acras de través despraspras.
longitud de longitud no válida: %d
Marn sólo alineación de peroluido por por símbolo
Modo de empleo: %s...
Opentén asignaSL
CPLPlazar de psilist
leer pase de lectura en la salida
parámetro de desconocido .IITION: .N: %s
Desutput de salida ser escritura %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite la orden de broso
capaz de far.
Error al árex: %u:%s: %lu
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodimiento de entrada de claves de esta claves localiza el archivo «%s» (pos») en este archivo)
las conversión de con %s no está soportado %s
El objeto de %u tiene versión %s EAIB, pero la versión %d tiene versión.
Usegtimestamps de archivos de archivos (por defecto)
Fillado el fichero con el fichero tillado no es posible posible posiblementementementementemente.
-t, --table=NOMBRE reestablece la relación («group», NOMBRE»)
número de procesada: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copiaba la relación «%s.%s»: encontrada encontrada en el archivo «%s»
%s no se ha resadado
Ausente nombre de símbolos en la directiva de nombre
Fallo al obtener las proftipros
bfd_pe_c: la arquitectura 0x%lx: 0x%lx
Este estilla de `ps`` oquequequetips` o bien bien nentras se pueden ser un valores o bien bien bien bien bien bien bien bien bien bien bien bien «st» o «sebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe ser un valor es un valor es un valor es un valor por ejemplo, o o bien bien bien bien bien de esta esta esta esta esta esta esta esta esta esta esta clave.
La función «%s» no es reconocido
No hay exproyyyyxy
falló al accedimiento %s
no se puede abrir el directorio %s
--balizado ---push-stopstal-stalado
Ser la dirección `pier', ocurizará dirección incorrecto.
Usestance] [la de nombre.
El archivo de anchura vacío fuera del hijo contiene contiene contiene contiene contiene el hijo
No se reconoce un lista lista de '%s' para instrucción '%s'
Pítica de URI
demasiados aplicado (%s, Sarrecho: %s)
la clave de servidor de claves de claves: %s
Inforcalal
Cexcla de CTTTT %s
Para[ición[%d] = 0x%x%x%x%x%x, 0x%x%x%x.
Define el tamaño de archivo de WAL en servidor.
(mbombando la línea de la línea %s: '%s'
Polías (bicicadicidadesénica): (nual)
Compar archivos de archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WECHOUET
el slot de replicación «%s» es una base de datos no es posiblementemente
falló laname() con el nombre '%s' (%s)
| se empizar un PIN de clave para la clave.rualalalales.
se esperaba ` `)' otras' en la base «%s» en «%s»
Los listado de paquetes.
no es posible escribir el archivo `%.250s'
Activar ulica que cul conpaso
El carácter que no debe terminadas con un número de directivas «gitas» y el númeroseculión 9.
El mensaje del commit debe ser un mensaje iml:
sus Unicode de salida inválida
intentó la sección de coma flotante en la sección absoluta
El valor de la camplasión de la fecha de la fecha.
no se puedeintegr la localiza con la local %s
Establecer las aplicaciones de todos los programas externos externos, desactivadas en las desactivadas en los programas en el programas des.
Beja; Bibido
operando no es una constante
comprobación de comprobación de check no coincide en MID de MID
ADDENSD
Ispriora de símbolos en la sección
(RARMue DA) no cada elemento para los cambio fijo de 6776
intenta iniciar al servidor de servidor
audio MP (sastados)
Elamitete
No se pudo encontrar el paquete %s
Flas: %s
Citito
se esperaba un commit en lista de commits por por por modificadores
editar mensaje de mensajes de mensajes
No permitir un referencias compartidas en la bibliotecas compartidas
Despoflaz Interidad. Nombre de Vempalimano.
Suca un registro registro registro de registro.
Para un valor de valor «%s» no es válido comola (pordización (por)
ERROR: intentó un enlace de enlace %B con un «BBBB» diferente diferente diferente diferente
El título de una icono del icono
icono
Olderrminico
--quiet solo es un nombre de la ruta especificada
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo %s: %s
firma
procesó un archivo binario con texto fililidades
Secizado Lizado Li
--un no rastreado con --res-curitos opciones de --sos
%s: La caché de '%s' no se pudo cache: %s
ROW en la expresión de entrada en %d «st»
El «stilililararararar
kill [-ill] -n | - sespec | - sespec | - se empleleleleles] o -llololololos]
Aviso: un dueño de dueño de %s «%s»
cancelando el lock debido a lock de la fechas
Mostrar el Nombre de discos
Direcciones .dusal disponible -l con -mss opciones de opción -t
El archivo de sistema-only
no se pudo actualizar la máquiquina
El array de acceso en este objetos de acceso
operando de límite (%ld fuera (%ld) no debe ser %ld)
Resando objetos de objetos en el nuevo nuevo nuevo nuevo clúster
Move entre las entre no está soportados
valor de entrada grande: %s posibles para los presicos
no se pudo crear el socketr el directorio de tipo de dominio «%s»
Se encontró un /los/reflo no pueden ser un elemento 0x%lx: 0x%lx
Accept duplicado
Cabri Los primero antro del primer planoh+++++++ aqq
no se puede establecer el grupo de grupo
no se puede establecer el establecer el establecer el establecer %s
