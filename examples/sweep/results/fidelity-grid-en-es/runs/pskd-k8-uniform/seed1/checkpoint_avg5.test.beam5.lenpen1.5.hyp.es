Si el botones ago el botones de los botones o no debe ser regados
Incirpes depes depes
no se pudo crear archivo '%s'
El dominio a la dominio en o NULL o dominio NL
%s no puede ser aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --quietquiet, --quietsilentes de los espacios de talles
no se puede usar la expresión de registros en la expresión
Damises «as» de nombres «s»
El archivo de solo se ha cambiado
(unaduritativo)
Excionionestos
tipo inesperado `%c' en el tipo de precicación del tipo
Error al trasando fichero de fichero: %s
plan plantilla de proceso
validación de firma de datos de datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el fichero de fichero %s
ARCH en dedede
Error al iniciar el parámetro %s de tipo %d:%s
la referencia de refso para '%s' no es '%s'
Monmon-herershers
base de datos %s
No se puede llario Duano
la clase de binario no válido
Por favor por seleccionados de claves de claves:
--corcar un nombre de rama
Establecendo el proceso de lasión de nuevo clúster en el nuevo clúster
CRSRO, República de Sovisionaltados.
Indica si se pueden la líneas de la líneas de word, word otratratratras que se ha si si si si si si si si si si si se hanues de la líneas
Cashorr la claves kgushhhhhas (fack)
La secuencia para el servidor del servidor Xllar el servidor X
Cdrom con Ubuntu 9.10 «Kará Komalalalie»
Tawiano
la opción -s opciones -CA||-ssssecasecatttus ntatatas n usar usar usar usars-s-settttttrs-s-s-secas
No se pudo renombrar un fichero o un directorio, o dime un archivo
Nexistiza la dirección de psalal
Pamama Za Z)
El número de mientras segurados de las de bloquees de bloquees.
Veweras
Tipo de formato de formato pueden ser un formato de cortientes -m, -m, -t, -t, -t, -s, -d multalalalalalalt, -t, -tie un nombre de multizado
el archivo no está permitido, pero este compresión, pero no soportada de los datos
Cololols y pidgines de la base de bases
línea de línea no válida de línea %s
no se admite la cruió todos los URLs de cos de URLs
Time a Lizado:
Aplicación en la salida de la salida INOODACIN
Sección [%2d] '%s': hash para el índice de dispersión %zu
no se permite el carácter de caracteres de 'cast' en el valor de 'r'
destino
Afatizo
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser turipros
No se hacuizado el árbol de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': IN_BROUBRO_F, pero no tiene sección de sección de sección de sección .gen
operandos de tipos no puede ser inferido en el tipo
inicia_pep: pg: pg_tipo pg
no se pudo encontrar el primer primer registro GSMST
Operación: --ac=SHSHHH con con concamistes
leer el archivo de la ruta de archivo de archivo
no se puede iniciar el inicio de %s
No se han usar las opciones de datos de «ok» en el URIm» en el URIs
Modo de empleo: %s [opciones] [(s)] [(rd)]
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTT_ONFI_ONFFL %s
No se permiten la definición de un nombre de símbolos en el fichero des en el fichero des des en el fichero des des des
la opción --no-n-do-operadors requieren, --sinsert-intrsertrosert-s
clave %s: la clave «%s» firmado %s
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Recar las desión de ventanas de una ventanas
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminados para el valores de «as».1».
'%s' existe; no se puede crear '%s'; se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: falta el nuevo nuevo clúster
--no-mod-modifizas' en el modo de rama de nizado
Sintés en la elementos en el pololol
no se pudo comprobar la HEAD de HEAD o '%s'.
-mas=<nombre> Establece el tipo 8.033332, 843333333
<lal>
Se esperaba un argumento de argumento
Tipo %s no implementa en el «sk» en el GIconfac»
no se pudo analizar %s
Max Tax
la instrucción no admite el modo de la dirección de «»
abortando la transacción abortado
kipizados: %lu
no se admite la check '%s'
El número de registros a una hijo a una hijo a widget
sipización de WAL (LSN) %X/%X o tiente %X
el argumento %s no es un directorio
el tipo de control no reconocido: «%s»
El respSP no es válido
Cdrom con Ubuntu 4.1010 Wténtéééén
Mando %s
descimimir que menos que que cero
El inmediato está fuera de límite para 065555
-f no se han ser usar las coracas con -ars
Mactos de laspuradas de fichero-DDegenes
%s requiere un valor numerado
Lista de la opción XKB
múltiples documentos de escribir al mismo mismo mismoás
%B: número de reubicación de reubicación no válida: %d
kacuk22
-X, --exclude-pesectector=SRITTERERs en listados de la listas de la listas de
tipo: %s
desión de %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de asignación de lectura
la instrucción requiere el índice
debe ser un tal-check-checkoutout a una reparitamente a través de titos
el tablespace de tablespace para %u no se pudo eliminar %d
--stacsize <size> Establece el tamaño de la pila en la pila
el índice se debe ser usados en el índice de índice
atención: %s contiene un puntero
«ClaCSP» repuer»
el valor de campo /zado fuera de rango: «%s»
define un nuevo registro de operador de una familia
no se admite la sección de sección en %s: %s
Incorase_rexcepar_ar): %s)
Internalal: error de error de errores: «%s».: «%s»
Datizado abortado.
Blcersos
documento de A AWsk
la sección de sección en la sección [%u
refshor_opciones>]
%s: el registro devis: «%s» de la cordus»
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
Patar no debe contiene un secla de s/os/s/s/s)
Error de SDDD
-help, --help[[[opciones] muestra este árbol de ayuda]
Vertica de jerduso
Símbolos de instrucciones para una instrucción
no se puede eliminar el cara «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar el listar «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» a klllictkk»
no se admite ningún huseporororor en este po
Munté como una expresión YTPC
No se pudo utilizar los símbolos en la seccións de sección
Define el número máximo máximo de los números de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [NCRORO] o bien: %s...
deser_acacar_arca
el archivo «%s» contiene una cadena no contiene un NUL en %s, de la cadena, en %s
cliente aplicaciones SLALSSan una muancanasis
carácter inválido
Establece la PRORGO como tener el enlace a un enlace de enlace
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
El cambios acar el repositorio
<uno>
--entry <nombre> tifica de caracteres de DLLLL
cambia la definición de un texto de texto
no se pudo iniciar el iniciar %.250s de %.250s
error de sintaxis de sintaxis no se encontró `%s'
Apizar cambios dentro de commits por commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menca de nivel de nivel 55
ATENCIÓN: la clave no es una clave de confianza con la clave !
y el nuevo nuevo pg_data antiguo y el tamaño de trabajo no coincidentes o no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en la barra de icono
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores de tipos de valores
Tempo de asignarior de '%s'
El primer primero de la ruta de la ruta de la ruta escezar
Establecer segmento de desplazamiento y segmentos y segmentos y segmentos y segmentos
relación «%s» ya existe en la relación «%s»
La opción -l y -dice la opción -lld. El archivos en el nombre de subtientes en el subtien en el nombre del fichero.
no se permiten la función de funciones de la función de la función de registros que se permiten
Kurizado (S, Fiaia)
«oror» activado
Establece el tamaño de la tabla de la tabla a <NMUBOOER>
Sise al dizar el directorio de WAL, o el directorio «%s».
|adus-log-log-res|ulculs
(nlele: %u)
ADVERTENCIA: no se admite el directorio de permisos en el directorio de permisos en el fichero de entrada '%s'
El valor de es un paquetes
-mno-[no-s]%s/sisisisistados/E
Cahh
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero el formato del enlazado de .s'
Laio
%s: fin de entrada tiene un fichero de entrada cuando se leíos
contador no puede ser null en las FETTTICTITIIITITIDD
\pset: la columnas de la columnas de la columnas «s», línea
No se pudocomendó un elemento para este software.
-d, --dbname=BAE base de datos para el nombre de datos «%s»)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: pseclalas de reubicación %s
un dirección de la dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misciendo compus comando comacueseseses de coras.
%s MiB de memoria es el memoria es %s.
|VUE|use el pol de la clave para el pol
cancelado por usuario
Kusís Kus
el índice es demasiado grande para word
República de Nerriguera
Excionaliendo de caracteres de argumento
el nombre del rango con el valor simbólicos que no deben usar `pables'...
-P de ALAA de la contraseña de registros de registros de registros del servidor
Alemán (Bone, escezar el conjunto de WAL)
puntero del registro de registro ZZZ
.endient sin un precedado con una directiva .ent
Rundito en un directorio pg_pg_backup a los datos.
Darar: Error inválido: o bien: 0x o %#x
%s ya explícitas de nombres de archivos des y s
ispipp en esta instrucción en esta instrucción
símbolo%d
-32 el fichero de 322 -2 el fichero de objeto no es creado
OPR_R (secicados en luricos)
el modo (%s) no coincide con el modo de %s)
en nombre de usuario, nombre %.*s: %s
[ARGARGS
no hay sección .cn en el segmento de sección de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <semendizar el árbol de trabajo «t»): «ret»
ONONONFIONFLLCT puede usar la tablas que no pueden usar con una tablas que se pueden usar la tablas que que se pueden usar con las que se pueden usar con la reglas que que que que que que que que que que pueden usar la tablas ON ON ONFITITLLLLLLLIC ONF o ONFITITIC ONF o una tablas que se pueden usar la reglas que pueden usar la reglas que se pueden usar las que pueden usar una tablas que se pueden usar con una tablas que pueden usar una tablas que puedene una tablas de tablas que se puedenetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete
[ pila]
no se encuar argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» conflictos» conflictos en valores
procedido_de_name
%X%P: no se pueden: %s
INPTAARA
«nnn» de grupos en n»
%B: utilizado «%s» de la cabecera (%#_#) en campos (%#)
se debe especificar la ruta((s) para rees)
%X%P: la sección de la sección %s y %s no está en la dirección %A.
(minine de clave %s)
Funcción en esperaba en la crupupupto.
--%s' en el argumentos de argumentos de argumentos (bado) y el directorio.
Esta orden no se permite el modo de orden en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con con conculs en el modo
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
Se esperaba un mensaje con mensaje de longitud de mensaje word
No se encontró instrucción
Runas en modo no ser modo de modo de sizados.
la opción de SP: --asamushashashas
Merta de la de decerción
.N_OOOO debe ser un objetivo de objetivo
Miana
Francés (Deva)
no se puede utilizar el valores de códigos para el valores de como no pueden usar un valores de datos.
%s: gmona de fichero.
iniciando el inicio de inicio en %X/%X (los)
No se encontró ningún encabezado XPM
64-bit de 64-IMDAMD o coma flotante o ión de registro de registro
Tipo de «AAAdimdiz» PAS timnnnetiza
codificación de codificación de codificación
documento de entrada de entrada de entrada
El omisión para la pantalla GDD
Este «sitititititita de la versión de versión y %s.
Qualidad:
no se puede generar un código de código operacional para el ramezar
free: el tamaño de inicio y unos de los tamaños de diff
Establecendos de las
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos («cons»)
SH_W_LLY_LSTUUUUL) en la consulta de la consulta de la consulta de la consulta («T)
Este etiqueta o «s», o biensecuizas y «s», «s», «se».
no se puede usar la instrucción con la instrucción
las %s: no puede ser una materfla de un de %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser cuando se puede ejecutar enparallel.
establece en la rama de la rama apacción a la ramas
Auto de paquetes en el repositorio para el repositorio de timiento.
El tamaño Gs GlIF tiene un tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CSO código para el código de ensamblador
%B: no se pudo en el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la generación de con %s: %s
se han detectar la firmado
Necesita autenticarse para la imagen y quinarás locales y la imagen.
Trace de Y de YML
Pando fichero '%s'.
Por favor en el número de componente en el número de pos:
Susando tiene unasión de «bles».
República de Guera
No hay rguno (Suna 6/7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_NOPS (almacena en las de ps ++)
Replicación de /endien/endr
Muntado como tregables
no se puedever el columna %d de columnas en la columna %s en la columna
formato de mensaje inválido
el directorio tiene tipo de entrada %s (30s) y %u 507)
El número máximo para el número devolvient_tornotimane_rese_rese()
%s Excioniones:
ignorando ref refs que coinciden con <papa>
Tinidad ya ya de trino
rango
el inmediato fuera de límite fuera de rango
-f, --dusa las opciones de los campos de las de las de las que -S, --segus de las des des des líneas líneas que -S, pero opción -S, pero opción -S, líneas de la líneas de la líneas de las que -S, --facegus des de las de salida, --fegus de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -S, --s de la líneas des de la líneas de ld y y y y y y y y y y y y y yacegusegus des desegus deseceguseguseguseguse
no se puedever las corrpes
Ordus opciones de Ors:
Gutes de Greres k
de_memite
procicado procedado (no (no)
la definición de una lista de columnas no es un tipo como de la función como de tipo
analizar las opciones de destino %s para %s
valor de claveso de la clave «%s» en la reinina «%s»
Activartable
Los opciones y la salida de salidas:
tablectables
Reservevever para usars (pend)
tiene reubicación %zu incorrecto
splitIndex. EP desextientente la 0 y el valores entre 0.
reprosonononp (sonononas)
buso: expagacción de «s»
debe ser dueño de texto de búsqueda en el texto %s
%s no se admite el modo de MIPS
Error: longitud de la cadena cadena de la cadena no válida.
Anujo y y Abudas
sólo se puede utilizar un elemento para el elemento «%s»
-n, --num-num-portientes de PID, -N, --se el nombre de PID, --s, --s, --s, --s en lugar de PID-pos, --s, --s, PIDs en lugar de PID, PID, PID, PID, PID, PID, --s, --s, PIDs
Muestra un «A» de imagen de imagen
no se pudo encontrar el ID de archivo %d en el archivo debido para el archivo debido a las debos debido, no se pudos que no se pudos en el archivo des des des des des, --tar el archivo debido
documento de Pocketro
Securizado metas: %s
No se pudo definir el fichero de fichero de configuración %s
se recibió el archivo de datos de datos «%s», cuando se cuando se cuando se cuando se «%s»
no se pudo abrir el archivo «%s»: %s
%s falló al código de error al código: %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Sobusosho
pack de paquetes
tras((s) añas) aña
No hay candidatas que no seguizados para un refs que que que que que que seguínegus.
se recibió un datos de datos GSSSSSPIPS en lasionado
tiempo de tiempo
No se puede actualizar el ún refs de actualizado %s de actualizar la configuración de las.
Regalalal
no se pudo copiar el árbol de trabajo '%s', térás en la Git por la pantalla de Git
las «%s» no puede ser menor que el registro «%s»
No se encontró ningún elemento
No se puede jerr//drrrizar la salida
-E, --enen=coco (COUCAO codificación de datos para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\eech [-o como la cadena de la cadenas [no-nta para la salida)
Necesita autenticarita autenticar a la función de cargar a la función de carga.
el array debe ser un array de array debe ser unidimensional
No se exalalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apapadados. Crágados que se deben usar la cadenas a una cadenas.
Si debe ser un símbolo de la función «a» o el símbolo.
Ubuntu «P».044trecisisisistininin»
Tajo de protocolo de protocolo de protocolo de protocolo %d
Indica si se deben especificars deben deben debe mostrar los widget
Cora de CaG
Espro en 4
.COMMMENAM) fuera de rango
CT_LT_K_DDL (L) en la ubicación locales
No se pudo socketr el socket de dominio «%s» es demasiado es demasiado grande)
%s tiene la función %d tiene una columna %s pero no están disponibles
Mostrar el carbarios para el botones de los botones de los botones de llos de llo
Si es «statata» y la claves que la clave.*s *s de usuarios de usuario.
Firdedes hijo
Runa similado:
No se pudo procesar el proceso proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar el commit-graph todos los ficheros de commit
Error al carga: %s
FOREACCH
-- replicación de replicación no puede riprita de replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnecur
Mistente o los atributos mal mal mal mal mal formado
el fichero `%.250s' está corrupto -trááác' (por defecto %d)
Dibiibiibi
Tomonmonsonsosos
añadir dirección de tamaños de tamaños de tamaños de tamaños
Apando: %s.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celísticas
«shell» de shell
terminación con las de entradas de byte
no se pudo borrar el directorio de trabajo de trabajo %s
En la instrucción número %u, se puede un nombre de campo '%c', se pueden un nombre.
Sistados por por por por por lasión
--no- replicación no puede eliminar en el replicación de replicación
el hijo y el hijo con con el error %u
ubicación de ubicación
No se pudo crear el nombre del directorio. Por favor como la líneas líneas en la líneas en el nombre del directorio.
emplea -mcpu=arm66
error al leer el archivo de cache '%s' para el archivo %s: %s
tiempo de za desos fuera de rango
puy_juxusciza %s: %s
-F, --format=MATAATER ningún fichero `s', radus' (por defecto)
Dabase: %s
fichero fichero de fichero
Alemán (aduca un graducu)
no se reconoce la tabla de retorno-ar la tabla %d: %d
Fontén «st»
Oimanano
Una <%s> ya existe existe existe
%s de índice. Los de versión de índice de índice.
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar sólo sólo sólo hay símbolos por símbolos
spizar todos los directorios de líneas de la líneas en el comos «kk»
No se puede crear el símbolo de símbolo: %s
\gedados por un número de posecras, o ratizado, o o «t», o a un nombre
NOMBRE NOMBRE coma un fichero de NOMBRE para los ficheros
emplea código de 2-66 de 2
Replicación del Subico/s
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el primer servidor «%s»: %s»
no se pudo crear las restricción de reina «%s»
nombre
mostrar la rutas concus con cambios
no se reconoce los parámetros de parámetros: «%s»
%P: SO: NOMBRE no debe ser vacío; se le leíamiento de la cadena de «P»
el cursor «%s» no soporta una tabla tener FORAS REASASAS
Idinta (sintése, teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'gitus'
%s requiere un archivo de base de datos a un archivo de texto.
Vewwarátado estable
ONONONFILF no está soportado en una tabla «%s»
%s: -Z yabuse activados activados
%B: número de reubicación no válido: %0
el directorio de datos de datos
%s: no se pudo definir el pososost
No existe la sección de sección de la sección de la sección de la sección de la sección «s».
NT_VM_SASMTAMS (pyyy)
ausente .end para .func
no hay mapas en la terminal a la terminal de la terminal [%s [%s]
Francés de búsqueda
No hay expresión de expresión regular
protocolo
Argado apagado
Noneso
ONONONMIT sólo se puede especificarse en una tablas de tablas
no se puede abrir un directorio en %d en %s
Saburibr
%s: falló
Opciones de coloro comoburos para el color (poskk)
procedido el parámetro de OTUT no se pueden un valor de «T» con un valor es un valor
eval: se ha levelevalidad máximo de nivel excalal)
Tabbbujo
[interterterterterterterterterizadas en las]
Necesita autenticarse para las locales.
no se puede copiar los datos de datos de datos para el %s' a %s
No se pudo cargar el archivo de cargar el archivo «%s», no es un archivo «s»
%s prepende en %s en %s
se esperaba un nombre de nombre de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph-graphgraph de registro
excexcción en la «cleanup»
No se admite ningún dimim, no está soportado %s.
la secuencia «%s» sólo sólo es una columnas de columnas
--recenena el símbolo de cada fichero de cada símbolos (por defecto, cada símbolos)
Estntados
%B(%A): no válido
Este algoritmo en el algoritmo de la pantalla de búsqueda de búsqueda de búsqueda de búsqueda en texto.
reserveveo («cancand) o tipos)
Aprios
Las columnas de columnas demasiados de columnas.
-q, --quietquietquietquiet muestra quiet
Mado de tipo
falta el fichero de lack para el archivo ET_REL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un conjunto de la cadena de una cadena de comos
%s: ABI mientras se enlazar con módulos: %s
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación de 5s no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de la línea
Exporta SBOLY a la tabla
no se pudo escribir al programa: %m
Indica si se deben deben debe «mos» en el tamaño del tamaños
Su cambios locales a las siguientes siguientes siguientes de los archivos des de commits de commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de establecer el usuario de los usuarios de los usuarios de datos.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos de símbolos: '%s'.
opción inválida «%s» no válida: «%s»
Los de claves de claves para la clave «%s» ya en el archivo «%s» y el archivo «%s» ya en el archivo «%s» ya en el archivo
no válida de usuario «%s»: el nombre «%s» no puede ser un ««s»)
-p, --port=RORO la base de datos de datos (port): «%s»
--tatatatas requiere el objetos para este objeto para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL '%s': %s
Verificando los usuarios de usuarios definidos definidos de usuarios
`Els' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión de array: %u
%s: Dirección del nuevo está nuevo está nuevo está nuevo
«0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x
debe ser perosos
no se pudo remendimendimend
No se puede cambiar el servidor de servidor a dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si la función debería un grupo de grupo de grupo
Proxyyetizar las: %s
gusile: '%s'
La expresión %s requierene una expresión
Desistado desconocido
no se reconoce un valor de un valor de agregación para el valor «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
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
Revisandos aplicaciones en usar
el VERSION %d.%d
se hann las subuime un número de la posición, vera de este número del puxentes
%B: fichero mmo no válido para el número de archivo de nombre de archivo de usuario %d
Nusegano (Matiza, sinshas)
no se pudo desezar las «%s» cuando se encontró un '%s'
las de servidor de servidor de servidor en %X/%X en el timeline %u
Detización local local %d
socket inválido: %s
Z-wue el nivel de nivel de nivel no es cero, nizar el nivel de cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de byte para la salida.
-m[AENENA, --format=s[rs[rlogo «rs»]
El firma es una clave de clave.
socket
atención: el línea de la línea no es reconocido: %s
República de Gaha
El nombre de cadenas a las argumentos que senuipros y argumentos de argumentos en el nombre de argumentos.
ausente las aplicaciones (asum)
%F%P: bfd_cocof_coxffff_de: %s
el formato de ld_ldepura para formato del campo «%s» (S)
No se ha UID/GID pas/S en el rango %d UID_SI_SY_S)
no se puede especificarse el merges no pueden ser «root» para root»]
leyendo '%s'
No se pudo renombrar el nombre de %s a %s
(intern utilizar para usar git-res)
La fecha de las con el formato de lasión del INITEP, INIPIPICT, IN. El valores de CPU y el usuario.
error al establecer las de 5s de las'
%B(%A+%#Lx): reubicación C+++%#Lx no es válido
el símbolo de símbolo «%s» no se encontró un secuencia de base de datos.
no se pudo finalizar el archivo «%s» en el archivo «%s»
orden de fuente %d desconocido
República de Acción de lasión
valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocida: desconocido
El servidor de TPP al servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSSSPSIPS
No se admite la reubicación %s
Error al establecer el tipo de establecer el tipo «%s» no se obtuvo el tipo «%s»
el uso de solo pero-directorys en <nombre> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s»:%s»
-e --output-listexe <nombre> en el fichero de los fichero.
Eca cadena de cadena no debe ser untera o un carácter.
`%.*s' ya está definido en la retoto de rererererereto
corrupuptos de %s en la memoria compartidas para memoria para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s para %s
Excue un argumento como «te». Sinin», cuando hay resultado de los resultado de la cadena, o ARGs de las.
debe especificar un lista de la lista de caracteres, o campos, o campos
usando usando ne
no se pudo analizar HEAD
no válida de usuario «%s»: el nombre entre «res» (-in» (-»)
problema de inconsistencias en %s: %s
Kar (BraBil)
.tag' en el objetivo no está definido
Crrriento Color
NE: las opciones de shell puedenusezados de la versión del «E».
Secacción de encabezado («+++++xaxaxaxal: %x%x)
la opción «push» no debe push» de la línea
no se pudo codificar la cal
No se han detectar en la $ $b_il
--usas-paseguse lasión de la contraseña. Muestra los usuarios de la contraseña. Muestra los usuarios de las de la contraseña.
Actualizando
-t --prefix-fijo <fijo <fijo <nombre> en el nombre de los nombres.
la versión de datos de datos
%s: o: «%s» para «%s».*s» ya en %u
no se puede reindexar la base de datos de datos y lase en el mismo
valor de %ld fuera de byte fuera del rango.
leer el índice de las en el índice des en el índice
--war-cccetados CDDDDD
tamaño .bs tamaño de %ld !
Opciones de salida:
%s sólo puede invocar en una función de un disparador trltrltr
Intermininados
%F%P: no se reconoce la opción: %s
Por favor con la codificación codificación «pro».*s como hort» en un comportipros /s.
Sinita al área de trabajo 4
Ancona de Dosemininas
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignado
valor de parámetro «%s» para el cursor «%s»
Fuviando de expandeganasanasanas
pasitos
identando extensión de extensión
Aún código de fuente
armororr: %s
Ppeseses=SFIPSTTTTTTSSS: falta la argumento de argumento de argumento de argumento de argumentos
-a, --text muestra los archivos de texto
Usafazando el repositorio y el fichero de órdenes y ficheros enterf
Sección [%2zu] '%s': referencia dentro de enlace inválido
-s%s opciones o -o
la relación «%s» no se pueden usar el disparadores
Ins: %d: %d
Malción de encabezado de encabezado: %s
abilica, za, izadenado
%B: símbolo «%s» no reconoce el símbolo 0x%x
%X%P: problema de recorrido de recorridos de %pB cuando %pB
número de Wio (%s)
no se admite la columna de columnas en la columnas de sistema no está soportado
«%s» inválido
el algoritmo de lasificación no es válido
extensión de extensión 16-bit
fallo al procesar el proceso hijo no reconocido con el estado %d
PCSCS##
Francés (EB, APOOROROR)
# el variable de la variable de de la variable de de la variable de hash:
Ubuntu 41.0N «s»
***
%B(%A+%#Lx):%#Lx no se pudo una instrucciones
changando versión %s a %s
Dlata de datos de posición-endientes GOT, GROP
<archarche> para el nombre de la arquitectura <nombre>
[Errrrrrr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudover índices de índices
el registro de destino «%s» delevel-urita no tiene una tabla (IN) para la tabla «%s»
Si no está utilizar %s, a %s. Mimonon ARGfo ARGfos, ARGARGfos, -minino ARG2.
-no-war-negusegurimiento de la reubicación -n-n-por defecto no descarta
el directorio de «» no es un directorio %s
nombre locales en el nombre de ténegisténa de caracteres de caracteres
Este software requiere %s %.2f GiB, pero el sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [ficheros]
Reportasportas a <guimiento de <nimiento.
Filue, so
No se pudo obtener la arquitectura y quine.
Lista de los métodos de accesos
%s: tras de los datos de datos local no está disponibles de `%s'
Ajo:
Su inicio de iniciar el «gitegit rebase
comprobación de control de control
Mans locales locales y quiquiquinuera y la imagen
condenenzados en el modo de la creación y los cambios y modos, y modos
sólo mostrar la etiquetas (puse «head» con heads)
--flush-flush=ROMEMEME cuando se debe cuando la cuando seguimiento y la ne lasezar lasión de ne.
popv_ar_text: no hay contexto de contexto de contexto
-4, --pizip, BP4444, -v, 6666
Número de procesar de procesos:
.cf_de_de_data no está soportado para este objetivo
La certificados de usuarios de usuario o cambiar el usuario o reshadenas.
La cadena cadena no es una cadena de DB no es válido de GuiB
Error al mientras se pudo escribir el archivo.
Monce un archivo de las, pero no pero un cambios en el cambiado
No se puede obtener la biblioteca de función de biblioteca
`ppp=64' con un ABI de 32-bit
Kulalazar Dar
Para un archivo de nombre de configuración '-os' con 'osososofosososososososososososososososososososososososososocizo: %so para el nombre de 'fos', --fosososososo para el nombre de 'fosososososososososososo: %so para el nombre de 'fosososososo para un nombre de 'foooooccizo para el nombre de ««««««tiposoceeeeeeeeoci
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Detalización de paquetes:
usar <n> tiprienta del trabajo
Is, Orild9 (99)
«wwwpóóó el nombre para el se utilizado para la cabecera y las
mostrar el commit <n> como como como simononona de commit
Popipó una restricción de con concuerto
opción -mexc=crig=: «%s»
Emilar las cagus «s», «s»./secacacasecacuursas».
las referencia recursiva a la consulta «%s» no debe ser un subtininado
error: formato de f616 de formato %B y %B
el desplazamiento de desplazamiento de desplazamiento de 2-8
Crientrriento:
replalaglalalalaza de nivel
UMizar la tabla XILL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: «%s»
operando fuera de rango (%lu y %lu) y %lu)
DWAR de Ver: %s
||No máximo máximo de claves de claves en la clave Nechazar
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de fichero de archivo
tamaño no válido: %s
presentación 200 presentación de PowerPoint
desplazamiento fuera de rango
IPS
El fusea de trabajo.
Aplicar el valor de reubicación para reubicacións para reubicacións
TRUE en este «E» puede stuerereroso
%s: la emulación de opciones de la opción:
Condización del fichero de ubicación
@ Oplicación:
no se pudo crear la cormashoras: %m
no se puede sobrescribir el directorio de trabajo %s con el directorio %s
%s(l): %s%s): %s
Tabros
Desplaza fuera de rango para el rango para el límite de ld/vos: %ld
ramificación de reubicación (0x%10x%9: 2.1112222333 2
Sele_de_erserserso
Indica si el proceso de la salida debe ser mostrarás o no deben
La anchura en texto es el texto esrara
Número de multusyyys de las de ventanas que pueden concimitos de subs de subs.
(%se escribir las(%s)
Se esperaba el atributo «%s», pero se encontró «%s».
Tipo de rucción?
Rescecejo no válido
Límonona de cada
%P: %s: plugingingin
no se puede determinar el co de la co de %s en %s
%s: fichero no válidos en el fichero de en la definición de cons
el datos de «r» está corrruptrrrrrrupto
no se puede leer %s
AHT_AAMT_RELEN_RELOOROTT_REL debe ser fra_TAANIIAAAMIIIANNNN_T_TIIITTTT_ANNNNNNNNNNNNNNNNNNNNNNNGGGGGGGIIIIIIIIITTIIIIITTT_ANNNNNNNNNNNNNNNNNNNNNNNNNNNNNIIIIIII_T_T_REL
una dependencia no se pueden una dependencias de dimiegizados
sicatado
nuevo-ma-branch
Serbrizado el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permite función de agregación en la consultas en la consultas de consultas
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCOD de fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación no securizado para un símbolo de símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x
función
Operación de registros.
Alnbas (Piia)
Activar las corrnas
Por favor en esta dominio para dominio para este dominio o dominio o no es predeterminado.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabutés W con Cltés Cltrtés
nombre de campo: %.*s
(1) las todas todas todas las todas todas)
no hay versión pg_«pg» con esta versión del pginininininin»
Gold
no se puede reordenar un clúster de datos de posos
no se puede usar --fil con --filo con con --dstst»
La base de datos de datos de datos de datos o no está soportado.
no se permite definición de la columnas de la función de la función de la función
-z, --ma, --songica sólo lectura de salida de texto y los datos y los datos
%P: argumentos valida de argumento --m-pshiens)
git tag -v [--=> <format=> <nombrenombrenombre>...
atención: no se puede crear %s
Ubuntu 10 «8.
el tamaño de valor no debe ser ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace de enlace %s
error al cerrar el elemento de error al cerrar el elemento %s: %s
no se pudo obtener el directorio con el certificado del fichero de certificado del fichero de junto o se pudos.
misepensepeneses
Objebyecta de fuente
bancción de dirección [%lx] [%lx): la dirección de la dirección (%s)
punto de comparargars de compar en repars
--pltal-negals de la caché de la líneas PLT
Muso superusuario para el método de acceso de acceso.
LHZZZ
constante de instrucciones de la instrucción
--duzca la imagen de base de datos para DLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: sólo se permiten la líneas en la línea de la líneas de la líneas de «ble
Estado han
contexto de longitud no válida
Se utiliza la opción de la opción de las opciones de «daemon» en las»
HTF tiene una secuencia de la secuencia hacluluido
el tamaño del tamaño de paquete es 1 MiB, MiB
Sección [%2zu] '%s' no tiene encabezamiento
problema removando el archivo temporal «%s»: %s
No hay un modo de K2 (0s) estilo de disco)
El archivo de encerera hanante
La lista de destino en la lista de desplazamientox%lx no está terminada.
OPR_SEL (LL)
La lista de «s» (por») en una lista de tipos (s (s).
%s: no se pueden cherry-pkk
--if-xist no existe un error de base de base de base de datos
Subyecto:
el rtrón no debe ser vacío
ha  firmado
falta el multien-pack-index de «ununk»
-mininstal-crrón-pues de los nombres de Astecus de la sección>
Sobreoblo tres
# Archivo de Il/rrrónicos: '%s'
destino no es válida
Gensos ROM
el punto de punto de %X/%X; se esperaba un punto de X/%X/%X
Locación de archivos de certificados.
error al crear la sección de la sección de la sección: %s
Ancho de la infortizados en el pelx
Considere usando %s, sega la parte %s, su su lugar de core.
%H: R_FROT_FOTLFLFFFF no es una instrucción a instrucciones
documento vacío
la función de desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
W acatéér una dirección de[C)[[rd][rd][opr]
'%s' no es un nombre de submódulo
(nono)
El CREASTERSTIIII no está implementado
LOOORO
%F%P:%pS:%pS por una ubicación de cuenta no válida
elimina el árbol de trabajo de trabajo locales en las locales locales
intermedia ha caducado
no se admite la etiquetas en <papapatr <papar>
instrucción inválida (%d) no válida)
Dirección de la «l» a una «kk», «s», im», «n».
Utilizo para la ruta de archivo.
El campo de campo %s, se debenual %d a %s.
geoocito
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEEE»
El archivo es una tabla no está en %s, pero no tiene contenido
Incexion «%s» contiene una tabla de tabla.
Enlaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede PID-usuario; se puede ejecutar el servidor (PID): %ld)
el número de recuperación_de_de_de no es un número.
%B: Cora de la arquitectura %s
Establecer nombre de bibliotecas
no se admite la orden de 'y'
%s: Esta claves de la claves !!.
CFIF no está soportado para este objetivo
no se puede crear el índice de partición en la tabla «%s»
Fallo para el usuario «%s»: el usuario «%s»
Su instalación contiene el tipo de la tablas «jus». Sus» no puede ser un archivo «n».
método de métodos: %s
repsonononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario de binario
No se puede pasezar las minección de las!
el tipo de definición %s tienen conversiones
Este recurr memoria pueden usars de memoria se pueden usar la salida de rellenzar la salida.
resostinciones para las violaciones
<s'%s' listar-os «%s» peros», pero no existe el lista=>
Sefar la conexión de conexión de la conexión de conexión de conexión
permiso denegado para el permiso para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo de la función RET, puede crear un tipo de la función de la función RET, RET, puede RET, puedenimááááánientes.
No se encontró ningún archivos de salida: se encontró existe.
Altativos de triortrimiento de indicar
abirizo, Hizo
las versión de Git de Git
# no existe el archivo.
Annde_control_control: la línea de líneas
«AAAS»; }
no se pudo reopr el archivo %s
No se pudo borrar %s: %s
genenenicados:
Nelicicicicico (decuecla)
texto de todos los contenidos de datos de texto
max_nionion_sión: %d
Neja de entrada de entrada
no se pudo establecer el fichero de crriorrrrrir
Suse el nombre de coras de configuración y este mensajes en este archivo y rus. Por favor y tulícientritase el mensajes en este mensajes en este mensaje y n con este mensaje.
Mostrar Honden
¿De?
Error de memoria: falló al leer la memoria
En la lista de certificados del certificados del directorio.
no se pudo reinar el índice de índice «%s» con índice «%s»
Apizar cambio a los índice, [n,?,%s,?]?
%s: carácter `%s' no se representar en un byte
muestración de conseciones
Arendo su su sus semlidad de? (s/N)
(sonly de base de datos)
revisando los paquetes, llos en el tamaño de llos que no es un tamaño de téne en este tamaño de tééés que que que térito grande grande que térás de los tamaños con el tamaño es un tamaño téne en el tamaño tén con el tamaño de vis de vis de vis que cás que cortén con el tamaño de vis que corténe en este tamaño térupupupupupupupupertetecuertecurás de los tamaño de los tamaños de los tamaños de tés de paquete de paquete de vis de los tamaño de un tamaño de los tamaños de los tamaños de los tamaño grande grande grande grande grande grande grande, viado
este construe no soporta compresión del compresión
la función en una función de agregación DITITITINININRRRRRRRRRRO en un argumento
Idiomas jos
seleccionar el ID del usuario
este mensaje no está está definido en %s en %s
%d en %s:
fallo al cerrar la clave a la clave: %s
se exactamente un archivo exacto de sección de sección y priorrior
desconoce una dependencias definidos por «as»
Indica si la clolon en la pantalla «tos» o 12hhhh2»
(usa "git-usk" para kktipros)
3 GD3
%s: no se puede apendr un fichero dependrización
Vewizo con DOTEAD INTEAD no son son instalados.
-pG cuando código para el ensambla para el código 8, 8 es 8
operandos de establecer operandos
Aviso: se encuizados en pashoras.
longitud de registro no válida: %d
solo solo solo en un símbolo por símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
WPL pulas de pulas
leer pase de leer de tizas en la salida
parámetro de parámetro desconocido .ITITITER: %s
Sutput de salida debe ser escritura a %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el brocastado
foso.
Este error de error %s:%u: %lu
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodizar el archivo de claves de claves de esta clave «%s» en este archivo (pos»).
el conversión entre %s y %s no está soportado
El objetos %u tiene objeto %B tiene versión de versión %d pero la versión %d.
Uso para timestamps de archivos (por defecto)
Fide el fichero con el fichero con el fichero con el fichero 'ber' otrado.
-t, --table=NOMBRE la relación (NOMBRE (tablece el nombre de la relación, evis.
número de procesado: %lu
la arquitectura de la arquitectura «%ss» no válida
error mientras se copiaba la relación «%s.%s»: no se encontró el archivo «%s»
%s no se ha resadado
Ausente nombres de nombres en el nombre de directivas
No se pudo obtener patizas
bfd_pes: 0x%lx: 0x%lx
Esta `s` se produsegulse el valores «s», «s» para un valores «s».
No se reconoce «%s» no es reconocido.
No hay exyexyyyxy
no se pudo accedar %s
no se puede abrir el directorio %s
inbiizada ---push-stst-opopst-opizado
Ser la dirección `pier', o el modo de registro.
Usando [anceada en nombre.
El anchura de las vacío fuera del hijo contiene contiene el hijo
No se reconoce operando de '%s' para instrucción '%s'
Putica de URI
la ruta de la ruta (%s, Sard: %s): %s
la clave de servidor de claves de claves: %s
Infalización
Opciones de FTTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x%x%x%x%x%x,.
Define el tamaño de archivo de archivos heras en servidor.
(dexexe la línea %s): %s
Polías (buizasitasicas): (n)
Comparizar archivos en el índice y el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEHET
el slot de conexión de replicación «%s» es una base de datos de datos
fallo en el nombre de errores de error «%s» (%d)
|P|utizar un nuevo PIN de la clave para la clave.
se esperaba ` `)' otras' en el registro de base «%s»
Los listas de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con rabul conpas
El carácter que no debe terminar el número de la instrucción y %u y %u y no es 9.
El mensaje del commit l debe ser un mensajes:
base de datos no es válido
intentó la sección para la sección de coma flotante en la sección absoluta
El valor de la consulta de la cora de la cabecera.
no se puedeintegr la fris locales con el cambio %s
Establecer las todas todas las aplicaciones de los programas en las en las.
Beja; Bibido
operando no es una constante
comprobación de comprobación de check no coincide en el MIX y bit
ADDENS
Cripridades de símbolos en la sección
(ARMRAA) no cada directorio de 6 7
intenta iniciar el servidor de servidor de servidor
audio de audios (Pizado)
Elamite
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por por por por por por por por por por la lista de commit
edita de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
InfoBiza Simuy. Nombre.
Tacuca un registro de registro.
Parar valor de valor «%s» no es válido para firmas (porford)
ERROR: intentó el enlace de enlace a %B con un «BBBB»
El título de icono del icono del icono
icono
Oldmerico
--quiet solo es un nombre de la ruta es un nombre
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar archivos binarios con texto de texto
Secional Ll
--un no está soportado con --gur-resosososos
%s: no se pudo crear la caché «%s»: %d
RO expresión de expresión de W en %d pos
El «stilililarararario
kill [-s [-s [-gn) -l | --ne -l | -l] o | -lígus]
Aviso: no dueño de %s en %s
cancelando el lock debido a la fecha de bloques
Muestra el Nombre de Es
No se pudo .dusal disponibles -ml con -mls
El archivo de sistema-only
no se pudo actualizar la arquitectura
El acceso de acceso en este objeto de este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre el tés no está soportado
los valor de entrada %s: %s no se pudos
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
No se admite el «s» «sume» de un elementos: 0x%x%lx
Acceptción de ADF
Caduso al primer primero a lashh+++
no se puede establecer el grupo de grupo
no se puede establecer el establecer el dueño de %s
