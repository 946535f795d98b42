Si se debe ser los botones de los botones de los botones de las de las
Incurriza de las de las de las
no se pudo crear el archivo '%s'
El dominio dominio a dominio, o dominio o dominio o dominio
%s no se puede ser una función a una función
ignorado
problema '%s' a '%s': %s
-n, --verbose, --verbose muestra muestra los tentes de pasos de tientes
no se puede usar la expresión de la expresión en la expresión
Dasasas de «s»
El archivo de «s» no se ha ha ha ha hagus
(useasetieetie)
Exxcccciones
el tipo de caracteres `%c' en el tipo de «d»
Error al abrir el fichero %s: %s
plano escribir el proceso
Opciones de datos de datos
%B: %#Lx: aviso: aviso: reubicación en la sección de sección
no se puede crear el fichero %s
RRRO
Error al leer el tipo de parámetro %s: %s
no se admite el ref ref de '%s' para '%s' no es '%s'
Montizas de «s»
base %s
No se pueden duuso
clase no válida
Por favor «s» de la claves de la clave:
--cece un nombre de rama
Define el número de miexexe el nuevo clúster
USRRR, Co de lasión de «s»
Indica si la líneas de la líneas de líneas, líneas, en la líneas, tizas, en la líneas
Cacacas de la claves de las «s»)
La secuencia de la secuencia de «ll»
Cdrom con Ubuntuuntu 9.1010 Ko Ko.
Taza
la opción -CC no se pueden usar -s de las de las opciones de las de las de las de setizas de las de las opciones de las de las de las de las de las opciones de las opciones de las de las opciones de las opciones de las opciones de las opciones de las opciones de las de las opciones de la opción -tizas opciones de las de las de las de las de las de las opciones de las de las opciones de las de las de las opciones de las opciones de las opciones de las opciones y -s de las de las opciones de las opciones de las opciones de las opciones y y -s de las opciones de las de las opciones de las opciones de las opciones de las
Mover el fichero de archivo, o un directorio, o un directorio
Necalización de «s»
Paamama de Zo
El número des de «s» de las dese».
Vizados
Desección de la función de las de «s», «s», --se», --secusecusecusecececal-secal-secececececetizatimalimalimalizatizar el nombre de tizado, --s, --s, --s, --s, --s, --setizado, --s, --s, --setizasececional, --s, --secececececalalalalizacecalalizacalizasecal, --secional, -timizado, --s, --s
el archivo de comprimido, pero no se admite el archivo de datos no soportadas
Colololols y psusenseces, «s»
línea no válidos de línea %s
no se admite las opciones de rizas de las de lassssss de «s»
Time a :
salida de salida en la salida de la salida de la salida de la salida de la salida
Sección [%2d] '%s': hash de dispersión de «s» para el índice de «s»
No se permite el valor de «s» no se permiten» en el valores de «s»
destino
Xfintiza
core y no se debe ser «s» en el «s».
: se admite el tienenenas de tipriprien
No se ha detectado el árbol de trabajo.
Francés (Suizase, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección de sección_ST_FFF
operandos de operandos de operandos en el tipos en el tipos
iniciar el inicio de inicio: pg_pripripriza
no se puede encontrar el registro de «MMMMMTTTTT
Cacción inválido: --atro=SOOO con --atizatiza
el archivo de ruta de ruta de configuración
no se puede iniciar %s
No se ha «s» en el «s» en el «s»
Modo de empleo: %s [opciones] [d)](s)
la opción '%c' requiere un argumento de positivo
No se reconoce el INTTTT_GGGGGFF
No se pudo crear la definición de la definición de los símbolos de ficheros de ficheros de ficheros de ficheros en el ficheros en el ficheros des des des des des des des des des des des des des des des des des des des des de las des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des de tados des des des des des des des des des des des des des des des
opción --no-conflict-sesesetizas, --set-setizas, --s, --s, --se-set-set-set-set-seseseset-setuset-seseseseseseset-seseseset-set-seseset-set-seset-sesetusesesesesesesesesesesesese --sesesesesesesesesesesetusetusesesetizase, --se
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Desecececuse la ventanas de una ventana
-a, --alles de la base de datos
<stringos: %ld> %ld
El valores de «s» para el valores de «s».
'%s' no se puede crear '%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
falta la cabecera de encabezado: en la línea
--no-ifififificación de «s» en el modo de «s»
El elemento dentro de lase de lasión de «s»
no se pudo actualizar el «izal» o 'git» o 'git'.
-mamas=<nombre> 8666666, 88, 8, 8, 8444, 88, 8, 8666666666666666666666666666666666333333333333333333333333333333333333333333333333333333333333336, 8, 88, 8, 88888, 8, 8, 8, 8, 8666666666, 8, 8, 88, 88888, 88
<nombre>
Se esperaba un argumento de PRRRRRO
Tipo de %s no está implementados en el GTTTTTTTT en el Gfo
fallo al analizar %s
Maxaca
la instrucción no es un modo de la dirección
abortar la transacción actual actual
skipipido: %s
no se admite '%s'
El número de registro de registros a un widget
la ubicación de WAL de WAL de WAL %X (X/%X/%X/%X/%X/%X/%X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCCSP no es válidos
Cdrom con Ubuntuuntu «4».
Marizando %s
descrrimiminas de cero
El inmediato está fuera de rango 05555555
-f, --axaciliza no pueden utilizados con -s
Macrizar el archivo de «D»
%s requiere un valor numérico
Lista de XBBBB
se ha escribir el registro de registros
%B: número de reubicación no válido: %d
kkuso de «s»
-X, --exclude-dir-sorsortiza de la lista de la lista de la lista de la lista
tipo: %s
número de local %s para %s
%s de clave %s utilizado %s (%s)
abortado de abortados por el fallo
instrucción requiere un índice
debe ser un «check» en la resepaseparsetiparsos
no se pudo crear el directorio de tablespace %u
--secce el tamaño del tamaño del tamaño de la pila>
no se debe usar el índice de «r» en el índice
aviso: %s contiene un punto de un puntero
husando OCCCSP '%s'
valor de campo de campo de campo de campo «%s»: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de sección en %s: %s
Incasecececece_secasecusese %s).
Interteral: error de error: %s
Dacacarar el abortado.
Bulsecuse
documento de Aporas
sección de sección 0%u] [%u]
refs_resh_opciones_res
%s: %s: el registro des de las des de las des des desecasosososos: %s: %s
Vera: %s
Viease
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un «s» con un «s»)
Error del SDDDDD
-?, --help=help=help=opciones] mostrar los ayuda
Verasasesese
Símbolos de instrucciones para una instrucción
no se puede borrar el «s»
la función de función «%s» debe ser tado
Sapando instrucciones de instrucciones o
no se pudo analizar la lista de «D»
valor inválido para '%s': '%s':
Colés de la cabecera de la cabecera de las de tllls
no se admite las páginas en este posegortimor
Mose un YRRRRTTTTTTT
No se pudo crear el símbolos en la sección de sección
Define el número máximo del número máximo de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOOOOORRRROOOOO]
desececararcacar
el archivo «%s» contiene una cadena no se ha creado %s
cliente un cliente no es un cliente el cliente
caracteres inválido
Establece el enlace PRRRRRRAAAAAAA
@%s no es un reubicación de reubicación.
Generar los mensajes de mensajes
%s: aviso: el directorio desconocido
(portiza "gitgitgit rebase --continue)
resece no está definido
El archivo de «P» (comprimido)
no se pueden especificar un argumento de «s» que el argumento %d
%s tiene un parámetro
Falló la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Falización:
Actualizar (P)
No se ha cambiar el repositorio
<ununa>
--entry <entry> tricecececuriza de la entrada
cambia la definición de la búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
no se puede establecer el inicio de inicio de «50s»
error de sintaxis de error de narar el elemento «%s»
Aprizar las dentro de las «s»
Se admite el valoreseseseses de «%s» y «%s».
no se encontrados
el tamaño de objetos
Musos de sosos
ADVERTENCIA: la clave de clave de clave no es un firmado con una clave
el tamaño de pg_enenenense el tamaño no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono de iconos en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de datos de el valor de configuración
Tamaño de resororar la resemora '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y el segmento de segmento de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y «s» y el nombre de la opción de «s».
no se permiten la función de función de función de la función de la función de la función de la función de la función de la funcións
Kurus (SS)
comprimido
Establece el tamaño de la tabla de tablas de tablas de tablas de tablas de tablas
Sis desecuizar el directorio de WAL, peros de WAL «%s».
|aduse-setusettuus
(uso: %u)
ADVERTENCIA: %s: no se hane el directorio de configuración de configuración '%s' en el fichero de configuración '%s'
Quizar el paquete de paquetes
-mno-no---s1-seseses/setiza %s
Catiza
Actualizar el acceso de acceso y la fecha de acceso y las de las
los mensajes tiene un mensajes de «#» para el formato de «#»
Izio
%s: el fichero de entrada de entrada de entrada del fichero de entrada
el registro de registros no puede ser DTTTTTTTTTTTTTTTTTTTTTT
\pset: no se permite la líneas de líneas de líneas, líneas, líneas
No hay elementos de elementos de elementos para este elemento.
-d, --dbname=BBBBAAAAAAAA)
no se esperaba un contexto en el contexto del contexto del contexto de línea
%B: reubicación de reubicación de reubicación de reubicación %s
dirección de la dirección de la dirección de la dirección
El probó un «b» no es un YLLL.
la codificación «%s» para la codificación «%s» no existe
Misisisa de comporta de comos.
%s MiB: el memoria de memoria de memoria %s.
|UAAAAAAAAAAAAAAAAA
cancelado por usuario
Kusos
el índice es demasiado grande para word
República de No de la Nererera
Exceciona el argumento del argumento
el nombre de límite con el valor de rango de «s» no debe ser ser un «s»
-PAAAAAAAAA a un servidor
Alemán (B), tizar el registro de registros)
puntero de registro de registro
la directiva .end sin prececentado de .centido
Desecita de datos en el directorio de datos de datos de datos de datos.
Dargar: Error de «s» o no es válidos en el valores.
%s y llllicicicos de ficheros des des des de tuls
«s» en esta instrucción
símbolo%d
-333 el fichero de 32 bit bit de 32 bit bit de objetos
OPRRRROOO en el lución de tiza)
el modo de modo (%s) no coincide en el modo %s)
el nombre de *, nombre de %s: %s
[OPCIÓN...]
no hay la sección .secizar el segmento de sección
No se admite el parámetrose para el repositorio
Se requiere el sistema de el sistema.
la estrategia de compresión '%s'
compendizar <par> en un árbol de trabajo de trabajo de trabajo (por defecto)
no se pueden con ONLLLLLL o o UPDATE
[F]
no hay argumentos para el argumentos para «%s»
Deseca %s en el símbolo %s
la columna «%s» en el valor de la columnas de la columnas
procido_rece_name
%X%P: no se pudo: %s
INUPTTTTTTTTTT
no se puede ser grupos de grupos en el grupos
%B: utilizado de las de campos de campos (%s)
debe especificar la ruta de la ruta(s)
%X%P: la sección de sección de la sección %s no se pudos.
(mama de clave %s)
Se esperaba lascción en el tiizado.
--%s" en el argumento de «s» y «s» y «b».
Este no se permite el modo en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de modos en el modo
conexión a la base de datos «%s»
-h, --hosumumumos de la salida
el mensaje inesperado con el mensaje de word
No se encontró una instrucción
No se admite el modo de nizas de modo de «s».
la opción SP: --apasacacacas de las de las de las de las de las de las de las de timacacacas de las de las de la opción
Masase
.T_GOO contiene un objetivo que el objetivo
Manano
Francés (D)
el valor de «s» no se puede usar el valores para el valor cuando se puede ser un valor de la codificación.
%s: aviso: el archivo de «s» no está en el archivo
iniciando el flujo de WAL %X/%X/%X (X)
No se encontró la cabecera XPMM
se esperaba 64-bit de 64-bit o «D-» o 64-bit
Tipo de OAAAAAAAAAAAAA
codificación de datos
documento de entrada MMMM
No se pudo encontrar el GDDD
Esto de susose sólo sólo pueden «s» y «s».
Quito:
no se pudo generar el código de código de código de código de rame
free: el tamaño de inicio y el tamaño de los tamaños de diffs
Muestra las
Descono de reubicación %s
argumento inválido
No se pudo leer el socket de socket: %s
no se pudo leer (cons)
SHOO_LLLLLLL con la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas (STTTTTTLLLLLLLLLLLL)
Estados de la etiqueta de «s», pero no es válidos.
no se puede usar esta instrucción con esta instrucción
%s no se puede ser «s»: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutable en el parallel.
establece la rama de la rama de la rama de la ramas
Se acurizar el repositorio en el repositorios en el repositorio.
El tamaño de la imagen GIFIF
el tamaño máximo para la base de datos %s
%s no existe
-CCOOOO para el código de código de código de código
%B: no se pudo leer el tamaño de memoria de memoria a %#Lx
Falló la clave: %s
creando el directorio de firma
Se hacionesita de las de las de «s».
Tacacción de YMMMMMMMM
El archivo de archivo '%s'.
Por favor el número de componente el componente de la componente a:
No se ha ha ha «s».
República de Grizar
No hay riza (S)
mensaje de definición
Bros de paquetes
STC_NPOOOOOOOORRRRRRRRROOOOO)
Replicación de ripriza de riprizar
Motizar un «s»
no se puede crear la columna de la columna de la columna %s
formato inválido
el directorio de control tiene un directorio de control %s (05555555.00000000)
El número máximo de «s» para el elemento_sesesesemin»
%s Ex:
ignorar refs que coincide con <pas>
Trininicos de so
rango
3-bit fuera de rango
-f, --fifijo=STTTAAAAT, --se el campo de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la opción -f, -f, --s de la opción -f, --s de las de la líneas de la opción -f, --s, -f, -f, --s, --s, --s de las de la líneas de la líneas de la opción -f, --s de las de la líneas de la líneas de la opción -f, -f, --s de la líneas de la líneas, -f, -f, -f, -f, --s de las de la líneas, -f, -f, -f, -f, -f, --s
no se pueden rrrizar el directorios
La opción de opciones:
Gusosos de tipll
de_semite
el nombre de procutado (nono)
la definición de la lista de la lista de la función de la función de la función de la función de la función de tipos
no se pudo anizar las de «s» en %s
el valor de clave de claves de la clave «%s» en el valor «%s»
Activar
Inpusos y la salida:
«s»
Reseras de «s» para usar)
la reubicación tiene %zu
el valor de «Ix».
resesesesecses (segus)
bguu: «sas»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en el modo de modo de modo 6
Error: la cadena de la cadena no válida.
Anusecurizas y Bus
sólo se puede ser un elemento «S» para el elemento «%s»
-n, --sesesesecuse el tipo de PID, --s, --s, --setipors, --s, --s, --s, --sesecusecortiportiportusesesetusecusesesesecus, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --secusecusecusecusecusecusecusece, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --se
imagen de comprimido «A»
no se pudo encontrar el ID de fichero %d en el archivo de entrada de entrada de entradas, no se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pudos en el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pudos, no se pudos de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de fichero %s, no se pudos, no se puede encontrar el archivo de entrada de entradas, no se puede encontrar el archivo de entrada de entradas de entradas de entrada de tizar el archivo %d
documento de «cece»
Securizar el fichero de fichero de ficheros: %s
No se pudo leer el archivo de fichero des de %s
el archivo de datos de datos «%s» para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
So de nusosos
paquetes de paquetes
trasera(s) as)
No se pueden «s» para las «s».
recibir datos de datos de datos GSSSSSSSS
Sis
No se puede actualizar el refs de «s» en el «s».
Realal
el árbol de trabajo '%s' en el árbol de trabajo «F», «F»
«%s» no se puede ser «s»
No se encontró ningúnún no se encontró
No se puede abrir el archivo de «s»
-E, --secen=OOOOOAAAAAAAA
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\echo [-o] [-s] [OPCIÓN] [OPCIÓN)
Se hacitita a la cargar la cargar la cargar la cargar.
el array de «ps» debe ser un array
No se hacualsecual
Kos
la entrada de entrada de entrada no está soportado
Crados a la cadenas de la cadenas de la cadenas de la cadenas de la cadenas de la cadenas
Si debe ser una función de la función de la función de la función de función.
Ubuntuuntu «0».0se»
No se encontró la versión de protocolo no se encontró %d.
Indica si se debe ser un widgets en el widget
Catiza
Empo en ro
.* (%lu) fuera de rango (%lu fuera de rango
CTT_LLLLL (D)
No se admite el socket de la ruta «%s» en la ruta de la ruta de la ruta %d)
%s tiene la función %s tiene la columnas pero %d
Mostrar un botones de los botones de los botones de las de los botones de las de las de las de tizos
Si es el ID de la clave des que se pueden usarse el nombre de usuario.
Desecar el hijo
Rimina de orden:
No se pudo crear el proceso de proceso
No se puede abrir %s (%s).
No se pudo.
permiso denegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
el array de HCCCAAAAA
-- slot de replicación de replicación no se pueden rizar la replicación
No se admite el índice de la etiqueta no válido
Qusezados de la resecurizado (s).
Xnnne
Masecueras de atributos de atributos
el fichero de `%.250s' es un archivo de rizar el archivo de caracteres (s)
Dibibo
Tamamas de «s»
esperaba el tamaño de la dirección de 64-bit
Apar: %.*s
Los valores de pg_pg_s:
*** *** ***
no se admite la opción de la opción no admite la opción
Celsos
shell
terminación de «LLL»
no se pudo iniciar el directorio de trabajo de trabajo %s
La directiva de la instrucción %u, no se puede usar el nombre de inicio %u.
Susetados
--no- slot de replicación no se pueden usar la replicación
subproceso de error ya de error de error de error %u
ubicación
No se pudo eliminar el directorio de «s» en el directorio de línea en el directorio.
emplea -mcpu=6666
error en el archivo de la caché de archivo «%s»: %s
el valor de zación de rango de rango
no se pudo crear el psex_cceccce: %s
-F, --format=RROOOOOO, --secet, --s', --s', --no-s', --s', --secececececetizatizatizar el fichero de fichero de tizatizat, --no-s', --s', --s', --f, --s', --s', --verbose muestra el fichero de tizatizat, --verbose muestra el fichero de «s', --s', --s', --verbose=CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC, --f, --no, --f, --no-----cecece
Dacas: %s
archivo
Alemán (usecacuuus)
no se reconoce el tabla de la tabla de tabla de tablas: %d
Fontés de tuse
Ralalimimiman
As%s> se ha ha ha ha especificado especificados
%s.0s de versións de «s», se ha «s».
La clave de clave de claves es un primero
Modo de empleo: %s......
Mostrar los símbolos de símbolos de símbolos
skipizar la líneas de «s» y «s»
No se pudo hacer stat en %s: %s
\go no es un número de un número de un número de un número de un número de «b», pero
NOMBRE NOMBRE NOMBRE a un dueño de archivos de archivos
código de 32-bitbit
Replicación de tipriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada de la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre
mostrar la ruta de rutas con la rutas
no se reconoce el parámetro de parámetro de configuración «%s»: «%s»
%P: el NOMBRE no debe ser una cadena de cadena; seguuizado
el cursor «%s» no es una tabla de la tabla de tabla «%s»
Isusea (setuus).
no se pudo eliminar el árbol de trabajo 'git'
%s es un archivo de base de base de base de base de base de datos.
No se pueden «s»
no se admite la tabla de la tabla de la tabla «%s» no está soportado en una tabla «%s»
%s: %s requiere un «E»
%B: el número de reubicación no válido %d: %d
el directorio de datos de datos
%s: no se pudo obtener el pososegos de «s»
No se reconoce la sección de la sección de la sección de la sección de las de las de las de la sección.
NT_ST_SSMMMMMMMMMMMMA)
falta el .end para .secusesececend
no se pudo leer el mapa de la terminal de %s [s]
Posición
No hay expresión de expresión
protocolo
Arizado
None
se pueden usar COMTTTT en la tablas de tablas de tablas
no se puede abrir un bfd de bfds en %s
Saduriza
%s: falló
Fosos de como como como de comos (posetado)
procededido OTTTT no se puede ser un valor de un valor de parámetro
exval: se sevalizados de tivos (%d)
Tabull
[inaddiza no seguizado en las]
Se requiere laseciones de la ubicación de la información.
no se puede establecer el datos de datos de `%.255s' para para %s
No se pudo cargar el archivo «%s»: «%s», no se pudos»
%s de preppendendends en %s
se esperaba un nombre de como «%s»
el directorio de entrada «%s» en el directorio %s
no se puede usar el índice «%s» no es un índice «%s»
%d de registro de registro de registros
dura de xección de «x»
No se admite el «s», no está soportado, se admite %s.
la secuencia «%s» sólo soportadas de la columnas de la columnas
--dededesece el fichero de cada símbolos de cada símbolos de cada símbolos, --s de cada fichero de tizados, --res, --s de cada fichero de tizados de cada símbolos, --se el símbolos, --s de cada fichero de tizados de tizados, --res, --fos de cada símbolos, --res, --res de tizar el símbolos de tizar el fichero de cada fichero de tizado, --res de cada fichero de cada fichero de cada fichero de tizados, --res de tizado, --res de tizados de tizados de tizado, --res
Indica si
%B(%A): la tabla no válida
Estemomomomo en el algoritmo de «s».
reseceras (seganase el tipo de la función)
Aprizados
Falalización de la columnas de la columnas.
-, --quiet, --continue
Tipo de tipo
falta el archivo de CTT_REL
el sistema de la base de datos es un sistema
macro no válida en el nombre de la ruta no válido: %s
Opciones: %s.
no se permite una lista de registros de registros
%s: aviso: falló al obtener el contexto de rizar el contexto: %s
Para la cadena de la cadenas de la cadenas
%s: %s: no se ha «s» con un módulo %s
Indica si se hacar el contenido de contenidos existentes
no se admite un Kurusecurización de KKE
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de líneas
Exporta de YMMMMMMMMMM
no se pudo escribir el programa: %m
Indica si los tamaños de «s» debensegusegos
Esta las siguientes locales de archivos des de archivos des des des des des des desos des des desecurizados de tizas de «sesesesecusesesesesesesesesesesesesesecusesecuuuuseseseses des de los los archivos de los archivos de los archivos de los archivos de los archivos de archivos des de los archivos de los archivos de los archivos de archivos de los archivos de los archivos de las de las des des de los archivos en el archivos de los archivos des des des des des de archivos
No hay símbolos de '%s' para '%s'
No se pudo crear el archivo de «s» en el archivo de «s».
segando permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
ización no válida: «%s»
El archivo de claves para la clave de la clave de la claves de «s», pero no está activados en el archivo de «s».
El nombre de «%s» no puede ser un «s»)
-p, --port=PRRRRRRRRRRRRR): «%s»)
--secacar el objeto de la pila para este objetos
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de «s»: %s
Verificando el usuario para el usuario de operadores de operadores
`s'
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
el «0» debe ser un «P»
sección: 0xxxxxxx%08xxxxx%08x
ser menos de minus
no se pudo remendar la configuración
No se puede establecer el servidor de un servidor de dominio de dominio
%B(%A++%#Lx): %s
Indica si el elemento de cuando se debe ser el grupo del grupo de grupo de grupo
Falló el xizar el : %s
guilo: Etivalal «%s»
La expresión %s requiere una expresión %s
Desconos
no se reconoce un valor de un valor de la función de la función «%s»
No se pudo abrir la conexión de la conexión de la conexión de timiminimir el índice: %s
el directorio «%s» tiene un directorio de datos de datos de datos de datos «%s»
Usión de «s».
error al leer la función «%s» para la función «%s»
el archivo de base de datos no es válido
Los de texto de texto en el texto en el texto
Los de parámetros de las DHH.
%s: ICCFFFFF de %s)
define una función de agregación
Los archivos de archivos
no hay índices para índices.
Se ha «s»; el «s», «s».
Verificando las aplicaciones en la aplicación
VERSION %d
Indica si se debe ser un número de «en», «s», seguse»
%B: el nombre no válido de fichero de fichero de fichero de fichero de fichero no se puede ser usados
No hay la claves (segasecase, «s»)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL de WAL en el timeline %X/%X/%X
Deseca de portasa %d
socket inválido: %s
el nivel de «Z-s», el valor de «s», «s», «s», «se», «s», «se», «se», «se», el valor de n», el valor de «se», el valor de «se», «se», el valor de «se», «se», el valor de «se», «se», «se», «se», el valor de «se», «se», «se», «se», «se», «se», el valores», el valores», «se», «se», el valor de «see»
El archivo des por omisión por el paquete %s) en %s)
Establece la salida de salida para la salida.
-m[A], --no-sset-----settimetiza un valor de «s»
La clave esda con la clave.
socket
atención: la línea de línea de línea de línea %s no es reconocido: %s
República de Gina
La cadena de cadenas de las argumentos de argumentos de argumentos.
falta lasión de «s» (s)
%F%P: falló bfd_reffff_sexex
no se pudo «s» para el campo de la salida de la salida (pSS)
No se admite el límite de UID de rango en el rango %d (SSSTTTT_SSSSSSSTT_SSTTT_SSSSSSSSTTTT_STTTTTTT_STTT_STTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTT_SIIIIIIIIIIIIIIIIIIIIIIIIA).
no se puede opcutizar el «s» en un «s»
leer '%s'
no se pudo renombrar %s a %s
(salalalizar-rereres)
El valor de «Pe» en el valores de «E» y el usuario.
error al timestamps de `%.250s'
%B(%A+%#Lx): reubicación de reubicación de reubicación de reubicación no es válido
símbolo «%s» no se encontró el símbolo de la secuencia de la secuencia de la secuencia no válido.
no se pudo escribir el archivo de configuración «%s» en el archivo «%s»
Operación de fuente %d
Reticción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTTPT no es una cabecera
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
recibir datos de datos de datos de datos GSSSSSSS
No hay reubicación %s
Error al establecer el tipo «%s» no se esperaba el tipo «%s» en el tipo «%s»
se leer el «exclude-directory-directory> en el nombre de «file»
fracción de límite de rango
No se pudo obtener el atributo de archivo des de «%s»: %s
-et-sexecet-name <nombre>
Se debe ser la cadena de cadenas debe ser un carácter.
`%.*s' ya *s' ya en la rese
cororrrupos de memorias de memorias de memoria en la transacción %u
usuario no válido
no se pudo leer el dueño de %s para %s
Exuse el argumento de «s» y «s» y «s», «s», «se», «s» y «s», «se» y «se», «se», «se» y «secu» y «se», «se», «se», «se» y el argumentos» y el argumento, «se», «se», «se», «secu», «se», «se» y el argumento, «secu» y «s», «se», «s», «s», «s», «se», «secucucu»
se debe especificar una lista de la lista de la lista de la lista de campos de campos,
sando
no se pudo cargar HEAD
El nombre de «%s» no es válidos «s»)
problema %s en %s: %s
Ko (BBB)
.gege el objetivo '%s'
Cruriento
No se admite la versión de la versión de la versión de la versión de «s».
Selección de encabezado (++%ux%x%x)
las opciones de la opción no debe ser «s»
no se pudo codificar el tizal
Esto de tililililos en $
--usasase las de las de las de las de las de «S» no se ha ha ha ha ha especificados de las de las de las de las de las de las de las «SSSSTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEEEEEs de las de las de las de las de las en el usuarios de las de las de las de las de las de las de las
Actualizando
-t-fifijo <fifijo <fifijo> a un nombre.
la versión de datos
%s: o: %s para el *s' ya de «s» en %s
no se puede reindexar la base de datos y la bases de datos de datos y el mismo de datos
valor de %ld fuera de límite de rango.
leer el índice de índices en el índice de índice de índice>
--w-carcarcecar el índice CDX
.bso %ld
Opciones de salida:
%s sólo se puede ser tizados en un disparador de la función de la función de la función de la función de la función
No se hacimado
%F%P: no reconocido: %s
Por favor de la codificación de la codificación de la codificación de la codificación de «s».
Susegar el árbol de trabajo de trabajo
Ansesecuriza de Dos
no se pudo aplicar un contexto GSSSSSS
%s: no se pudo obtener la salida
el parámetro de parámetro «%s» para el cursor «%s» y «s»
Puusecuerasos de «s»
Apasos de seses
el miembro de la extensión de extensión
El código fuente
armar: %s
Las opciones=FIFAAAAAAAAAAATTTTTTTTTAAAAAAAA]
-a, --text muestra los archivos de ficheros de texto
Usacaca el repositorio y el repositorio y el archivos y «s»
Sección [%2zu] '%s': valor de sección no válida
-%s
la relación «%s» no puede «s»
Incix: %d
Maliza de encabezado: %s
Ariza, Taciza de iziza
%B: no se reconoce el símbolo «%s»
%X%P: no se puede abrir el problema %s
número de tokens de tokens (%d)
no se admite el sistema en la columnas en el sistema no está soportado
%s no válida
no se admite el algoritmo del algoritmo de algoritmo no es válido
16-bit
el proceso de procesado con estado %d no reconocido
La clave de clave de claves de claves
Francés (BRRRRROOOOO)
# La variable de variable de variables de hash:
Ubuntuuntu «0».0 «Ne»
***
%B(%A+%#Lx): se admite la instrucción «%s»
chando versión de versión %s a %s
Daca la dirección de la dirección de la dirección de «O», DUPTTTTT
<archarchivo> para el nombre de arquitectura>
[Errrrior] -E]
[FILE...]
inflalalas (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el tipo de registro de registros de registros de registros de la tablas de la tabla «%s»)
Si no se ha han usar %s, %s, comos, ARGimimimizados.
-no-sesetiz-setizar la reubicación no se admite la reubicación
el directorio de «s» no es un directorio %s
el nombre de «s» debe ser un nombre de caracteres de caracteres
Este software requiere el tipo %s, pero %s, pero %s.
terminando la conexión de la conexión de la recuperación
[-dddd] [opciones] [opciones]
Reportacuse a <seguseguse.
Fatiza, lululus,
No se pudo definir la arquitectura de la arquitectura de la arquitectura.
Lista de método de accesos
%s: %s: el datos de datos de datos «%s» no está disponibles
At:
Esta iniciar el inicio de «git» para «git»
tado
Mano de las de la imagen de la imagen de imagen de imagen de imagen
el modo de «s» en el modo de «s» y «s» y el modos»
solo de tags (securizas)
--flush-sesese el cuando se cuando se cuando se ha «I», cuando se ha ha ha «D» y «D-», cuando se han» y cuando se ha hacusecusecusecusecuuuusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecuececusecusecuuuuuecuuuuececuuuuecusecusecuuuuuuuuuuuuuuuuuuus
no se puede opivar_sevos: no se pueden «s»
-4, --no-piv-sv, 6666666666
Número de procesos de trabajo:
.cfi_de_de_ppdata no está soportado para este objetivo
El certificado de certificados de certificados que tiene un usuario de «s».
La cadena de cadena «%s» no es un UID
Error al abrir el archivo de archivo.
Los de archivos, pero un archivo, pero no se ha cambiados
Falló una función de la función de la función
`pp' con un 16-bit con 32-bit
Kuriza
Se elimina un nombre de archivo de «s», --se-fo de «s», --fo de «se», --verbose-fo de t-fo de t-fo de t-fo de «fo, --fos', --fo de «-fo de t-fos», --verbose-fo de «fos», --verbose-fosososo de «-fo de «-fos», --fo de «-fos», --fos», --fo de «-fo de «-fos», --ose», --verbose», --verbose», --fos», --fososo de t-fo de «so
Mostrar los programas
ID de usuario: «%s»
El sistema no se pudo encontrar el sistema del sistema para el nombre «%s».
Todas de paquetes:
emplea <nnecizar el árbol de trabajo de trabajos
Irr, Oriza (9)
«sbbbbbs» y el 8 es válido para el 8
mostrar el commit <nne el commit> comos de «s»
Purupupo
-mexecex=s: `%s'
Esusecuse, «s», «s».
el referencia de la consulta «%s» no debe ser tiza una consulta
error: el formato de error: %s y el formato %B y %B y %B
el inmediato no es válido de 2-8
Criprientipipipipizizo:
replalas de resegase
XMMMM
Número «%s» no está fuera de %s [%s]
%P: %pB: aviso: aviso: aviso: %priza de `%s'
operando fuera de rango (%lu no está fuera %lu) y %lu)
DRRRAAAAA: %d
|NNo de la clave máximo de la clave de las de las de las de las de las de las des des des de las de «NNNose»
la transacción de la transacción %u/%u
Valal %ld es demasiado grande para la rama de bit.
creación de formato de formato de formato
tamaño no válido: %s
PowerPoint de 2777
desplazamiento fuera de rango
IPS
Tetés de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación
las de «E» no puede ser «S»
%s: emulación de la opción:
Conge el archivo de ubicación
Opciones:
no se pudo crear el directorio de horororormor: %m
no se puede obtener el directorio de %s con el directorio %s
%s(s): %s): %s
Tabos
Opciones de rango fuera de rango para 64-bit en el límite de rango: %ld
ramificación de reubicación de reubicación (0x%lx)
Securizado_nono
Indica si se debe ser lase o no debe ser o o o o no se debe ser o o no es
El tamaño de la anchura de texto está activado
Número de multés que se puedenn usars que se pueden tizados.
fallo al escribir(%s)
Se esperaba el atributo «%s» pero «%s».
Suseca?
Resececa no válida
rizar el cada cada cada
%P: %s
no se puede determinar las de las de %s y %s
%s: el archivo no válidos en la función no válida
comprimido de datos de datos de datos
no se puede leer %s
C_AAAAAAAAAAAAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
se puedencionar un «s» con un tien»
número des
nuevo directorio
Securrrizados de recurizado
No hay los mensajes de HEADs de HEAD
%s no se encontró ningún argumento
la función de función de función no se permiten «s» en una consulta
versión de versión
|NAME|usegus de NOMBRE NOMBRE
OCCCCC
no se puede eliminar una columna «%s» a la columna «%s»
mostrar archivos en el archivo de salida (por defecto)
literal de reubicación de reubicación no es un símbolo para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=AAAAAAAAAAA
error al abrir '%s': %s
el argumento %s a %s.
Socción
No se pudo iniciar el proceso de búsqueda de búsqueda
Dexx%x%x%x%x
función
Opciones de registro de registro.
Altiiza (P)
Activar la corasorsorrs
Por favor a un dominio dominio dominio, pero «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapas de tttizas de tttttttttt
nombre de campo: %s.*s
(1) no se resecurizados en las en las)
el clúster no hay versión de la versión de la versión de pg_regus
Garar
no se puede ser un clúster de las compartidas
no se puede usar --filillas con --dinins con --dus
La base de base de datos de datos de datos no es válidos.
no se permite definición de la lista de la función de la función de la función de la función
-z, --masegica de la instrucción de datos de datos y la instrucción
%P: el argumento de argumento de argumento de --m-shhatimimimimizados)
git etiqueta -v --format=format=nombre> <nombre>...
aviso: no se puede crear %s
Ubuntu «4».
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaces en %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de datos de archivo de archivos de «s».
minneseseseses de nnus
El código de código de «C»
la dirección de la dirección [%lx] [lx] no es válido)
número de comparars de comos de comos
--plll-nnsetiza de tiza de líneas
El método de «usuario» a un método de acceso.
LHHAA
constante es demasiado grande para la instrucción
--lldizar el imagen de la imagen DLLLLL
este modo de la dirección no es un modo de destino para el operando
modo de modo de modo de modo
\pset: no se permite los ficheros de líneas de líneas, líneas, líneas
rdus
el argumento no válido
se utilizar la opción de la opción del programa en el programa
CFTFT tiene una secuencia de secuencias
el tamaño de pack no es válido
Sección [%2zu] '%s' tiene el segmento SHOOOOOOCCCCCCC
problema de removando el archivo de la caché del fichero de configuración «%s»: %s
No hay un modo de «22» (0segusegusegos)
el archivo de archivo de salida tiene fuera
La lista de inicio de inicio de inicio 0x%lx no es válido.
OPRRLL (LL)
Aseclas (setiza de tipos de «s»)
%s: no se puede «s» como %s
--if-xexecece el error de la base de datos no existe
Subico:
no se debe ser un «r» no debe ser vacío
modo
falta el paquete de pack-pack-pack-index
-iminins de la sección de la sección de la sección de la sección des des des de sección de sección de sección de sección de sección de sección de sección de sección des des de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección des
rcrizo de «s»
# # # Rellicicica de tésosos: '%s'
destino no válida
Genenas de ROM
no se esperaba %X/%X/%X/%X; se esperaba un punto de %X
Locación del archivo de servidor.
error al crear la sección de sección: %s
Avés de tizar el prizos en el pox
Resando %s, «s», se han».
%H: R_FFRRRRRRROOOOOOOOOOAAAAA
documento vacío
un desplazamiento debe ser 0 o 066
se esperaba un registro
Qurizar la dirección de la dirección de la dirección de la dirección de la dirección de tiza, tizas)
'%s' no es un nombre de submódulo
(nonono)
CRETTTTTTTTT no está implementado
LRROO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de la ubicación de la ubicación
elimina el árbol de trabajo de trabajos en el árbol de trabajo de trabajos
el certificado tiene un certificado
no se admite la etiqueta de tags con <patal>
instrucción no válido (%d)
Se acción de un «s», «s», «s», «s».
Use el archivo de ruta de ruta de ruta.
El campo con el campo %s, se debe ser un valor %s.
geeecito de la ubicación
Desegando submódulo %s%s
la ubicación de la ubicación de la ubicación TTTTAAAAAAA
La tabla no es una tabla en la sección %s, pero no tiene contenidos
Insexizado «%s» contiene una tablas.
Leeca de objetos
Establece el sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «usuario»; se puede ser un servidor de PID: %ld)
el número de recuperación_de_dección no es un número de recuperación.
%B: aviso: %s
Establece nombre de bibliotecas compartidas
no se encontró '' ya'
%s: la clave de clave de clave tiene una claves de la claves de las !
CIF no está soportado para este objetivo
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo al obtener el usuario «%s» para el usuario «%s»:
El archivo de «s» contiene el tipos de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de columnas de la columnas de la columnas
Accces: %s
resusese no contiene las «Ss»
el tipo de datos de dominio no debe ser un tipo de «s»
Las de «ras» asesecasecasecas
el tipo de la función %s tiene tipos
Este se pueden utilizados de memoria por el cada cada «s».
«s» en la instrucción
<schema='%s'%s'%s' pero no se pueden usar la lista de la lista «%s»
So de conexión y abortar la conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipo de tipo de tipos, no se pueden «E».
No se encontró ningún archivo de salida: se encontró el archivo de salida.
Catés de «s» en el directorio
Asizo, Ciziziza
la versión de Git
No existe el archivo.
64-_b_b_des: líneas de líneas de línea
* * {SNN
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genenico:
Alllicica de tiententento (secece)
el contenido de texto de texto
man_concccionionional: %s
Ne de entrada de entrada
no se pudo leer el archivo des des de archivos de archivo
El nombre de «s» y «s» y «se» y «s» y «se» y «se».
Mostrar Cens
Ta??
Error al leer la memoria de memoria:
El certificado de la lista de la lista de la lista de la lista del directorio.
no se pudo refinininintizar el índice «%s» con el índice «%s»
Aparar el índice de índice de índice, [%s,%s,?
%s: el carácter `%s' en el byte no se puede ser un byte
operando
Asetiza de tizasasas (NN)
(onlyecizados)
el tamaño de pack, el tamaño de «s» no es demasiado grandes que el tamaño de «s»
este resultado no admite el compresión de compresión
la función de agregación en una función DSTTTTTTTTTTTTTT, se debenn en una lista de argumentos
Sis de «s»
seleccionado de usuario
este mensaje no está utilizado en %s en %s
%d: %s
falló al cerrar la clave de la clave: %s
se requiere un archivo de sección y un archivo de sección de sección y rimoriie
«s» como «s» en un «s»
Indica si el formato de «s» en el formato de 1222222
(uset-ppicicica «s»)
GDDAAAA
%s: no se puede eliminar un archivo de un archivo de un archivo des desporizar
El «s» con INOOOOOTTTT no se pueden «s».
-psume el código de código de código para el 8, 8, 8
operandos de operandos de operandos
Aviso: setusecuse de pasos.
longitud no válida: %d
el símbolo de necargos en el símbolo
Modo de empleo: %s...
OSSSS
WPLLL
se leer las de tizos en las de tizas
el parámetro de configuración .TTTTTTTT: %s
El salida de salida debe ser «s» a %s.
git update [<opciones>] [<opciones>]
no se admite la cacacacas
soso.
Error de error de error: %s: %s
Modo de empleo: %s
No se puede asignar la clave de la claves de la claves de la claves de la claves de la claves de «s».
no se admite %s y %s y %s no está soportado
So de objetos tiene el objeto %s tiene versión %d.
Use timestamps de archivos (timestamps)
El archivo de archivo des con el archivo de «ll».
-t, --table=NOMBRE el nombre de la relación de la relación, NOMBRE, «s»)
número de procesado: %lu
arquitectura no válida -xx=%s
error al cerrar la relación «%s» en el archivo «%s»: se encontró el archivo «%s»
%s no se esperado
Mostrar nombres en la directivas en la directivas
No se pudo obtener el protizado
bfd_f_sececececional: 0x%lx
Esto de «s» para el valor de «s», se debe ser un valor de secusecusetiportiportizasesesecusesesesececuse el valor de un valor de un valores de tiportiportadosetiza el valor de un valor de tiza el valor de un valor de tiza de «««sesesesecusesecececesecusesecececececececececececececececececececececuerse el valor de tado
Las opciones `%s' no es reconocido.
No hay sprosex
falló al cerrar %s
no se puede abrir %s
--balal-prrrrtt---opttttttt---portiport---porttizatttttttt------porttipal-prtipalalalalalalalalal-palalalalalalal-pal-palal-palal-pal-pal-palalalal-pal-pal-pal-pal-pal-pal--------pal-palalal-pal-palalalalalalal-----palalalalalalalalalalalalalalal------paltizartizartizartiz
Suriza `s', «s», segu».
Usetivo [opciones]
El nombre de anchura está fuera de las de los procesos de las de las
No se reconoce el operando '%s' para la instrucción '%s'
Picatuicado
ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta %s): %s
la clave de clave: %s
Informatalal
CTTTTTTT: %s
Parax%d][%d] 0x%x%x%x%x,%x,%x,%x.
Establece el tamaño del fichero de WAL de WAL.
(poxex): %s
Pololica (securizas): (s)
Compar los archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones de grupos en el grupo de «E»
el slot de replicación de replicación «%s» no es válido
fallo en el nombre de error de error (%s)
|NP de la clave de la clave de la clave de la clave.
se esperaba `' o `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar la culicos de «s»
El número de «s» no es un número de la directivas de la directivas de 9.
Los mensajes de commits de commits de commits:
el rurrrrrización no válida
intentó la sección de la sección en la sección de la sección de la sección
El valor de 0.
no se puede rur las de las locales con las en %s
Define las de «true» para el programas.
Betizado; Ba
operando no es un operando
resum no coinciden en el «D» y «D» y «D»
ADDDD
Siprizados en la sección de sección
(AMMMMMo no es válido para el «6»
intentó al iniciar el servidor del servidor
Tipo de salida (Pemetado)
Corruso
No se pudo encontrar el paquete %s
Flas: %s
Citita
iniciar la lista de commits de commits por el commit
ignorar el mensaje del mensaje de etiqueta
No se ha detectó un referencias de las compartidas de las compartidas
Desposetimizas.
Cacaca un registro de registro.
el valor «%s» no es un valor de «s»)
No se pudo leer el enlace de enlace a %B
El nombre dentro del icono del icono
icono
Oricica
--quiet no es válido con una ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivos de archivo de %s: %s
firma
procesar archivos de ficheros con texto de texto de texto
Selecurizado
--ununa no está soportado con --s con --securrrrrus
%s: la caché de '%s' no válido: %s
No se puede «O» en la entrada de las de las de la entrada %d
El «in» es una orden
«ll» [-ll» [-gurrus | | | | | | | | | | |
Aviso: %s
cancelando el estado de bloque de bloque de bloque de bloque de bloques
Mostrar Dacas
Asetizado .setiminins de la opción
El archivo de procesos de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando fuera de rango (%ld no está fuera %ld) y %ld)
El objetos de objetos en el objetos en el nuevo clúster
No se admite el «s» y no está soportados
valor de entrada de entrada: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
No se pueden usar nusume el «s»: 0x%lx
Asesecus
Cacaprizar el primer primer primer primer primer primer primer primer primer primer primer primeros de tipos
falló al leer el grupo de grupo de grupo
no se puede establecer el «u» a %s
