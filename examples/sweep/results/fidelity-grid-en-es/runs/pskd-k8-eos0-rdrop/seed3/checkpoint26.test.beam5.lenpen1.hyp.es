No se deben usar el botones de los botones de las de pregados en el pres
Indusos de nusos
no se pudo crear el fichero '%s'
El dominio de dominio para el dominio o NULLL, dominio
%s no se puede ser aplicado a una función
ignorado
problema de resando '%s' a '%s': %s
-n, --verbose muestra los sos, --pos de las de tientes
no se puede usar la expresión de la expresión de la expresión
Dacaseasisisistes de nombres de nombres de nombres
El archivo de archivos de «s»
(seacaaacua)
Extización de evens
el carácter `%c' inesperado en el tipo de tipo de precicación
Error al leer el fichero de fichero de %s: %s
el proceso de trabajo
válidos de datos de KAAAA
%B: %#Lx: aviso: aviso: símbolo de sección de sección
no se puede crear el archivo %s
WRRA
Error al cerrar el tipo de parámetro %s: %s
no se pudo crear '%s' para '%s' de '%s'
Monsos de Kimimins
base %s
No se puede diizo
clase no válido
Por favor seleccionar la clave de claves:
--tra la rama de la rama
Establecer el número de las en el nuevo clúster
SEE, República de SSSS, República
Indica si la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Casacusacus de la claves de la claves (s)
La secuencia de tizar el servidor del servidor
Cdrom con Ubuntu 9.
Taso
la opción -C no se pueden utilizar las de las de las de las de «secececettización
Mo renombrar un directorio o un directorio de un directorio, o un directorio
Naxetiza de la dirección de la dirección
No se pudo talalal
El número del número de la cacuus de la caseas.
Vizarse
El formato de tizado de «s», -msecusece el nombre de tizado, -t, -t, -t, -t, -t, -t, -t, -tizar el nombre de los nombre de las de t, -t, -tizados de tizados que -t, -tizados de «s de los nombres de las de las de las de las de las de las de las de las de «s de «s de las de las de las de las de tizados de tizados de «s de tizados de «s de «s de «sececusecececus
el archivo de comprimido de compresión, pero no está soportadas
Crolols y el pids, tés
línea no válidos de la línea %s
No se pudo crear las de las de «-»
Timiza de :
salida en la salida de la salida en la salida de IND
Sección [%2d] '%s': hash de lasión de índices de índices de índice %zu
No se permite un carácter de 'c' en el valor de 's'
destino
Etiza de alias
core y no se puedenn «s» en el modo de 32 bits.
«soce» no se admite el tizado
No se admite el timizado de trabajo.
Francés (Siza de la claves, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de sección .ST_FFFFFF
el tipo de tipos no pueden ser rrrizado
inicio_pivo: pg_prizado
no se pudo encontrar el primer primer primer registro de GST
Tipo de «S»: --acecaceettttttttizado
leer el archivo de ruta de la ruta de la ruta del archivo
no se pudo iniciar %s
No se hannn «enen» en el «se»
Modo de empleo: %s [opciones](s)](s)]
la opción '%c' requiere una opción positivo
No se reconoce IN_TTTTT_FFF
No se admite la definición de la definición de símbolos en el archivo de ficheros de «sosososos de ficheros de «s de «sososeeeeeecececeeecececeeecececeeeeecececececus de fichero de los fichero de los ficheros de los ficheros en el ficheros de «s en el archivos de «s de los fichero de los fichero de «s en el archivo de los fichero de los ficheros de «s de «s de los ficheros
la opción --no-set-set-seecuse, --set-in-in-in-in-in-in-ins, --s, --setrrizasosetiiiizasecusesececusecuset-in-in-in-in-in-in-in-in-in-in-in-in-insecesecetizasosesesecusecus de la opción --no-in-in-in-in-ininininin-inininininin-in-inin-in-in-in-insesececeececececetiiisese
clave %s: %s «%s»
la versión de versión %d
Se ha especificado especificados de protocolos
Francés (alal)
Resecusecita de una ventanas de una ventana
-a, --all muestra los bases de datos
<stringida: %ld
El valores de «seace» para el valor de «se».
'%s' no se pudo crear '%s'; '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
La cabecera de encabezado: falta la cabecera
--no-in-in-in-in-in-setizados en el modo de tizado
Desecizar el elementos en el elemento de pos
no se pudo analalalizar '%s'.
-mamam=8> Establece el tipo de 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 84333333333333333333333333
<ir>
Se esperaba un argumento
Tipo de %s no está implementa de «seeee» en el «seceeeeceeeececececececeeeecacacaceeeecececeeeececeeeeeeeeeca de «seca de las de lase» en el «sea de las en el «se» en el «se»
fallo al analizar %s
Taca de x
la instrucción no es un modo de la dirección
abortando la transacción actual
sipizados: %lu
no se admite el directorio de '%s'
El número de registros de registros para un widget
sizar la ubicación de WAL (X/%X/%X/%X/%X/%X)
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
El resos de reso no es válido
Cdrom con Ubuntu 10.
Martando %s
dicrimimininas que a cero
El inmediato está fuera de rango a 05555
-fux no se pueden utilizado con -s
Macusaseasecurizados de archivos
%s requiere un valor
Lista de la opción XKB
se puede escribir el registro de registro de registros
%B: número de reubicación no válido: %d
kkusacuso
-X, --exclude-pororrrrse la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de las
tipo: %s
diversión de %s para %s
%s clave %s de la clave %s de hash (%zu)
abortando el abortado de lectura
instrucciones de índices
debe ser un check-check en un talaleses de «por»
no se pudo crear el tablespace de tablespace %u
--sece <size> Establece el tamaño del tamaño de la pila de la pila
no se deben usar el índice de índice en el modo de índice
aviso: %s contiene un puntero
usando «C» de '%s' de '%s'
el valor de campo/a de rango «%s»: «%s»
define un nuevo nuevo nuevo operador de operador
no se admite la sección de la sección: %s
Incacasecusecusee (posecasecuseasecusecusecuseaseaseeeeacacacacuseeeeecuseeeecuseeecusecuse (po (secacueeeeecuseeececeeeeeeeeeeeeeeeeeeeeecusecacusecacasecacasecacacacaseeeecasecacueeceeeeeeeceeeeeececece
Interso: error de error de «pos»: «%s».
Datizado de abortado.
Busecuse
documento de Aporas
sección de sección 0%u] [%u]
ref_rerereopciones
%s: las desión de lasión de las de lasión %s: %s
Verer: %s
Vietizas
no se puede abrir el nombre %s para %s
el operador de operador «%s» no es un tipo %s
No se deben ser un so de sosos de s/os)
Error del So de SDD
-?, --help=opciones] muestra los ayudas, muestra las de ayuda
Viiza de juso
Símbolos de instrucciones para instrucciones
no se puede borrar el «se» de «%s»
la función «%s» debe ser la función de la función
Sapatiza de instrucciones de instrucciones
no se pudo analizar el lista de la lista de la lista de «%s»
opción inválido para la opción '%s':
Casasasasas de ticos
no se admite el huseguus en este po
Moce un YRRTPTAAAAAT
No se admite la sección de símbolos en la seccións de la sección
Establece el número máximo máxima de mula de trabajo.
Modo: %s [OPCIÓNOPCIÓN]... [OPCIÓN] [OPCIÓN]] [OPCIÓN] [OPCIÓN]
delimit_recacaca
el archivo «%s» no contiene una cadena de la cadena de la cadena %s, en la cadena %s
el cliente un cliente no válido
carácter inválido
Establece el enlace de PRRRRRRRRO para el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocida
(fixe «s» y «ser»)
el redico no es válido
No se pudo «P)
no se pueden usar un argumento de argumento de argumento de argumento %d
%s tiene un parámetro
No se pudo una sección de la sección de la sección de la sección de la sección de la sección
La tabla de tablas:
Actualizar (Puuseea, NLL)
Las cambios para el repositorio
<nombre>
--entry <nombre> ttizar la entrada de la entrada de la entrada
cambia la definición de búsqueda de búsqueda de texto
no se pueden «se» para el inicio de «s»
error de sintaxis de sintaxis de la «s' inesperado
Apizar el tizados de commits de commits
Las valoreseses de «%s» y «%d».
no se encontró entradas
tamaño de objetos
Musoso 55 5
ADVERTENCIA: la clave de clave no es válida
el tamaño de pg_data y el tamaño de la relación de la relación no válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario de usuario «%s» no existe
no se puede cambiar el tipo de datos de parámetro de parámetro
Tecorora de reso «%s» de '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento de las de lasión de segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -ls y -duse el nombre de la opción -dus.
la función de la función de la función no está permitidos en las
Kurizado (S)
compresión de compresión
Establece el tamaño de la tabla de la tablas de la tablas>
Ise quierquierase el directorio «%s», o el directorio «%s».
|adusecus-secuse
(soo: %u)
A ADVERTENCIA: no seguse el directorio '%s' en el directorio '%s' en el directorio de configuración
el paquete de paquete de paquetes
-m[no-%s] %s
Cata
Actualizar la fechas de acceso ya de «s»
el mensaje de cacuso tiene un po de lasoso de .#'
La contraseña
%s: el archivo de entrada de entrada de entrada de entrada
el registro de registro no puede sern ser «CCCCCCIIIIII
\pset: la columnas de la líneas de la líneas de la líneas de la líneas
No se puede remimir el elemento para este software.
-d, --dbname=BBBBB para la base de datos: «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclas de reubicación %s
no se admite la dirección de la dirección de la dirección
La clave es un probo YYY.
la codificación «%s» no existe para la codificación «%s»
Masecusecus de «seaseeeeeeecus.
%s Miza de memoria es demasiados. Las.
|VEEE|||EEEE para la clave de la clave
cancelado por el usuario
Kususos
el índice es demasiado grande
República de No
Excando el argumento de argumento
el nombre de límite de límite de rango no debe ser el «pos».
-P de la contraseña de la contraseña de registros de registros de servidor
Alemán (B), tiza el registro de registro de registros)
el registro de registro de registro de registros
la directiva .end con una directiva .ent
Recitita de pg_rese de pg_de un directorio.
No se pudo crear el valor de duso: %d.
%s y los nombres de nombres de nombres de nombres de nombres
sipizando fififijos en esta instrucción
símbolo%d
-3333 - - - - - - descarta el fichero objetos
OPP_RRO en lasión de tés)
el modo (%s) no coincide el modo %s (%s)
el nombre de nombre de nombre: %s.*s
[ARGS]
no hay la sección .nnnecus en el segmento de la sección
El valoreseses de «se» para el parámetro
Neceeceece para el sistema.
compresión de compresión '%s'
compendimendar <nombre> en el árbol de trabajo de trabajo de trabajo)
la tabla de ONFIIIIITTTT no se pueden usar con una tablas
[ pila]
no se admite el argumento de argumento «%s»
Operación de comos en la orden %s
la columna «%s» de la columnas de «s»
procucue_de_de_res
%X%P: no se pudo: %s
la entrada de entrada de entrada de entrada de entrada
no se pueden nnnns de grupos en las
%B: no se ha usar el campo de campo de campos (%s)
debe especificar la rutas de rutas)
%X%P: la sección de sección de la sección %s y %s.
(mama de clave %s)
Ferción de lasecuricado en las.
--%s de argumentos de argumentos de argumentos de argumentos.
Esta la orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modos en el modo no coincides en el modo
la base de datos a la base de datos «%s»
-h, --hhororor-ana de salida de salida
no se admite el mensaje de mensaje de word
No se encontró instrucción
No se han en el modo de modo de modo de modo.
la opción de SP: --pamusos de lasecusos
Metizado
.N_ROOOOOOO que el objetivo que el objetivo
Manano
Francés (Dorora)
el valor de la codificación no se pueden usar el valor de codificación para el valores de codificación.
%s: el archivo de «s».
iniciando el punto de WAL en %s (X/%X/%X)
No se encontró la cabecera
se esperaba un registro de 64-bit de registro de registro de registro de registros de 64-bit
Tipo de «AAAAAAAAA
la codificación desconocida
documento de entrada de entrada de entrada
El programa para GDDD
Este la versión de la versión de la versión de la versión de la versión de la versión %s.
Quito:
no se pudo generar el código operacional para el registro de ramizas
freso: el tamaño del tamaño del tamaño del tamaño de diff
Muestrandos
Operación de reubicación %s
argumento de argumento
No se pudo leer el socket de socket: %s
setfase (cono)
SH_OOL_LLLLLEEEEE en la consulta de la consulta de la consultas)
Este la etiquetas de nombres de nombres de las de las de las.
no se puede usar la instrucción
no se puede ser %s: no se puede ser un tiza de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser «d» en el «s».
establece la rama de la rama a la rama de la rama
Acusa el repositorio en el repositorio en el repositorio.
imagen de la imagen GIIIIF
el tamaño máximo de datos de datos %s
%s no existe
-CCRRO código para el código de objetivo SUUUCCCCC
%B: no se pudo crear el tamaño de memoria para el tamaño de memoria para la %#Lx
No se pudo crear las: %s
se pudo escribir la salida
El valoreseses de nuááás de la imagen de la imagen de nas.
Traseca de YLLLLLL
El archivo de '%s'.
Por favor en el número de componente para el número de componente:
Suso tiene un «se».
República de Gamama
No hay «seeeeeee» (7)
definición de mensaje
Bulas paquetes
STC_NP_P_P_PS (P)
Replicación de ripriza
Motiza un tizados
no se puedenn nnnnna de la columna %s en la columnas
formato de mensaje no válido
el directorio de control tiene permiso %s (0s (00007)
El número máximo de «seeececeeeceeeeeece__de_de_de_de_de_de_de_de_de_secececececececececececececececececececececececececececececececececeeeeeeceeeeeeeeeeeeeeeececececececececececececeeeececececececeeececeeeeeeeceeeeeececece
%s Exx:
ignorar refs con <nombre>
Tininina de rigos
rango
3-bit fuera de rango
-f, --fifisesecuse el campos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas)
no se puedenn trrrrs
Orizar la opción:
Gusatizados
de_emite
nombre de nicados (no)
la definición de columnas de la función de la función de la función de la función de tipos
no se pudo analiz_de_de %s para %s
valores de claves de la clave «%s» no existe
Activar
Inputiza de salida y la opción:
stabletables
Resizado para usar (s)
reubicación %zu tiene la reubicación %zu
el valor de nexecexecuee de «PC» y el valor de 1».
resconos de res (sesececasos)
buso: seña de «sacusegas
debe ser el texto de búsqueda de búsqueda %s
%s no se admite el modo de modo 6
Error: la cadena de la cadena de la cadena.
Anguribua y tusa
solo un elemento para el elemento «%s»
-n, --set-secus de PID, PID, PID, --se el nombre de PID, --s, --s de PID, --s, --s, --s de PID, --s, --s, --secus, --s, --s, --secus, --secusetrr, --s, --s de PID, --set, --s de PID, --port, --s de la salida de PID, --s de PID, --s de PID de la salida de la salida de la salida de PID, --s de la salida de PID, --t, --secuset, --port, --set, --set, --s, --secuset, --set
imagen de la imagen de «AA»
no se pudo encontrar el archivo %d en el archivo de entrada de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entradas de entrada de entrada de entradas de entradas de entrada de entradas de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entradas de entradas de entrada de entrada de entrada de entradas de entradas de entrada de entrada de entradas de entradas de entradas de las de las
documento de Poootrizar
Selecuró el archivo de mus: %s
No se pudo configurar el archivo de «s»
el archivo de datos para el archivo «%s», cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error %d
%s: el campo para el campo «%s» no debe ser demasiado grande
Suso nosos
firmas de packs de paquetes
trasililos)
No se puedenn «sersegusegusegueas de tizado.
se han recibir los datos de datos de datos de GSSSSSS
temamamas
No se pudo actualizar la cororororororora de las de lasea de las.
República
el árbol de trabajo de trabajo de trabajo '%s', «FFF», «secececececececuececececuecuecececuuecuececueecuecuecuecuea de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo en el tiza de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo
«%s» no se puede ser «s»
No se encontró ningún no encontrado
No se puede verifizar el archivo de «s»
-E, --coco=CCOOOOO para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\echo [-os] [-o de la cadenas de salida de la cadenas)
Neceeceecue para la cargariza de la cargar.
el array de array debe ser un array
No se hanecuso
Kanas
no se admite la entrada de entrada de entrada no está soportado
No se deben dar el dusecurizar la cadenas de cadenas.
Si se debe ser un símbolo de la función de la función de la función.
Ubuntu 6.00, «sece»
Se encontró la versión de protocolo de la versión de la versión %d.
Indica si se debennnnn usars de widgets de widget
Cacase
Euro en el 4
.MMa de rango (%lu) fuera de rango
CTT_SSSTTAA)
No se admite el socket de la ruta de la ruta de la ruta «%s»)
%s tiene la función %d no está disponible %s
Mostrar un botones para el botón de los botones de las de las de las de tibosos
Si es un nombre de la claves de la claves de la claves.*s de *s.
Fizados
Ramilo de orden:
No se pudo procesar el proceso
No se puede leer %s (%s)
No hay «ilil».
se hanegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commit-graphs
Error al cargar el icono: %s
ECCCCC
-- slot de replicación en el slot de replicación
La etiqueta no válida en el índice de la orden de índice
Quizar el Quecuizado (s).
Xnuna
Masistizar el atributo de atributos de atributos
el archivo de `%.250s' es un carácter de rizado de «s)
Dibizado
Tamasasasasas
mostrar el tamaño del tamaño de la dirección de la dirección de tamaño de bit
Apizando: %s
pg_susecusecus:
*** ***
el destino no admite la opción de la opción no soportadas
Celasticas
tésa de shell
terminación de entrada con el byte
no se pudo crear el directorio de trabajo de búsqueda %s
Este el número de la directiva %u, no se puede «c'.
Susegados
--no-de-ros de replicación en el slot de replicación
el hijo ya de salida con %u
ubicación
No se pudo cambiar el directorio de «se» en el directorio.
emplea -mcpu=22226
error en el archivo de la caché «%s»: %s
izasa de rango
no se pudo definir lase_cuso: %s
-F, --format=F' para el archivo de `s', «s', «s', tus', tusecuse»)
Daso: %s
el archivo de archivo
Alemán (acacacusecus)
tabla de tabla no reconocido: %d
Fintizados
Rimaliman
Las <%s> no se ha especificado especificado especificado
%s: la versión de la versión de la versión de la versión %u.
La clave cuando es un como cuando es un como
Modo: %s......
Mostrar los símbolos de símbolos de símbolos
«sipizas» ya la líneas de la líneas
No se pudo hacer stat de símbolos: %s
\go no es un número de un número de un nombre de ras, o un número de «cecece», o un número de un nombre de un nombre de «cececo de un número de un nombre de un nombre de «cecececececececececececo de «s, o un número de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de «cego de «co de «ceco de «co de «ce», o un número de un número de un número de un número de un número de un número de un número de un número de un número de un número de racecececececececece
NOMBRE NOMBRE como un archivo de dueño para el archivos
código de 666-bit
Replicación de Suribuse
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear el sinininin «%s»
nombre de nombre
mostrar rutas con rutas de rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no se debe ser una cadena de la cadena; «pooseeeeeceeee»
la tabla «%s» no es una tabla de la tabla de «SS»
Sise (setinina, «seaduseas)
no se pudo eliminar 'git 'git'
%s es un archivo de base de datos o un archivo.
No se puede «se»
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -EE requiere «seecuseasea
%B: número de reubicación de reubicación no válida: %d
el directorio de datos
%s: no se pudo crear el pososos de «sosososo
No hay la sección de la sección de la sección de «por».
NT_V_SSSSTTTTTT)
ausente .endend para .funcal
no se pudo en el mapea de la terminal de las [%s] %s
Y
No hay expresión de expresión de expresión
protocolo
Asegado
None
no se pueden usar la tablas de la tablas de tablas de tablas en la tablas
no se puede abrir un «s» en %d
Saduriza
%s: falló
Cosocurruse un color de Gos)
el parámetro de procuso no se pueden usar un valor de parámetro
eval: el nivel máximo de talalales de «s»)
Tabuso
[inminininininininico en las]
Necita autenticarita de las en la ca de las.
no se puede copiar los datos de datos de `%.255s': %s
No se pudo cargar el archivo «%s»: %s
%s prepends en %s en %s
se esperaba un nombre de nombre «%s»
el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph de registro de registro
dura excección de «s»
No se admite el simimizas, %s.
la secuencia «%s» sólo se admite la columnas de la columnas
--dedececuse el cada fichero de cada símbolo de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada símbolo
Indica si
%B(%A): tabla no válido
Este el algoritmo de búsqueda en las de búsqueda de búsqueda de búsqueda.
resecuso (sececeececanos)
Apormamas
La columnas de la columnas de la columnas de columnas.
-q, --verbose muestra la salida
El tipo de tipo
falta el archivo del archivo de «T_s» para el archivo
el sistema de base de datos de datos de datos a la conexión
nombre no válida en la ruta de la ruta no válido: %s
Muestra contraseña: %s.
no se permite un registro de registro de registro de registros
%s: aviso: falló al obtener el contexto del contexto de %u: %s
Para una cadena de la cadenas de la cadena
%s: no se pudo crear el enlace %s: %s
Indica si el contenido de las de texto existe
no se admite el Kizarcus de «s»
%d está fuera de rango para el parámetro «%s».
número de campos en la líneas de la líneas
Exporta SLLLLLL a tablas
no se pudo escribir el programa: %m
Indica si se debennnnnne el tamaño del tamaño del tamaño de los tamaños
Los cambios locales a las siguientes siguientes de las de las de «secusecuseeeecus de «se».
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear el directorio de «s» en el clúster.
chanusegus de %s
no se pudo crear el proceso: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos de símbolos: '%s'.
«seee»: «%s»
La claves para la clave «%s» en el archivo «%s» ya en el archivo «%s».
Nombre de nombre de «s»: no se puede ser un nombre de «por»)
-p, --port=POORROO porta «%s»: «%s»)
--sececiona de la pila de la pila para esta pila
no se pudo encontrar la variable «%s»
no se pudo crear el fichero de '%s': %s
Verificando el usuario de operador de operadores de operadores
`EE' no válido
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo nuevo
el «P debe ser un «P» de «P
sección: 0x: 0x%08x%08x%08x%08x
debe ser un nusecusos
no se pudo remimendado
No se puede crear el servidor del servidor de dominio a este servidor
%B(%A+%#Lx): error: %s
Indica si el elemento deberían cuando el cuando se cuando se cuando se cuando se cuando el grupo de grupos
No se pudo nizar lasos: %s
guso: Evalal «%s»
La expresión %s requiere una expresión de expresión
Operación desconocida
no se reconoce un valor de la función para el valor «%s» para el valor «%s»
No se pudo abrir la conexión a la conexión de submito: %s
el directorio de datos «%s» tiene un directorio
Use lasión de su lugar.
error al crear la función para la función `%s'
el archivo de codificación no es válido
Lenga de texto en el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: aviso: Conguruuuus de %s)
define un nuevo nuevo nuevo nuevo tipo de función
El archivo de archivos
no se pudo hacer archivos.
Asasea existe un nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si el número de nuuse el número de este número de las de tix
%B: el nombre de archivo no válido: %d
No se hanego (Maseasasaseas)
no se encontró la catrizas en '%s' en '%s'
el servidor de WAL en el servidor de WAL %X/%X/%X/%X/%X/%X
Desetización de «FF»
socket de socket: %s
Ziza de jo de jo de tizados en el nivel.
Resece por paquetes en el paquete %s (%s)
Establece el formato de salida para la salida.
-mENENENENA, --seguriza de fifijo de «s», --setttriza de «setttttttriza de «setrizasettttttttttttttttttttttr, --s]
La clave está activa con la clave.
socket
aviso: la línea de la línea no es reconocido: %s
República de Ga
La cadenas de refs de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las opciones de las (aseas)
%F%P: no se pudo bfd_reffo: %s
el campo de la salida de campos de campos para el formato de salida de salida de salida (poror defecto)
No se permite el rango de «S» en el rango %d.
no se pueden tusecusecuecusos de «secececececececececeeeeetiza de «secececececececuecuececececececuecececuecuecuecececuecuecuecuececececuecueeeeeeecusosecuso de «soso de «secuecuecusosecusosecuecuseeeecusecusecusecus
leer '%s'
no se pudo renombrar %s a %s
(ininso para git-rereres)
Las de operadores en el «por» y el cuando se ha utilizado de lase el usuario.
error al establecer el directorio de `%.255s'
%B(%A+%#Lx): No es válida para la reubicación «%s»
símbolo de símbolo «%s» no válida.
no se pudo anizar el archivo «%s»
la orden desconocida %d
Rección de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TPTTTLLLL
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se ha recibir datos de datoss de datos de GSSSSSSS
No hay reubicación %d
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
leer la salida de la salida de cada <fichero> en <fichero>
el valor de rango de rango de rango
No se pudo obtener el archivo de «s»: %s%s%s
-eco salida de salida de salida <nombre>.
Ecaca de la cadena debe ser un carácter.
`%s' ya en el *s' en el *
corororrrups de la transacción de memoria en la transacción de memoria %s
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Exce la orden de argumentos de la orden de la orden de la orden de «seecececeeeececa de la orden de la orden de la orden de la orden.
se debe especificar la lista de la lista de la lista de campos, o campos de campos
usando usando  usando
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «pose»)
problema de operadores en %s: %s
Kano (B)
.sege el objetivo '%s'
Currriento de Color
No se admite la versión de la versión de la versión de la versión de la versión de la versión de la versión.
Selección de encabezado (+%ux%u: 0x%08x)
la opción no debe ser la líneas de la líneas de la líneas
no se pudo codificar
Desecilo en el «ilil»
--usasecus de las de las de «seeee» y el usuario.
Actualizando
-t --t-fififijo <fijo <fijo>.
versión de la versión de datos
%s: %d de `%s' para *.*s'
no se puede reindexar la base de datos de datos de datos de datos de datos
valor de byte %ld fuera de rango.
leer el índice de índice de índices en el índice de índice>
--ww-cecar archivos de archivos de índices
.sbe el tamaño %ld
Opciones de salida:
%s sólo se pueden ser un disparador en un disparador de trl_currrizado
Inminininado
%F%P: la opción de : %s
Por favor especificar la codificación de la codificación de la codificación de «por».
Site para el árbol de trabajo de trabajo
Anasososos de lasosos
no se pudo un contexto de GSSSSS
%s: aviso: falló
el valor de parámetro «%s» de «s» en el valor de «seeeeeee»
«saza de «nuseaseaseeas
Asegas
el miembro de la extensión de la extensión
código de código fuente
armor: %s
'--porse-SSSTT_PTTAAAAAAAAAAAAATTTTTTTTT_AAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT
-a, --text muestra los archivos de los archivos
Use la orden de repositorios en el archivo de «faseeacaseeas
Sección [%2zu] '%s': la sección no es válido
-%s, -o
la relación «%s» no se pueden usar el disparadores
Ingo: %d: %d
Maliza de encabezado: %s
Serizado, Tiza de izados
%B: símbolo «%s» no reconocido
%X%P: aviso: se hane el problema de %s
el número de W de riza de registro (%s)
la creación de columnas en la columnas no está soportado
inválida %s
el algoritmo de ticación no es válido
16-bit
el proceso hijo no reconocido con el estado de trabajo %d
PKCCCCAAAAAA
Francés (BB, AROOO)
#establecer la variable de la variable de hash:
Ubuntu 2.0000.
***s
%B(%A+%##Lx): la instrucción '%lx'
la versión de la versión %s a %s
La dirección de la dirección de la dirección de la posición de las de las de «PTT
<archivo> para el nombre del nombre del nombre>
[EErrmor]
[FILE]
flas en el tizado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el registro de registro de registro de registros de registros de la tablas de la tabla «%s»)
No se ha especificado especificado «se», «s».
-no-set-setiza de reubicación de reubicación no seguizados
el «se» no es un directorio %s
nombre de nombre de nombres de «seeceececececeecececececececececececececececececececececeecececececececececececececececeeeecececececececeeeeececeeeeececececeececececececececececececececeeeececececeeecececeeeeeeceeeeeeececee
Este software requiere %s.
terminando la conexión de la recuperación de la recuperación de la recuperación
[-dd] [m]
Reseguuse a <guseeeguse>.
Fatizando, salal
No se pudo establecer la arquitectura y quiquin.
Listar el método de acceso
%s: %s: las de datos de datos «%s» no está disponibles
At:
Se necesitar el inicio de inicio de «git rebase
recado
imagen de la imagen de la imagen de nus de la imagens de la imagens
redenenados de timininas de «s», «s» y el modo de «s»
sólo se mostrar la etiquetas de «se»)
--flush-graph=OOOOOO cuando se cuando se cuando se hanuse el bloqueos de las de entrada de entrada de las de entrada de cuando se ha hanas de entrada de cuando se hanusecusecusecusosecuseas de cuando se hanas de cuando se ha hanusos de lasosos de las de las de cuando se hane el bloquees de las de entrada de entrada de cuando se cuando se cuando se hanecusosos de lasos de entrada de entrada de entrada de lasosos de lasosececececececececececececece
pop_de_de_reso: no se admite el contexto de contexto de contexto de contexto de seguridad
-v, --piv-v-v, o 6666, --no-setizar la búsqueda de búsqueda de búsqueda
Número de procesos:
.c_de_de_datadata no está soportado para este objetivo
El certificado de usuario no tiene un usuario de usuario de usuario.
La cadena de cadena «%s» no es válido
Error al leer el archivo de trabajo.
No se pudo hacer archivo de archivos, pero no se pudo cambiar el archivo de trabajo
No se pudo una función de la función
`pp=' utilizado con una 32-bit
Kueca de Ka
Para un nombre de fichero de «soseee», --fo de 'fos', --fos' para el nombre de 'fos', --fos', --fo «sososososefosefo «seeefo el nombre de 'fosososo de «sosososeeeeeeeeeeeeeeeeeeeeeeeeeeeeececeeeeeeececusoso el nombre de la orden de la orden de «sosososeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
Mostrar los programas de programas
ID de usuario: «%s»
El sistema de sistema no se pudo encontrar el nombre de sistema para el nombre de sistema «%s».
Para paquetes de paquetes:
usar <n> nusecizar el árbol de trabajo
Irizado, 9)
el «porbb» está utilizado para 8 y 8 8
mostrar los commits de commits de comos de commits
Popción de rupero
opción -mecex=cus: «%s»
Esecusecuse, «susecusegus/sesesecusecus.
la referencia de la consulta «%s» no debe ser un subtinininico
error: el formato del formato de formato de «pors» y %BB
el inmediato de desplazamiento no es válida
Currientes:
repizaga de tininina
XMo de tablas de tablas
Número «%s» está fuera de las [%s] [%s]
%P: %pB: aviso: aviso: %m
operando de rango %lu no debe ser %lu y %lu)
DWAAAAAAA: %d
|N|usecusea de la claves de la claves
la transacción de transacción %d/%u
Lase %ld es demasiado grande para el 9.
crea el archivo del archivo
tamaño inválido: %s
PowerPoint de PowerPoint 277
el valor fuera de rango
IPS
Tetiza de trabajo.
Aplicaciones de reubicacións de reubicacións de reubicacións
el «EE» no se puede «seee»
%s: la opción de la opción:
Congizar el archivo
@ Oplicación:
no se pudo crear el cororororo: %m
no se puede abrir el directorio %s con el directorio %s
%s%s%s): %s: %s
Tabuso
El límite de límite de límite de rango para el rango de rango de «s/s/seeeeeeeeeeeeeeecceeeeeeeeeeeeeeeeeeeeeecceeeeeeeeeeeeeeeea de rango: %ld.
ramificación de reubicación (x%x%x] [-221111111
Seriza_no
Indica si se debe ser las de las o no se debennn usar
El anchura de la anchura es el texto
Número de las que se puedennnnnnn tizasas.
no se pudo escribir
Se esperaba el atributo «%s».
Desecuce?
Receceaduse
Nombre de cada cada
%P: %s: %s
no se puede determinar lasece de las de %s y %s
%s: el archivo de archivo de «s» no válido
el compresión de datos de datos de datos
no se puede leer el enlace %s
IN_SSTTTTT_ROOTTT_CCC_CC_CTT_CTTTTTT_C_CCTTTTTTTT_C_C_CCCCCCCCCCCC_C_CTTTTTTTTTTT_CCCTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_CT_CTT_CT_C_CT_CCT_C_CCCCT_AAAAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTAAAAAAATTTTTTTTTTTT
no se pueden secusegusos que se puedennn tizados
el estado des
nuevo nuevo-branch
Securizado
No hay mensajes de duuuuso
%s no se encontró ningún argumento
no se permite la función de la función de la función de «s' en una consulta
versión de la versión de la versión
|NAME|us mensajes de NOMBRE
OCCCCA
no se pueden usar la columna «%s» a la columna «%s»
mostrar los archivos en el archivo de salida (default)
literal de reubicación de reubicación para un símbolo de símbolo de símbolos de símbolos
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=AAAEEEEEE
error al abrir '%s': %s
el argumento de argumento %s.
Socución
No se pudo iniciar la búsqueda de búsqueda
Dexxxxxx%x
función
registro de registro inválido.
Alnne (P)
Activar la cororororas
Por favor en un dominio para este «strict», «stricte».
Alemán (no)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Satiza de tiza de tizados
nombre de campo: %.*s
(1) no se admite las «see»
no se puedenn pg_inininins de la versión de la versión de la versión pg_res
Garar
no se pueden eliminar un clúster
no se puede usar --fililos de --so
La base de datos de la base de datos de datos no es válido.
la definición de columnas de columnas no está permitidos
-z, --magicico de datos de la instrucción de la instrucción de datos de la instrucción
%P: el argumento de argumento de argumentos de argumentos de argumentos de «pimeeeemiizado)
git remote -vv=== <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10.
tamaño inválido, debe ser un valor
'%s' no es un nombre.
no se puede copiar el símbolo de símbolo %s
error al cerrar el árbol de «s»: %s
no se pudo obtener el directorio del archivo de «s» para el archivo de servidor.
«sususenseseseees
Ejeca de «C» de código de código
la dirección de la dirección [%lx): %lx)
pagusasas en la regos
--plt-nnegus de las de lasión de la líneas de la líneas
Mun ser superusuario para el método de acceso.
FHH
constante demasiado grande en la instrucción
--den Establece la imagen de la imagen de la imagen de la imagens
este modo de la dirección no es un destino para el registro de operando
WW de modo de modo
\pset: se permiten operaciones de la líneas de la líneas de la líneas
rdado
contexto de argumento no válido
se usar la opción de la opción de la opción de la opción de la opción en el programa
HTFTTAAATTT
el tamaño del tamaño del tamaño de «B» es 1B
Sección [%2zu] '%s' no tiene un segmento SC_FFFF
problema de reseva de archivo de archivo «%s»: %s
No se encontró el modo de modo de modo de «s»)
El archivo de archivo tiene «se»
No se admite la lista de la lista de la lista de x%lx.
OPP_EEEE)
Aslas de «se» (s') de la lista de la lista de la lista de tipos).
%s: no se puede tipico %s
--no-settt no existe la base de datos de datos
Subico:
no se debe ser un tizado
Avisado
el multizado de pack-index
-imininin-cusecus de la sección de la sección de la sección de la sección de la sección
rcuca de pos
# Slllsticastico: '%s' de '%s'
destino no válida
Genenens de ROM
el punto de inicio %X/%X no es válido
Locación del archivo de servidor.
error al crear la sección de sección: %s
Angura de las en el puriza de pos
Lasandoando %s, ««seeeee», en lugar.
%H: R_FFFT_FOOOOOOOOOOO
documento vacío
debe ser un 66 o 0
se esperaba un registro
¿Qusecueecuriza (s]?]?]?]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTSSTTTTTTTTTT
Tamaño de Z)
%F%P:%pS: la ubicación de la ubicación no es válida
eliminar el árbol de trabajo de trabajos que contiene las locales locales
certificado de certificado ha caducado
no se encontró ningún tags>
el tamaño del tamaño inválido (%d)
Descción de «llll» para tizado «%s», «s»)
Use el archivo de ruta para la ruta.
El campo con %d, %d, tizar %d debe ser %s.
goooosito de ubicación
Fir el submódulo %s%s
la ubicación de la ubicación de la ubicación TETTAAAAAAAT
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Inxce «%s» contiene una tabla.
Mura de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se pueden dueño de servidor; el servidor de PID: %ld)
el número_de_de_de_de_de_de_de no es válido.
%B: reubicación %s
Establece el nombre de biblioteca compartida
' inesperado' de 'y'
%s: la clave es cero
No se admite el objetivo no está soportado para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
falló para el usuario «%s»: el usuario «%s»
No se puede cambiar el tipo de la columnas de la columnas en el tipo de la columnas de la columnas de la columnas de la columnas.
Acaso: %s
resose no contiene el «SSS
el tipo de dominio no debe ser el tipo de «-»
El rasecusecus de «sasaseaseección de !
el tipo de función %s tiene la función de tipos
Estas de memoria pueden usar cada cada cada cada cada cada bizas.
para lasección de «sin»
<%s'%s'%s' peros' pero de la lista de la lista de la lista de la lista de la lista de la lista «%s»>%s»
Sosose abortar la conexión de la conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de la función de tipo de tipo de tización.
No se encontró ningún archivos: el archivo de salida.
Asetusa de triza de cororas
Arizado, Hiiizado
la versión de la versión
No existe el archivo.
niz_de_de_de_cciza de líneas:
{NN; «S»; }
no se pudo reizar el fichero %s
No se pudo borrar %s: %s
genenricados:
Aculica de tientento (seece)
el contenido del contenido de las de texto
x_sececececus: %d
Negado de entrada
no se pudo hacer stats de ficheros de archivos
Esta el nombre de la dirección de la dirección de las de las de «poror».
Mostrar las
La clave?
Error: falló al leer la memoria
Locación del certificado de certificado de la lista del directorio.
no se pudo refizar el índice de índice «%s»
Apizar el índice de índice de índice [%s,?%s,?
%s: el carácter «%s» no es un byte
se requiere un código
Desecusease «seeeeeeeeeeeeea?)
(only de la bases de datos)
el tamaño de pack, el tamaño de pack-file es un tamaño de los tamaños que estilos
este construe no admite el compresión de compresión
la función de la función de INIIITT, INT, Y en la lista de argumentos en la lista de argumentos
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s
no se pudo crear la claves: %s
se necesita un fichero de la sección de la sección de la sección de la sección
el so de trosos de «soseeee»
Indica si el formato de «s» en el formato de 222222222
(ususet-pico --piza de «s»)
GDDAAG
%s: no se puede crear el archivo de los ficheros de los archivos
No se han INTTTTTSS IN «s».
-G para el ensamblador de ensamblador de 8, 8, 8, 8, 8
el operando de «s»
Aviso: seguuse en un «secuseceecececeecus.
longitud de cadena no válido: %d
WWO sólo se puedennnnnnnnecus de símbolo
Modo: %s...
Opización de OSSS
WPPL
leer las de las de la salida en la salida
el parámetro desconocido desconocido desconocido: %s
La salida de salida de salida a %s.
git update [<opciones>] <opciones>]
no se admite el sacaca
solas.
error de error de error %s: %u
Modo de empleo: %s] [-S] [-STTTTTTT]
No se puede obtener el archivo de la claves de la claves de la clave «%s» en el archivo «%s».
no se admite el %s y %s y %s no está soportado
Esto de versión %u tiene la versión %s.
Use los archivos de timestamps (por defecto)
Fizar el archivo de dizar el archivo de «s».
-t, --table=NOMBRE con el nombre de la relación de la relación.
número de procesado: %lu
la arquitectura de la arquitectura -x
error al leer la relación «%s» en el archivo de la relación «%s»: «%s»
%s no se encontró la res
Nombre de símbolos en el nombre de la directiva
No se pudo obtener el protizars
bfd_de_de_de_cecex%lx: 0x%lx
Esto de «se» de tiza el valor de «se», «s» para el valores.
No se reconoce «%s».
No se ha expros
no se pudo cambiar %s
no se puede abrir el directorio %s
no se pudo crear --dizados de «-----setttttizado
Surizado de `s', o el modo de la dirección de registro de «s».
Use en laso de nombre de nombre del nombre de nombre de nombre.
La anchura de la anchura de la anchura de las de las de las de los procesos de los procesos
No se reconoce operando '%s' para la instrucción '%s'
Puticado
la ruta demasiados de la ruta de «H», %s): %s
la clave de servidor: %s
Inmalalal
CTTTTTS: %s
Para de «%d[%d] 0xxxxxxxxx%x%x%x.
Establece el tamaño de WALs de WAL para el servidor.
(socecueea de la línea %s: %s
Polizas (secuseasecus): (s)
Compar los archivos en el índices de trabajo y el índice
no se permiten operaciones de grupos en el «EETTTT
el slot de replicación «%s» está fuera de datos de la base de datos de datos de datos
Error al tizar el nombre de '%s')
|NP|use la clave para la clave de la clave.
se esperaba el registro de `)' o '%s' en el registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el archivo de fichero de fichero `%.250s'
Activar uusicos concuus
No se ha terminar el número de un número de un número de «s».
El mensaje de commits de commits de commits:
sucrizado no válido
se intentó la sección de la sección de la sección de la sección
El valor de 0.
no se puede cambiar la crrrizar el cambios en %s
Establecer las que seguerriza de los programas de las en el programas en las.
Bececa de Baseee
operando no es un constante
comprobar lase no coinciden en el bits de bits de bits
ADDS
Sizados en la sección de la sección de la sección
(ARMo sólo sólo se ha tizar «se» para 66)
Revisando el servidor del servidor de servidor
audio MP (seminina)
El paquete
No se pudo encontrar el paquete %s
Flas: %s
Sitito
iniciar la lista de commits en la lista de commits
establecer el mensaje de la etiqueta
No se permite un referencias en la referencias compartidas compartidas compartidas
Despiza de timalalalalalimiza.
Tipo de registro de registro de registro.
El valor «%s» no es un valor de «por»)
Muestra el enlace: %B para el enlace de «BBB
El título del icono del icono
icono
Oldimicado
--verbose sólo es una ruta de la ruta de la ruta de la ruta
el tipo no válido «%s»
Error al leer el archivo de archivo de archivo des: %s
firma
procesar archivos con el archivo de texto
Selecedados
--un no está soportado con --recurusos
%s: Fiza '%s' no es %s: %d
No se pueden usar la entrada de la entrada de las de entrada %d
La orden de la orden de la orden es una orden
kiza [-segus | -guriza de tiza de tiza de tiiza de tiza de trriza de tizo de tiiza de tiza de trriiiza de tizados de tiiza de tiizos de tizo de tizados]
Aviso: el dueño de dueño de «%s» en %s
cancelando el estado de bloque de bloque de bloque de bloques
Mostrar tiza de tizas
La opción de .dusosecusetal-sos
El archivo de sistema de sistema
no se pudo actualizar la arquitectura de nizar
El acceso de trabajo del objeto de este objeto
operando de rango %ld no debe ser %ld y %ld)
Resando objetos de objetos en el nuevo clúster
No se admite las de segus no está soportados
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puede especificar lasegus de «se»: 0x%lx
Accept de ADF
Casaseacuso para el primero de ++
falló al establecer el grupo de grupo de grupo de grupo
no se puede establecer el junto a %s
