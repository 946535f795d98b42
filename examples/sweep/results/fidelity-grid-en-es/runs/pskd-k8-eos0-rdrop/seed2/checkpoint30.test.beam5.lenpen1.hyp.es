Si se debe ser los botones de los botones en las de las de las
Incrriza de las de las de las
no se pudo crear el archivo '%s'
El dominio a dominio de dominio, o NULLL para dominio
%s no se puede ser una función a una función
ignorado
problema '%s' a '%s': %s
-n, --quiet, --verbose muestra los pas de las de pasos de tientes
no se puede usar la expresión de la expresión en la expresión
Dasas de «s»
El archivo de archivo de «s»
(seasetuetie)
Excciones
el tipo de caracteres `%c' en el tipo
Error al abrir el fichero %s: %s
plano escribir el proceso
especificadas de datos de datos
%B: %#Lx: aviso: reubicación en la sección de sección
no se puede crear el fichero %s
RRA
Error al leer el tipo %s: %s
el ref de la opción '%s' no es válido para '%s'
Mon-shos
base %s
No se puede durien
clase no válida
Por favor de la clave de la clave de la clave de la clave:
--ce un nombre de rama
Define el número de tizado en el nuevo clúster
USRRR, So de lasión de «s»
Indica si la línea de la líneas de la líneas de las de las de la líneas de las de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de s
Cacacas de la claves de las de las de la claves de la claves (s)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.10 Ko.
Tabo
la opción -CC no pueden usar -s de las de las opciones de las de las de las de las de las de las de las de las opciones
Mo renombrar un archivo de un directorio, o un directorio
Necuización de la dirección de la dirección de la dirección
Pamama de Zo
El número de la pantalla de la pantalla de la pantalla.
Vizados
Las opciones de la función de la función de las de tizados de «s», --sececetizasecizas, --secececizasececececizaseciza el nombre de tizasecalizar el nombre de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de tizados de las de tizados de las de las de las de las de las de las de tizados de tizados de tizado,
el archivo de comprimido, pero no se admite el compresión de datos de datos
Cololols y psusos, «s»
línea de línea no válido %s
no se admite las rizar las de las de las des des de rizados
Time a :
salida de la salida en la salida de la salida
Sección [%2d] '%s': hash de dispersión de las de tiza %zu
No se permite el carácter de «s» en el valor de «s» en el valor de caracteres
destino
Xftiza
se debe especificars en el tipo de 32s de 32s de 32s.
: se admite el tienena de tados de tado
No se ha detectado el árbol de trabajo.
Francés (Suizase, no suseas)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de sección_ST_ST_F
operandos de operandos no puede ser en el tipo
iniciar la línea de inicio: pg_prizas
no se puede encontrar el primero de registro de registro GTTT
Tipo inválido: --asecatiza de --atizatiza de --tizado
el archivo de ruta de configuración
no se puede iniciar %s
No se ha ha «s» en el «s»
Modo de empleo: %s [opciones] [d)
la opción '%c' requiere un argumento
No se reconoce el IN_TTTT_GGFF
No se admite un símbolo de la definición de «s» en el fichero de «s»
la opción --no-conflict-setizas de la opción --setizas, --s, --se-set-set-seset-set-set-sesesesesesesesesetrsesesesesesesetizaseseset-set-sesetizas, --s, --s, --set-set-set-secasetizasosesesese --se-sesecasecasetizasesetizasetizasetizas de la opción --s
clave %s: «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Descecas de la ventanas de una ventana de una ventana
-a, --alles de la base de datos
<mo de índice: %ld
El valor de «s» para el valor de «s».
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el ro «%s» no existe
falta la cabecera de encabezado:
--no-intizar-ininins de timestamps de las de las de timestamps de timestamps
No se admite el elemento des en el elemento
no se pudo actualizar la calizal «%s» o 'git'.
-mas==8> 888, 8, 888, 8, 8, 8, 84, 8, 84, 8884, 8888888888, 8, 8, 8886666666666666666666666666666666666666666666663333333333333333333333336, 8, 8, 8, 8, 8, 8
<las>
Se esperaba un argumento
Tipo de %s no está implementado en el GT_ID en el GS
fallo al analizar %s
Max
la instrucción no es un modo de este modo
aborta la transacción actual
la clave de clave de clave %s: %lu
no se admite '%s'
El número de registro a a un widget
skizar la ubicación de WAL %X en %X/%X/%X/%X/%X/%X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCCSP no es válido
Cdrom con Ubuntu «4».
Mara %s
descrimiminas que cero
El inmediato está fuera de rango para 5555
-f, --axe no pueden utilizados con -har
Macizar el archivo de las de las des des de ficheros de fichero de ficheros
%s requiere un valor
Lista de la opción XBB
se ha escribir el registro de registros
%B: número de reubicación no válido: %d
kuso de «s»
-X, --exclude-dir-sorsas=STTTTTT
tipo: %s
las local %s a %s
%s de clave %s utilizado (%s)
abortado de abortado
instrucción requiere un índice
debe ser un «-check» en la resepaseparsetipar
no se pudo crear el tablespace para %u
--secce el tamaño de la pila> en el tamaño de la pila
el índice de «2» no debe ser un índice
atención: %s
¡CCCCSP '%s'
el valor de campo de campo de campo «%s»: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incasececece_secase %s (s).
Interal: error de error: «%s»: «%s»: «%s»
Dacacar el abortado.
Bulse
documento de Aporas
sección de la sección 0%u]
ref de ref_reg_res
%s: %s: el registro de las de las de las de las des desecaso: %s
Vera: %s
Vieas
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un «s» «s»)
Error al leer SDD
- -, --help=help=opciones]]
Verasos de juso
Símbolos de instrucciones para una instrucción
no se puede borrar el «s»
la función de la función «%s» debe ser tado
Sapando instrucciones de instrucción
no se pudo analizar la lista de la lista de la lista de «%s»
valor para '%s': '%s':
La cabecera de resos de la cabeceras de las de las de tizas
no se admite las páginas en este procesador
Moce un YRRRTTTT
No se pudo crear el símbolos en la sección de sección
Define el número máximo de multivo de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOORRRRRRO]
desecacacacar
el archivo «%s» no tiene una cadena en la cadena %s
cliente un cliente no válida
caracteres no válida
Establece las PRRRRRRRAAAAA
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocido
(conoseca gitgit rebase --continue)
revisar no está definido
El archivo de «P» (comprimido)
no se puedene el argumento de «s» que el argumento %d
%s tiene un parámetro
Falló la sección de la sección de la sección de las de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Fal de tabla de tabla:
Actualizar (P)
No se ha cambiar el repositorio
<nombre>
--entry <entry> ducececurizar la entrada de la entrada
cambia la definición de búsqueda de búsqueda de búsqueda de búsqueda
no se puede establecer el iniciar el iniciar el «50s»
error de sintaxis de nar el elemento «%s»
Aprizados de las tados de commit
Los valoreseseses de «%s» y «%s».
no se encontró las entrada
El tamaño de objetos
Musos de dusos 3
ADVERTENCIA: la clave de clave de clave no es una clave
el tamaño de pg_enenense el tamaño de la relación no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de iconos en el elemento
no existe el usuario de usuario «%s»
no se puede cambiar el tipo de datos de datos
Tamaño de resorar la reseaso '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y el segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s de la opción de «s» en el archivo.
no se permiten la función de la función de la función de la función de la función de la función de la función de la expresión
Kurus (S)
comprimido de comprimido
Establece el tamaño de la tabla de la tabla de tablas de tablas de tablas de tablas
Sise ase el directorio de WAL de WAL «%s».
|aduse-seturrus
(uso: %u)
ADVERTENCIA: no se hane el directorio des en el directorio de configuración '%s'
Quizados de paquetes
-m-no-%s]%s] no se pueden usar %s
Catr
Actualizar el acceso de acceso y la ca de las de la cas
los mensajes tiene un purizas de las de «#» no se admite el formato de «#»
Ezario
%s: el fichero de entrada de entrada de entrada
no se puede ser en el «TTTTTTTTTTTTTTTT
\pset: líneas de la líneas de la líneas de la líneas
No hay elementos de elementos para este elemento.
-d, --dbname=BBAAAAAAA) para el nombre de base de datos de datos «%s»)
no se esperaba un contexto en el contexto de línea
%B: reubicación de reubicación de reubicación %s
dirección de la dirección de la dirección de la dirección
El probó un probea un YY.
la codificación «%s» para la codificación «%s» no existe
Mistizando como de comos.
%s MiB de memoria.
|UEAAAAAAAAAF para la clave de la clave
cancelado por usuario
Kusos
word es demasiado grande a un índice
Re República de No
Exececa el argumento del argumento
el nombre de rango con el valor de «s» no debe ser un «s»
-PAAAAA de la contraseña a un servidor
Alemán (B)
puntero de registro de registro de Z
la directiva .end
Rununa en el directorio de datos de datos de pg_seas de datos.
Dargo: Error de riza no es válidos.
%s y tés de ficheros des des des de tusegos
«s» en la instrucción de instrucciones de instrucciones
símbolo%d
-333 el fichero de 32 bit de 32 bit bit de objetos
OP_RRRRO en las tizas de tizo (s)
el modo de modo (%s) no coincide %s)
el nombre de *: %s.*s
[OPCIÓN...]
no se admite la sección .nece el segmento de la sección
No se ha cambiar el repositorio de software para el repositorio
Se requiere el sistema para el sistema.
la es válida '%s'
compendime> en un árbol de trabajo de trabajo de trabajo «s»): «s»)
no se pueden con ONCCCCTTTT o no se puedennnnnnnn usars de la tablas de tablas de tablas de tablas de tablas que no pueden usars de las de tablas de tablas de tablas de tablas de tablas de tablas de las de tablas de tablas de tablas de tablas que no puedennnn usars de las de las de tablas que no puedennnnnnnnnnnn usars de las de las de las de las de las de las de las de las de las de las de tablas de tablas de tablas de las de las de las de las de las de las de las de las de las de las de las de las de las
[F]
no hay argumentos para el cursor «%s»
Desca %s en el símbolo %s
la columna «%s» en el valor de la columnas
procido
%X%P: no se pudo: %E
INPTTTTTTT
no se pueden nne el grupos en el grupos
%B: utilizado de las de campos de campo (%s)
debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s no se admite la sección %A.
(ma de clave %s)
Se esperada en las de las de tizado.
--%s" en el argumento de «s» y «b»).
Este no está soportado en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo des en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de salida
el mensaje inesperado con el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de niza en modo de modo de «s».
la opción SP: --apacas de las de las de las de las de lasecas de las de las de lasecas de las de las de las de las de las de las de las de lasecacacacacacacacas de las de las de las de las de las de la opción
Maca de Mas
.T_GAAAAAOOO que que el objetivo
Manano
Francés (D)
el valor no puede ser valores para el valor de un valor de un valor de código.
%s: no es un archivo.
iniciando el flujo de WAL en %X (X)
No se encontró la cabecera XP
se esperaba 64-bit de 64-bit o «D-ce»
Tipo de tizados PSAAAAAAS
codificación de datos de datos
documento de entrada de entrada de entrada
No se ha muere para el GD
Esto de sosos de la versión de «s» y %s.
Quito:
no se pudo generar el código de código de código
fre: el tamaño de inicio y el tamaño de los tamaños de diffs
Muestra las
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket a %s: %s
no se pudo obtener (con)
SH_O_LLLLLLLLL «SEEEE»)
Esto de tags que contiene los nombres de las de las des de las des des des des des.
no se puede usar la instrucción con esta instrucción
%s no se pueden ser : %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser cuando en las.
establece la rama de la rama de la rama de la rama
Se acua el repositorio en el repositorio.
El tamaño de la imagen GIFIF
el tamaño máximo para la base de datos %s
%s no existe
-CCCCC para el código de código de código de objetivo
%B: no se admite el tamaño de memoria para el tamaño de memoria
Falló la clave %s: %s
creando el directorio de firma
Se hacita autenticación de las de las de la imagen de la imagen de la imagen de la imagen de la imagen.
Taca de YMMMMM
El archivo de configuración '%s'.
Por favor a la componente la componente el componente de las:
No se ha ha tados de tados.
República de Grizado
No hay riza (S/77)
definición de mensaje
Bros de paquetes
STC_NP_PPPPPPO (RRRRRRRR)
Replicación de rriza
Mocizar un «s»
no se puede cambiar la columna de la columna de la columna %s en la columnas
formato no válido
el directorio de control tiene un directorio %s (033333)
El número máximo de «s» para el valor de las desececeme_rese_se_secemegue_rese_seceguececececececegueguegueeguegueeeeeeegado de lasea de lasea de lasegado
%s Ex:
ignorar refs que con <pas>
To de riminos
rango
3-bit fuera de rango
-f, --fifijo=STTTTT, se el campos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de las de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de las de las de las de las de las de las de la líneas de las de las de las de las de las
no se puede cambiar el directorio des
La opción de opciones:
Grusos de tizados
de_ememe
el nombre de procutado (no)
una lista de la lista de la lista de la función de la función de una función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de una función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de una función de una función de una función de la función de la función de la función de una función de una función de una función de la función de la función de la función de una función de una función de una función de una función de la función de la función de la función de la función de la función de la función de la función de una función de la función de una función de la función de la función de la función de la función de la función de una función de la función de la función de una función de una función de la función de una función de una función de una función
no se pudo anizar %u en %s
el valor de clave de clave «%s»
Activar
Inpus y la salida:
«s»
Reseras de los datos (pendizas)
la reubicación tiene %zu
¡Ixex.
resecsese no válidos (segus)
bgu: «sasasaseaseas
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en el modo 6
Error: la cadena de la cadena no válida.
Anurus y susa
sólo se puede ser un elemento de «S» para el elemento «%s»
-n, --se-sesesecas, PID, --sos, --secortipors, --s, --s, --secorsecusecasecasecase el nombre de los nombres, --s de los nombres, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s de los nombres, --s, --s de los nombres, --s de los nombres de los nombres de PID, --s, --s, --s de PID, --s, --s de PID, --s, --s, --s, --s, --s, --s de PID, --s, --s, --s, --s de PID, --s de PID,
imagen de la imagen de «A»
no se pudo encontrar el ID %d en el archivo de las de entrada de entrada de entrada de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pueden usar el fichero de las de las de las de las de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de las de las de las de entrada de entrada de entradas de entrada de entrada de entradas de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las en el fichero %d
documento de «cececa
Securizar el fichero de fichero: %s
No se pudo abrir el fichero de fichero %s
el archivo de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: error de error %d
%s: el valor de campo «%s» no debe ser grande
Susasos de Ros
paquetes de paquetes
través de una(s)
No se ha ha «s» para las que segusegus que tizados.
se recibir el datos de datos de datos GSSSSS
Sistes des
No se puede actualizar el ref de las de las de «s».
Calal
el árbol de trabajo '%s' en las', tiza las de trabajo tiza de trabajo tizas
«%s» no se pueden usar la hise «%s»
No se encontró ningún no se encontró
No se puede crear el archivo de tizado
-E, --den=CCAAAAAAA para la base de base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo de la cadena de la cadena de la cadena de la salida de la salida (s)
Se hacita para la cargar la cargar la cargar la cargar la cargar la cargar.
el array de «s» debe ser un array
No se hacual
Kos
la entrada de la entrada de entrada no está soportado
Critado a la cadenas de la cadenas de la cadenas de la cadenas de la cadenas de la cadenas
Si debe ser una función de la función de la función de la función de la función.
Ubuntu «0».0»
Se esperaba la versión de la versión de la versión %d.
Indica si se debe ser un widget
Catiza de CG
Empo en «4»
.* (%lu) fuera de rango
CTT_STTTTL (D)
No se admite el socket de la ruta «%s» en la ruta de la ruta %d)
%s tiene una columna %d no está disponible %d
Mostrar un botones de los botones de los botones de las de las de las de las de las de las de las de las de las de las de las de lasecuuulas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lasecuuuuulas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las
Si es el nombre de la clave de la clave de la clave de la clave.*s de *s, *siza de usuario.
Fora el hijo
Riminado:
No se pudo crear el proceso de proceso
No se puede abrir %s (%s).
No hay.
permiso denegado para el tablespace «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
ECCCCAAA
-- slot de replicación no pueden en la replicación de replicación
La etiqueta no válida en el índice
Quuse de la resecurizado (s).
Xnne
Mostrar los atributos de atributos de atributos
el fichero de `%.250s' no es válido)
Dibibo
Tipo de «s»
agregar el tamaño de la dirección de 64-bit
Apar: %.*s
El valor de pg_des:
*** *** ***
la opción no admite la opción de la opción
Celsos
shell de tado
terminar la entrada de las de byte
no se pudo iniciar el directorio de búsqueda de trabajo %s
In la instrucción número %u, no se puede ser un nombre de campo.
Susasasa
--no-prización de replicación no se pueden en la replicación
subproceso de error ya de error de error de error %u
ubicación
No se pudo eliminar el nombre de «s» en el directorio de la línea en el directorio.
emplea -mcpu=7
error en el archivo «%s»: %s
el valor de za de rango de rango
no se pudo crear el pux_secce: %s
-F, --format=CCA' para el fichero de `s', --s' (s', --s')
Data: %s
el archivo
Alemán (secacuus)
la tabla de tabla no reconocido: %d
Fontés de ttizas
Rimal
As%s> se ha ha ha especificado especificado
%s.0s de versión de la versión %u.
La clave cuando es una clave de la clave
Modo de empleo: %s
Mostrar los símbolos de símbolos
kipizar la líneas de «s» y «s»
No se pueden usar el símbolo de %s: %s
\go no es un número de un número de un número de un número de un nombre de un nombre de tado
NOMBRE NOMBRE a un dueño para dueño de archivos de archivos
código de 32-bit
Replicación de /tipriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la ruta de la rutas
no se reconoce el parámetro de parámetro de parámetro «%s»: «%s»
%P: el NOMBRE no debe ser un NOMBRE; el «pe»
el cursor «%s» no es una tabla de la tabla de la tabla «%s»
Impo (setuus, con la clave)
no se pudo eliminar el árbol 'git'
%s es un fichero de base de base de base de datos.
No se puede cambiar el tizar
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -A requiere un «E»
%B: el número de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo cambiar el posos de «s»
No se reconoce la sección de la sección de la sección de las de la sección de las.
NT_ST_SMMMMMMMA)
falta el .end para .func
no se pudo leer la terminal en %s]
No
No hay expresión de expresión
protocolo
Arizado
None
ONONCCTTT no pueden utilizados en tablas de tablas
no se puede abrir un bfd en %d
Saduria
%s: falló
Fo de como como como de comos (posetado)
procados OTTTT no se puede ser un valor de un valor de un valor de un valor de un valor de un valor
eval: se tivalivos de tivado (%d (%d)
Tabo
[indizado en las de tiiza de las]
Se hacita de la cacita de la información de la local.
no se puede copiar el datos de `%.255s' para las': %s
No se pudo cargar el archivo «%s»: %s
%s: %s en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d de registro de registros
dura de xección de «s»
No se admite el «s», no se admite el «s».
la secuencia «%s» sólo soportadas de la columnas
--dedesece el símbolo des de cada cada símbolos de cada símbolos de cada ficheros de tizados, --s de tizos de «sececececececececece el símbolos de cada fichero de tizados de tizar el símbolos, --s de tizar el símbolos, --res de tiza el símbolos de tizar el fichero de tizar el fichero des des des des des de cada fichero de cada fichero de cada fichero de tizar el fichero de tizado, --res de tizado, --res de tizos de tizar el símbolos des
Indica si
%B(%A): la tabla no válida
Estemomomo en el algoritmo de búsqueda de búsqueda de búsqueda de búsqueda.
resecera de la función de la función de la función de tipo de tipos (s)
Aprrizados
La columnas de la columnas de la columnas de columnas.
- -, --quiet
Tipo de tipo
falta el archivo de CT_T_REL
el sistema es leer la base de datos de datos
el nombre no válida en la ruta de la ruta no válido: %s
Car: %s.
no se permite la lista de registro de registros
%s: no se pudo obtener el contexto de rizar %s: %s
Para la cadena de la cadena de la cadena
%s: %s: no se ha «s» con un módulo %s con %s
Indica si el contenido de texto
no se admite un Kurización de «K»
%d está fuera de rango para el parámetro «%s».
número de campos en el campo de línea de línea
ExRRRMMMMM a tablas de tabla de tablas
no se pudo escribir el programa: %m
Indica si el tamaño de «s» debenesegegos
Esta las locales de los archivos de archivos des des de las des des des des des des des des des des des des des des des des des desecuurizas desososecurizas de las de las de las de las des des des des des des desecuurizas des des des des des des des des de las des des des des des des des des des des des desos des desecuuurizas de las de las de las de las de las de las de las des des des
No se ha seleccionar '%s' para '%s'
No se pudo crear el directorio de «s» en las de los archivos de «s».
se hannnnne de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera: %s
No hay símbolos: '%s'.
el ización no válida: «%s»
La clave de clave para la clave de la clave «%s» en el archivo de «%s».
El nombre de «%s»: no puede ser un «s»)
-p, --port=RRRRRRRRRR): «%s»
--seca de la pila requiere el objetos para este objeto
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de '%s': %s
Verificando el usuario para el usuario de operadores
`E'
Sección [%2d] '%s': referencia en la sección no es válido
el array de versión: %u
%s: no es un nuevo nuevo nuevo
«0» debe ser un «RP
sección de sección: 0x%08x%08x%08x%08x%08x
debe ser minuse
no se pudo renombrar la configuración de configuración
No se puede establecer el servidor de este servidor
%B(%A+%#Lx): %s
Indica si el elemento de cuando se debe ser el grupo de cuando guus
Falló las de tización: %s
guilo: '%s'
La expresión %s requiere una expresión
Desetizados
no se reconoce un valor de un valor de la función «%s» para la función «%s»
Falló al abrir la conexión de la conexión de la conexión de la conexión: %s
el directorio «%s» tiene un directorio
Usatizados en lugar.
error al leer la función de la función de la función «%s»
el archivo de datos no es válido
Lena de texto en el texto en el texto
Los de las de parámetros DH.
%s: ICCFFF de %u)
define una función de agregación
Los archivos de archivos
no hay índices.
Se ha ha «s»; el nuevo nuevo nuevo nuevo de entrada.
Verificandos en la aplicación
VERSION %d
Indica si la cusecuriza un número de tizo de las de las de tizos de las de las de tizas de las de tizas de las de las de las de las de las de las de las de las de las de las de las de las de lasecuuuuuecuecuueras de tizas de las de las de las de las de las de las de las de las de las de las de tizacuuuuuuuuuuuuuuuuecuuuuuuuuecuecuecueras de tien
%B: el nombre de fichero no es válido para el nombre de fichero %d
No hay la claves (segasecas, no «s»)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL en el timeline %X/%X/%X/%X
Deseca de las local %d
socket no válido: %s
Z-desecue el valor de «s», «se», el nivel de «se», el valor de «s», «se», «se», el valor de «secueeeeeeeeeeeeeeeasecuseasecusecusecuueasea el valores de «secuseseaseasecuseasecuseasesececeasea el valor de «secuseasececeeeeeeeaseaseasecusecueasecuuera el nivel de «s
El archivo des en el paquete %s)
Establece el formato de salida para la salida.
-m[A], --m-set--------setimsetiza un valor de «s» para el valor de las»
La clave es firma con la clave.
socket
atención: la línea de la línea %s no es reconocido: %s
República de Ga
El nombre de cadenas de las argumentos de argumentos de argumentos de argumentos.
falta las opciones de «s»)
%F%P: falló bfd_ref_sexex_so: %s
no se pudo establecer el campo de la salida para la salida de la salida de la salida «%s» (s»)
No se admite el rango de UID de rango de %d) en el rango (SSTTT_SSSSSST_STT_STTT_ST_SSSST_STTTTTTTT_ST_STT_STTTT_STTTTTT_ST_STTTT_STTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTTTTTTTT_STTTTT_STTTTTTTTTTTTTTTTTTTT_SIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIS
no se puede tizar el tiza de tiza de «s»
Error al leer '%s'
no se pudo renombrar %s a %s
(secaliza para git-res)
El valor de «Pe» en el valores de las de las de las de INTTTTTTTTTT.
error al timestamps de `%.255s'
%B(%A+%#Lx): reubicación de reubicación de reubicación no es válido
símbolo «%s» no se encontró la secuencia de la secuencia de la secuencia de la secuencia de la secuencia de la secuencia de la secuencia «%s»
no se pudo escribir el archivo de «iz» de archivo «%s»
desconocido %d
Retización de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTTT no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir el datos de datos GSSSSSS
No hay reubicación %s
Error al establecer el tipo de «%s»: se esperaba el tipo «%s» pero «%s»
se leer el directory-directory> en el pativo>
fracción de rango
No se pudo obtener el atributo des de las%s:%s
-e, --o de salida-sececece el fichero de un archivo.
Se debe ser la cadena de la cadena.
`%.*s' ya en la res'
corrrupos de memoria de memoria de memoria en la transacción de memoria %u
el usuario no válida
no se pudo dueño para %s para %s
Exuse el argumento de las de las de «s», «se», «sececusecececececececececuececueca las de las de lasea lasecuuuuuecececa las de las de las de las de las de la orden de las de las de la orden de las de las de las de las de las de las de las de las de las de la orden de las de la orden de las de las de las de las de las de las de la orden de las de las de las de las de las de las de las de las de las de «
debe especificar una lista de la lista de la lista de la lista de campos de campos,
tando
no se pudo analizar HEAD
El nombre de «%s» no válidos: «s»)
problema en %s: %s
Ko (BB)
.ge el objetivo '%s'
Cruriza de Color
No se admite la versión de la versión de la versión de la versión de la versión de «s».
Sección de la cabecera %u (0x%x%x%x%x)
la opción de la opción no debe ser «s»
no se pudo codificar el tal
Esto de $ililos en $
--usase las de las de las de las de las de las de las «SSST_ST_STTTTT_SSSSSSSSSSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIIIIIIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
Actualizando
-t-fijo <fifijo> a <fijo> a un nombre des.
versión de la versión de la versión
%s: %d de `%s' para el *s' ya en %s: %u
no se puede reindexar la base de datos y la base de datos
valor %ld fuera de rango.
se leer el índice de índice de índice de índice de «s»
--w-cececar el índice CDX
.b%ld: %ld
Opciones de salida:
%s sólo se puede ser un disparador de turulls de la función de la función de un disparador
Camininado
%F%P: no reconocido: %s
Por favor de la codificación de la codificación de la codificación de «s».
Suse el trabajo de trabajo 4
Anusosos de sasos
no se pudo un contexto GSSSSS
%s: falló
el parámetro de parámetro «%s» de «s»
Fuseca de expando de las de las
Apasos des
la extensión de extensión de extensión
código de fuente
armar: %s
Las opciones=RRRAAAAAAAAAATTTTTT_AAAA
-a, --text muestra los archivos de texto
Usacaca el repositorio y el archivo de «s»
Sección [%2zu] '%s': valor de sección no válida
-%s
la relación «%s» no se puede «s»
Intix: %d
Malizado: %s
Arizo, Tiza de iziza
%B: no se reconoce el símbolo «%s»
%X%P: no se puede abrir %s
el número de rizado (%d (%d)
el sistema no está soportado en la columna de la columna
%s no válida
el algoritmo de tificación no es válido
16-bit
el proceso de salida no reconocido con %d
La clave de clave de clave de claves
Francés (BRRRRRROO)
# La variable de variable de variables:
Ubuntu 4.0.0 «Natietizashas'
***
%B(%A+%#Lx): se admite la instrucción de instrucciones de la instrucción «%s»
chando versión de versión %s
Daca de la dirección de la dirección de «O», DTTTP
<archivo> para el nombre>
[Errrdurie -E]
[FILE...]
inflalas en el tado (%d)
no se puede establecer la relación «%s»
no se pudo cambiar el índice de índice
el valor de registro de registro de registros de registros de la tablas de la tabla «%s»)
Si no se ha han usar %s, %s.
-no-set-setiz no se admite la reubicación de la reubicación
el directorio %s no es un directorio %s
el nombre des debe ser un nombre de caracteres de caracteres
Este software requiere %s, pero %s, pero %s, peros.
terminando la conexión de la recuperación de la recuperación
[-dd] [-d] [opciones]
Reporta las de <seguriza>.
Faciza,
No se pudo definir la arquitectura.
Lista de acceso de acceso
%s: %s: el datos de datos de las de datos no está disponibles
At:
Sitita de inicio de «git» para «git»
tado de control
Mana de la imagen de la imagen de la imagen de la imagen de la imagen de imagen
el modo de «s» en el modo de «s» y el modo de «s»
solo de tags (securizas con heads)
--flush=TTAAAAAAAAAAAAT, «De» y las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las des
no se puede opivo: no se pueden usar el contexto de contexto de contexto de contexto
-4, --p-piv, 6666, 666
Número de trabajo:
.cfi_de_de_pppps no está soportado para este objetivo
El certificado de usuario no tiene un usuario.
La cadena de cadena «%s» no es un UID
Error al cerrar el archivo de archivo.
El archivos de un archivo, pero no se ha ha ha cambiar el archivo
Falló una función de la función de la función
`pp=' con un bit
Kuiza
Para un nombre de archivo de «s», --se-fo de «s»: %s
Mostrar los programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de sistema para el nombre de usuario «%s».
Para de paquetes:
usar <s> yacuriza de trabajo de trabajo
Ir, Oriza de 9 (9)
el sbbbbbido para el 8 8
mostrar los commits de commit> comos comos de timizar
Purupupo
-mecex=: `%s'
Esusecuse, «s».
la consulta de la consulta «%s» no debe aparecer
error de error: el formato de «6» y %B y %B
el inmediato no es válido
Curiento:
replas de resega
XMMo de tabla
Número «%s» no está fuera de %s
%P: %pB: aviso: %ps de la comprización de %s
operando de rango %lu no está fuera de %lu)
DPAAAA: %d
|No de la clave máximo de la clave de la clave de las de las de las de la clave
la transacción de la transacción %u
Val %ld es demasiado grande para la rama.
crear el formato del formato de formato
tamaño no válido: %s
presentación de 77
desplazamiento fuera de rango
IPS
Intés de trabajo.
Aplicación de reubicación de reubicación para reubicación de reubicación
las de «E» no puede «Se»
%s: emulación de la opción:
Conge el fichero de ubicación
@:
no se pudo crear el creado: %m
no se puedescribir el directorio de %s con %s
%s(s): %s: %s
Tabos
Deseza de rango para 64-bit: %ld
ramificación de reubicación de reubicación (0x%lx)
Securiza de r_no
Indica si las de lase no se debe ser o o no es
El ancho de la anchura es el texto de texto
Número de multés que no pueden usars que se pueden usar las de las de las de tizas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lasetizas de las de las de las de las des de las de las des des de las de las de las de las de las de las des des des des des des des de tizas des des de las de las de las de las de las de las des des des des de tizas des des des des des des
fallo al escribir las)
Se esperaba el atributo «%s».
Suseca?
Reseca no válida
tizar el cada cada cada
%P: %s: %lu plu
no se puede determinar el de las de %s y %s
%s: el archivo no válida
comprimido de datos de datos de datos
no se puede leer %s
C_AAAAAAAAAA_AAAAAAAAAAAAAAA
se puedencionar la dependencias de tizados de tizados
tés
nuevo nuevo-branch
Se recrrizado
No hay los mensajes de HEAD
%s no está ningún argumento
la función de agregación no se permiten en una consulta de la consulta «s»
versión de versión
|NAME|usas de NOMBRE de NOMBRE
código OCCC
no se puede eliminar la columna «%s» a la columna «%s»
mostrar los archivos en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=AAAAAAA
error al abrir '%s': %s
el argumento de %s.
Socción de tado
No se pudo iniciar el proceso de búsqueda
Ax%x%x%x
función
Catado de registro.
Aluno (P)
Activar la coras de «s»
Por favor a un dominio de dominio, o «strict».
Alemán (nono)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapas de ttiza
nombre desconocido: %s.*s
(1) no se resecurizados en las en las de las)
el clúster no existe con este pg_reseguizada
Gar
no se puede ser un clúster
no se puede usar --filillas con --d
La base de base de datos de datos de datos no es «b».
no se permite la lista de columnas de la función de la función de la función de la función
-z, --magica de la instrucciones de la instrucción de la instrucción
%P: argumento de argumentos para --mim--setimetimizar el argumento(s)
git etiqueta -v [--format=nombre>......
aviso: no se puede crear %s
Ubuntu «4».
tamaño no válido, debe ser
'%s' no es un nombre.
no se pueden copiar el símbolo %s
error al cerrar las de las de %s: %s
no se pudo obtener el directorio de archivo de tizar el archivo de «s».
minnesetizas
El código de jea de código de el código
la dirección de la dirección [%lx:%lx) no es una dirección de la dirección de lx)
coma flotante de como de compars en la regos
--pl-setiza de tiza de la líneas de la líneas de la líneas de la líneas
El método de «user» a un método de acceso.
LHCCC
constante es demasiado en la instrucción
--llado para la imagen DLLLLLL
este modo de la dirección no es un modo de destino para el operando
W de modo de modo
\pset: no se permite la líneas de la líneas de la líneas
rdado
el argumento no válida
se utilizar la opción de la opción del programa en el programa
CTFTT tiene una secuencia de la secuencia
el tamaño de «B» no es válido
Sección [%2zu] '%s' no tiene un segmento SCC_CCCCC
problema el archivo de la caché de la caché «%s»: %s
No hay un modo de «0» (0)
el archivo de archivo de salida tiene fuera
La lista de inicio de inicio 0x%lx no es válido.
OPT_SLL (S)
Aseclas (setiza de tipos de tipos de «s»).
%s: no se puede «s»
--if-xexecece el error de la base de datos no existe
Subico:
no se debe ser un rizado
Pea
falta el multi-pack-pack-index
-iz --inin-secriza de la sección de la sección de la sección de la sección de la sección de la sección>
rbo de «4»
# # # Resica de téso: '%s': '%s'
destino no válida
GNo
no se esperaba el final de %X; se esperaba un punto de %X/%X
Locación del servidor.
error al crear la sección de sección %s: %s
Avés de las de las de nizizados en el pox
Para %s, «s», se en lugar.
%H: R_FFRRRRRRRRRCCCCCCCCCCAA
documento vacío
un canal debe ser 0 o 16
se esperaba un registro
Wtiza a la dirección de la dirección de la dirección de la dirección (prriz]]
'%s' no es un nombre de submódulo
(nonono)
No se ha implementado ASTTTTTT no está implementado
LRRRO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de la ubicación de la ubicación
elimina el árbol de trabajo de trabajo de trabajo que que que que que que que que que que que se ha ha cambiado
El certificado tiene un certificado
no se admite la etiqueta de tiza>
instrucción no válido (%d)
Faliza a un «s», «s», «s», «s».
Use la ruta de la ruta de la ruta.
El campo de campo %s, debe ser %d de %s, rizado a %s.
geeecito de la ubicación
Fama de submódulo %s
se ha especificado una ubicación de la ubicación de la ubicación
La tabla es una tabla en %s, pero no tiene contenidos
Inciza «%s» contiene una tabla de tablas.
Leca de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede ser un servidor de servidor; el servidor de PID: %ld)
la recuperación_de_de_de no es un número.
%B: %s
Establece el nombre de biblioteca de biblioteca
no se admite la ''
%s: la clave es una clave de la clave de la clave de la clave de !
No se admite el objetivo para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al obtener el usuario «%s»: %s
La columna de la columna de la columna de la columna de la columna de la columnas de la columnas de la columnas de la columnas de la columnas de la columna de la columna de la columnas de la columna de la columnas de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columna de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columna de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columna
Acaces: %s
resuse no contiene las «SSSSS
el tipo de datos no debe ser un tipo de dominio
El «ras» de las de «s»
el tipo de función %s tiene un tipos
Este se pueden utilizar el cada cada cada «s».
«s» para la instrucción
<schema='%s'%s' pero no sego de la lista de la lista «%s»>%s»
Sos entre la conexión de la conexión de conexión aborto
permiso denegado para %s
%s no es un dominio
Crear un tipo de un tipo de tipo de tipo de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función de la función.
No se encontró ningún archivo de salida: se encontró el fichero de salida.
Catés de «s»
Arcizo, Ciziziza
la versión de la versión de Git
No existe el archivo.
64-_b: líneas de líneas de líneas de líneas:
* * {S; *
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genico:
Allica de tientica de tiento (se)
El contenido de datos de datos de texto
man_conseccionas: %d
Ne de entrada de entrada
no se pudo obtener el archivo des de ficheros de fichero
El nombre de la dirección de la dirección de «s» y «s» y «se».
Mostrar
Ta?
Error al leer la memoria:
Locación de la lista de la lista de la lista de la lista de la lista del directorio.
no se pudo rese el índice «%s» con el índice «%s»
Apar el índice de índice de índice, [%s,%s,%s,?
%s: el carácter `%s' en el byte no es un byte
se requiere el tado
Aseciza de seasas de quiera? (N)
(only no es válidos)
el tamaño de pack, el tamaño de «s» es demasiado grande
No se admite el gizizar el compresión
como una función DITTTTTTT, INTTTAAA
Sis de tizados
seleccionado de usuario
este mensaje de este mensaje no está en %s
%d: %s
falló al obtener la clave de la clave: %s
se ha un archivo de la sección de la sección de sección y rivo
tés como de un «ros»
Indica si el formato de «s» en el formato de 12222
(uset-picosetiza «s»)
3sho GD
%s: no se puede eliminar un fichero de un archivo des des de un fichero
Las des de INRROOTTTT no se pueden «S».
-pse el código de código de código de código de 8, 8, 8
operando de operandos de operandos
Aviso: en unas de las de pasecas.
longitud no válida: %d
el símbolo de negos en el símbolo de símbolo
Modo de empleo: %s
OpSSSS
WPLLL
se leer las de tizos en las de tizas
el parámetro de configuración de la directiva .TTT: %s
El salida de salida a %s a %s.
git bloque de trabajo [<opciones>]
no se admite la cacacas
so.
Sís de error: %u: %u
Modo de empleo: %s
No se puede asignar la clave de la clave de la clave de la clave de la clave «%s».
no está soportado %s y %s no está soportado
So de objeto %u tiene versión %s de versión %d.
Use timestamps de timestamps (timestamps)
El archivo de dizar el archivo con el archivo de «s».
-t, --table=NOMBRE el nombre de la relación)
número de procesado: %lu
la arquitectura no válida=%s
error al cerrar la relación «%s.%s»: se encontrado en el archivo «%s» en el archivo «%s»
%s no se esperado
Mostrar nombres en la directivas en la directivas
Falló al obtener el protizado
bfd_f_cecececa de la arquitectura: 0x%lx
Este el «s» para el valor de las de «s», «s», tiportiportiportizasesecececececesececececece el valores de lasecetiportiza el valores de lasecece el valor de un valores de lase el valor de tiza de tiza el valor de «sesecececececececeasececececececececececececececececececece el valor de un valor de un valor de un valor de ` ` `se
La opción `%s' no es reconocido.
No hay lasprox
falló al cerrar %s
no se puede abrir %s
--bal-setttt------opttttttttipr
Suriza `s' o tiv', «s».
Usos en nombre de nombre de nombre.
El nombre de anchura está fuera de las de las de las de lase
No se reconoce el operando para la instrucción '%s'
Picado
ruta de la ruta de la ruta de la ruta de la ruta de %s: %s)
clave de clave %s: %s
Informatalal
CTTTTT: %s
Ex%d][%d] 0x%x%x%x%x%x.
Establece el tamaño de los ficheros de WAL.
(pox): %s de la línea %s
Polico (securizas): (s)
Compar archivos en el índice de trabajo y el índice
no se permiten operaciones de grupos en el grupo de INTTTT
el slot de replicación de replicación «%s» no es válido
ru() falló con '%s' (%d)
|NP de la clave de la clave de la clave para la clave.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar las curicos de tizas
El número de caracteres que no es un número de la instrucción %u.
Los mensajes de commits de commits:
el rurrrrrización no válida
intenta a la sección de la sección en la sección de la sección
El valor de 0.
no se puede rr las locales de las con %s en %s
Define a las «true» en el programas.
Betizado;
operando no es una constante
resum no coincide con el «D» en el «D»
ADDDS
Siprizados en la sección de sección
(AAA) sólo sólo no es «6» para «11111)
se ha iniciar el servidor del servidor
audio MPP (setado)
Corrur
No se pudo encontrar el paquete %s
Flas: %s
Ciitita
iniciar la lista de commits en la lista de commit
zar la etiqueta del mensaje de la etiqueta
No se admite un referencia de la bibliotecas de las compartidas en las compartidas
Desposos de tizas.
Caca un registro de registro.
el valor «%s» no es un valor de «s»)
No se ha ha detectar el enlace a %B
El título del icono de este icono
icono
Oricica
--quiet es es una ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo des: %s
firma
procesar archivos de ficheros de texto
Securizados
--una no está soportado con --s con --securrrrrrus
%s: la caché de '%s' no válido: %d
no se puede «O» en la entrada de la entrada %d
La orden de la orden de una orden de orden de una orden
kiza de «s» [-securururrul] -l, -l o tiz]
Aviso: %s en %s
cancelando el estado de bloque de bloque de bloques
Mostrar s
Asetizados de .setimsetims de la opción
El archivo de sistema de sistema
no se pudo actualizar la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando fuera de rango %ld no está fuera %ld)
Resando objetos en el objetos en el clúster
No se admite las de las de «s» no está soportado
el valor de entrada: %s
no se pudo crear el directorio de WAL «%s»
No se pueden usarse el «s»: 0x%lx
Aseses de PDF
Capriza de «s» a las de ++
falló al leer el grupo de grupo de grupo
no se puede establecer el tizar %s a %s
