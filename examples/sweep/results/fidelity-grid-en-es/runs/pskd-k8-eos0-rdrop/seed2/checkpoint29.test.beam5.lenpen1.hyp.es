Si se debe ser los botones de los botones de las de las de las
Incurrizas de las de las
no se pudo crear el archivo '%s'
El dominio dominio a dominio, o dominio o dominio dominio
%s no se puede ser una función a una función
ignorado
problema '%s' a '%s': %s
-n, --quiet, --verbose muestra los «s»
no se puede usar la expresión de la expresión en la expresión
Dasasas de «s»
El archivo de «s»
(usasasetietie)
Exccasión
el tipo de caracteres `%c' en el tipo
Error al abrir el fichero %s: %s
plano de proceso de proceso
ignorados de datos de datos de datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el archivo %s
RRRO
Error al leer el tipo de parámetro %s: %s
el ref de configuración '%s' no es válido para '%s'
Montizas de «s»
base de datos %s
No se puede durien
clase no válida
Por favor deseciza de claves:
--ceca un nombre de rama
Define el número de miexetizado en el clúster
USRRR, Co de lasión de «s»
Indica si la línea de la líneas de la líneas de la líneas, «s»
Cacacas de la claves de las de las de la clave (secacas)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.
Taza
la opción -CC no pueden usar -n -s de las opciones de las de las de las de las seseses de las de las opciones de las opciones de las de las de las de las opciones
Mover un directorio, o un directorio, o un directorio
Necalización de la dirección de la dirección de la dirección
Paaama de Zo
El número de «s» de «s».
Vizas
Las opciones de la función de «s», --secacecececececizados, -t, -t, -t, -t, -t, -t, --s, --secececece el nombre de t, -timimiz, --s, -tiza el nombre de las, --s, -t, --s, --s, --se el nombre de las de las de las de las de las de las de las de las de las de las de las de t, -tizacecalalalalizacecalal, -tiiz, -t, -t, -t, -t, -t, -tiz, -m, -m
el archivo de comprimidos, pero no soportadas de datos no soportadas
Colololols y psusos, «s»
línea de línea no válido %s
no se admite las opciones de rizas no es válidos
Time a :
salida de salida en la salida de la salida de la salida de la salida de INDO
Sección [%2d] '%s': hash de dispersión de «s» para el índice %zu
No se permite el valor de «s» en el valor de «s» en el valores»
destino
Xfintiza
se debe especificars de las de 32s de 32s de 32s de 32s.
: se admite el tienenenas de tipripripriprizado
No se ha detectado el árbol de trabajo.
Francés (Suizas, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de la sección_ST_FFF
operandos de operandos de operandos en el tipos
iniciar el inicio de inicio: pg:
no se pudo encontrar el registro de registro de registro de registro GTTTTT
Catiza: --a de --acatiza de --atizatizado
el archivo de ruta de ruta de configuración
no se puede iniciar %s
No se ha «s» en el «s»
Modo de empleo: %s [opciones] [d)](s)
la opción '%s' requiere un argumento
No se reconoce el INTTTT_GGFF
No se pudo cambiar la definición de la definición de símbolos en el fichero de «s»
la opción --se-conflict-setizas de la opción --setizas, --s, --setizasetizas de la opción --s de la opción --s de la opción --s de la opción --s de la opción --setizas de la opción --setizas de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s opciones, --s de la opción --s de la opción --s de la opción --s opciones, --no------setizasetizas opciones de la opción --s opciones de la opción --s
clave %s: la clave «%s»
la versión de índice %d
Se especificó ningún protocolo
Francés ().
secase de ventanas de la ventanas de una ventana
-a, --alles de la base de datos
<stringo de índice: %ld
El valor de «s» para el valor de «s».
'%s' no se puede crear el directorio «%s»
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
falta la cabecera de encabezado: en la línea de línea
--no-ififificicación de «s» en el modo de «s»
El elemento des des de lasecalizas
no se pudo actualizar el «s» o «s».
-mamas==8888, 88, 888, 8, 84, 844, 8, 84, 88884, 8888888888, 8, 8, 88888, 88888, 8, 888888444, 8, 8666633333333333333333333333333333333333
<las>
Se esperaba un argumento PRRRO
Tipo de %s no está implementados en el GIfos
fallo al analizar %s
Maca de x
la instrucción no es un modo de la dirección
abortar la transacción actual actual
skipipido: %lu
no se admite '%s'
El número de registro de registro a un widget
la ubicación de WAL de WAL %X (comprimido %X/%X/%X/%X/%X/%X/%X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCCSP no es válido
Cdrom con Ubuntu «4».
Marca %s
descrimimiminas que cero
El inmediato está fuera de rango 05555
-f, --aciltiza no pueden utilizado
Macrizar el archivo de las de archivos de archivos de archivos
%s requiere un valor
Lista de la opción XBBB
se ha escribir el registro de registro de registros
%B: número de reubicación no válido: %d
kko de «s»
-X, --exclude-dir=SEEEEETTTTT
tipo: %s
diversión de %s a %s
la clave %s utilizado %s (%s)
abortado de abortados por el fallo
instrucción requiere un índice de índice
debe ser un «check» en «ps»
no se pudo crear el directorio de tablespace %u
--secizar el tamaño del tamaño del tamaño de la pila
no se debe usar el índice de índice de índice de «2»
aviso: %s contiene un puntero
¡CCCCSP '%s'
valor de campo de campo de campo «%s»: «%s»
define un nuevo nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incasecasececas de las de %s (s).
Interiza: error de error: «%s»
Datizado de abortado.
Busase
documento de Aporizas
sección de sección 0x%u] [%u]
refs_rese_regos
%s: %s: se hacuse el registro de las de las de «s»: %s»
Vera: %s
Viease
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
No se debe ser un «s» «s» (s»)
Error al «D»
-?, --help=help=opciones] o mostrar los ayuda
Verasas de susas
Símbolos de instrucciones para instrucciones
no se puede borrar el dueño de «%s»
la función «%s» debe ser tado para la función
Sapando instrucciones de instrucciones o
no se pudo analizar la lista de la lista «%s»
valor inválido para la opción '%s':
La cabecera de la cabecera de la cabecera de las de las de tizasos
no se admite las páginas en este posetimor
Mose un YRRRTTTT
No se pudo crear el símbolos en la sección de sección
Define el número máximo de multéés de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOOOOOORRROO]
desecacacacacar
el archivo «%s» no tiene una cadena de la cadena de la cadena de la cadena %s
cliente un cliente no válida
caracteres no válida
Establece las PRRRRRRAAAA
@%s no es un reubicación.
Generar los mensajes de mensajes
%s: el directorio desconocido
(conoseca gitgitgit rebase --continue)
revisado no está definido
El archivo de «P» (comprimido)
no se puedene el argumento de «s» que el argumento %d
%s tiene un parámetro
Falló la sección de la sección de la sección de la sección de .bibececececececececuización de la sección de la sección de la sección de la sección de la sección de la sección
Faliza de tabla:
Actualizar (P)
Desecar el repositorios
<nombre>
--entry <entry> trienencecacas de la entrada
cambia la definición de la búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
no se puede establecer el iniciar el inicio de 50s
error de sintaxis de sintaxis en el elemento «%s»
Aprizados de las tados de commit
Se admite el valoreseseses de «%s» y «%s».
no se encontró las entrada
el tamaño de objeto de objeto
Musosos de 55s
ADVERTENCIA: la clave de la clave de clave no es válido
el tamaño de pg_enenense el tamaño de la relación no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de iconos en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de datos
Tamaño de resorar la resemora '%s'
La ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y el segmento de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s opciones de la opción -d.
no se admite la función de la función de la función de la función de la función de la función de la función de la expresión
Kuriza (S)
comprimido de comprimido
Establece el tamaño de la tabla de tabla de tablas de la tablas de tablas de tablas
Sisecuase el directorio de WAL de WAL «%s», peros».
|aduse-seturrrus
(uso: %u)
ADVERTENCIA: no se hane el directorio «%s» en el fichero de configuración '%s'
Quizados de paquetes
-m[no-]%s1-7)
Catiza
Actualizar la fecha de acceso ya de acceso
los mensajes tiene un mensajes de las de «#», peros»
Dezario
%s: el fichero de entrada de entrada de entrada
el registro de registro de registros no puede ser DSTTTTTTTTTTTTTT
\pset: la líneas de la líneas de la líneas de la líneas
No hay elementos de elementos para este elemento.
-d, --dbname=NOMBRE la base de datos de datos de datos de datos «%s»)
no se esperaba un contexto de la línea de línea de línea
%B: reubicación de reubicación de reubicación de reubicación %s
la dirección de la dirección de tizado
El probando «b» no es un YY.
la codificación «%s» para la codificación «%s» no existe
Masistizando comos de comos.
%s MiB está definido de memoria.
|EEAAAAAAAAAAF para la clave
cancelado por usuario
Kusos
word es demasiado grande a un índice de índice
República de No de la corrieras
Execacaciona el argumento
el nombre de límite con el valor de rango de «s» no debe ser un `s'
-PRAAAAA de la contraseña de servidor
Alemán (B)
el registro de registro de registro ZZ
la directiva .end' con .cecent
Desecita de datos de datos o pg_dede un directorio de datos.
Darga: Error de «s» o no es válido:
%s tés de archivos des des des de suseguls
«s» en esta instrucción de instrucciones
símbolo%d
-333 el fichero de 32 bit de 32 bit bit
OP_ROOOO en las lución de tizas)
el modo de modo (%s) no coincide en el modo %s)
el nombre de *, nombre de %s: %s
[OPCIÓN...]
no hay la sección .secizar la sección de la sección
No se requiere el parámetro de trabajo «s»
Necita autenticar el sistema de sistema.
la es válida '%s'
compendrime> en un árbol de trabajo de trabajo «s»): «s»)
no se pueden con ONCCCCTTTTT o o UPDATE
[F]
no se admite el argumento de argumento «%s» para «%s»
Descasa %s en %s
la columna «%s» de la columna «%s»
procido
%X%P: no se pudo bfd_rego: %E
INPTTTTTTTT
no se puede ser grupos de grupos en el grupos
%B: utilizado de campos de las de campos (%s)
debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s no se admite la sección %A.
(ma de clave %s)
Se esperado en lascución.
--%s" en el argumento de «s» y «b» (b»).
Este el modo no está soportado en el modo %s.
no se puede abrir el archivo temporal %s
El modo de modo de modos en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de salida
no se admite el mensaje en el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de modo de modo de modo de «s».
la opción de SP: --acapaca de las de las de las de lasecaca de las
Matiza de Mas
.T_GOOOOOOO que que el objetivo
Manano
Francés (D)
el valor de «s» no puede ser un valor para el valor cuando se puede ser un valor de la codificación.
%s: aviso: el archivo de hisegurizado.
iniciando el flujo de WAL %X/%X/%X (s)
No se encontró la cabecera XPM
64-bit de 64-bit o 64-bit
Tipo de tizados PSAAAAS
la codificación de datos
documento de entrada de entrada MMMM
El valores de «D» para el GD
Esto de la versión de la versión de «s» pueden».
Quito:
no se pudo generar el código de código de código
fo: el tamaño de inicio y el tamaño del tamaño de diffs
Muestra las
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket des: %s
no se pudo obtener las (con)
SHO_LL_LLLLLLLLL «E»)
Esto de etiquetas de las que no es válidos.
no se puede usar la instrucción con esta instrucción
el como %s no se puede ser : %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutar en la instrucción.
establece la rama de la rama de la rama de la ramas
Ausa de paquetes en el repositorio de timiza de timizas.
El tamaño de la imagen GIFIF
el tamaño máximo para la base de datos de datos %s
%s no existe
-SCCCCC para el código de código de código de código
%B: no se admite el tamaño de memoria para el tamaño de memoria
Falló la clave: %s
se ha establecer el directorio de firma
Se hacita autenticación de las de las de la imagen de la imagen de «s».
Tacaca de YMMMMM
El archivo de archivo '%s'.
Por favor el número de componente de la componente de la componente:
No se ha ha tados de «s».
República de Grizar
No hay riza (S)
la definición de mensaje
Briza de paquetes
STC_NP_PPPPPOOOOOOOO en el po de +)
Reprización de /rriza
Motizar un tizos
no se puede crear la columna de la columna de columna %s en la columnas
formato no válido
el directorio de control tiene un directorio %s (03333333335)
El número máximo de «s» para el elemento «s»
%s Ex:
ignorar refs que coincide con <pas>
To de rimininos
rango
3-bit fuera de rango
-f, --fifijo=STTTTTT, se la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -s de la líneas de la opción -t, -f, --s de la opción -f, --s de la líneas de las de la líneas de la opción -f, -f, --s de la opción -f, --s de la líneas de las de la líneas de la líneas de la líneas de la opción -f, --s de la opción -f, -f, -f, --s de la líneas de la líneas de la opción -f, -f, -f, -f, -f, --s de la opción -f, -f, -f, -f, -f, -f, -f, -f,
no se puede cambiar el directorio des des des
Opciones de la opción:
Grusos de tizos
de_de_memite
el nombre de procutado (notado)
la definición de la lista de la función de la función de la función de la función de la función de la función de tipos
no se pudo anizar el «s» en %s
el valor de la clave de clave de clave «%s»
Activar
Inpusos y la salida:
«s»
Reseras de «s» (end»)
la reubicación tiene %zu
el valor de «Ix».
resecsese no válidos (secetizas)
bgo: «sasas»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en el modo de modo 6
Error: la cadena de la cadena de cadena no válido.
Anusasas de susas
sólo se puede ser un elemento de «S» para las»
-n, --sesesos de los nombres de PID, --s PID, --s, --portiport, --s, --s, --s, --setiportiportiportiportiport, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --setiportiportiportipo PID, --s PID, --s, --s, --s, --s, --s, --portiportiporse, --s, --sosecas, --s, --s, --s, --s, --s, --s, --s
imagen de «A» de la imagen de la imagen de imagen de imagen
no se pudo encontrar el archivo %d en el archivo de entrada de entrada de entrada de entrada de entradas, no se pueden usars de las de entrada de entrada de las de las de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de las de las de las de entrada de las de entrada de entrada de las de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entradas de entrada de entradas de entradas de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de entradas de entrada de entradas de entrada de entrada
documento de «cececas»
Securizar el fichero de : %s
No se pudo cambiar el fichero de fichero %s
el archivo de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Susasa de Rosos
pack de paquetes de paquetes
trasera(s) as)
No se pueden «s» para las «s».
se recibir el datos de datos de datos GSSSS
Sisizados
No se puede actualizar el refs de las de «s» en lase».
Resalización
el árbol de trabajo de trabajo '%s', «F» en las»
«%s» no se puede ser «s»
No se encontró ningún no se encontró
No se puede crear el archivo de «s»
-E, --den=OOOOAAAAA
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo de la cadena [OPCIÓN]]]] no se pudo escribir la salida de la salida (s)
Se hacita la cargar la cargar la cargar la cargar la cargar el cos.
se debe ser un array de array debe ser un array
No se hacualsecual
Kos
no se admite la entrada de la entrada de entrada de entrada de entrada
No se puedenar la cadenas de la cadenas de cadenas.
Si debe ser una función de la función de la función de la función de la función.
Ubuntu «0».0»
La versión de protocolo no se encontró la versión de la versión %d.
Indica si se debe ser un widget
Catiza de CG
Euriza en 4
.COMM) fuera de rango (%lu)
CTTT_LLLLL (sececeeee)
No se admite el socket de la ruta «%s» en la ruta de «s»)
%s tiene la función de la columna %s no está disponibles
Mostrar un botones de los botones de los botones de las de las de las de las de las de las de las de las de laseculas
Si es el ID de la clave de la clave de la clave des que se pueden *sizar el nombre de usuario.
Desecar el hijo
Riza de la orden de orden:
No se pudo crear el proceso de proceso
No se puede abrir %s (%s).
No se pudo.
permiso denegado a la relación «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
ECCCCAAA
-- slot de replicación no pueden riza de replicación
No se admite el índice de la etiqueta de la etiqueta
Qurizados (securizado).
Xnego
Mostrar los atributos de atributos de atributos
el fichero de `%.250s' es un archivo de diza de caracteres («d»)
Dibibo
Tipo de «s»
agregar el tamaño de la dirección de 16-bit
Apar: %.*s
El valores de pg_ens:
*** *** *** ***
la opción no admite la opción de la opción
Celsos de lastica
shell de tados
terminar la entrada de las de byte de byte
no se pudo iniciar el directorio de trabajo de trabajo %s
El número de la instrucción %u, no se puede ser un nombre de campo.
Susetados
--no- slot de replicación de replicación no se pueden de replicación
el subproceso de error ya de error de error de error %u
ubicación
No se pudo eliminar el nombre de «s» en el directorio de la línea en el directorio.
emplea -mcpu=7
error en el archivo de la caché «%s»: %s
el valor de zación de rango de rango
no se pudo crear el pux_secizar: %s
-F, --format=AA' para el fichero de «F», «s», «s», «s», --s»)
Daca: %s
el archivo
Alemán (adusecuus)
no se reconoce la tabla de tabla de tablas: %d
Fontés de tés
Rimalimito
El <%s> se ha ha ha especificado especificados
%s.0s de versión de la versión de «s», «s».
La clave de clave de claves es un primero
Modo de empleo: %s...
Mostrar los símbolos de símbolos
kipización y la líneas de la líneas de «s»
No se pudo hacer stat de símbolos: %s
\go no es un número de un número de un número de un número de un número de «b», pero
NOMBRE NOMBRE NOMBRE para dueño de archivos de archivos
código de 32-bit
Replicación de tipriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la ruta de la rutas de rutas
no se reconoce el parámetro «%s»: «%s»
%P: el NOMBRE no debe ser una cadena; se puede ser «pe»
el cursor «%s» no es una tabla de tabla «%s»
Si (seasetus, tuus)
no se pudo eliminar el árbol de trabajo 'git'
%s es un fichero de base de base de datos de texto.
No se puede establecer el «s»
no se admite la tabla de la tabla de la tabla «%s» en la tabla «%s»
%s: -A requiere un «E»
%B: el número de reubicación %d no válido: %d
el directorio de datos de datos
%s: no se pudo cambiar el posos de «s»
No se reconoce la sección de la sección de la sección de las de las de las de las de la sección.
NT_ST_SMMMMMMMEEEEs
falta el .end para .func
no se pudo leer la terminal de %s]
No
No hay expresión de expresión
protocolo
Arizados
None
el ONONTTTTT no pueden utilizados en tablas
no se puede abrir un bfd en %s
Saduriza
%s: falló
Fosos de como un comos (posetado)
procuse el parámetro OTTTT no puede ser un valor de un valor de un valor de un valor
exval: se setivos de tivos (%d)
Tabullo
[inaddiza no se tizado en las]
Se requiere la cacita de la casecita de la local.
no se puede copiar el datos de `%.255s': %s
No se pudo cargar el archivo «%s»: %s
%s preppendización en %s
se esperaba un nombre del nombre «%s»
se encontró el directorio «%s» en el directorio %s
no se puede usar el índice «%s» no es un índice «%s»
%d de registro de registro de registros
dura de xección de «s»
No se admite el «s», no está soportados.
la secuencia «%s» sólo soportadas de la columnas
--dedesece el fichero de cada símbolos de cada símbolos de cada símbolos de cada símbolos, --s de cada símbolos de cada símbolos de cada símbolos, --s de cada símbolos de cada símbolos, --s de cada símbolos de cada símbolos de cada símbolos de tizas de cada símbolos, --s, --s de tizados, --fos de tizados de cada símbolos de tizar el símbolos de cada fichero de cada símbolos de cada fichero de cada símbolos de cada fichero de cada fichero de cada fichero de cada fichero de tizados, --s de cada fichero de tizados de tizados de cada símbolos de cada fichero
Indica si
%B(%A): la tabla no válida
Estemomomomo en el algoritmo de «s».
resecera de la función de tipo de tipo de función («s»)
Aprrrrrrizas
La columnas de la columnas de la columnas de columnas.
-, --quiet, --quiet
Tipo de tipo
falta el archivo de «s» para el archivo
el sistema de la base de datos no es un sistema
el nombre no válido en la ruta de la ruta no válido: %s
Opciones: %s.
no se permite la lista de registro de registros
%s: aviso: falló al obtener el contexto del contexto de %s: %s
Para la cadena de la cadena de la cadenas
%s: no se ha «s»: %s
Indica si se hacar el contenido de contenidos existe
no se admite un Kurización de «K»
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea de línea
Exporta de la tabla de YLLLL
no se pudo escribir el programa: %m
Indica si el tamaño de «s» debensesesegos
Susecar el archivo des de archivos des des desos des des desosecurizados de las de las tizados des des des des des de tizados de las.
No se puede seleccionar '%s' para '%s'
No se pudo crear el archivo de «s» en el directorio de «s».
se hannnnnne de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera: %s
No hay símbolos de símbolos: '%s'.
corización no válida: «%s»
El archivo de clave para la clave de clave «%s» en el archivo «%s» en el archivo «%s».
El nombre de «%s»: no puede ser un «s»)
-p, --port=RRRRRRRRRR): «%s»
--sacas requiere el objetos para este objetos
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de «s»: %s
Verificando el usuario para el usuario de operadores de operadores
`s'
Sección [%2d] '%s': la sección de sección no es válido
la versión de array: %u
%s: no es válido
«0» debe ser un «P»
sección: 0xxx%08x%08x%08x%08x%08x
debe ser minuse
no se pudo remar la configuración de configuración
No se puede «s» a un servidor
%B(%A+%#Lx): %s
Indica si el elemento de cuando se debe ser el grupo del grupo de grupo
Falló las de tización: %s
guilo: %s
La expresión %s requiere la expresión %s
Desetizados
no se reconoce el valor de un valor de la función «%s» para el valor «%s»
Falló al abrir la conexión de la conexión de la conexión de timimimimizar: %s
el directorio «%s» tiene un directorio
Usatizados en lugar.
error al leer la función de la función de la función «%s»
el archivo de datos no es válido
Los de texto en el texto en el texto
Los de parámetros de las DH.
%s: ICCFFF de %s)
define una función de agregación
El archivos de archivos
no hay índices de índices.
Se ha «u»; el nuevo nuevo nuevo nuevo nuevo nuevo nuevo de entrada.
Verificando las aplicaciones en la aplicación
VERSION %d
Indica si se debe ser un número de «en», «s»
%B: el nombre de fichero no es válido para el nombre %d
No hay la claves (Macacacas, «s»)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL en el timeline %X/%X/%X/%X
Deseca de porta %d en %d
socket no válido: %s
el nivel de «b», «s» en el valor de «s», «s», «s», n»
El archivos de archivos de paquetes en %s (%s)
Establece el formato de salida para la salida.
-m[A], --m-set-----setizatiza un valor de «D» para el valor de las» para el valor de las»
La clave está firmado con la clave.
socket
aviso: la línea de línea de la línea de línea %s no es reconocido: %s
República de Gazo
El nombre de cadenas de las argumentos de argumentos de argumentos.
falta lasión de «s» (as)
%F%P: no se pudo bfd_resex_seseso: %s
no se pudo crear el campo de la salida de la salida de la salida de la salida de la salida (pSSSS)
No se admite el rango de UID de rango %d) en el rango (SSSTT_SSSSSSSTTT_STT_STTT_SSSTTTTT_STTTTTTTT_STTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTT
no se puede oprizar el tiza de «s»
leyema de '%s'
no se pudo renombrar %s a %s
(secaliza para git-res)
Reporta de la fecha de las de lasión de las de INITTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT, el valor de la línea de la salida de las de las de las de la salida de las de las de la salida de las de las de las de la salida de la salida de la salida de la salida de la salida de las de las de la salida de las de las de la salida de las de las de las de las de «IIIIIIIIIIIP
error al timestamps de `%.255s'
%B(%A+%#Lx): reubicación de reubicación de reubicación «%s» no es válido
el símbolo «%s» no se encontró la secuencia de la secuencia de la secuencia de la secuencia «%s»
no se pudo finalizar el archivo «%s»
la orden de fuente %d
Retización de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTPT no es válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir el datos de datos de datos GSSSS
No hay reubicación %s
Error al establecer el tipo «%s»: se esperaba el tipo «%s» pero «%s»
se leer el «D-directory> en las <file>
fracción de límites de rango
No se pudo obtener el atributo des des%s%s%s: %s
-e --ot-pex <nombrenombre>
Se debe ser la cadena de cadenas debe ser un carácter.
`%.*s' ya en el *s'
corrruptos de memorias de memoria de memoria en la transacción de memoria %u
el usuario no válido
no se pudo dueño para %s para %s
El argumento de la orden de la orden de «s», «s» en las», «s».
debe especificar una lista de la lista de la lista de la lista de campos de campos,
husando
no se pudo analizar HEAD
El nombre de «%s» no es válidos «s»)
error de tizado en %s: %s
Ko (BBB)
.gee el objetivo '%s'
Cruriza de Color
No se admite la versión de la versión de la versión de la versión de «s».
Se usa la cabecera de la cabecera %u (0x%x%x%x%x)
la opción de la opción no debe ser «s»
no se pudo codificar el tizar
Estecililo en $se
--usasase las de las de las de las de las de las de las «SSSTTTT_SSSSSSTTTTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIIIIIIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
Actualizando
-t-fijo <fifijo <fijo> a un nombre de un nombre.
versión de la versión de la versión de la versión
%s: *so para el *s' ya de «*s»: %s
no se puede reindexar la bases de datos y las de datos
valor %ld fuera de rango.
se leer el índice de índice de índice de índice de «s»
--w-carcecrizar el índice CDX
.bse el tamaño %ld
Opciones de salida:
%s sólo se puede ser un disparador de la función de la función tulll
Camininado
%F%P: no reconocido: %s
Por favor de la codificación de la codificación de «s».
Desecha de trabajo «4»
Ansasasas de sasasos
no se pudo aplicar un contexto GSSSS
%s: no se pudo obtener el fallo
el parámetro de parámetro «%s» para el cursor «%s»
Fuseca de expando de «s»
pasoseses
la función de la extensión de la extensión
código de fuente
armar: %s
Las opciones=RRRRRTTTTTTAAAAAATTTTTAAAA
-a, --text muestra los archivos de texto
Usacaca el repositorio y el archivo de «s»
Sección [%2zu] '%s': valor de sección no válida
-%s o -o
la relación «%s» no se puede «s»
Incix: %d
Maliza de encabezado: %s
Ariza, Taciza de iziza
%B: no se reconoce el símbolo «%s»
%X%P: no se pudo abrir %s
número de tokens (%d) en el número (%d)
no se admite el sistema en la columna de la columna de la columnas no está soportado
%s no válida
el algoritmo de tificación no es válido
16-bit
el proceso de proceso de «s» no reconocido
La clave de clave de claves de claves
Francés (BROOOOOO)
# la variable de variable de la variable de la variables:
Ubuntu «0».0»
***
%B(%A+%#Lx): se admite la instrucción «%s»
chando versión de %s a %s
Daca la dirección de la dirección de la dirección de «O», «POO»
<archivo> para el nombre de la arquitectura>
[Errrr nombre -E]
[FILE...]
inflalala de la res (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el valor de registro de registro de registros de registros de la tabla «%s» (s»)
Si no se ha han usar %s, %s.
-no-sesetiz-setiz no se admite la reubicación
el directorio de «s» no es un directorio %s
el nombre des debe ser un nombre de «s»
Este software requiere %s, pero %s, pero %s, peros.
terminando la conexión de la recuperación de la recuperación
[-ddim] [opciones]
Reportas de <suseguriza>.
Faciza, lululus
No se pudo definir la arquitectura de la arquitectura.
Lista de método de accesos
%s: las de las de datos «%s» no están disponibles
Atado:
Se necesita el inicio de «git» para «git»
tado de control
Mana de la imagen de la imagen de la imagen de la imagen de imagen de imagen de imagen
el modo de «s» en el modo de «s» y «s» y «s»
solo de tags (securizas heads)
--flush=OOOOOOOOOO cuando se cuando se hane las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lasecuuuuuus de las de las de las de las de las de las de las de las de las de las de las de cuando se ha ha ha ha ha ha ha hacececuuuuuuecuuuuuus de las de las de las de las de las de las
el op_vo_reso: no se pueden «s»
-4, --p-piv, 666 -v, -v, 6
Número de procesos de trabajo:
.cfi_de_ppdata no está soportado para este objetivo
La certificados que tiene un usuario de «s».
La cadena de cadena «%s» no es válido
Error al cerrar el archivo de archivo.
El archivo des de un archivo, pero no se ha ha ha cambiados
Falló una función de la función de la función de la función
`pp=' con un 16-bit
Kuiza
Para un nombre de archivo de «s», --fo de «s», --fo de «fos», --o de «fos», --o de «s», --o de «fo de «fo %s»
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de sistema para el nombre «%s».
Para de paquetes:
usar <s> yacuriza de trabajo de trabajo
Irr, Oriza (9)
«sbbbbbs» y 8 es válido para 8
mostrar el commit <nne el commit de «s»
Purupupo
-mecex=s: `%s'
Esusecuse, «s», «s» y «s».
el referencia de la consulta «%s» no debe ser tizado
error: el formato de formato de formato de 6 y %B y %B
el inmediato no es es demasiado grande
Curientos:
replalas de tiza
XMMo de la tabla de tabla
Número «%s» no está fuera de %s [%s]
%P: %pB: aviso: aviso: %prización de «%s»
operando de límite fuera de rango (%lu) no es %lu)
DRRAAAA: %d
|No de la clave máximo de la clave de las de las de la claves des
la transacción de la transacción %u/%u
Valal %ld es demasiado grande para la rama.
crear el formato de formato de formato
tamaño no válido: %s
presentación de 77
desplazamiento fuera de rango
IPS
Intiza de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación
las de «E» no puede ser «S»
%s: emulación de la opción:
Conge el fichero de ubicación
@:
no se pudo crear el directorio de «pors»: %m
no se puede obtener el directorio de %s con el directorio %s
%s(s): %s): %s
Tabos
Deseza de límite de rango para 64-bit: %ld
la reubicación de reubicación (0x%lx)
Securiza de riza
Indica si se debe ser lase o o no mostrar las
La anchura de la anchura está activar el texto de texto
Número de multés que no se puedenn usars de las que se pueden «s».
fallo al escribir(%s)
Se esperaba el atributo «%s».
Suseca?
Resetizado no válida
izar el cada cada cada cada
%P: %s: plulululugin
no se puede de determinar las de %s y %s
%s: el archivo no válida
el comprimido de datos de datos de datos
no se puede leer %s
C_AAAAAAAAAAAAAAAT_AAAAAAAAAAAAAA
se puede tizar las tizas de tizados
Fatés
nuevo nuevo nuevo-branch
Se recrizar el «r»
No hay los mensajes de HEADs de HEAD
%s no se encontró ningún argumento
no se permite la función de la función de la función de «s» en una consulta
versión de versión de versión
|NOMBRE|usas de NOMBRE de NOMBRE
código OCCCC
no se puede eliminar la columna «%s» a la columna «%s»
mostrar los archivos en la salida (por defecto)
el literal de reubicación de reubicación de un símbolos para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=AAAAAAAA
error al abrir '%s': %s
el argumento de %s_check_check.
Socción de tución
No se pudo iniciar el proceso de búsqueda de búsqueda
Desconax%x%x
función
Opciones de registro de registro.
Aluno (P)
Activar la coras de «s»
Por favor a un dominio dominio, o «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapas de ttizas de tttttt
nombre de campo: %.*s
(1) no se resecurizados en las en las)
el clúster no se han pg_resecurizar la versión
Garar
no se puede ser un clúster de las compartidas
no se puede usar --filillas con --dins
La base de datos de datos de la codificación de datos no es válido.
no se permite la lista de columnas de la función de la función de la función
-z, --magica de la instrucciones Ma de la instrucción
%P: argumento de argumentos para --mim--shortimimimiza de argumento(s)
git etiqueta -v, --format=format=nombre>
aviso: no se puede crear %s
Ubuntu «4».
el tamaño no válido, debe ser
'%s' no es un nombre.
no se puede copiar el símbolo de enlace de %s
error al cerrar las de las dese %s: %s
no se pudo obtener el archivo del archivo de «root».
minneseseses de nus
El código de «C-»
la dirección de la dirección [%lx): %lx] no es una dirección de lx
coma flotante de comos de compars en la regos
--pll-setiza de la líneas de la líneas de la líneas de la líneas
El método de «usuario» a un método de acceso.
LHCCCC
constante es demasiado grande en la instrucción
--lldizar la imagen de la imagen DLLLLL
este modo de la dirección no es un modo de destino para el operando
el modo de modo de modo de W
\pset: no se permite la líneas de la líneas de líneas, líneas
rdado
el argumento no válido
se utilizar la opción de la opción del programa en el programa
CFFTT tiene una secuencia de la secuencia
el tamaño de «B» no es válido
Sección [%2zu] '%s' tiene el segmento SHOOOOOCCCCC
removando el archivo de la caché «%s»: %s
No se admite el modo del modo de «0»)
el archivo de archivo de salida tiene «ad»
La lista de inicio de la lista de inicio 0x%lx.
OPRRLL (LL)
Aseclas (setiza de tipos de la lista de tipos de tipos (s).
%s: no se puede «s»
--if-xecetiza de la base de datos de datos no existe
Subico:
no se debe ser un «r»
Pea
falta el multi-pack-pack-index
-iminins de la sección de la sección de la sección de la sección de la sección de la sección de la sección
rbbreres de «s»
# # Resica de timicasos: '%s': '%s'
destino no válido
Genasis
no se esperaba %X/%X/%X; se esperaba %X/%X/%X/%X
Locación del servidor del servidor.
error al crear la sección de sección %s: %s
Avés de tizar el purizos de pux
Considere %s, «s», se en lugar.
%H: R_FFRRRROOOOOOOCCCCCC
documento vacío
se debe ser 0 o 06
se esperaba un registro
Catiza de la dirección de la dirección de la dirección de la dirección (prrizas]]
'%s' no es un nombre de submódulo
(nonono)
No se admite el CTTTTTTTTTTTT
LROOO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de la ubicación de la ubicación
elimina el árbol de trabajo de trabajo de trabajo que que que que que que que que se ha cambiados
el certificado de certificado tiene un certificado
no se admite la etiqueta de la etiqueta>
instrucción no válido (%d)
Faliza a un «s», «s», «s», «s».
Use la ruta de la ruta de ruta.
El campo de campo %s, se debe ser un valor de %s.
geecito de la ubicación
Fama de submódulo %s%s
la ubicación de la ubicación de la ubicación TTTTAAA
La tabla es una tabla en %s, pero no tiene contenidos
Inca «%s» contiene una tabla de tabla de tablas.
Leca de objeto de objetos
Establece el sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «usuario»; se puede ser un servidor (PID: %ld)
el número de recuperación_de_de_ent no es un número de recuperación.
%B: aviso: %s
Establece el nombre de biblioteca de bibliotecas de biblioteca
no se admite la ''
%s: la clave de clave de clave tiene un !
No se admite el objetivo para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
fallo al obtener el usuario «%s»: «%s»
No se puede instalar la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columna de la
Acaces: %s
resuse no contiene las de «SSus»
el tipo de datos no debe ser un tipo de dominio
Las de «s» de «s»
el tipo de la función %s tiene un tipos
Este se pueden utilizar el cada cada cada «s».
«sin» de tininin»
<schema='%s'%s' peros' pero de la lista de la lista de la lista «%s»
Sos entre la conexión de la conexión de conexión aborto
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipo de tipo de «E», no pueden».
No se encontró ningún archivo de salida: se encontró el archivo de salida.
Catés de «s»
Arizo, Ciziziza
la versión de la versión de Git
No existe el archivo.
16-bit: líneas de líneas de líneas de líneas:
* {NNN
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genicosos:
Alllica de tiento (setiento)
El contenido de datos de datos de texto
man_concecccional: %d
Necea de entrada de entrada
fallo al cerrar el archivo des des de archivos de archivos
Se puede utilizar el nombre de la dirección de la dirección de «s» y «s».
Mostrar Cas
Ta??
Error al leer la memoria de memoria:
Locación de la lista de la lista de la lista de la lista del directorio.
no se pudo redizar el índice «%s» en el índice «%s»
Aprizar el índice de índice, [%s,%s,%s,?
%s: el carácter `%s' en el byte no se pueden ser un byte
operando de tado
Aseasas de tizasas (s/NNN)
(presetizados)
el tamaño de pack, el tamaño de «s» es demasiado grande
No se admite el establecer el compresión de compresión
la función de agregación en la función DSTTTTTTTTTTTTT
Idiomas de «s»
seleccionado de usuario
este mensaje no es utilizado en %s
%d: %s
fallo al cerrar la clave de la clave: %s
se requiere un archivo de la sección de la sección de la sección de la sección de la sección
tés como de un «s» en un «s»
Indica si el formato de «s» en el formato 1222222
(uset-picicosetipiza «s»)
3sho de GD
%s: no se puede eliminar un archivo de un archivo des des dese
El «s» con INOOOOTTT no se pueden «s».
-psume el código de código de código para el 8, 8, 8
operandos de operandos de operandos
Avisosos de las de las de pasecas.
longitud no válida: %d
sólo se puedenn nece el símbolos en el símbolo
Modo de empleo: %s
Falló OSSS
WPLLLL
se leer las de tizas de tizas
el parámetro de configuración de la directiva .TTTT: %s
El salida de salida debe ser escribir %s.
git trabajo [<opciones>] [<opciones>]
no se admite la cacacacas
socarar.
Sís de error %s: %u: %lu
Modo de empleo: %s
No se puede asignar la clave de la clave de la clave de la clave «%s» en el archivo «%s».
no está soportado %s y %s no está soportado
So de objeto %u tiene versión tiene versión %d.
Use timestamps de archivos (timestamps)
El archivo de archivo de «ll» con el archivo de «s».
-t, --table=NOMBRE la relación de la relación de la relación, «s».
número de procesado: %lu
arquitectura no válida -x=%s
error al cerrar la relación «%s.%s»: se encontró el archivo «%s» en el archivo «%s»
%s no se esperado
Mostrar nombres en el nombre de la directivas
Falló al obtener el protizados
bfd_f_cececas: 0x%lx
Esto de «s» que se debe ser un valor de «s» o «s».
La opción `%s' no es reconocido.
No se exprripros
falló al cerrar %s
no se puede abrir %s
--bal-prrrrt----optttttip
Suriza `s', tiv', «s».
Use el nombre de nombre de nombre de nombre de nombre de nombre.
La anchura de la anchura de las de las de las de lase
No se reconoce la lista '%s' para la instrucción '%s'
Picatés
ruta de la ruta de la ruta de la ruta de la ruta de %s: %s): %s
clave de clave de clave: %s
Informatalal
CTTTTTT: %s
Parax%d] 0x%d] 0x%x%x%x%x%x%x%x%x.
Define el tamaño de los archivos de WAL.
(poc): %s de línea de línea %s
Policas (securizas): (s)
Compar archivos en el índice de trabajo y el índice
no se permiten operaciones en el grupo de grupo de «E»
el slot de replicación de replicación «%s» no es válido
fallo en el nombre «%s» (%d)
|No de la clave de la clave de la clave de la clave de la clave.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar las de tizas de tuus
El número de caracteres que no es un número de la instrucción %u.
El mensaje de commits de commits de commits:
el rurrrrización no válida
intentó la sección de la sección de la sección en la sección de la sección
El valor de 0.
no se puede rr el «s» con las en %s
Define las de «true» en el programa.
Batizado;
operando de operando no es una constante
resum no coincide con el «D» en el «DX»
ADDDDS
Siprizados en la sección de sección
(AMMMosece no es válido para «6»
se ha iniciar el servidor del servidor
audio MPetado (semado)
Corrrus
No se pudo encontrar el paquete %s
Flas: %s
Ciitita
iniciar la lista de commits de commits
zar el mensaje del mensaje de etiqueta
No se admite las referencias de las compartidas de las compartidas
Desposetimimeas.
Invalida un registro de registro de registro.
el valor «%s» no es un valor de «s»)
Se intentó el enlace de enlace a %B
El título del icono del icono del icono
icono
Padicica
--quiet es es una ruta de la ruta de la ruta de ruta
tipo no válido «%s»
Error al leer el archivo de archivos de %s: %s
firma
procesar archivos de ficheros de texto de texto
Securizados
--una no está soportado con --s con --securrrus
%s: la caché «%s» no es válido: %d
no se puede «O» en la entrada de la entrada %d
La orden de la orden de la orden de orden de orden
kiziza de la cacurrrizas] -l] -l, -l, -l, -l]
Aviso: %s dueño de %s
cancelando el estado de bloque de bloque de bloques
Mostrar información de sas
Número de .susetiminas de la opción -ms
El archivo de proceso de sistema de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando fuera de rango (%ld no está fuera %ld)
Revisando el objetos de objetos en el nuevo clúster
No se admite las de las de «s» no está soportado
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se debe ser necuse el «s»: 0x%lx
Asesesas PDF
Capriza de «s»; el primer primer primer primero
fallo al leer el grupo de grupo de grupo
no se puede establecer el «u» a %s
