No se debe ser el botones de los botones en el pres
Indusecusos de sos
no se pudo crear el archivo '%s'
El dominio de dominio para el dominio o NULLLL, dominio
%s no se puede ser aplicado a una función
ignorado
problema de resando '%s' a '%s': %s
-n, --all, --verbose muestra los sos de las de las de las de tientes de las de lasos de las de las de lasos de las de lasos de las, --s, --pos de t, --s, --pos, --s, --pos de t, --s, --pos de s de nececececececuententententes de las, --s de las de las de lasos de las, --verbose
no se puede usar la expresión de la expresión de la expresión
Dasisas de «segas»
El archivo de archivos de «s»
(aseacuacua)
Extizas de evens
el carácter `%c' inesperado en el tipo de tipo de tipo de tipo de tipo
Error al leer el fichero de fichero de %s: %s
el proceso de trabajo
válido de datos de KAAAAA
%B: %#Lx: aviso: no se pudo de sección
no se puede crear el archivo %s
WRRR
Error al parámetro de parámetro %s: %s
no se pudo refar '%s' para '%s' de '%s'
Monas de Kimimins
datos %s
No se puede diizo
clase de la clase no válido
Por favor seleccionar la clave de claves:
--trace la rama de la rama
Establecer el número de las en el nuevo clúster
SEE, República de SSS, República de Sos
Indica si la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Casacucusas de la claves de la claves (pos)
La secuencia de la secuencia de tizar el servidor del servidor
Cdrom con Ubuntu 9.
Taso
la opción -C no se pueden utilizar las de las opciones de «ssssecetttización
Mo renombrar un fichero de un directorio, o un directorio o un directorio
Naxetiza de la dirección de la dirección
No se pudo naso Z
El número del número de la cacus de la cas de la cacas.
Vizarse
El formato de tizados de «s», -msecusetttizar el nombre de los nombres, -t, -t, -t, -t, -t, -t, -tizar el nombre de los nombres de las de las de las de las de las de las de tizados de las de «s de «s de las de las de las de las de «setizados de «s de «s de «s de las de las de las de «s de tizadosetizatizatizados de las de «s de «s de «setizacusecusecus
el archivo de «comprimido», pero no está soportado
Crols y pids de laseas de la bases de las
línea no válidos de la línea %s
No se pudo crear las de las de las de «--»
Timiza de :
salida en la salida de la salida en la salida de IND
Sección [%2d] '%s': hash de lasión de las de «seaseeeguso de índice de índice %zu
No se permite el carácter de 'c' en un valor de «s» en el valores
destino
Nombre de alias de alias
core y no se puedenn «se» de 32 bits de 32s.
so: se admite el tuuso no tiene un turizado
No se admite el árbol de trabajo de trabajo.
Francés (Siza de la claves, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de sección de sección .ST_ST_FFFFFFFFFF
el tipo de tipos no pueden ser rrizado
inicio_pizo: pg_prizado
no se pudo encontrar el primer primer primer primer registro GST
Tipo de «S»: --acacacacecatsecettiza de «SSSS
leer el archivo de ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se han usar el «enen» en el «se»
Modo de empleo: %s [opciones] [d)](s)]
la opción '%c' requiere una opción positivo
No se reconoce IN_TTTTTT_FFFF
No se permite una definición de la definición de símbolos en el archivo des de «sosososos de ficheros de «s de «sosososos de «sososososeceeeeeeececeeeeeececececus de los ficheros
opción --no-set-set-secusecus, --no-in-in-in-in-in-in-in-in-insesesetizasesetiiiizasesecusecusesecusesetizas, --s, --no-in-in-in-in-in-in-insesecusesetizasosecusesesecus de la opción --no-in-setizasosetizasosetiiizas de la opción --no-inininininsesetizasosecuseset
clave %s: «%s»
la versión de versión %d
Se especificó un protocolo de protocolo
Francés (alal).
Recasecita de la ventanas de una ventanas
-a, --all muestra los datos de bases de datos
<string: %ld: %ld
El valores de «seaseaseasece» para el valor de las de tiza de rango.
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
La cabecera de la cabecera de la cabecera:
--no-in-in-in-in-in-setizados en el modo de tizado
Selece el elementos en el elemento de talalal
no se pudo analalalizar '%s'.
-mamas=8> Establece el tipo de 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 88, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8433333333333333333333333333333333333333333333333333
<ino>
Se esperaba un argumento
Tipo %s no está implementa de las de «seeeceeeeeeececas
no se pudo analizar %s
Taca de x
la instrucción no es un modo de la dirección
abortando la transacción actual
sipizados: %lu
no se admite el directorio de '%s'
El número de registro de registros para un widget
tizar la ubicación de WAL de WAL (XX/%X/%X/%X/%X)
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
El resos de reso no es válidos
Cdrom con Ubuntu 104.
Marando %s
dicuriminas que a cero
El inmediato está fuera de rango a 0555
-fat no se pueden utilizado con -s
Macusasasecurizados de archivos
%s requiere un valor
Lista de la opción XKBB
se puede escribir el registro de registro de registros de registros
%B: número de reubicación no válida: %d
Cacusasasas
-X, --exclude-pororrrrse la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista
tipo: %s
diversión de %s de %s a %s
%s clave %s de la clave %s de hash (%zu (%zu)
abortando el abortado de lectura
instrucciones de índices
debe ser un tizar un resos de «pose»
no se pudo crear el tablespace %u no se pudo ser eliminado
--sece <size> Establece el tamaño de la pila en el tamaño de pila
no se deben usar el índice de índice en el modo de índice
aviso: %s contiene un puntero
usando «C» de '%s' de '%s'
el valor de campo «%s» está fuera de rango: «%s»
define un nuevo nuevo operador de operador de operador
no se admite la sección de sección %s: %s
Incacasecusecuse (posecusecuseaseasecusecusoseaseasecasecaseeecusecuseecuseeecuseecasecuse (posecusececeeeecusecececeeeeeeceeeeeeeeeeeeeecusecusececcacasecasecacacacasecasecacasecuecueeeeeeeceeeeecusecec
Interso: error de error de «pos»: «%s».
Datizado de abortado.
Busecuse
documento de Aporas
sección de sección de la sección de sección de grupo [%u]
ref_rerererereres
%s: las: el registro de las de lasión de las de lasión %s: %s: %s
Vero: %s
Vietizas
no se puede abrir el nombre %s para %s
la clase de operador «%s» no es un tipo %s
No se deben ser un so de sosos de s/sos)
Error de laso de laseco
-?, --help=opciones]] muestra los ayudas, muestra las
Vusastica de juso
Símbolos de instrucciones para instrucciones
no se puede borrar el «se» de «%s»
la función «%s» debe ser «s»
Sapusetiza de instrucciones de instrucciones
no se pudo analizar la lista RIIIA
la opción de la opción de '%s':
Colasasasas de ticos de ticos
no se admite el husegus en este po
Moce un YRRTTAAAAAAAA
No se admite la sección de símbolos en la seccións de la sección
Establece el número máximo máxima de mula de trabajo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN] [OPCIÓN] [OPCIÓN] [OPCIÓN]
delimit_recacacaca
el archivo «%s» no contiene una cadena de la cadena de la cadena %s, en la cadena %s
el cliente no es un cliente un cliente un cliente
carácter no válido
Establece el enlace de PRRRRRRRRRO para el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocida
(fixe «s» y «ser»)
redo no es válido
No se pudo de «P)
no se pueden usar un argumento de argumento de argumentos de argumento %d
%s requiere un parámetro
No se pudo una sección de la sección de la sección de la sección de la sección de la sección
Fización de tablas:
Actualizar (Puuseea, NLLL)
El cambios para el repositorio
<nombre>
--entry <nombre> ttizar la entrada de la entrada DLLL
cambia la definición de búsqueda de búsqueda de texto
no se pudo iniciar el iniciar el inicio de «s»
error de sintaxis de sintaxis de la «s' inesperado
Apizar el commits de commits de commits en el commits
Las valores de «ene» y «%d».
no se encontró entradas
tamaño de objetos
Musoso de 55 5
ADVERTENCIA: la clave de clave de clave no es válida
el tamaño de pg_data y el tamaño de la relación de la relación de la relación no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario de usuario «%s» no existe
no se puede cambiar el tipo de datos de parámetro de parámetro de parámetro
Tecora de resoso de '%s' de '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento de las de lasión de segmentos de segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -ls y -dus de la opción -diza el nombre de la opción.
la función de la función de la función de la función no está permitidos
Kurizado (S)
compresión de compresión
Establece el tamaño de la tabla de la tabla de la tablas de la tablas>
Ise quierase el directorio de WAL para el directorio «%s», o «s».
|adusecus-cusecus
(sece: %u)
A ADVERTENCIA: no sega el directorio '%s' en el directorio en el directorio '%s'
el paquete de paquete de paquetes
-m[no-%s] %s
Cata
Actualizar la fechas de acceso ya de «s»
el mensaje de las de pusoso no tiene un pos de lasosos
La contraseña
%s: el fichero de entrada de entrada de entrada de entrada
el número de registro no puede ser ser «CCCCCCCIIIIIIIIIII
\pset: se permite una línea de la líneas de la líneas de la líneas de la líneas
No se admite el elemento de software para este elemento.
-d, --dbname=BBBBB para la base de datos: «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclas de reubicación %s
no se admite la dirección de la dirección de la dirección
El probo es un YYY.
la codificación «%s» no existe para la codificación «%s»
Masecusecuus de «seaseaseeeecus.
%s Miza de memoria es demasiados.
|VL|EEEEAAAAAAAE para la clave de clave
cancelado por el usuario
Kusasos
el índice es demasiado grande
República de No
Exce el argumento de argumento de argumento
el nombre de límite de límite de rango no debe ser «pose».
-P de la contraseña de la contraseña de registros de registros de servidor
Alemán (B), tizar el registro de registro de registro de registros)
se requiere un registro de registro de registro de registros
.endiz con la directiva .cecece
Recita de pg_buse pg_de un directorio de datos.
No se pudo crear el valor de duso: %d.
%s y nombres de nombres de nombres de nombres de archivos de tus
sipizando fifijos en esta instrucción
símbolo%d
-333 - - - - - - - descarta el fichero objetos
OPP_RRO en lasión de tés)
el modo (%s) no coincide con el modo %s)
el nombre de nombre de nombre: %s.*s
[ARGS]
no hay la sección de sección de sección en el segmento de la sección
El valores de «seee» para el parámetro
Se requiere el sistema de establecer el sistema.
compresión de compresión «%s» desconocida
compendimimar <nombre> en el árbol de trabajo de trabajo de trabajo)
no se puede utilizar la tabla de ONIIITTTTTTT o UPDATE o no se pueden usar con una tablas
[ pila]
no se admite el argumento «%s» para el cursor «%s»
Operación de como %s en el símbolo %s
la columna «%s» de la columnas de «s»
procuce_rerereso
%X%P: no se pudo: %s
la entrada de entrada de entrada de entrada de entrada de entrada
no se pueden nnns de grupos de grupos en las
%B: no se ha usar el campo de campo de campos (%s)
debe especificar la rutas de rutas)
%X%P: la sección de sección de la sección %s y %s no en la sección %s.
(mama de clave %s)
Fección de trrrups en las.
--%s de argumentos de argumentos de argumentos de argumentos.
Esta la orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de llicas en el modo
la base de datos a la base de datos «%s»
-h, --hhororora de salida de salida de salida
no se admite el mensaje de word con el mensaje word
No se encontró instrucción
No hay modo de modo de modo de modo de modo de modo de «s».
la opción de SP: --pamusos de lasecusos
Meca de las
.N_de_OOOOOO que que el objetivo
Manaso
Francés (Dora)
el valor de la codificación no se pueden usar el valor de codificación para el valor de codificación de codificación.
%s: el archivo de «ms».
iniciando el punto de WAL en %X (X/%X)
No se encontró una cabecera
se esperaba un registro de 64-bit
Tipo de AAAAAAAAA
codificación de codificación desconocida
documento de entrada de entrada de entrada
El programa para GDDDD
Este la versión de la versión de la versión de la versión de la versión de la versión %s.
Quito:
no se puede generar el código de código operacional para el punto de ramiza
freso: el tamaño del tamaño del tamaño de diff de diffs
Muestrandos
Operación de reubicación %s
Tipo de argumento
No se pudo leer el socket de datos: %s
establecer el «s» (cons)
SW_OOOLLLLLLLLLL en el resultado de la consulta de la consulta de la consulta
Esta etiquetas de nombres de nombres de las de las de las de las.
no se puede usar la instrucción
no se puede ser %s: no se puede ser un so de %s: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser «d» en el «s».
establece la rama de la rama a la rama de la rama
El repositorio de pack en el repositorio.
El tamaño de la imagen GIIIIIF
el tamaño máximo de datos %s para la base de datos %s
%s no existe
-CCCRRO código para el código de objetivo SCCCCCCC
%B: no se pudo crear el tamaño de memoria para el tamaño de memoria para la %#Lx
No se pudo crear las: %s
se puede escribir el directorio de trabajo
Necita autenticarita de las de la imagen de la imagen de la imagens de la imagens.
Tracas de YLLLLLLL
El archivo de '%s'.
Por favor en el número de componente para el número de componente:
Susando no tiene un double.
República de Gaca
No hay «seeeeee» (7)
definición de mensajes
Busos paquetes
STC_NP_P_PS (POOOOOOOOOO)
Replicación de riprrizados
Motiza un tizados
no se pueden nnnnn tizar la columna %s en la columna %s
formato de mensaje no válido
el directorio de control tienen de las de las (00007)
El número máximo máximo de «seeceecececeeeece__de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_sececececececececececececececusecececececececececececececececececeeeecececeececececececececececececececececececececececececececececeeeeececece
%s Exx:
ignorar refs con <fichero>
Tininas de rriiiza
rango
3-bit fuera de rango
-f, --fijos=SAAAAAAAAAAA, --segus de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de las de la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la líneas de las de las de la líneas de las de las de las de la líneas de las de la líneas de las de la líneas de las de la líneas de la líneas de las de las de las de la líneas de las de las de las de las de las de las de las de las de las
no se puedenn rrrsar el directorio
Opciones de la opción:
Gusatizados
de_emito
nombre de procicados (no)
la definición de la lista de la lista de la función de la función de la función de tipo de tipos
no se pudo aniz_debus en %s para %s
el valor de clave de clave de «s» no válido «%s»
Activar
Inpucus de salida y la opción:
stabletables
Resaduso para usar (s)
reubicación %zu tiene una reubicación %zu
el valor de nexececus de «PIC».
resconos de resos (secasecas)
buso: seña de «sacusasegas
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en el modo de modo 6
Error: la cadena de la cadena no válido.
Anusacus y nuso
solo un elemento para el elemento «%s»
-n, --sosecus de la salida de PID, --s, --set, --port, --s, --port, --set, --set, --set, --set, --set, PID, --set, --set, --set, --set, --set, --port, --set, --set, --set, --port, --set, --set, --set, --set, --set, --set, --set, --port, --set, --set, --set, PID-set, --set, --set, --secuset, --s
imagen de la imagen de la imagen de la imagen de la imagen de la imagen
no se pudo encontrar el archivo %d en el archivo de entrada de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entradas de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de las de las de entrada de entradas de entradas de entradas de entradas de entrada de entrada de las de las de las de entrada de las de las de las de las de las
documento de Pooocuso
Securó el archivo de mus: %s
No se pudo el archivo de «s» de %s
el archivo de datos para el archivo «%s», cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error %d
%s: el campo para el campo «%s» no debe ser demasiado grande
Susos de nosos
firmas de packs de paquetes
trasililos) a as)
No se hann «segusecusegus de «secusetizados.
se han recibir los datos de datos de datos de datos GSSSSSS
temamamas
No se pudo actualizar el ref de las de tiza de las de las de tiza de las.
República
el árbol de trabajo de trabajo de trabajo '%s', tizas' en el tizar el tiza de trabajo
«%s» no puede ser «s»
No se encontró ningún no encontrado
No se puede verifizar el archivo de «s»
-E, --den=CCCOOOAARRRO para la base de la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo [-os] [-o de la salida de la cadenas de la salida (s)
Nececeece para la cargación de cargarizar la cargar a la cargar.
el array de array debe ser un array
No se hanecuso
Kasids
no se admite la entrada de entrada de entrada de entrada no está soportado
No se debe ser la cadenas de las. Estados de la cadenas de la cadenas de cadenas de cadenas de las de la cadenas de cadenas.
Si se debe ser un símbolo de la función de la función de la función.
Ubuntu 6.0666.
Se encontró la versión de protocolo de la versión de la versión de la versión %d.
Indica si se debe ser el widget de widget en el widget
Cacase
Euté en 44
.MMa de rango (%lu) fuera de rango
CTT_SSSTTTAAA) en la ubicación
No hay socket de la ruta de la ruta «%s» es demasiado grande)
%s tiene la función %d no está disponible
Mostrar un botones para el botones de los botones de las de los botones de las de tibos
Si es un nombre de la clave de la claves de la claves.*s de usuario *s.
Ferera de procesos
Ramilo de orden:
No se pudo final de proceso
No se puede leer %s (%s)
No hay tilo.
se hanegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commit-graphs
Error al cargar el icono: %s
ECCCCCCC
-- slot de replicación de replicación en el slot de replicación
La etiqueta no válida en el índice de la orden de la orden
Quizar el Quecuizado (s).
Xnuna
Mizas de dusos de atributos de atributos
el archivo de `%.250s' es un carácter de riza de rizado %d)
Dibibo
Tamasasasas
añadir el tamaño de la dirección de la dirección de la dirección de bit
Apizando: %s
Gusecuseas de pg_res:
*** *** ***
el destino no admite la opción de la opción de la opción de la opción
Celasticas
satés de shell
terminar la entrada de entrada de byte
no se pudo crear el directorio de trabajo de búsqueda %s
Este el número de la directiva %u, no se puede «c'.
Susegados
--no-de-ros de replicación en el slot de replicación
el hijo ya de salida con %u
ubicación
No se pudo cambiar el nombre de la línea de la línea de la líneas en el directorio.
emplea -mcpu=666
error en el archivo de la caché «%s»: %s
iza de rangos de rango
no se pudo definir lase_cuso: %s
-F, --format=F' para el fichero de `s', «s', «s', tusecusecuse», --s', --secusecusecuececusecuecececececececececusecececececusecececusecececececececececececececececececececececececuecuecececurrr, --format=', --format=', --format=', --format=', --format=', --help', --format=
Dacas: %s
el archivo de fichero de archivo
Alemán (acacusecucus)
tabla de tabla no reconocido: %d
Fintiza de tizado
Ralimimano
A%s> no se ha especificar el «eneeee»
%s: la versión de la versión de la versión de la versión %u.
La clave cuando es un como cuando es un comos
Modo: %s......
Mostrar los símbolos de símbolos de símbolos
«sipizas» y la líneas de la líneas
No se puede hacer stat de símbolos: %s
\go no es un número de un número de un nombre de un nombre de rabo, o un número de tibos, o un número de un número de tibo de «s, o un número de un número de racecececececus, o un número de un número de un número de un número de un número de un número de un número de un número de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un número de «cego de «co de un número de «co de un número de un número de «ceco de racecececo de racecego de un número de un número de un número de un número de racececececececc
NOMBRE NOMBRE como un archivo de dueño para el archivos
código de 6666-bit
Replicación de /sibuso
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» en el servidor «%s»: %s
no se pudo crear el sininin «%s»
nombre de nombre
mostrar rutas con la rutas de rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no se debe ser una cadena de la cadena de la cadena de la cadena
el cursor «%s» no es una tabla de la tabla de la tabla «%s» para la tabla «%s»
Isee (secinininas.
no se pudo eliminar 'git 'git'
%s es un archivo de base de datos de datos o un archivo.
No se puede establecer el cuando se pudo
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -s requiere un «EE» de «serererer»
%B: número de reubicación de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo crear el posos de «sos»
No hay la sección de la sección de la sección de la sección de «s».
NT_V_SSSSTTTTTTTTT)
ausente .end para .funcional
no se pueden en la terminal de la terminal de la terminal %s [%s]
Y
No hay expresión de expresión de expresión
protocolo
Asegados
No
no se pueden utilizar la tablas de la tablas de tablas de tablas de tablas en la tablas de tablas
no se puede abrir un bfd en %d
Caduriza
%s: falló
Cosocurruse un color de Gosos)
no se puede procuse el parámetro de parámetro de parámetro de «T» con un valores
eval: el nivel máximo de «seecececececececececados)
Tabuso
[inminininininininico en las]
Necita autenticarita de las en el registro de las.
no se puede copiar los datos de datos de `%.255s': %s
No se pudo cargar el archivo «%s»: %s
%s prependipenda %s en %s
se esperaba un nombre de nombre «%s»
la entrada de la entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph de registro de registros
dura excección de «s»
No se admite el simimizas, no está soportado %s.
la secuencia «%s» sólo se admite la columnas de la columnas
--dedecusece el cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada símbolos de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada
Indica si
%B(%A): tabla no válido
Este el algoritmo de búsqueda de búsqueda en las de búsqueda de búsqueda de búsqueda.
resecuso (seceeceececanos)
Aplicación de laso
La columnas de la columnas de la columnas de la columnas.
-q, --verbose muestra la salida
Tipo de tipo de tipo
falta el archivo del archivo de CT_RELT_REL
la base de datos de datos de datos de la conexión es una conexión
nombre no válida en la ruta de la ruta no válida: %s
Cal: %s.
no se permite un registro de lista de registro de registros
%s: aviso: falló al obtener el contexto del contexto de contexto de %s: %s
Para un color de la cadena de la cadenas
%s: no se pudo crear el enlace %s: %s
Indica si el contenido de las de texto existe
no se admite el Kizarcus de «s» no soportado
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la líneas de la línea
Exporta SLLLLLL a tablas de símbolos
no se pudo escribir el programa: %m
Indica si el tamaño de las de negosegos
Las cambios locales a las siguientes siguientes de las de las de «secusecuseeecus de la ramas.
No hay seleccionar '%s' para '%s'
No se pudo crear el directorio de datos de datos de «s».
chanusa de permisos de %s
no se pudo crear el proceso del proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
«seee»: «%s»
La claves de clave para la clave «%s» no está «s» en el archivo «%s» en el archivo «%s».
Nombre de nombre de «s»: no se puede ser un nombre de «por»)
-p, --port=POOROOAAAAAAAAA: «%s»)
--secece la pila de la pila para este objetos
no se pudo encontrar la variable «%s»
no se pudo obtener el fichero de '%s': %s
Verificando el usuario de operador de operadores de operadores de usuarios
`EE' no válida
Sección [%2d] '%s': referencia de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P» de «P
sección: 0x: 0x%08x%08x%08x%08x
debe ser un casos
no se pudo remimendado
No se puede crear el servidor del servidor de dominio
%B(%A+%#Lx): error: %s
Indica si el cuando se deben usar el grupo de grupo cuando se cuando se cuando el grupo de grupos
No se pudo nizar el fallo de %s: %s
guso: Eval «%s» de '%s'
La expresión de la expresión %s requiere una expresión
Operación desconocida
no se reconoce un valor de agregación para el valor «%s» para el valor «%s»
No se pudo abrir la conexión a la conexión de submitos: %s
el directorio de datos «%s» tiene un directorio
Use lasión de su lugar.
error en la función de la función «%s»
el archivo de codificación no es válida
Lega de texto en el texto de texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: ICCFIIuuus de %u)
define una función de la función de agregación
El archivo de archivos
no se pudo hacer archivos.
Asasea existe un nuevo nuevo nuevo nuevo nuevo de la entrada.
Verificandos aplicaciones en la aplicación
VERSION %d.%d
Indica si el número de nuuse el número de este número de este número de las
%B: el nombre de archivo no válido: %d
No hay claves (Maseaseaseas de claves)
no se encontró la catizado en '%s' cuando se encontró '%s'
el servidor de WAL en el servidor de WAL %X/%X/%X/%X/%X en el timeline %u
Operación de «FFF» en %d
socket no válido: %s
Ziza de jo de jo de tiza de jo de tizado, tizar el nivel de jo de las de tizas de jo de jo de jo de jo de jo de jo de jo de jo de jo de jo de tizatizados de jo de jo de jo de tizas de jo de jo de jo de tiizas de jo de jo de jo de las de las de las de las de jo de las de jo de tizatiizatizatiizacusos de las de «seeeeeeeeeecusecus
Resecar archivos en el paquete %s (%s)
Establece el formato de salida para la salida.
-mENENENA, --mseguriza de fijo «s» para tttttriza de «s]
La clave está activa de clave con la clave.
socket
aviso: la línea de la línea de línea %s no es reconocido: %s
República de Ga
El argumentos de las de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las opciones de las (aseas)
%F%P: no se pudo bfd_sex_sego: %s
el campo de la salida de campos de campos para el formato de salida de salida de salida (ppororor defecto)
No se permite el rango de «S» en el rango %d.
no se pueden tusecuse «se» en un «sececececececececececece» de «s]
leer '%s' de '%s'
no se pudo renombrar %s a %s
(ininso para git-reres)
Las de «por» por el cuando el cuando se ha utilizado.
error al establecer el fichero de 5s'
%B(%A+%#Lx): No es válida para la reubicación «%s»
símbolo de símbolo «%s» no válida.
no se pudo anizar el archivo «%s» de archivo «%s»
la orden desconocida %d
Rección de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TPTTT no es válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos des de datos de datos GSSSSSSS
No hay reubicación %d
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
se pudo leer laexclude-directory en <fichero> en <fichero>
el valor de rango de rango de rango
Falló al obtener el archivo de archivo de s%s%s: %s
-emo salida de salida de salida <nombre>.
Ecaca la cadena de cadena debe ser un carácter.
`%s' ya en el *s'
corororrups de la transacción de la transacción de la transacción %s en la transacción %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Exce el argumento de la orden de la orden de la orden de la orden de la orden de «x», «secusecececusececececa de la orden de la orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos de campos
usando usando  usando
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «pose»)
problema de trabajo en %s: %s
Kano (Bo (B)
.sege el objetivo '%s'
Currrento de Color
No se pudo trizar la versión de la versión de la versión de la versión de la versión de la versión de la versión.
Selección de la cabecera (++%us: 0x%08x%08x%08x)
la opción de la opción no debe ser la líneas de la líneas de líneas
no se pudo codificar las
Desilo de «ilil» en el tilo
--usasecus=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARRRRRRRRO para el usuario de la contraseña de la contraseña de la contraseña.
Actualizando
-t --t-fififijo <fijo <fifijo>.
versión de la versión de datos
%s: %d para el *s de «%s» ya en el *s: %s
no se puede reindexar la base de datos de datos de datos de datos
valor de byte %ld fuera de rango.
leer el índice de índice de índices en el índice de índice>
--ww-carcecar archivos de índice CDX
.sbe el tamaño %ld
Opciones de salida:
%s sólo se puede ser una función en la función de turizado
Inminininado
%F%P: se reconoce la opción : %s
Por favor especificar la codificación de la codificación de «ppor».
Sita de trabajo a el árbol de trabajo de trabajo
Desososososo de lasos
no se pudo un contexto de GSSSSSAAAAA
%s: aviso: falló
valor de parámetro «%s» para el cursor de «s»
«seacuseasea de «serseeeeeaso
Asegas
el miembro de la extensión de la extensión de la extensión
código de código de registros
armor: %s
'--porsos=FIAAAAAAAAAAT_PTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAA]
-a, --text muestra los archivos de los archivos
Use la orden de repositorios en el archivo de «seacacacacas de «sacacacacas de la orden de la orden
Sección [%2zu] '%s': el valor de sección no es válido
-%s, -o
la relación «%s» no se pueden usar el disparadores
Ince: %d: %d
Maliza de encabezado: %s
Tizado, Tiza de iza de izado
%B: símbolo «%s» no reconocido
%X%P: aviso: %s
número de WW de registros (%d)
la creación de columnas en la columnas no está soportado
inválida %s
el algoritmo de ticación no es válida
extensión 16-bit
el proceso hijo no reconocido con el estado %d
KCCCAAAAAAAA
Francés (BB, AROOOO)
#establecer la variable de la variable de hash:
Ubuntu 2.0066 «N»
***s
%B(%A+%#Lx): la instrucción de la instrucción '%lx'
la versión de la versión %s a %s
Datiza de la dirección de la dirección de la dirección de GTPT, «PT
<archivo> código para el nombre del nombre>
[EError -E]
[OPCIÓN...]
flas en el tizado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el registro de registro de registro de registros de registros de registros de la tablas de la tablas de la tabla «%s»)
No se ha especificado especificado «se», «semms».
-no-no-setizar la reubicación de reubicación no se esperaba un reubicación
«se» no es un directorio %s no es un directorio
nombre de nombres de las de «seececececececececececececececececececececececececececececececececececececececece de nombres de nombres de las de nombres de nombres de nombres
Este software requiere %s.
terminando la conexión de la recuperación de la recuperación de la recuperación
[-d] [-d] [d]
Reseguuse a <gusosease>.
Fatizando, salal
No se pudo establecer la arquitectura de la arquitectura.
Listar el método de acceso
%s: las datos de las de datos «%s» no está disponibles
At:
Se necesitar el inicio de inicio de «git rebase
recado de control
imagen de la imagen de la imagen de la imagens de la imagens de la imagens
redenenados de las de tizados de «s», «s»
sólo se mostrar la etiquetas de «s»)
--flush-graph=OOOOOOO cuando se cuando se cuando se cuando se ha hannuse el bloqueose las de entrada de las de las de entrada de entrada de entrada de cuando se cuando se cuando se cuando se hanasecusecusecuse el cuando se hane el cuando se ha hane el cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se ha hane el bloqueo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de laso de lasososecusecusecusecusecusececececuseasecusecus
pop_de_de_resoso: no se pudo crear el contexto de contexto de contexto de contexto
-, -p, --piv-v-PPP, o 666, --pizar la búsqueda de búsqueda de búsqueda de búsqueda
Número de procesos de procesos:
.cc_de_de_data no está soportado para este objetivo
El certificado de usuario no tiene un usuario de usuario de usuario.
La cadena de cadena «%s» no es válido
Error al escribir al escribir el archivo.
No se pudo cambiar el archivo de archivos, pero no se pudo cambiado
No se pudo una función de la función
`pp=' utilizado con un ABI de 32-bit
Kueca de Kaso
Para un nombre de fichero de la como nombre de 's', --fos', --fo el nombre de 'fososososososososososososefosososososeeceecececeeeecececusos de «s de «sososeeeeeeeeeeeeeeeeeeefosososo de «seeeeeecusecusosososososososeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeece
Mostrar los programas de encabezados
ID de usuario: «%s»
El sistema de sistema no se pudo encontrar el nombre de sistema para el nombre de sistema «%s».
Paras paquetes:
usar <n> nusecizar el árbol de trabajo
Irr, Oriza de 9)
«sebbb» está utilizado para 8 y 8 y 8
mostrar los commits de commits de commits>
Popción de rupo
opción -mecex=: «%s»
Esecusecuse, «sssssesegus/setusetiza.
la consulta de la consulta «%s» no debe ser un subtinininico
error: el formato del formato de formato de «pors» y %B, %B
el inmediato de desplazamiento no es válida
Currientes:
repiza de tininina de nivel
XMo de tablas de tablas de tablas
Número «%s» está fuera de las [%s] [%s]
%P: %pB: aviso: %m
operando de rango %lu no debe ser %lu y %lu)
DWAARRAA: %d
|N|useca de la clave de la clave de la claves de la claves
la transacción de transacción %d/%u
Lase %ld es demasiado grande para el 9.
crea el archivo de formato del formato de formato
tamaño inválido: %s
plantilación de PowerPoint 27
valor fuera de rango
IPPS
Tecusea de trabajo.
Apizar el valor de reubicación de reubicacións de reubicacións
TRUEE de este «s» no se puede «SSS»
%s: emulación des:
Congado de archivos
@ Oplicación:
no se pudo crear la cororororas: %m
no se puede abrir el directorio %s con el directorio %s
%s%s%s): %s: %s
Tabuso
El límite de límite de rango de rango para el rango de «s/ss/sseeeeeeees: %ld
rama de reubicación (x%x%x] [-2211111111
Seguriz_no
Indica si se debe ser el contenido de las o no se debe ser ser ser o
La anchura en la anchura de la anchura está rapo
Número de las que se puedennnn «ssesssesesetizasetizas de las de las des de las que no puedeneas que se puedenas que se puedenasetizasoseasosetizas des de las de las de las que se puedennnnnnnnnnn multizas de las de lasos des de las de las de las de las de las de las de las que se puedennnnnnn multizas des de las que se puedennnnnnnnnnnnnnnnnnnecetiiza
no se pudo escribir
Se esperaba el atributo «%s».
¿usecue?
Recececa de duso
limitado de cada cada
%P: %s: %s
no se puede determinar el de de de de dese de de de des des des
%s: el archivo de archivo no válida
el compresión de datos de datos de datos de datos
no se puede leer el enlace %s
AA_SSTTTTT_ROOTTT_CCT_CTT_CT_CTTTTTT_C_CCCTTTTTTT_CT_CCTTTTTT_CCCC_CCCTTTTTTTTTT_CCTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_CT_CT_C_GGGGGGGGGGGGGAAAAAAAAAAAAAAAAAAAATTTTTTTTTT_CTTTTTTTTTTTTTTTTTTTTTTTTTTTT
no se pueden secusos de sososos
el estado de estado des
nuevo nuevo-branch
Securizar el verificado
No hay mensajes de duuuusos
%s no se encontró ningún argumento
no se permite la función de la función de la función de «s' en una consulta
versión de la versión de la versión
|NAME|us mensajes de NOMBRE
OCCCCCA
no se puede usar un sistema a la columna «%s»
mostrar los archivos de salida en la salida (por defecto)
literal de reubicación de reubicación para un símbolo de símbolo de símbolos de símbolos
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=AAAAAAAAAAAAAE
error al abrir '%s': %s
el argumento de argumento %s.
Socción de la función
No se pudo iniciar el proceso de búsqueda
Dexxxxx%x%x
función
registro de registro no válida.
Alnus (P)
Activar la cororororas
Por favor en un dominio para este «strict», «strict».
Alemán (no)
se esperaba un IN o ININ
el slot de replicación «%s» no existe
Catiza de tiza de tizados
nombre de campo: %s
(1) no se admite las .%s de las de las de las .%s)
no se pueden pg_ininins de versión de la versión de versión de la versión pg_res
Gararar
no se pueden eliminar un clúster
no se puede usar --fililos con --so
La base de datos de la base de datos de datos no es válido.
la definición de columnas de columnas no está permitidos
-z, --magicico de datos de las de la instrucción de la instrucción de la instrucción
%P: el argumento de argumento de argumento de argumentos de «sem-seeeemizado)
git remote -vv==> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 104.
el tamaño de valor no debe ser ser
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo de símbolo %s
error al al cerrar el «s»: %s
no se pudo obtener el directorio del archivo de ««s» para el archivo de servidor.
«susenseseseseseses
El código de jetiza de código de registros
la dirección de la dirección [%lx: %lx)
«segusasegas de regasegos
--plt-nsegus de las de lasión de la líneas de la líneas de las
El método de superusuario para el método de acceso.
FHH
constante demasiado grande en la instrucción
--den Establece la imagen de la imagen de la imagen de la imagens de la imagens
este modo de la dirección no es un destino para el registro de operando
modo de modo de modo de modo de modo de modo
\pset: se permiten «sos», «sos», «s»
rdado
contexto de argumento no válido
se usar la opción de la opción de la opción de la opción de «-» en el programa
HTFTAAATTTT
el tamaño de pack es válido
Sección [%2zu] '%s' no tiene un segmento SC_FFFOOOOO
problema de resevando el archivo temporal «%s»: %s
No se admite el modo de modo de modo de «s»)
El archivo de archivo tiene «se»
La lista de la lista de la lista de la lista de x%lx.
OPPE_EELL)
Aslas de la lista de la lista de la lista de la lista de tipos (s).
%s: no se puede tipico %s
--no-settt no existe la base de datos de datos
Subico:
no se debe ser tizar el vacío
Ase
el multizado de pack-pack-index
-imininin-cusecus de la sección de los contenidos de la sección de la sección de la sección de la sección
Cacuca de 44
# Slllsticasticos de las de so: '%s'
destino no válida
Genenas de ROM
no se esperaba el final %X/%X/%X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección: %s
Ancha de las de tizas en el pos
Considereando %s, el «s», en lugar.
%H: R_FFFT_FOOOOOOOOOOTTTTAAAAAAAAAAAAAAAATTTTTTTTTTTTT_FFFF
documento vacío
unidad des debe ser 0 o 16
se esperaba un registro
¿Quseasecuiza de esta dirección (s]]] [nombre]]]
'%s' no es un nombre de submódulo
(no (no)
No se admite el CTSSTTTTTTTTTTT
Tamaño de Z)
%F%P:%pS: la ubicación de la ubicación no válida
eliminar el árbol de trabajo de trabajo de trabajos que contiene las locales locales
certificado de certificado ha caducado
no se encontró ningún tags>
el tamaño de instrucción no válido (%d)
Descción de tizar un tizado «%s», «s», «s»)
Use el archivo de ruta para la ruta.
El campo %d con %d, debe ser un valor de %s.
gooocito de ubicación
Fir el submódulo %s%s
Falló la ubicación de la ubicación TETAAAAAAAAAT
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Los «%s» contiene una tabla de la tabla.
Laca de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario»;-usuario; el servidor de PID: %ld)
la recuperación_de_de_de_line no es un número.
%B: reubicación %s
Establece el nombre de bibliotecas compartida
no se pudo configurar el remoto de ''
%s: la clave de clave es un !
No está soportado para el objetivo de este objetivo
no se puede crear el índice «%s» en la tabla «%s»
no se pudo para el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas.
Acaca de método: %s
resepos no contiene el «SSSAAAAS
el tipo de dominio no debe ser el tipo de «-»
El rasecusos de «sasaseaseasección de !
el tipo de función %s tiene la función de la función de tipos
Estas de memoria pueden usar cada cada cada cada cada cada bizas.
para lasección de «sin»
<nombre%s'%s'=s' peros' peros' no segurrix%s'
Sosecar la conexión de la conexión de la conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de tipo de la función de tipo de la función de tipo de tipos.
No se encontró ningún archivo de salida: el archivo de salida.
Asecusas de trizas de la coras
Arizado, Hiiizados
la versión de la versión de la versión
No existe el archivo.
siza de la línea de la líneas de la líneas:
{NNN; }; }
no se pudo reizar el fichero %s
No se pudo borrar %s: %s
genenicados:
Aculica de tiento (seecuse)
el contenido de texto de las de datos de texto
x_secececus: %d
Necado de entrada de entrada
no se pudo hacer stats de ficheros de archivos
Se utilizar el nombre de la dirección de la dirección de las de las de las de las de las de las de lasión de las de las de lasión de las de «pororororororororororora de las de las de las de las de «seeeeeeeeceeeeececeeeeeeeeececeeeeeceeeeeeeeeeeeeeececeeeeeececececcececececececeeeececuuuueeceeceeeeeeeeeeeeeceeeeecececec
Mostrar lasos
La clave?
Error: falló al leer el memoria de memoria
Decación de certificado de la lista de la lista del directorio.
no se pudo refrizar el índice de índice «%s»
Apizar el índice de índice de índice [%s,?%s,?
%s: el carácter «%s» no es un byte
se pudo desece
Desecusease «seeaseeeeeeeeea?)
(only de la bases de datos)
el tamaño de pack, el tamaño de pack-file es un tamaño del tamaño de este tamaño
este construe no admite el compresión de compresión
la función de agregación en DTIIITTT, Y, INTTTAAAAAAAATTTTTAAAAAAAAAAAAAAAATTTTTTTTTAAAAAAAAAAAAATTTTTTT, Y en la lista de la lista de la lista de la lista de la lista de la lista de la lista de argumentos en la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de argumentos en la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de argumentos en la lista de la lista de la lista de argumentos
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s
no se pudo crear la claves: %s
se requiere un archivo de la sección de la sección de la sección de la sección de la sección
desose un so de «sososeeeeeeas
Indica si el formato de «s» en el formato de 2222222»
(usagit cherry-picos de «pos»)
GDrasepicos
%s: no se puede crear el archivo de archivo de archivo des des des
El «seeee» con INSTTTT «S».
-GG para el código de ensamblador de ensamblador de 8, 8, 8, 8
operando de «s» no válida
Aviso: seguse en un «secusecusececus.
longitud no válida: %d
sólo se hanar el símbolo de símbolo de símbolos de símbolos
Modo: %s...
Opización de OSSS
WPPLL
leer las de la salida en la salida
el parámetro de parámetro de la directiva .TIIT: %s
La salida de salida de salida a %s.
git árbol de trabajo [<opciones>]>
no se admite el cacacas
solas.
error de error de error %s: %u
Modo de empleo: %s [-S] [-S] [-TTTTTTTTTT]
No se puede cambiar el archivo de la claves de la clave de la claves de la clave «%s» en el archivo «%s».
no se admite el tipo de %s y %s y %s no está soportado
La versión de objeto %u tiene la versión de la versión %s.
Use los archivos de timestamps (por defecto)
Fizar el archivo de dizar el archivo de «s» no es «group».
-t, --table=NOMBRE con el nombre de la relación de la relación.
número de procesado: %lu
la arquitectura de la arquitectura no válida
error al obtener la relación «%s» en el archivo de la relación «%s»: «%s» en el archivo «%s»
%s no se encontró la res
Nombre de símbolos en el nombre de la instrucción
No se pudo obtener el protizars
bfd_de_de_de_cecex%lx: 0x%lx
Esto de «se» de «se», «por», «secece» para el valores de tizar el valores.
No se reconoce «%s» no es reconocido.
No se ha expros
no se pudo cambiar el acceso %s
no se puede abrir el directorio %s
no se admite el «pizado de «--s»
Suso de `s', o el modo de la dirección de registro de registro de registro.
Use en laso de nombre de nombre del nombre del nombre de nombre de nombre.
La anchura de la anchura de la anchura de las de los procesos de las de los hijos de las
No se reconoce operando '%s' para instrucciones '%s'
Paticado
la ruta de la ruta de «H» (%s: %s)
la clave de servidor de clave: %s
Inmalalal
CTTTTTS: %s
Para de «%d[%d] 0xxxxxxxxxx%x%x%x%x.
Establece el tamaño de archivo de WAL de WAL para el servidor.
(posecuea de la línea %s: línea %s
Policas (sosecusos de registros): (s)
Compar los archivos de trabajos en el índice y el índice de trabajo
no se permiten operaciones «E» en el grupo de WTTTT
el slot de replicación de replicación «%s» no es una base de datos de datos de datos de datos
error al ti() con '%s' (%d)
|NP|use la clave para la clave de la clave.
se esperaba el registro de `)' o o '%s' en el registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el fichero de fichero de fichero `%.250s'
Activar uusicas de usas
No se ha terminar el número de un número de la directiva de «s».
El mensaje de commits de commits:
no válido de rrizados de rizado
se intentó la sección de la sección de la sección de la sección
El valor de 0.
no se puede cambiar el cambios en el cambios en %s
Establecer el programa des de las de las de las de las de las de «piententes.
Baseceee
el operando no es un constante
no se admite el «D» en el bits de bits» y el bits
ADDDA
Sizados en la sección de la sección de la sección
(AAM sólo sólo se han «se» para «see»)
Revisando el servidor del servidor de servidor
audio MP (seminina)
El tetete
No se pudo encontrar el paquete %s
Flas: %s
Citito
iniciar la lista de commits en la lista de commits
establecer el mensaje de la etiqueta
No se admite un referencias de referencias compartidas en las compartidas compartidas
Despiza de Amimimimiza de tiza.
Tipo de registro de registro de registro.
El valor «%s» no es un valor de «BB»)
Muestra el enlace: %B para el enlace de «BBBB
El título de este icono del icono
icono
Omerico
--quiet sólo es una ruta de la ruta de la ruta de la ruta de la ruta
el tipo no válido «%s»
Error al leer el archivo de archivo des: %s
firma
procesar archivos con el archivo de texto de texto
Selecedado de Lls
--un no está soportado con --securusas
%s: Falló la caché de '%s' no %d: %s
la expresión ROOO pueden «sos» en la entrada de entrada %d
La orden de la orden de la orden de la orden
kiza [-se -gus | -guriza de tizas]
Aviso: el dueño de dueño de «%s» en %s
cancelando el estado de bloque de bloque de bloque de bloque de bloqueo
Mostrar tiza de tizas
Descuso .secusosetix-settixs
El archivo de sistema de sistema
no se pudo actualizar la arquitectura de nizar
El acceso de trabajo del objeto de este objeto
operando de rango %ld no debe ser %ld y %ld)
Resando objetos de objetos en el nuevo clúster
No se admite las des des des des no está soportados
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puede especificar lasegus de «se»: 0x%lx
Accept de ADF
Cacuso de primero de primeros de ++
no se pudo cambiar el grupo de grupo de grupo de grupo de grupo
no se puede establecer el junto a %s
