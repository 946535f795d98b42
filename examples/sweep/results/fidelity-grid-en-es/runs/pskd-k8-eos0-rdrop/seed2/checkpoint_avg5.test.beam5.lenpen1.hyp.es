Si se debe ser los botones de los botones en el botones de las
Incurizas de las de las de rizos
no se pudo crear el archivo '%s'
El dominio de dominio a dominio, o NLLLL para dominio
%s no se puede ser una función a una función
ignorado
problema '%s' a '%s': %s
-n, --quiet, --verbose muestra los tentes de pasos de tientes
no se puede usar la expresión de la expresión en la expresión
Dasasas de «s»
El archivo de «s»
(useasetietie)
Exccciones
el tipo de caracteres `%c' en el tipo
Error al abrir el fichero %s: %s
plano escribir el proceso
especificada de datos de datos de datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el fichero %s
RRRA
Error al leer el tipo de parámetro %s: %s
el ref de configuración '%s' no es válido para '%s'
Montizas de «s»
base de datos %s
No se puede duuso
clase no válida
Por favor «s» de la claves de la clave:
--ceca un nombre de rama
Define el número de mietizas en el nuevo clúster
USRR, Co de lasión de «s»
Indica si la línea de la líneas de la líneas de la líneas de las de la líneas, tizas de la líneas
Cacacas de la claves de las de la claves de la claves (secas)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntuuntu 9.10 Ko.
Taza
la opción -CC no se pueden utilizar las de las opciones de las de las de las de las opciones de las de las de las de las de las opciones de las opciones de las opciones de las de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las de las opciones de las nnn utilizadas de las de las de las opciones de las de las opciones de las de las de las opciones de las opciones de las opciones de las opciones de las de las opciones de las opciones de las opciones de las opciones de las de las de las opciones de las opciones de las opciones de las opciones de las opciones de -
Mover un archivo, o un directorio, o un directorio
Necalizar la dirección de la dirección de la dirección
Paamama de Zo
El número de «s» de lasión de las de la pantalla.
Vizados
Las opciones de la función de la función de las de «s», --sececececizas, -t, --secizasecal-sececizasecizasecalizasecizasecal, -t, -tizados, -v, --s, -t, -t, --s, --se el nombre de las de las de las de las de las de las de las de las de las de las de las de tizacececalizacalizacecalal, --secalizacal, -mal, -t, -mal, -tizacal, -
el archivo de «s», pero no está soportadas de datos
Cololols y plases, «s»
línea de línea no válido %s
no se admite las opciones de rizas no es válidos
Time a :
salida de salida en la salida de la salida de la salida de la salida
Sección [%2d] '%s': hash de dispersión de «s» para el índice %zu
No se permite el valor de «s» en el valor de «s» en el valores»
destino
Xfintiza
core y tros en el tipo de 32s de 32s de 32s.
: se admite el tienenenas de tipripripriprizado
No se ha detectado el árbol de trabajo.
Francés (Suizas, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección de sección_ST_FT_FF
operandos de operandos de operandos en el tipos
iniciar el inicio de inicio: pg_prizas
no se puede encontrar el registro de «MMMMTTTT
Cacción inválido: --attiza de --acatizatizatiza
el archivo de ruta de ruta de configuración
no se puede iniciar %s
No se ha «s» en el «s» en el «s»
Modo de empleo: %s [opciones] [d)
la opción '%c' requiere un argumento
No se reconoce el IN_TTTT_GGGFF
No se ha «s» en la definición de los símbolos de ficheros de ficheros de ficheros de ficheros en el ficheros
la opción --no-conflict-sesetizas de la opción --setizas, --s, --set-se-set-set-set-set-sesesesesesesesesetusetusesesetizas, --s, --s, --set-set-sesetizasetizasetizaseset-setizasesetizasetizas de la opción --s, --s, --sesecasesetizase --setizasetizas, --s, --se
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Descecase de ventanas de una ventanas de una ventana
-a, --alles de la base de datos
<stringo de índice: %ld
El valor de «s» para el valor de «s».
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el ro «%s» no existe
falta la cabecera de encabezado: en la línea de línea
--no-intizar-ininins de «s» en el modo de «s»
No se admite el elemento des en el elemento
no se pudo actualizar el «s» o «s».
-mamas==88666666, 888, 8, 88, 888, 8, 8, 888884, 888888888, 8, 8, 8888666666663333333333333333333333333336666666666666666666666666666666666, 8, 8
<las>
Se esperaba un argumento PRRRRO
Tipo de %s no está implementado en el GT_Isece
fallo al analizar %s
Maca de x
la instrucción no es un modo de la dirección
abortar la transacción actual actual
skipipido: %lu
no se admite '%s'
El número de registro de registro a un widget a un widget
la ubicación de WAL de WAL de WAL %X (X/%X/%X/%X/%X/%X/%X)
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válidos
Cdrom con Ubuntu «4».
Marca %s
descrimiminas de cero
El inmediato está fuera de rango para 555555
-f, --aciltiza no pueden utilizado
Macizar el archivo des de las de archivos de archivos de archivos de ficheros
%s requiere un valor
Lista de la opción XBBB
se ha escribir el registro de registros
%B: número de reubicación no válido: %d
kko de «s»
-X, --exclude-dir-sorsecortizar la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de las
tipo: %s
número de local %s a %s
la clave %s utilizado %s (%s)
abortado de abortados por el fallo
instrucción requiere un índice
debe ser un «-check» en la resepaseparsetipos
no se pudo crear el tablespace para el tablespace %u
--secce el tamaño del tamaño del tamaño de la pila>
no se debe usar el índice en el índice de «2»
aviso: %s contiene un puntero
¡CCCCCSP '%s'
el valor de campo de campo de campo de campo «%s»: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incasecececasecas de las de %s (s).
Interteral: error de error de error de tizar: «%s».
Datizado de abortado.
Bulse
documento de Aporas
sección 0x%u] [%u]
refs_rese_regu_res
%s: %s: el registro des de las de las de las des des desecaso: %s: %s
Vera: %s
Viease
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un «s» con un «s» (s»)
Error al leer SDDD
-?, --help=help=opciones] mostrar los ayuda
Verasas de jusos
Símbolos de instrucciones para una instrucción
no se puede borrar el «s»
la función «%s» debe ser tado para la función
Sapando instrucciones de instrucciones o
no se pudo analizar la lista de «D»
valor inválido para '%s': '%s':
La cabecera de la cabecera de la cabecera de las de las de tizas
no se admite las páginas en este procesador
Mose un YRRRTTTT
No se pudo crear el símbolos en la sección de sección
Define el número máximo del número de multés de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOOOOORRRRO]
desecacacacacar
el archivo «%s» contiene una cadena no se ha terminado %s
cliente un cliente no válida
caracteres no válida
Establece las PRRRRRRRRAAAA
@%s no es un reubicación.
Generar los mensajes de mensajes
%s: el directorio desconocido
(conoseca gitgitgit rebase --continue)
revisado no está definido
El archivo de «P» (comprimido)
no se pueden especificar un argumento de el argumento %d que el argumento %d
%s tiene un parámetro
Falló la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Falizo:
Actualizar (P)
No se ha cambiar el repositorio
<nombre>
--local <entry> tienencececuriza de la entrada
cambia la definición de la búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
no se puede establecer el iniciar el iniciar el archivo de «50s»
error de sintaxis de la sintaxis de «s»
Apar las cambiados de commits de commits
Se admite el valoreseseseses de «%s» y «%s».
no se encontró las entrada
el tamaño de objeto de objeto
Musos de «s»
ADVERTENCIA: la clave de clave de clave no es una clave
el tamaño de pg_enensece el tamaño de la relación no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de iconos en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de datos
Tamaño de resorar la resemora '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «s» y el segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s opciones de la opción de «s» en el archivo.
no se permiten la función de función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la funcións
Kuriza (S)
comprimido de comprimido
Establece el tamaño de la tabla de tabla de tablas de tablas de tablas de tablas
Sisecuase el directorio de WAL de WAL «%s», peros».
|aduse-susettuus
(uso: %u)
ADVERTENCIA: no se hanne el directorio des de configuración '%s' en el directorio «%s»
Quiza de paquetes
-m-no-]%s1-sesetiza de %s
Catiza
Actualizar el acceso de acceso y la fecha de las de acceso
los mensajes tiene un mensajes de las de «#» peros» no soportadas «#»
Ezario
%s: el fichero de entrada de entrada de entrada de entrada
el registro de registro de registros no puede ser DSTTTTTTTTTTTTTTTTT
\pset: líneas de la líneas de líneas de la líneas, líneas
No hay elementos de elementos de software para este elemento.
-d, --dbname=NOMBRE base de datos para el nombre de datos de datos de datos «%s»)
no se esperaba un contexto en el contexto de línea
%B: reubicación de reubicación de reubicación de reubicación %s
dirección de la dirección de la dirección de la dirección
El probó un probera un YYY.
la codificación «%s» para la codificación «%s» no existe
Masistizando comos de comos.
%s MiB de memoria de memoria no está soportada.
|UEAAAAAAAAAAAF para la clave de clave
cancelado por el usuario
Kusos
word es demasiado grande a un índice de índice
República de No de Nera de Na
Excececaca de argumento
el nombre de límite con el valor de rango de «s» no debe ser un «s»
-PRAAAAA de la contraseña a un servidor
Alemán (B)
puntero de registro de registro de ZZ
la directiva .end' con .cececentado de la directiva
Runa en el directorio de datos de datos de datos de datos de datos de pg_s.
Darga: Error de «s» o no válida
%s y llllicos de ficheros des des de tuls
«s» en esta instrucción de instrucciones de instrucciones
símbolo%d
-333 el fichero de 32 bit de 32 bit bit de objetos
OP_ROOOO en el lución (setiza)
el modo de modo (%s) no coincide en el modo %s)
el nombre de *, nombre de %s: %s
[OPCIÓN...]
no hay la sección .secizar la sección de la sección
No se admite el parámetro de «s» para el repositorio
Se hacita el sistema es el sistema.
la es válida '%s'
compendrime> en un árbol de trabajo de trabajo «s»): «s»)
no se pueden con ONCCCCCTTT o UPDATE
[F]
no hay argumentos para el argumentos para el cursor «%s»
Descasa %s en %s
la columna «%s» en el valor de la columnas»
procido
%X%P: no se pudo bfd_rego: %E
INPTTTTTTTT
no se puede ser grupos de grupos en el grupos
%B: utilizado de las de campos de campos (%s)
debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(ma de clave %s)
Se esperado en lascución.
--%s" en el argumento de «s» y «b»).
Este el modo no está soportado en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de modos en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de salida de salida
el mensaje inesperado con el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de niza de modo de modo de «s».
la opción SP: --apasas de las de las de las de las de lasecacacacas de las de las de las de las de las de las de las de la opción
Maseca de Mas
.T_GOOO contiene un objetivos que el objetivo
Manano
Francés (D)
el valor de «s» no puede ser un valor para el valor de un valor de la codificación.
%s: aviso: el archivo de hiseguse el archivo.
iniciando el flujo de WAL %X/%X (X)
No se encontró la cabecera XPM
se esperaba 64-bit de 64-bit o un registro de 64-bit
Tipo de OAAAAAAAAA
codificación de datos de datos
documento de entrada de entrada MMMM
El valores de DDDB
Esto de la versión de la versión de la versión de «s» y «s» y %s.
Quito:
no se pudo generar el código de código de código
free: el tamaño de inicio y el tamaño de los tamaños de diffs
Muestra las
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket de socket: %s
no se pudo obtener (cons)
SHO_L_LLLLLLLL «EEEE»)
Esto de etiquetas de la etiqueta no es válidos.
no se puede usar esta instrucción con esta instrucción
%s no se pueden ser un : %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser «s».
establece la rama de la rama de la rama de la ramas
Se acua el repositorio en el repositorio para el repositorio.
El tamaño de la imagen GIFIF
el tamaño máximo para la base de datos de datos %s
%s no existe
-CCCCAA para el código de código de código de código
%B: no se admite el tamaño de memoria para el tamaño de memoria
Falló la clave: %s
se ha establecer el directorio de firma
Se hacionesita de las de las de la imagen de la imagen de «s».
Taca de YMMMMMMM
El archivo de archivo '%s'.
Por favor a la componente la componente el componente de la componente:
No se ha ha tados de «s».
República de Grizado
No hay riza (S/77)
definición de mensaje de mensaje
Bros de paquetes
STC_NT_PPPPPOOOOOOO en el po de +)
Reprización de riza
Motizados de «s»
no se puede crear la columna de la columna de la columna %s en la columnas
formato no válido
el directorio de control tiene un directorio %s (05555555.000)
El número máximo de «s» para el valor de laseseceme_se_se_sememimimime_rese_segosecececececececegegeguegegueguegeeegeeeegadosegadosegado
%s Ex:
ignorar refs que coincide con <pas>
Trininicos de tios
rango
3-bit fuera de rango
-f, --fifijo=STTTAAAAT, se el campo de la líneas de la líneas de las de la líneas de la líneas de la opción -s de la líneas de la líneas de la líneas de las de la opción -t, -f, --s de la opción -f, --s de las de la opción -f, -f, --s de las de la opción -f, --s de las de la líneas de las de la líneas de las de la opción -f, --s de la líneas de la opción -f, -f, --s de la líneas de las de la opción -f, -f, -f, --s de la opción -f, --s de la opción -f, -f, -f, -f, --s de la opción -f, --s
no se puede cambiar el directorios des des
La opción de opciones de la opción:
Grusos de tizos
de_de_memite
el nombre de procutado (notado)
la definición de la lista de la lista de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la
no se pudo anizar el «s» en %s
el valor de clave de claves de la clave «%s»
Activar
Inpus de salida y la salida:
«s»
Reseras de «s» para usar)
la reubicación tiene %zu
el valor de «Ix».
resecseseso no válidos (s)
buga: «s»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en el modo de modo 6
Error: la cadena de la cadena no válida.
Anusecuas y dus
sólo se puede ser un elemento de «S» para el elemento «%s»
-n, --sesesese el nombre de PID, --secus, --s, --secortiportiport, --s, --secasecasecasecasese el nombre de los nombres, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --setiportiportiport, --s, --s, --s, --s, --s de PID, --s, --s, --s, --s, --s, --sosecasecasecececusecortiport
imagen de comprimido de «A»
no se pudo encontrar el ID %d en el archivo de entrada de las de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entradas, no se pudos, no se pueden en el archivo de las de las de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de fichero de las en el archivo de entrada de entradas de entrada de entrada de entradas de entrada de entrada de entrada de entradas de entrada de entradas de las en el fichero %d
documento de «cecece»
Securizar el fichero de fichero: %s
No se pudo cambiar el archivo de fichero %s
el archivo de datos «%s» para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Susasos de Ros
pack de paquetes de paquetes
trasera(s) as)
No se pueden «s» para las que segusegusegus que tizados.
recibir datos de datos de datos GSSSSSS
Sisizados
No se puede actualizar el «s» en la configuración de las de «s».
Resalal
el árbol de trabajo de trabajo '%s' en las', «Fus»
«%s» no se puede ser «s»
No se encontró ningúnún no se encontró
No se puede crear el archivo de «s»
-E, --den=OOOOAAAAAAA
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo de la cadena de la cadena de la cadena de la salida de la salida («-»)
Se hacita para la cargar la cargar la cargar la cargar la cargar.
el array de «s» debe ser un array
No se hacualsecual
Kos
no se admite la entrada de entrada de entrada de entrada de entrada
No se puedenar la cadenas de la cadenas de cadenas.
Si debe ser una función de la función de la función de la función de la función.
Ubuntuuntu «0».0»
La versión de protocolo no se encontró la versión de la versión %d.
Indica si se debe ser un widget
Catiza de CG
Empo en «4»
.*) fuera de rango (%lu)
CTTT_LLLLL (D)
No se admite el socket de la ruta «%s» en la ruta de la ruta %d)
%s tiene la función de la columna %d no está disponibles
Mostrar un botones de las de los botones de los botones de las de las de las de las de las de las de las de las de lasecuuulas de las de las de las
Si es el nombre de la clave de la clave de la clave.*s de *seciza el usuario.
Fora el hijo
Rimina de orden de orden:
No se pudo crear el proceso de proceso
No se puede abrir %s).
No se pudo.
permiso denegado al crear la relación «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
ECCCCAAAA
-- slot de replicación no pueden riza de replicación
No se admite el índice de la etiqueta de la etiqueta
Quuse de la resecurizado (s).
Xnego
Masisas de atributos de atributos
el fichero de `%.250s' es un archivo de rizado (por defecto) %d)
Dibibo
Tipo de «s»
adusea de la dirección de 16-bit
Apar: %.*s
Los valores de pg_pg_s:
*** *** ***
la opción no admite la opción de la opción
Celelsos
shell de tados
terminar el byte de las de byte
no se pudo iniciar el directorio de trabajo de trabajo %s
El número de la instrucción %u, no se puede ser un nombre de campo.
Susetados
--no- slot de replicación de replicación no pueden usars de replicación
subproceso de error ya de error de error de error %u
ubicación
No se pudo eliminar el nombre de «s» en el directorio de la línea en el directorio.
emplea -mcpu=66
error en el archivo de la caché «%s»: %s
tiempo de zación de rango de rango
no se pudo crear el pux_seccizar: %s
-F, --format=CCA' para el fichero de `s', --s', --s', --s'
Daca: %s
archivo de configuración
Alemán (adusecuus)
la tabla de tabla no reconocido: %d
Fontés de tizas
Rimalimito
El <%s> tiene un «s»
%s.0s de la versión de la versión de «s», «s».
La clave de clave de claves es un primero
Modo de empleo: %s...
Mostrar los símbolos de símbolos
skipizar las líneas de «s» y «s»
No se pudo hacer stat de símbolos: %s
\go no es un número de un número de un número de un número de un número de «b», pero
ignorar un NOMBRE para dueño de archivos de archivos
código de 32-bit
Replicación de tipriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la ruta de la rutas de la rutas
no se reconoce el parámetro de parámetro de parámetro «%s»: «%s»
%P: el NOMBRE no debe ser un NOMBRE; se «pe»
el cursor «%s» no es una tabla de la tabla de la tabla de tabla «%s»
Si (susetuus, con la claves)
no se pudo eliminar el árbol de trabajo 'git'
%s es un fichero de base de base de base de datos de texto.
No se puede cambiar el tizar
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -A requiere un «E»
%B: el número de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo cambiar el posos de «s»
No se reconoce la sección de la sección de la sección de las de la sección de las de las.
NT_ST_SMMMMMMMMEEEEs de tablas de tablas)
falta el .end para .func
no se admite el mapa de la terminal de %s [%s]
No
No hay expresión de expresión
protocolo
Arizados
None
se pueden usar COMTTT en tablas de tablas de tablas de tablas
no se puede abrir un bfd en %s
Saduriza
%s: falló
Fosos de como un como de comos (posetado)
procededido OTTT no se puede ser un valor de un valor de un valor de un valor de un valor de parámetro
exval: se setivados de tizado (%d (%d)
Tabo
[indizado en las de tizado]
Se requiere lasecita de la información de la información de la local.
no se puede copiar el datos de datos de `%.255s': %s
No se pudo cargar el archivo «%s»: %s
%s preppendización en %s
se esperaba un nombre de como «%s»
el directorio de entrada «%s» en el directorio %s
no se puede usar el índice «%s» no es un índice «%s»
%d de registro de registro de registros
dura de xección de «s»
No se admite el «s», no se admite el «s».
la secuencia «%s» sólo soportadas de la columnas de la columna
--dededesece el símbolo de cada símbolos de cada símbolos de cada símbolos de tizos, --s de cada símbolos de tizas de cada símbolos, --res de cada símbolos de cada símbolos de cada símbolos de cada fichero de tizados de tizos de cada símbolos, --s, --fos, --fos de tizados de tizar el símbolos de cada símbolos de cada fichero des des de cada fichero de cada fichero de cada símbolos de cada fichero de cada símbolos de tizados de tizados de tizado, --s de tizados de tizar el símbolos de t
Indica si
%B(%A): la tabla no válida
Estemomomomo en el algoritmo de búsqueda de búsqueda de búsqueda de búsqueda.
resecera de la función de tipo de tipo de función (s)
Aprrizados
Falals de la columnas de la columnas de la columnas.
-, --quiet, --continue
Tipo de tipo
falta el archivo de CT_RELT_REL
el sistema de la base de datos es un sistema
el nombre no válido en la ruta de la ruta no válido: %s
Cas: %s.
no se permite una lista de registro de registros
%s: aviso: falló al obtener el contexto del contexto de ruse %s: %s
Para la cadena de la cadena de la cadenas
%s: %s: no se ha «s» con un módulo %s con %s
Indica si se hacuar el contenido de contenidos existe
no se admite un Kurización de «K»
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea de líneas
Exporta de YMMMMMMM
no se pudo escribir el programa: %m
Indica si el tamaño de «s» debensesegegos
Esta las siguientes locales de los archivos de archivos des des des des des des des des des des des des des des des des des des des desecurizas des desososecuuurizas des des des desos des desecurizados de lasos des de las de las de las de las de las de las de las des des des des des des des des des des des des des des des des des des des des de las des des des des de las des des dess des des des des
No se ha seleccionar '%s' para '%s'
No se pudo crear el archivo de «s» en el directorio de «s».
chagando permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera: %s
No hay símbolos de símbolos: '%s'.
corrización no válida: «%s»
El valor de la clave para la clave «%s» en el archivo «%s» en el archivo de «%s».
El nombre de «%s»: el nombre no puede ser un «s»)
-p, --port=RRRRRRRRRRR): «%s»)
--secacas requiere el objetos para este objetos
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de «s»: %s
Verificando el usuario para el usuario de operadores de operadores
`s'
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
«0» debe ser un «P»
sección: 0xxxx%08x%08x%08x%08x%08x
ser menos de minus
no se pudo actualizar la configuración de configuración
No se puede «s» a un servidor
%B(%A+%#Lx): %s
Indica si el elemento de cuando se debe ser el grupo del grupo de grupo
Falló las de tizados: %s
guililo: '%s'
La expresión %s requiere una expresión %s
Desetizados
no se reconoce el valor de un valor de la función «%s» para el valor «%s»
Falló al abrir la conexión de la conexión de la conexión de la conexión: %s
el directorio de datos «%s» tiene un directorio
Usión de «s» en lugar.
error al importar la función «%s» para la función «%s»
el archivo de datos no es válido
Los de texto en el texto en el texto
Los de parámetros de las DH.
%s: ICCCFFF de %s)
define una función de agregación
Los archivos de archivos
no hay índices para índices.
Se ha «s»; el nuevo nuevo nuevo nuevo nuevo nuevo de entrada.
Verificando las aplicaciones en la aplicación
VERSION %d
Indica si se debe ser un número de «ens», «s»
%B: el nombre de fichero no válido: %d
No hay la claves (segasecacas, «s»)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL en el timeline %X/%X/%X/%X
Desecua de las local %d
socket no válido: %s
el nivel de Z-secuerase el valor de «s», «s», «se», «s», el nivel de «s», «se», el nivel de «se», el nivel de «se», «se», el nivel de «se», el nivel de «s», el nivel de «se», el nivel de n», el valor de «s», n», «se», «se», «s», «se», el nivel de «se», «se», «se», «s», «se», «s», «se», «se», el nivel de «se
El archivos de archivos en el paquete %s (%s)
Establece el formato de salida para la salida.
-m[A], --m-set---set------setizasetiza un valor de «--s» para el valor de las» para el valor de las» para el valor de las»
La clave esda con la clave.
socket
atención: la línea de la línea de línea %s no es reconocido: %s
República de Gazo
La cadena de cadenas de las argumentos de argumentos de argumentos de argumentos.
falta lasión de «s» (s)
%F%P: falló bfd_refff_sexes: %s
no se pudo establecer el campo de campo de la salida de la salida de la salida de la salida (pSSS)
No se admite el límite de UID de límite de rango %d (SST_SSTTT_SSSSSTTT_STTTT_SSTTTTTTT_SSTTTTTT_SSTT_STTTTTTTTTTTTTTTT_STTTTTTTTT_SSSSTTTTT_STTTTTTTTTTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTTTTTTT_SSSSSSTTTTTTTTTTTTT_STTTTTTTTTTTTTT_SS
no se puede tizar el «s» en un «s»
Error al leer '%s'
no se pudo renombrar %s a %s
(setalaliza para git-reres)
El valor de «Pe» en el valores de las de «E», «E» y el usuario.
error al timestamps de `%.250s'
%B(%A+%#Lx): reubicación de reubicación de reubicación no es válido
símbolo «%s» no se encontró el símbolo de la secuencia de la secuencia de la secuencia de la secuencia no válido
no se pudo escribir el archivo de zar el archivo «%s»
la orden de fuente %d
Reticción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
recibir datos de datos de datos GSSSSSS
No hay reubicación %s
Error al establecer el tipo «%s»: se esperaba el tipo «%s» pero «%s»
se leer el directory-directory> en el pativo> en <fichero>
fracción de límites de rango
No se pudo obtener el atributo de archivo des des%s%s: %s
-e --o de salida-cex <nombrenombre> de un archivo.
Se debe ser la cadena de cadenas debe ser un carácter.
`%.*s' ya en el *s'
corrrrupos de memorias de memoria en la transacción de memoria de memoria %u
el usuario no válido
no se pudo crear el dueño de %s para %s
El argumento de «cecus» o «s», «s» y «s», «se», «s» y «s», «s» y «se» y «se», «secu» y lasecusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecusececececusececuececececececececececus» y el argumentos».
debe especificar una lista de la lista de la lista de la lista de campos de campos,
tés
no se pudo analizar HEAD
El nombre de «%s» no válidos: «s»)
problema %s en %s: %s
Ko (BB)
.gge el objetivo '%s' no está definido
Cruriza de Color
No se admite la versión de la versión de la versión de la versión de «s».
Se ección de encabezado (++%ux%x%x%x)
la opción de la opción no debe ser «s»
no se pudo codificar el tal
Estecililo en $se
--usecase las de las de las de las de las de las de «SSSTT_SSAAAAAAAAAAAAAAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIIIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
Actualizando
-t-fijo <fifijo <fijo> a un nombre de un nombre.
la versión de la versión de datos
%s: o: %d.*s de `%s' yas' ya en %u
no se puede reindexar la base de datos y la bases de datos de datos
valor de %ld fuera de rango.
leer el índice de índices en el índice de índice>
--w-carcecurizar el índice CDX
.bse el tamaño %ld
Opciones de salida:
%s sólo se puede ser un disparador en un disparador de la función de la función de la función de la función de la función de la función
Camininado
%F%P: no reconocido: %s
Por favor de la codificación de la codificación de la codificación de «s».
Susecha de trabajo de trabajo 4
Ansecurizos de Dos
no se pudo aplicar un contexto GSSSS
%s: no se pudo obtener el fallo
el parámetro de parámetro «%s» para el cursor «%s»
Fusoseca de las de «s»
Apasoses des
la extensión de la extensión de extensión
código de fuente
armar: %s
falta el argumento=FIAAAAAAAAAAATTTTTTTTAAAAA
-a, --text muestra los archivos de texto
Usacaca el repositorio y el archivo de «s»
Sección [%2zu] '%s': valor de sección no válida
-%s o -o
la relación «%s» no se puede «s»
Incix: %d
Maliza de encabezado: %s
Ariza, Taciza de iziziza
%B: no se reconoce el símbolo «%s»
%X%P: no se puede abrir el problema %s
número de tokens (%d)
el sistema no está soportado en el sistema de la columna de la columna
%s no válida
el algoritmo de tificación no es válido
16-bit
el proceso de proceso de proceso de trabajo %d
La clave de claves de claves de claves
Francés (BRRRRROOO)
# La variable de variable de la variable de variables:
Ubuntu «0».0 «Ne»
***
%B(%A+%#Lx): se admite la instrucciones de la instrucción «%s»
la versión de versión %s a %s
Daca la dirección de la dirección de la dirección de «O», DTTP
<archarchivo> para el nombre de la arquitectura>
[Errrrior] -E]
[FILE...]
inflalas en el tado (%d)
no se puede obtener la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el valor de registro de registro de registros de registros de la tabla «%s» (s»)
Si no se ha han usar %s, %s.
-no-sesetiz-setiz no es un tizado
el directorio de «s» no es un directorio %s no es un directorio
el nombre des debe ser un nombre de «s»
Este software requiere %s, pero %s, pero %s, peros.
terminando la conexión de la recuperación de la recuperación
[-ddd] [opciones] [opciones]
Reportas de <suseguseguriza.
Faciza, lulus,
No se pudo definir la arquitectura de la arquitectura.
Lista de método de accesos
%s: %s: el datos de datos de datos «%s» no está disponibles
Atado:
Sitita de inicio de «git» para «git»
tado de control
Mana de la imagen de la imagen de la imagen de imagen de imagen de imagen de imagen
el modo de «s» en el modo de «s» y «s» y «s»
solo de tags (securizas heads)
--flush-sece el cuando cuando cuando se cuando se «Is», cuando se ha ha «TTTTTOOOOOOOOOOOOOORRRRRRRRROOOOOOOOOOOOOOOOOOOOOOOOOOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAT, «IIDDDDDDDeeeeeceeceeasecuuuuuuuus de los datos de los datos de los datos de los datos de los datos de las
pop_v_voso: no se pueden «s»
-4, --p-piv-sv, 666666
Número de procesos de trabajo:
.cfi_de_de_pppdata no está soportado para este objetivo
El certificado de certificados que tiene un usuario de «s».
La cadena de cadena «%s» no es un UID
Error al abrir el archivo de archivo.
El archivos de un archivo des, pero no se ha ha ha cambiados
Falló una función de la función de la función
`pp' con un 16-bit con 32-bit
Kuiza
Para un nombre de archivo de «s», --se-fo de «s»: %s
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de sistema para el nombre «%s».
Para de paquetes:
usar <s> yacurizar el árbol de trabajos
Ir, Oriza de 9 (9)
«spbbbbbs» y 8 es válido para el 8
mostrar el commit <nne el commit> comos
Purupupo
-mecex=s: `%s'
Esusecuse, «s».
la consulta de la consulta de la consulta «%s» no debe aparecer
error: el formato de 666 y el formato %B y %B
el inmediato no es válido de 2-8
Curiento:
replas de resega
XMMo de la tabla
Número «%s» no está fuera de %s [%s]
%P: %pB: aviso: aviso: %priza de `%s'
operando de límite fuera de rango %lu (%lu) no es %lu)
DRRRAAA: %d
|NNo de la clave máximo de la clave de las de las de las de las de la claves
la transacción de transacción %u/%u
Valal %ld es demasiado grande para la rama.
crear el formato de formato de formato
tamaño no válido: %s
presentación de 777
desplazamiento fuera de rango
IPS
Intizados de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación
las de «E» no puede ser «S»
%s: emulación de la opción:
Conge el fichero de ubicación
@:
no se pudo crear el creado: %m
no se puede obtener el directorio %s con el directorio %s
%s(s): %s): %s
Tabos
Deseza de límite de rango para 64-bit: %ld
ramificación de reubicación de reubicación (0x%lx)
Securizar_nono
Indica si se debe ser lase o no debe ser o o o no es
La anchura de la anchura está activado de texto de texto
Número de multés que no se pueden usars que se pueden «s».
no se pudo escribir las)
Se esperaba el atributo «%s».
Suseca?
Resetizado no válida
izar el cada cada cada cada
%P: %s: plulululugin
no se puede determinar las de las de %s y %s
%s: el archivo no válidos
el datos de comprimido de datos de datos de datos
no se puede leer %s
C_AAAAAAAAAAAAAAAAAAAAAAAAAAAAT_AAAAAAAAAAAAAAAAAT_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATTTTTTTTTTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
se puedencionar un tizas de tizados
tés
nuevo nuevo-branch
Se recrrizado
No hay los mensajes de HEADs de HEAD
%s no se encontró ningún argumento
la función de función de función no se permiten en una consulta «s»
versión de versión de versión
|NAME|usas de NOMBRE de NOMBRE
código OCCCC
no se puede eliminar la columna «%s» a la columna «%s»
mostrar los archivos en la salida (por defecto)
literal de reubicación de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=AAAAAAAA
error al abrir '%s': %s
el argumento de %s a la directiva.
Socción de tado
No se pudo iniciar el proceso de búsqueda de búsqueda
Exx%x%x%x
función
Opciones de registro de registro.
Aluso (P)
Activar la coras de «s»
Por favor a un dominio dominio dominio, o «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapas de ttizas de ttttttt
nombre de campo: %s.*s
(1) no se resecurizados en las en las)
el clúster no hay versión de pg_resegusecurizada
Garar
no se puede ser un clúster
no se puede usar --filillas con --dins
La base de datos de datos de la base de datos no es válido.
no se permite la lista de columnas de la función de la función de la función de la función
-z, --magica de la instrucciones Matiza de datos y instrucciones de la instrucción
%P: el argumento de argumento de argumento de --m-shatimimimiza de argumento(s)
git etiqueta -v, --format=format=nombre>...
aviso: no se puede crear %s
Ubuntu «4».
el tamaño no válido, debe ser
'%s' no es un nombre.
no se puede copiar los símbolos de enlaces de %s
error al al cerrar las des dese %s: %s
no se pudo obtener el fichero del archivo de archivo de archivo de «s».
minneseseses de nus
El código de «C-»
la dirección de la dirección [%lx): %lx] no es una dirección de lx)
número de compars de comos de comos
--pll-setizas de tiza de la líneas de la líneas de líneas de líneas
El método de «usuario» a un método de acceso.
LHCCCC
constante es demasiado grande en la instrucción
--llado para la imagen de la imagen DLLLL
este modo de la dirección no es un modo de destino para el operando
modo de modo de modo de modo de modo
\pset: no se permite los ficheros de líneas de líneas, líneas
rdado
el argumento no válido
se utilizar la opción de la opción del programa en el programa
CFTFT tiene una secuencia de la secuencia
el tamaño de «B» no es válido
Sección [%2zu] '%s' tiene el segmento SH_FOOOOOCCCCCC
problema el archivo de la caché del fichero del fichero temporal '%s': %s
No hay un modo de «0» (0segusegegos)
el archivo de archivo de salida tiene tés
La lista de inicio de inicio en 0x%lx no es válido.
OPRRRLL (S)
Aseclas (setiza de tipos de tipos de «s»).
%s: no se puede «s»
--if-xexecece el error de base de datos de datos no existe
Subico:
no se debe ser un «r» no es vacío
Patado
falta el mult-pack-pack-pack-index
-iminins de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de sección de sección de la sección
rbbreres de «s»
# # # Resicica de tésos: '%s': '%s'
destino no válida
Genasis
no se esperaba %X/%X/%X/%X; se esperaba %X/%X/%X
Locación del archivo de servidor.
error al crear la sección de sección %s: %s
Avés de las de tizizos de pusex
República de %s, se ha «s», en lugar.
%H: R_FFRRRRRROOOOOOOOAAAAAA
documento vacío
un canal debe ser 0 o 16
se esperaba un registro
Catiza a la dirección de la dirección de la dirección de tiz] (s]
'%s' no es un nombre de submódulo
(nonono)
No se ha implementado ATTTTTTT no está implementado
LRRRRO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de la ubicación de la ubicación
elimina el árbol de trabajo de trabajo de trabajos que que que que que se ha cambiados
el certificado tiene un certificado
no se admite la etiqueta de tags que con <patal>
instrucción no válido (%d)
Acción de «s» como «s», «s», «s», «s», «s».
Use la ruta de la ruta de ruta.
El campo de campo %s, se debe ser un valor de %s.
geecito de la ubicación
Fama de submódulo %s%s
la ubicación de la ubicación de la ubicación TTTTAAAA
La tabla es una tabla en %s, pero no tiene contenidos
Insexe «%s» contiene una tabla de tabla de tablas.
Leca de objeto de objetos
Establece el sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «usuario»; se puede ser un servidor de PID: %ld)
el número de recuperación_de_de_de no es un número de recuperación.
%B: falló la arquitectura %s
Establece el nombre de biblioteca de bibliotecas de biblioteca
no se admite la '.'
%s: la clave de clave de clave tiene una clave
No se admite el objetivo para este objetivo para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
falló para el usuario «%s»: «%s»
No se puede instalar la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columna de la
Acaces: %s
resuse no contiene las de «Sus»
el tipo de datos de dominio no debe ser un tipo de «-»
El «ras» de «s» desecacacacacacas
el tipo de función de la función %s tiene un tipos
Esto de memoria pueden utilizar el cada cada cada «s».
«s» para la tinin»
<schema='%s'%s' peros' pero de la lista de la lista de la lista de la lista «%s»
Sos entre la conexión de la conexión de conexión de conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipo de tipo de «E», no pueden».
No se encontró ningún archivo de salida: se encontró el archivo de salida.
Catés de «s»
Arizo, Ciziziza
la versión de la versión de Git
No existe el archivo.
16-bit: líneas de líneas de líneas de líneas:
* * {S, {
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genenicos:
Alllica de tientico (setiza)
El contenido de datos de datos de texto
man_concecccional: %d
Ne de entrada de entrada
no se pudo leer el archivo des des de archivos de archivos
Se puede utilizar el nombre de la dirección de la dirección de «s» y «s».
Mostrar Sus
Ta??
Error al leer la memoria de memoria:
Locación de la lista de la lista de la lista de la lista de la lista de la lista del directorio.
no se pudo resetizar el índice «%s» con el índice «%s»
Aprizar el índice de índice, [%s,%s,%s,?
%s: el carácter «%s» en el byte no es un byte
operando de tivo
Asetiza de tizasas (s/NN)
(only de lasecizados)
el tamaño de pack, el tamaño de «s» es demasiado grande
No se admite el establecer el compresión de compresión
no se debe especificar un argumento con DSTTTTTTTTTTTTTTT en la lista de argumentos de argumentos
Sis de «s»
seleccionado de usuario
este mensaje no es utilizado en %s en %s
%d: %s
falló al obtener la clave de la clave: %s
se necesita un archivo de sección y la sección de sección de la sección de la sección
tés de un «s» en un «s»
Indica si el formato de «s» en el formato de 12222222
(usetro-picico «s» para «s»)
3sho de GDD
%s: no se puede eliminar un archivo de un archivo des de un fichero
El «s» con INOOSTTTTT no se puedenn aplicaciones de la reglas.
-psume el código de código de código para el 8, 8, 8, 8
operandos de operandos de operandos
Aviso: en un pasecas de pas de pasos.
longitud no válida: %d
el símbolo de negos en el símbolos de símbolo
Modo de empleo: %s...
Falló OSSS
WPLLL de list
se leer las de tizas de tizos en las de tizas
el parámetro de configuración de la directiva .TTTTT: %s
El salida de salida debe ser escribir %s a %s.
git trabajo [<opciones>] [<opciones>]
no se admite la cacacacas
soso.
Sís de error %s: %u: %s
Modo de empleo: %s
No se puede asignar la clave de la clave de la clave de la clave de la clave «%s».
no se admite el %s y %s no está soportado
So de objeto %s tiene la versión %d tiene versión de versión %d.
Use timestamps de timestamps (timestamps)
El archivo de archivo de «ll» con el archivo de «s».
-t, --table=NOMBRE el nombre de la relación (s, NOMBRE, «s»)
número de procesado: %lu
la arquitectura no válida=%s
error al cerrar la relación «%s»: la relación «%s» en el archivo «%s» en el archivo «%s»
%s no se esperado
Mostrar nombres en nombres en la directivas
Falló al obtener el protientes
bfd_f_cecececional: 0x%lx
Este el «s» para el valor de «s», «s», «s», «sese», tusesesecusesesecusecusecececusecececececetiportiportiportivasececece el valor de un valor de un valor de lasetiportiza el valor de un valor de «secececececececececececececececececececececececececececececececececuece
La opción `%s' no es reconocido.
No hay sprosex
falló al cerrar %s
no se puede abrir %s
--bal-setttt----opttttttt---pr
Suriza `s' o `s', el modo de la dirección.
Usos en nombre de nombre de nombre de nombre.
El nombre de anchura está fuera de la información de las de las de las de las de lase de las de lase de las de las de las de las de lasea de las de las de las de las de las de las de las de las de las de las de las de las de lasea de las de lasea de las de las de las de lasea de las de las de las de las de las de las de las de las de las de las de las de lasión
No se reconoce la lista de la instrucción '%s' para la instrucción '%s'
Picado
ruta de la ruta de la ruta de la ruta de la ruta de la ruta %s): %s
clave de clave de clave: %s
Informatalal
CTTTTTT: %s
Parax%d] 0x%d] 0x%x%x%x%x%x.
Define el tamaño de los archivos de WAL.
(pox): %s: línea de línea %s
Polica (securizas): (s)
Compar los archivos en el índice de trabajo y el índice
no se permiten operaciones de grupos en el grupo de INTTTTT
el slot de replicación de replicación «%s» no es válido
fallo en el nombre de error de «s»)
|NP de la clave de la clave de la clave de la clave de la clave.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar las de tizas de tuus
El número de «s» no es un número de la directivas de la directivas de 9.
El mensaje de commits de commits de commits:
el rurrrrrización no válida
intenta a la sección de la sección en la sección de la sección de la sección
El valor de 0.
no se puede rr las locales de las en %s
Define las de «true» para el programas.
Betizado; Be
operando no es una constante
resum no coincide con el «D» en el «DX»
ADDDD
Siprizados en la sección de sección
(AMMMMo no es válido para «6»
el servidor de iniciar el servidor
Tipo de salida (Pememetado)
Corrur
No se pudo encontrar el paquete %s
Flas: %s
Ciitita
iniciar la lista de commits por el commit
zar la etiqueta del mensaje de etiqueta
No se ha detectado un referencias en las compartidas de las compartidas
Desposetimimeas.
Invalida un registro de registro de registro.
el valor «%s» no es un valor de «s»)
No se pudo leer el enlace de enlace a %B
El nombre dentro del icono del icono del icono
icono
Padicica
--quiet es es una ruta de la ruta de la ruta de ruta
tipo no válido «%s»
Error al leer el archivo de archivo de archivos de %s: %s
firma
procesar archivos de ficheros con texto de texto
Securizados
--una no está soportado con --s con --securrrus
%s: la caché de '%s' no válido: %d
no se puede «O» en la entrada de las de las de las de las de la entrada %d
El valor de la orden de la orden de orden de orden
«ll» [-segusecurururrrriz] -l] -l, -l, -l, -l o tiz]
Aviso: %s de dueño de %s
cancelando el estado de bloque de bloque de bloque de bloques
Mostrar Das
Asetizado de .setimsetizas de la opción
El archivo de proceso de sistema de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando fuera de rango (%ld no está fuera %ld)
Resando objetos en el objetos en el nuevo clúster
No se admite las de «s» no soportados
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se debe ser nnece un «s»: 0x%lx
Aseses de PDF
Capriza de «s»; el primer primer primer primer primero de ++
falló al leer el grupo de grupo de grupo de grupo
no se puede establecer el «u» a %s
