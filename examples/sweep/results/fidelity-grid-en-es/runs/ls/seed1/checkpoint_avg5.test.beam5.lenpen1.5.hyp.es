Si el botones ago no debería ser un pregado en pres
Innarpe-ros de ventanas
no se pudo crear archivo '%s'
El dominio para dominio en o dominio NULLLLL o dominio
%s no pueden aplicar a una función
se ignorado
problema «%s» a '%s': %s
-n, --quietios, --quietsillas de junto con valores de caracteres de caracteres
no se puede usar el subtíía de estadísticas
Disbles rme de los nombres «res»
El archivo ha sido cambiado cambiado
(unaduitativo)
Excioniones de eventos
tipo inesperado `%c' en el tipo de predicación predicación
Error al través de fichero %s: %s
plantilla de plan plano
validación de firmas de datos PAAKAKA
%B: %#Lx: aviso: %#Lx en sección de sección
no se puede crear el fichero regular %s
AARCHARCH en ARCH
Error al iniciar el parámetro %s de tipo «%s»: %s
pushspecspec de ref «%s» no «s» para '%s'
Mon-hermershers
base de datos %s
No se puede invocar Dario
la base de binario no es válido
Por favor por selecciona imina la clave del izada:
--corcar un nombre de rama
Establecendo la mientras en el nuevo clúster
ReSRRRtado, República de SEGotérlistlist
Indica si se puedencuar la líneas de word, se si si si se frabunces de caracteres o de la líneas de través de líneas de la líneas de la líneas de líneas de líneas de la líneas de líneas de líneas de líneas de líneas de líneas de líneas de líneas, o de líneas de líneas de líneas de líneas de línea
Cahorgus para la claveshorguck (fashhhhhhhhhas)
Teciza la secuencia del servidor Xllado
Cdrom con Ubuntu 9.10 «Karicomalalalalalal
Tawanano
la opción -s opciones -C|||-cusetrigaciones ntas-cción detrllntas-cionas
Mover un archivo o un directorio, o dimyo, ryo o s
Nexistiza la dirección del psalalal
Pamama de Zone
El número de carpetas través de las catrización.
Veweras
Tipo de corónico en formato de con -mins, ejecutado -d multiportalalal, -m, -a el mismo espacios, -t, -a el mismo -a un nombre de instrucciones res, --dualalalalalalalalalalalalalalalalalalalalal, -t, -t, -m, -t, --se el mismo
el archivo abilio, pero no ha podría ser instalado con los datos
Cololís y pidl y pidláglicados
línea de línea no válida de línea %s
no se admite la todos todos todos los URLs de rellen-push de URLs
Interime a:
Aplicación de origen en la salida INCOODG
Sección [%2d] '%s': hash para el índice de dispersión %zu
no se permite un carácter de caracteres 'accast' en el carácter
destino
Afnalias Xalias
core y los longituds en 32 bits deben ser 32 bits.
sparse: el filtros se han debe ser opdendicado
Dema descado no se hacuimiento del trabajo.
Francés (Suitado, sin teclas muertas)
local
Sección [%2d] '%s': ALGBL_BLAALF, pero sección de sección de sección
operandos de tipos inferido no puede ser conversión
inicia_peppro: pgpg_tie pg_troso
no se puede encontrar el primero de primer registro GSST
Operación: --ac=HSHHHH con con --amasistec=HSS
leer la ruta de especificación de archivo
no se puede iniciar la inicio de %s
No se ha debe especificarse de «ar» definidos en el URImker» en el URImonto%m
Modo de empleo: %s [opd(s) [rd)](rs)]
la opción '-%c' requiere un entero positivo
No se reconoce INPUTT_ONF_ONFLA_LA
No permitir los símbolos definición de un símbolos en nombre de ficheros en el fichero -v, --vos en el archivo
la opción --no-conflict-dos requieren-strón-insos, --sentes o --sentestrs
clave %s: "%s" firmado %d firmado
índice de versión equivocada %d
Se especificó un protocolo
Francés (al.
Runasitas de los ventanas de un ventana
-a, --allall todas las base de datos
<stringstringción de tablas: %ld
El valor de teréredado para stica de lastica el valores.
'%s' existentes'; no se puede creado '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezamiento de encabezado:
--no-modif-modific-intificados en el modo de ratizado
Sintés en el polol de la pololol
no se pudo actualizar la HEAD de HEAD o actualizada '%s'.
-mas-name> Establece el tipo «800000000000000, 8333333333333
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementar_k()() en Gconfora en GIs
fallo al analizar %s
Max Tax
la instrucción no admite el modo dirección de «ing»
abortando la transacción abortado
kipipizados: nuevas %lu
no se admite la check '%s'
El número de registro a acólo del hijo aco del widget
omitiendo la ubicación de WAL (LSN) %X/%X que %X debe ser mayor que %X o LSN LSN LSN o %X
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP es inválida
Cdrom con Ubuntu «8».10 «W»
Mando %s en %s
desciminimir que menor que cero
El inmediato está fuera del límite de límite para 555
-f no ser usaxiliaiaiaias con -t
Mabtos depuradas para los archivos del fichero-os
%s requiere un valor numérico numérico
Lista de opciones XKB
multiple escribir el mismo para el mismoás
%B: número de reubicación DMIX no válida: %d
Suka de pajus2
-X, --exclude-format=sororr las listas de las listas de cortiSITERs
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utiliza un hash (%zu)
abortó una asignado de asignación de lectura
la instrucción requiere el índice
debe ser ejecutar en un recheck-checkoutoutout apar aparitamente a través de tentes tentidades
no se pudo inicializar los tablespaces para el tablespace %u
--stacsize <size> Establece el tamaño de la pila
el índice se deben usar el índice que no deben usar el índice
atención: %s contiene un puntero
la respuesta OCSP en '%s'
valor /azado fuera de límite fuera del rango: «%s»
define un nuevo nuevo nuevo nuevo operador de la familia
no se admite la sección de secciones en %s: %s
Incorasexe_ardarcopción %s).
Error altern: error de error interno: arácop=ar): «%s».
Datizado abortado.
Benders de sende
documento de Abidosos
[ sección de sección en grupo [%u]
refshor_opciones>]
%s: divimenación de la definición «%s» avis»: %s
Veración: %s
Vietie nombres
no se puede abrir el nombre %s para %s
clase de operadores «%s» no es un tipo de datos %s
La fecha de Paja no debe contiene un nlas/min/s/s/s/s)
Error de tarización SD
-help, --help[[[opciones] muestra este árbol de trabajo, s
Verstica de Ajusto
Símbolos usa una instrucción para una instrucción
no se puede borrar elvie de la vista «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Sappuiendo instrucciones o pagerando
no se pudo analizar el lista RAUSUS «%s»
valor válido para la opción '%s': '%s':
Colcnará cabeceras de eventos en el eventos preck
No se admite ningún husepororortla en este po
Mantr un TRCPCTY enqumden
No se ha podido descartar los símbolos en la sección de la sección
Define el número máximo de la multambién de los procesos de trabajo.
Modo de empleo: %s [OPCIÓN]... [NCROER]...] o bien: %s...
deser_limitar_tera
el archivo «%s» contiene una cadena no contiene un fallo en %s, terminada en %s
el cliente no válida SSLASSan es un manmano
carácter inválido
Establecer PRGRGO como el enlace a un enlace a enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: código de directorio desconocida
(fixfixfixación de conflicto "git revert --continue")
redo no es redo
archivador CPRcomprimido (comprimido con comprimido)
las funciones de agregación no pueden usar un argumento de argumento %d
%s necesita un parámetro
No se pudo utilizar la sección debidoido la sección .bxtibbb
Dirección de la tabla:
Urdur (P, kandan NLLL)
Descarar el repositorio
<undendado>
--entry <entry> CL> como de caracteres DLLLL
cambia la definición de un texto de búsqueda en texto
no se puede rezar al iniciar %.250s en el puntos través de caracteres
error de sintaxis no se reconoce el token de `%s'
Aplicación cambios dentrodibido por commit existe
Los valores son permitido entre «%s» y «%d.
no se encontró ningún entradas
Tamaño de objetos
Menso de nivel de nivel 5s
ATENCIÓN: claves no está firmado con la clave de confianza con la clave!
Los tamaños de nuevo pg_data y el tamaño máximos no son válidos o no son válidos o no coinciden
%s: no se pudo encontrar sección %s
no se pudo escribir al archivo '%s'
El nombre del icono del icono se han en la barra de icono
LDAPC «%s» no existe
no se puede cambiar el tipo de datos de valores de omisión
Techo de asignar de '%s'
El primer primero de la ruta de la ruta dentro del solicado
Define los segmentos de desplazamiento y segmentos y segmentos de sólo lectura
relación «%s» ya existe en la existe en el esquema «%s»
Las opciones -l son -dica está lldienta en el nombre de fichero. El nombre de subtienye en el subté en el nombre.
no se permiten funciones de funciones-nnninging para la función de remorormir
Kurdés (Sia, Fia)
«oror» activado
Establecer el tamaño de la tabla de NMBUBOER>
Si quiere hacer quiere la WAL de WAL o el directorio «%s».
| securit-logres delog-recultados
origen (nlele %u: %u
ATENCIÓN: permisos en el directorio de entrada en el fichero de permisos en el fichero '%s'
El archivo de escenes sin paquetes
-m[no-[no-1-7/sisablesisablesiste %s
Chat
Actualizar la fecha de acceso y la modificación de FICHERO
campo de mensajes tiene una orden de «s» hacalalalestos» en el formato .8
Laio
%s: No se pudo leer el nombre del fichero de entrada cuando se le le ley
contador no puede ser null null en FESCTTICTIITTER ...
\pset: la columnas de la columnas «setsetsetset», see»
No se ha comende este elemento para este software.
-d, --dbname=NOMBRE nombre de la base de datos «%s» a «%s» (por defecto)
no se esperaba al menos un contexto de contexto de contexto de contexto
%B: preclala de reubicación %s contrantentes
un dirección de la dirección de destino
El firma es un servidor YG.
el ordenamiento «%s» no existe para «%s»
Misciendo compiscararando comacueseseses de cacues.
%s LiBuestra el memoria es %s.
|VUUA||use la clave de pololicos para firmas
cancelar por usuarios
Ku Kusos
el índice es demasiado word atenido
República de Nerrigera
Excioniendo de caracteres de argumento
el nombre simbólico con el valor simbólicos que no debe ser un `ptististe de rango
-P PASSPA de la contraseña de la contraseña de registros del servidor
Alemán (B, el entero esce en el conjunto de fichero personal)
se requiere el registro de registro ZZ requerido
.endient sin directiva un precenta .ente en directiva .ent
Runo en un directorio pg_pg_pg_backup a los directorio.
Descarjo: archivo o bien: 0MD o %#x
%s y explícitas de nombres son mutuententes
spizando filas en esta instrucción
símbolo%d
-32 el fichero de creado -3 -64 no se creado 64
OPR_inlogR (isticos en ocales)
el modo de (%s) no coincide con el modo de %s (%s)
encertado, nombre de %.*s: %s
[ARGS...]
no hay sección .dyncn en la sección dinámica
Necesita autenticarse para muestra los parámetros de software
Necesita autenticarse para el sistema.
especificación de compresión de ! '%s'
pende <separartk> en el árbol de trabajo «-rey» (por defecto): «hor»
ONONONFI ONFLLCT puede usar la tabla que puede usar UPDATE o bien UPDATE o UPDATE
[F] pila]
no se en las argumentos para el cursor «%s»
Despuesta de símbolo %s en %s
la columna «%s» de la columnas», valores por omisión
procedimiento_de_name
%X%P: fallo_hash_hash_relololo: %E
INPTFILE archivos de entrada ...
no pueden los grupos de grupos en ntos
%B: utilizar tabla diferente diferente diferente (%#_#_#) previos) previostentes (%#)
debe especificar que la ruta((s) rec) rees rees)
%X%P: la sección de la sección %s y %A no está en la dirección %A.
(ininiza ID de clave %s)
Dección fue esperaba en la crupupto.
--%s toma ningún argumento para el argumento de argumento y argumentos (b).
Esta orden no se permite el modo de orden %s en modo de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar concordancias en encul
conectar a la base de datos «%s»
-h, --hant muestra muestra la salida en salida en salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró una instrucción
Runas en modo no ser modo dizada. San no debe ser árbol de trabajo.
las opciones SP: --apuamushashas
Merca de la de discos
.GO_AL que contiene un objetivo DEFAULT
Manacana
Francés (Devak)
establecape no puede ser código para el valores de un valores cuando no pueden usar un valores de datos.
%s: gmona. U Usonmama de fichero.
iniciando el flujo de inicio en %X/%X (línea %s)
No se encontró el encabezamiento XMPM
se esperaba un registro SIMDAMD o coma flotante otrado de registro de precisión
Tipo de «AAddihrdimysemdimn» PS trgnemplanetrgo
codificación de datos desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDDDD
Este utilidad sólo puede leer la versión y rama de versión y %s.
Qualidad:
no se pudo generar un código de código operacional para el framezado
fecres: el tamaño de inicio de inicio y kunos
Establecer la Definiendo
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer el socket con %s: %s
setfuscono (create)
SH_W_LLLT_RESRETENSURE) en lugar de la consulta de tabla («S)
Este etiqueta o la etiquetas «s» y valores de «s», aced», «S, «t».
no se puede usar la instrucción con pase conck
el alternativo %s: no puede ser materfla de un establecer %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en cuando se parallel.
set setcera al track para cuando hay trasterr
Devueltoto de paquete para el repositorio tienta en el repositorio de tizada.
Resulando longitud GIF tiene tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CSCRE5 ensambla ensambla ensambla código para el objetivo SORERE5
%B: no se pudo codificar el tamaño de memoria compartida para %#Lx de %#Lx de %#Lx
Falló la generación de generación de la información: %s
se mulando la opción de firma
Necesita autenticarse para quinica locales y fuera locales y fuera locales.
Tipo de tíciones de YML
Línando fichero '%s'.
Por favor en el número de componente en la componente se eliminando:
Sintujo tiene una información de comillas.
República de Guación
Nugo (Suno /Sun 6)
definición de mensaje duplicado
Brien paquetes
STC_NOPS (PR (almacena con NORROAP)
Replicación /endando /endrien
Muntado como téntinables
no se puede tener más de columna %d más de columnas en la columna %d
formato de mensaje no válido
el directorio de entrada tiene permiso de %s (300s) <0777 5 507)
El número máximo para el número devolvient_tornose_tk_ent_regent_conflict()
%s Ex Exionidad:
ignorando ref refs que coincide con <papa>
rinidad ya y Togión
rango
3 fuera de límite fuera de límite
-f, --fisfi=almacenas -SL -SI la líneas de campos que están en el formato -t, de líneas de líneas de líneas de líneas de líneas de líneas que el formato -t, y y y yas de líneas de líneas en el formato -SIT, pero opción -t, pero opción -S, y y y y y y y y y y y y y y y y y y ya la líneas de líneas de líneas en la líneas de líneas de líneas en la líneas en el formato de líneas encerguerguero opción -ft no se encerguerguero opción -ft, --ft, --ft, --s que están están están están están están en el formato del camposeguero opción -feros
no se puedever las corrpe
Opciones de Orcerados:
Guesteciste k
desde_ito
stat procicado procedado (picado (no)
la definición de una definición de un tipo de la función de la función compada
anal_object_ferferfer en %s para %s
valor de la claves violaciones intiininacciones de la llave «%s»
Activartable
Opciones y la salida de salida:
tables
Reservever para los datos (pendiend)
el desplazamiento tiene el desplazamiento equivocado %zu
(splitsplitnexisión de «Centententent» y '%s' y el valor 0.
respepsonononononononons (sonononona)
buso: expacción caducaa de token
debe ser cambiar el dueño de texto de la configuración %s
%s no está soportado en modo 6PS16
Error de longitud de la cadena de la cadena inválido.
Abreguar y y Babido
sólo se puede utilizar un elemento demito para el icono «%s»
-n, --nert-num-o PID PIDs en lugar de PID, PID, --pos -Nos, --true, --true, --idid=Nos en lugar, PID, PID, PID, PIDs en lugar
imagen del Íns de «tos»
no se pudo encontrar el archivo de bloqueo %d en el archivo debido, pueden ser menor el gestor debos debidoidoidoido
documento de Pocción de WtkColor
Secur el fichero metalink: %s
No se pudo utilizar el fichero de configuración %s
se recibió el archivo de datos «%s», cuando se en el archivo «%s»
no se pudo abrir certificado certificado «%s»: %s
%s falló falló la error: código de error %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Susolas Rnia
pack de paquetes
se hacilar tras páginas de tras páginas de tras)
No hay candidatas que no seguimiento de jergue un ref que que que que neguícitos.
se recibió un datos externos los datos GSSAPS GSIPS
tiempo de tiempo
No hay actualizadas que no existente fetch de lasión %s y actualizaran la configuración de las.
Realalalal
no se puede copiar el árbol de trabajo '%s', Blolololos en la Git por wilción de depuración de Git
el hi «%s» no puede ser menor entre «%s»
No se encontró ningún no encontrado
No se puede verific//padrrrrrrrrrria
-E, --enen=cotCENADENCER para la codificación de datos
Sección [%2d] '%s': no se puede obtener la sección de contenido de sección
\ch [-ove] [-ne la cadena de la cadenas [no-nta)
Necesita autenticarrse para cargar a la función de cargar.
el array mod debe ser un array de unidimensional
No se exalalal visalal
CKids
la función de entrada no está soportado
Critados apaparadados. Esto se deben ser a través de cadenas.
Se debe ser un símbolo de función ratua o el símbolo.
Ubuntu 0P.044 «treliscist»
Sujo de protocolo del protocolo de protocolo se encontró pero %d
Indica si se deben especificarse deben debe mostrar las del widget
Cla de CoraG
Etro en 4
.COMMaronona de la barra de límite (%lu)
CT_LSDTL (KL (K)
La ruta de dominio «%s» es demasiado grande (dominio %d)
%s tiene la función %d tiene la columna %d pero la columna %s
Mostrar el cardarpetas para el botones de los botones de la capositosito
Si es el ID de la claves de la claves de la clave.*s nombres *s *s *s que el usuarios que no puede ser ser *s en el usuario.
Opciones de hijos
Runa de órdenes de compar:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar un commit-graph todos los archivos de commit
Error al cargar %s: %s
FOREAH sin array
--base no puedelelelecita de replicación
Camplazado de índice des en el índice
reuizado miebol («ar»).
Xnecrón
Ausente o sando un atributo mal mal mal mal mal mala
el fichero '%.250s' está corrupla de caracteres (da %d)
Diibiizado
Tonmonmonsonsos
añadir los tamaños de direccións de tamaños de tamaños
Aplicación: %.*s
Los valores pg_pgpg_control:
*** *** *** ***
el destino no soporta la opción de «push»
Celísticas
shell
terminada con la entradas de entrada NUL
falló al cerrar el directorio de trabajo actual %s
En la instrucción número %u, puede un nombre de campo '%c' no se pueden un nombre.
Caráfados por Consados
--no- replicación no puede eliminar engritado en replicación
el hijo ya un error al proceso hijo %u
ubicación de ubicación
No se pudo cambiar el nombre que gue un directorio. Por defecto en el nombre de la línea de la línea de «group»
emplea -mcpu=arm62
error al iniciar la caché de archivo '%s' para lectura: %s
tiempo de zapone fuera de rango
pread_inmuxistros en %s: %s
-F, --format=FATM++ otra con formato «s», racior defecto (por defecto) -l)
Dabase: %s
archivo de fichero
Alemán (aducraducción gra)
no se reconoce la tabla de retorno-Mió el registro: %d
Pontéstest
Oimanano
Una <%s> ya existe existe
%u «0for» desufreguimiento de índices.
Bepó un primer primer primero es una clave
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos definidos
spizar todas y eliminando las comportas s comamiento de todas comportas comp
No se puede hacer stat stat stat del símbolo: %s
\gurados por un número de ordenamiento, o una orden, o ratracedado o o a tradado por defecto, o traduido
manzar NOMBRE como NOMBRE a los ficheros de NOMBRE
uso de código-6 2-bit
Replicación /subicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear lasononononononon «%s»
nombre
mostrar la rutas concues con cambios
no se reconoce los parámetros de control: «%s»
%P: SOSO NOMBRE no debe ser vacío; se vacío; se cuando el conjunto de laseguizado
el cursor «%s» no soporta una tabla FORAS UPDATE/SASAS RE a la tabla «%s»
Idinta (sintése, teclas teclas muertas)
no se pudo eliminar la entrada 'git rebases'
%s requiere un archivo de base de datos o dencir otra el formato de texto.
Vewue la solo table
ONONFIL en una tabla «%s» no está soportado en una tabla «%s»
%s: las requieren activados Linux activados
%B: número de reubicación MSP400: %d
biblioteca de datos de datos
%s: no se pudo definir el postigos aplicaciones de ejecutable
No hay sección reclnciones de la sección de la sección. Forta no sección.
NT_VM_GSASMT ( ( (A) tabla de nombre)
ausente .funcion para .funcfunc
no hay mapes en la terminal a la terminal de la terminal [%s [%s]
Error de escribir
No se encontró ningún expresión regular
protocolo
Avisando apapapagado
None
ONONONTTT sólo puede usarse sólo se pueden usar tablas foráneas
no se puede abrir un directorio en %d en %s
Sujo de Arbri
%s: falló falló
Fuéso comobutención de color para un Gdk) GdkColor
procedido los parámetros TUT no se pueden aparecer un valor de «TTTU»
eval: máximo segualidad level de funcionalal (%d)
Tabbujo
[interterterterteriza de la interterizada
Necesita autenticarse para todas local.
no se puede copiar las carpetas de datos para el %s': %s
No se pudo cargar la imagen de cargar un archivo «%s», no cala, «s»
%s predes prepende en %s
se esperaba un nombre simbólico «%s»
se encontró un directorio de directorio «%s» en %s
no se puede usar el índice de índice «%s» como tientidadidad «%s»
%d-graphgraph-graphgraphgraph
exceza durante la «cleanup»
Symlinks no está soportado, se admite ningún dimy %s.
la secuencia «%s» sólo sólo privilegios de columnas por una columnas
--recenena el fichero través de cada fichero de cada símbolos (picitos) -f, pero el enlaces)
sennntado
%B(%A): la tabla no válido
Este algoritmo en el algoritmo de mninginging con lashas páginas de búsqueda.
reserveo («cancandar» o el tipo)
Aplicación de escritorio
La columnas de la columnas deben de columnas.
-q, --quietquietquietleleledamente
Mó tipo de tipo
falta el elemento de CT_ck para el fichero de configuración
la base de datos de datos es una conexión a un origen
nombre de macro no válido en la ruta de biblioteca: %s
Registro: %s.
no se permite una lista de registros en una lista
%s: aviso: falló al obtener contexto de contexto de %s
Para un conjunto de búsqueda en una cadena de como
%s: ABI de enlazador %s: %s con módulos %s
Indica si se debencititar los contenidos existentes
No se admite ningún K5s para el 5
%d está fuera de rango para el parámetro «%s».
número de campos incorrecta en la línea de la línea de líneas
Exporta SY al símbolo SBOL a tabla
no se pudo escribir al final de COPY: %m
Indica si se debe debe debe deben verdensegensosos
Se cambiar los archivos locales a las siguientes siguientes siguientes siguiente: %s o stash nito%s.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el establecer el directorio de las des des des desosos de tablespaces des des des des que no puede ser establecer el usuario antiguo antiguo.
niendo permiso de permisosguidad de %s
no se pudo iniciar el proceso hijo: %m
no se pudo escribir zar la cabeceras: %s
No hay símbolos de símbolos: %lu'.
opción de manificación inválido «%s»: «%s»
Los ribue para la clave «%s» y el archivo «%s» está fuera en el archivo «%s» en el rango en el archivo «%s» y el archivo «%s» y el archivo «%s» y la claves»; el archivo de salida en el rango en el archivo de salida en el archivo té en el archivo «%s» ya existe existe existe existe existe existe existe existe existe existe existe en el archivo de la clave «%s» y el rango en el rango en la clave «%s» y la clave «%s» y la clave «%s» y la clave «%s» y el rango en el archivo té en el límite de la clave «%s».
no existe el nombre «%s»: el carácter de la «st» (p») no puede ser un h)
-p, --port=ORO la base de datos de datos (port): «%s»
-- ejecución --tatatacus requiere de pila para este objeto
no se pudo encontrar la variables de variables de variables «%s»
fetche CRL de CRL: '%s' falló %s
Verificando el usuario de usuario definido definido definido definido definido por el usuario
`Efls' no válida
Sección [%2d] '%s': referenciado en la sección no es una tabla de símbolos
versión de array: %u
%s: Falta el nuevo nuevo nuevo está nuevo
«0» debe especificar un «PR» de «PR»
sección: 0x%08x%08x%08x%08x%08x: 0x
deber perosobute
no se pudo remendimendimend
No se puede ser un servidor de servidor de servidor para este servidor
%B(%A+%#Lx): error sin un error de lectura: %s
Indica si la secuencia debenegó un grupo de grupo cuando el grupo
Proténetuno: %s
gualecales: '%s'
La expresión de Instrucción %s requieren
Desulicación desconocida
no se reconoce un valor modal de agregación para la función «%s»
Falló al abrir la conexión conexión a un submuyo: %s
el directorio de datos «%s» tiene dueño de dueño de propieda
Usicatados en su lugar.
error al definir la función de la función «%s» para «%s»
el fichero de codificación de datos de programa-endian
Líntar el texto en el texto actual en la salida
Encación de los parámetros DHH en el archivo.
%s: ICAF de Contizada después de %u(s)
define una función de agregación
Mostrar los archivos
no hay archivos de índices.
autos existente la entradas; un nuevo nuevo nuevo de la entrada.
Revisandos aplicaciones des
el VERSION %d.%d
se omite la pantalla mul está una posición, uíos de este número de vertartartartario
%B: fichero mmo no válido para el número de nombre de archivo de usuario %d
NusewangaMa, sin teclas muertas)
miema «%s» en el cuando se ha cuando se encontrado '%s' cuando se encontró '%s'
servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detibportación local %d
socket inválido: %s
Zó el nivel de nivel de nivel no-ininimiento que el nivel no es cero, cero, a cero
Redizar archivos en el paquete %s (%s) ...
Define la salida para formato del byte.
-m[[[A, --s] --sst-logus[rgras[, «group]
El firma estrategia de claves.
socket
aviso: no se en la línea de línea %s: no es reconocido
República de Gacana
El nombre de cadena de las argumentos que debenuros argumentos y argumentos en nombres.
ausente las aplicaciones (asum)
%F%P: falló bfd_coxf_de_xyyyy: %s
fichero_fi_filseld ld para formato del campo «%s» CS (plicalica «%s»)
No se UID/GID/ vacío en el rango disponible en %d (MIS) es %d (SY_S_SY_S)
no se puede especificarsecurse «root» para root» root»
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(internional para usar git-res)
La fecha de en el formato de la ejecución de la ejecución. Las del sistema y INIPICTERP, destecientes y el formato dese el formato del sistema. Si estilientes de CPU y el formato del sistema. Si estilo alterientes de CPU en el formato del sistema estilo alterientes de CPU y INININININININIE en el formato del sistema.
error al establecer el timestamp de los registros de `%.25s'
%B(%A+%#Lx): reubicación C+M+++%#Lx es 16} Se es 166 = %s
símbolo de símbolo «%s» inesperado.*s» no es válido un secuencia secuencia secuencia secuencia de base de datos
no se pudo finalización de verifización del archivo «%s»
de orden de fuente %d desconocido
Redidad de lacción de Acción
mal valor de config numérico '%s' para '%s' en submódulo «%s»: %b
desconocida:
El servidor del servidor HTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos externos GSASSSSAPS
No se admite la reubicación %s
Error al establecer el tipo de establecer el tipo «%s» pero no se obtuvo el tipo «%s»
leyembar per-directory través de tus en <fichero>
fracción de los límites fuera de rango
Falló al obtener el atributo de archivo de archivo «%s»%s»:%s»:%s
-e --output-nameexe <nombre> Genera un archivo de los fichero.
Escapepe no debe ser un carácter.
`%.*s' ya está definido en rereretotototototo
corruptos de memoria-porruperrusión de memoria %u
usuario no válido
no se pudo cambiar el propiedas para el dueño de %s
Ejexcuzca el argumento comando como de orden. Sinino ARG, «n» ya en lugar de los resultado de la orden de los resultado ya ya ya ya la orden de entradadosión de la orden, o concurrentente, o ARGARGARG.
debe especificar un lista de lista de la lista de caracteres, o campos, o campos
usando usando usando usando s
no se pudo actualizar HEAD
no válidose el nombre «%s»: se vía la hero (-horimés»)
problema de inconsistencia de problema en %s: %d
Kar (Bra (BraBil)
descarta el objetivo '%s' definido '%s'
Turientr del Color
No se ha poddo shell puede shell puedenus porque la versión del reta, junto con lasión de recuer la versión.
Sección de encabezamiento de encabezado (+++: %x%x
la opción de push debe push que no tiene nuevo nuevo
no se pudo codificar a añal
Se han detectado en $ $til_il
--use-asa las columnas a lasión=SRRIO y la contraseña. Muestra los usuarios de la contraseña. Muestra la contraseña y la contraseña es PASSGSET_SAARSARSAN_GRARIO y rades de la contraseña no puedencur la contraseña.
Actualizando
-t --premp-fijo <fijo <fijo> Uste <nombre> en el nombre de archivo.
esta versión de datos
%s: o %d *s para el *.*sistado en %u: %u bytes
no se puede reindexar la base de datos de datos y huse en el mismo
valor de %ld fuera del byte fuera del rango.
leer el índice de en el índice des en el índice que <directory>
--war-ccetivo CDDDEX de archivos de índice
tamaño .bs de tamaño %ld!
Opciones de salida:
%s sólo puede invocar una función de un disparador ltilt en el disparador evento
Intermininitado
%F%P: la opción u no reconocido: %s
Por favor que codificación compros/retriprororos/-from/ps/ps.
Suita al área de trabajo
Anuno de Dose Armininina
no se pudo acepta acepta aceptar un contexto de contexto de seguridad SSAPI
%s: Descito
valor de parámetro para el cursor «%s» en el cursor «%s»
Enviando las cantes de los bangnas
Seguno de Litos
identando el miembro de extensión
Aún código de fuente
armororr: %s
Ppeses=FIPSF[TTTSS[P[TTRRR_SAP]
-a, --text muestra todos los archivos de texto
Use el repositorio-facal, en el repositorio de la orden y fichero
Sección [%2zu] '%s': referencia inválido en enlace inválido
-%s o opción -o
la relación «%s» no pueden usar disparadores de disparadores
Incdex: %d nn: %d
Malción de encabezado después de encabezado: %s
Crizar, tizadizo
%B: símbolo «%s» no reconocido desconocido 0x%x
%X%P: problema de recorrido de estadísticas de %pB después de %pB
número de tokengrónico (%s)
no se admite la columna de la columnas del sistema no está soportado
inválido %s
el algoritmo de cificación no es válida
extensión 16-bit
proceso hijo con HEAD con estado %d no reconocido
PCCS##
Francés (POROROROUF)
# la variable de de la variable de de de la variable de de de de la variable de hash:
Ubuntu 41.0N «atahart»
***
%B(%A+%#Lx): '%#Lx' nombrado a la instrucciones referenciada TLS TLS TLS.
changando versión %s a %s
Direccionamiento de datos de posición-endientependientes GOT, GRO
<archarche> para el nombre de arquitectura <nombre>
[Errrrrr nombre]
[FILE...]
inflazo devolvió el registro (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de registros violaciones delevel-urita no pueden seridad de la tabla «%s» (ING)
Si no es FICHERO, a %s, a %s. Sininino %s ARGf ARGfo ARGfo ARG, -máá.
-no-warn-netipizada por las atratratra el elemento -b no se admite la reubicación
el «re» no es un directorio %s
nombre locales deben concistén de la cores de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero el sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Comporta busguimiento de <guimientoso>.
Filución, lue
No se pudo definir la arquitectura y quina.
Lista de métodos de accesos
%s: se trans de datos depación de datos `%s' no está disponibles'
Acho:
Su necesita de los pgitgitecea ""
comprobación del control de control
Mans virtuales locales de quiquitaránus de desplazamiento y la imagen
las supenenenados en el modo creación de la creación y los cambios, y denes
sólo mostrar la etiquetas (polónicos con head heads)
--flush-flushout=IDTOTOTOTO cuando el bloque de la cuando se deben ser más más más más más más más más más más más deseazararácedienes y todasión y todaseacedededededededidoidoidoido, n los datos de n los datos externos son flush son n los datos de flushITEROTIDOTIIIIn los datos de lasetetetententententente, n los datos de la entrada en la n los datos externosecedientes de n los datos de la entrada en la entrada en la entrada en la ventana se hanetentententententente más más más más más más más más más más más más más más más más grande, nererererero
pop_invar_text: no hay contexto de contexto de contexto
-4, --spizipv4 84, BP6666-val, o o o otrasentras -v666
Número de procesadas:
.cfi_de_data no está soportado para este objetivo
Pe certificados de usuario o cambiar el usuario ha sido durante lashaden.
El cadena de la cadena cadena cadena de DB no es válido con Gus Gue
Error al mientras se puede escribir el archivo.
Montorno un fichero base de datos, pero se cambia cambia por por por por por omisión
No se puede especificar un biblioteca de biblioteca
`psp=64' con un ABI de 32-bit
DKarbuito
Para un archivo de nombre de '-os' con «ofocio para el nombre de '-ooos», utilizarufo para 'fofosocufoce»
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar ningún datos locales para el nombre para el nombre para el nombre para el nombre «%s»
Todos la estructuras de paquetes:
usar <nn> y timomomo del trabajo
Ild, Orá9 (9999)
{pwwwaróó el primer plano para la ARM
mostrar commit <n> más commit terías como el común ual
Popdios por por porquete coincide con Popto
opción -mmex=crig=': «%s»
Mma de bús solo, reportar las fechas corrupga/s.
la referencia recursiva a la consulta «%s» no debe ser un subquequequeque
error: formato f6 6 6tsema %B y %B
desplazamiento inmediato no válida de 2-byte
Crentrientiento:
replalalalagamiento de nivel
XMizartIL en tabla
Número de dirección «%s» está fuera de los beses de %s, [%s]
%P: %pB: aviso: aviso: seña de «%monon más más pequeño de %pB
operando de rango y %lu no puede ser entre %lu y %lu)
DWAR de Ver: %s
||No mas máximo de la claves páginas máximo hezo seguno de la clave
transacción de transacción de transacción %u/%d
La rama de %ld es demasiado grande para 99.
crea el fichero de un formato de fichero
tamaño no válida: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
El fuyea de trabajo.
Aplicación de enlaces para las reubicaciones reubicadas
TRUE para este «E» puede utilizarcererererso
%s: la emulación de la opción de la opción:
Condización de ubicación
@plicación:
no se pudo crear remapororr: %m
no se puede sobrescribir el directorio no pueden usar %s con directorio %s
%s(l)%s): %s
Tabros
Desplaza fuera de rango para el rango para el límite de ld/mmmvos: %ld
la rama truncada (0x%9001223233 2.11-9]
Sele_de_erserserserso
Indica si el proceso del borde debe ser pos debe mostrarás
La anchura en texto es el texto escra
Número de argumentos que pueden con lasistentes que pueden los subdos porñimitos de subs.
Fall(%s) falló
Se esperaba el atributo «%s», pero se encontró «%s».
Tucisión de?
Reddicetro no válido
Límmito de Lizada
%P: %s: plugin de plugingin
no se puede determinar el corrupta en %s
%s: fichero inválidos en el fichero de conscript
el comprimido de datos corrrrupto
no se puede leer %s
COMA_GTENSMT_RELEN_RELODDARITER_DENTERANGICT
dependencia dependencias sin se puedenudizar un indizadas
elemento de sica
nueva-ma-branch
Serbado jerectado
No hay mensajes de cambios no soportadas
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas como den
versión de versión
|NAME|usar los mensajes de algoritmo de NOMBRE
OCO origen
no se puede asignar a una columna «%s» a la columna
mostrar archivos de caches en la salida (por defecto)
literal de reubicación acurónica para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VUEVU-time de parámetros de parámetros en el parámetro
error al abrir '%s': %s
argumento de argumento %s ag_check.
Solcción de la información
No se pudo iniciar el proceso de búsqueda
Car tag 0x%x%x
función
Registro de registros.
Alnndano (Pi)
Activar las cornuras
Por favor en dominio para redominio para este dominio o predeterminado, funce un predeterminado.
Alemán (noadus)
se esperaba un ININ o IN
el slot de replicación «%s» no existe
Sabres Wtil con L Mlf Clf
nombre de campo: %.*s
(1) todo todas todas las todas todas las todas las las todas todas las todas todas todas todas las todas todas todas todas todas (1)
los clústers son alineados con versiones pg_pg_resión
Gusados
no se puede reordenar un reordenargo de datos
no se puede utilizar con --filtins con --dst»
La base de datos de datos de datos o no es posiblevido convido.
la definición de la definición de las columnas no son son la función
-z, --iniziziza sólo lectura de texto y texto
%P: argumentos valide de argumento --pshim-pshizada(s)
git tag -v [--format=format=> <nombrenombrenombre>...
atención: no se puede crear %s
Ubuntu «»4.1010
el tamaño de valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el enlace de enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio de enlace con el archivo de certificado del archivo junto con el servidor de junto con el servidor.
misepensepeneseses
Objete de código fuentes de fuente
bancción [%lx:%lx] en una dirección de la dirección (%lx) no es una dirección de la dirección (%lx: %s
punto de compararces aplicaciones inpar
--plt-nalt de Algura a llamadas de llamadas
Debe ser superusuario para el método de acceso de acceso.
IHZZ y archivo
constante de instrucciones de la instrucción
--duzca la imagen de base de datos para DLL
este modo de destino no es un operando para operando para operando para operando
modo de W
\pset: la línea dentro de la líneas de lenguaje, seja
hajurdado
contexto de longitud no válida
Se utiliza la opción de la opción especificación de la «daemon» en la clase
La secuencia de las de la secuencia hacluido
el tamaño del tamaño de 1 está 1 está 1 MiB
Sección [%2zu] '%s' pero no tiene encabezamiento
problema removando la caché de archivo «%s»: %s
Sin: No se admite el modo K0s)
El archivo de encerera hanuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Una lista de tipos (pordizados de separadas («k»).
%s: no se puede cherry-pick' como %s
--if-exist no existe la base de base de datos de datos
Subyecto:
el tipo de especificación debe ser vacío
pfijo
falta el paquete de mul-index-pack-name razario
-mininstrit-crón=<nombre> <nombre> Devuelverdues de los nombres de la sección de la sección
Sobre prcyos
# # /lís/rrrrrrerto '%s': '%s'
destino no es válida
Gentras de GROM
el punto de punto de %X/%X no es un punto de como %X; se espera/%X
Encación del archivo de certificado SSL.
error al crear la sección de la sección de encabezado: %s
Ancho de la consulta en pelloxiello en el px
Considere usando usando %s, está vacío, en su lugar de su lugar.
%H: R_FROT_FOT_FFLFERERERERAN a instrucciones de instrucciones de instrucción
documento vacío
una arquitectura debe ser 0 o 06 o 16
se esperaba un registro
DW acatambiér una dirección de estar[[r][r][opd][r][r][r]]
'%s' no es un nombre válido de submódulo
URL (no (s URL)
El CREASSSSTERII no está implementado
archivador ZO
%F%P:%pS como una ubicación de contador no válido para instrucciones ON ONTITIPS
elimina el árbol de trabajo de trabajo locales en la cabeceras locales
intermedio una certificado intermedio
no se admite la etiquetas en <patruerto>
instrucción inválido (%d) seleccionado seleccionado (%d)
Dirección de la actualización a líamérico «%s», («k», t».
Utilizo para la ruta especificada para la ruta.
Se actualizar el campo %s, deben a %s deben ser menor el valores %s.
gepocito
Opciones al submódulo %s%s
se ha especificado la ubicación del TREETARE-aligned-aligned
El contenido es una tabla %s, pero %s pero no tiene contenidos
Insdexion «%s» contiene una tabla de tabla.
Areamiento de objetos
Establece el sistema del sistema
%s:%lu la ubicación del error de error
%s: no se puede iniciar el servidor PID; se ejecutar el servidor (PID: %ld)
el punto_tar_de_time_de no es un número de recuperación.
%B: Cora de arquitectura %s
Define biblioteca compartida
no se admite la es un remoto
%s: la clave %s! ¡D tiene una clave de una clave claves!
No se admite ningún el objetivo para este objetivo
no se puede crear el índice de partición en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instalación contiene una columnas contiene un tipo «jus». Cor» no puede ser más más más más más más más más más de la columnas «raduyyaaa el formato de la columnasea el formato de columna en este tipo de la columna en este tipo «jizargutartartartartartartartartartartartartartartartartario.
Valor de métodos de método: %s
respononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado conversión binario de compa de binario
El daemon pashashas minción de la minción!
el tipo de conversión de la función %s tienen conversión
Esta analizus de memoria pueden usar usar cada bibido a la salida.
resostricciones de violaciones
<nombre='%s' listar-os de las listados «%s» pero no>=%s»
Sefar la conexión de conexión de conexión de conexión abortar
permiso denegado a la recuperación para el archivo %s
%s no es un dominio
Crear el tipo de una función shell, puede ser crea un tipo de la función RETER, puede RET.
No se encontró ningun archivos de salida estándar: se encontró un fichero ficheros existe.
Altajetivos de indicascortimiento de indicado
abirizo, Hizo
Cer version de Git
No existe el archivo no existe.
initialize_josent_control: tipizos
{ANDENS; }
no se pudo reenzar el archivo %s
No se pudo borrar %s: %s
genenenicados:
Alicicación de Alicico (id-idy)
texto de todos los contenido de datos de datos
max_nirt establecer el establecer lasión: %d
Nemito de entrada
no se pudo crupta stat al archivos de ficheros
Los nombres de configuración y «readuient» y este mensaje de configuración. Suyn» y este mensajes en este mensaje y rientritas en este mensajes en este mensaje y cas por omisión: git git --continue. Suyas en este mensaje y este mensaje y rientes: git rebase --verbose muestra el comos en este commit, --prepreprepredes en este mensaje y este mensaje y este commit, --verbose muestra este mensaje y este mensaje.
Mostrar Honden
¿Dempo
Error de lectura de memoria al leer la memoria
Encación de la lista de certificados del directorio.
falló al refinar el índice «%s» con índice «%s»
Aplicar cambia el índice aj, [n,,s,q%s,?
%s: carácter `%s' no se representar el byte en un byte
debe con con consión
Se emplazar seminar quieres quier? (s/N)
(only) fichero base de datos de replicación)
revisando el tamaño de vis, llama de paquetes en este tamaño no es un tamaño de po grande que en este tamaño es más grande que que que en este tamaño
este construación no soportada de compresión
la función de agregación en DITITICTININS, lista lista de argumentos de argumentos
Idiomas jos
seleccionar el ID del usuario No
este mensaje no está está definido en %s definido en %s
%d en %s: %s
fallo al inicializar la clave de la clave: %s
se exacto exactamente un nombre de configuración, y priorior
desubrie una dependencias definidos por «acas»
Indica si la clolo se pueden la pantalla del formato del 24 o 12
(«uca "git-kkks" para patipk)
3 GD3
%s: no se puede apendr un fichero dependior de configuración
Vecho con DINSOSTEAD INTEAD no está activados.
-p gepene código cuando ensambla código para el 8, 8
operandos de PIC
Avisosose encución dentro de acras de través.
longitud de cadena no válida: %d
solo solo sólo está definido por símbolos por un símbolo
Modo de empleo: %s...
Opentén asignaSL
MPL plazar los ps deplas
leer tiga de lectura en la salida
parámetro de desconocido .IITION: directiva .ON: %s
Los de salida que se pueden usar con %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite una brocasttos
capaz far las.
Error al árex: %u:%c: %lulu
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodizar el archivo de claves de esta clave «%s») en esta clave «%s», as», as».
las conversión entre %s y %s no está soportado
El objetos de %u tiene versión %BIA tiene versión %d pero pero la versión.
Uso para timestamps de los archivos de archivos (por defecto)
Fillado con el fichero con el fichero tiólo 'cache' otrados' otra 'ignore'
-t, --table=NOMBRE restaura la relación (NOMBRE) rece, cuando se evit, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura -xarchivos
error mientras se copiaba la relación «%s.%s»: encontrada encontrada en el archivo «%s»
%s no se ha dado
Ausente nombre de nombres en la directiva de nombresión
No se pudo obtener con patipros
bfd_pe_c: la arquitectura 0x%lx: 0x%lx
Este estilla de la propiedad «s» «s» o bien bien bien bien «se» para hacer es un valor valor valores o «sem».
La etiqueta «%s» no es reconocido
No hay exproyyyyxy
no se pudo accedar %s
no se puede abrir el directorio %s
--biiizado ---push-opst-opstal-stado
Ser la dirección `pier', o el modo modo de registro.
Usestance] [pada en nombre.
El archivo de anchura vacío fuera del hijo contiene contiene contiene contiene el hijo
No se reconoce operando de '%s' para instrucción '%s'
Píticire
demasiados aplicado (%d, Sarrechcho: %s)
la clave de servidor de claves de claves: %s
Inforalal
MESTENTENTA sión: %s
Paracción[%d] = 0x%x%x%x%x%x, 0x%x%x%x.
Define el tamaño de WAL WAL en la servidor.
(mbombando la línea de la línea %s: '%s'
Polías (bicicadicitastica): (nicado)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEHETER
el slot de replicación «%s» está una base de base de datos no es posibleda
falló laname() con el nombre '%s' (%s)
| se empizar un nuevo PIN de la clave para fijo de firmas.
se esperaba ` `)' otras' en la base «%s» en «%s»
Los listados de paquetes.
no se puede flush para el archivo `%.250s'
Activar klica de kl conpadicos
El carácter que no está terminadas con un número de directiva de directivas y %u.
El mensaje del commit l debe ser mensajes:
sus Unicode de datos inválida
intentó la sección de coma flotante en la sección absoluta
Un valor de la campla de la fecha de la fecha de tiempo.
no se puedeintegr la localiza el cambio local con %s
Establecer las todas toda del programa del programa dentro del programas en las, desactivadas enpendientidadidades en las.
Beja; Bibido
operando no es una constante
comprobación de comprobación de comprobación en MIDX y no coincide bit
ADDENS
Ispriora de símbolos en la sección
(ARARMA) no 6 cada elemento para los cambio fijo de 6
intenta iniciar el servidor de servidor de servidor
audio de audio (PBustados)
Elamitete
No se pudo encontrar el paquete %s
Flas: %s
Cito
esperaba un lista de commits en la lista de commits por omisión
editar mensaje de mensajes de mensajes
No permitir un referencias compartidas en la bibliotecas compartidas
Despoflaz Induy. Nombre. Nombre. Nombre.
Suca un registro registro de registro de registro.
Para un valor de valor «%s» no es válido como es un marcador (porduizo (porduy)
M ERROR: intentó el enlace a %B con un «BBBB» diferente diferente diferente diferente
El título de una icono para esta icono
icono
Olderrminico
--quiet solo es un nombre de la ruta de depuración
tipo de almacenamiento no válido «%s»
Error al leer del archivo de archivo de archivos: %s
firma
procesó un binario binario con texto de texto
Secizado Ll
--un no rastreado con --cres con --amus-ososososos
%s: Fintro de cache '%ld' no pudo cache: %d
expresión ROW en %s pueden los entradas de entradas de entrada en %d
El «stilililarararario
kill [-us [-nspec | - se han | - sespec | se descarta -l o -l o des] o -l o des]
Aviso: dueño de dueño de %s «%s»
cancelando el lock debido a la fecha de lock
Mostrar el Nombre de disco
Dirección .dus solo disponible -l con -mls
El archivo de sistema-only
no se pudo actualizar la máquiquiquimachine
El array de acceso en este objeto de este objeto
operando de límite (%ld fuera (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo nuevo nuevo clúster
Move entre el téseces no está soportado
los valores grande grande grande: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
Selección de /s/lo no puede ser un elemento 0x%lx: 0x%lx
Accept duplicado
Campk para el primero de la primer planoh+++++++++
no se puede establecer el grupo de grupo
no se puede establecer el establecer el establecer %s
