Si se debe ser los botones de los botones de los botoness de las en las
Incurriza de las de las de las
no se pudo crear el archivo '%s'
El dominio dominio a a dominio, o dominio o dominio o dominio
%s no se puede ser una función a una función
ignorado
problema '%s' a '%s' a '%s': %s
-n, --verbose, --verbose muestra muestra los tentes de pasos de tientes
no se puede usar la expresión de la expresión en la expresión
Dasasas de «s» en nombres»
El archivo de «s» no se ha ha ha ha hagus
(useasetieetie)
Exxcccciones
el tipo de caracteres `%c' en el tipo de «d» en el tipo de tipo
Error al abrir el fichero %s: %s
plano escribir el proceso de proceso
Opciones de datos de datos de datos de datos
%B: %#Lx: aviso: aviso: reubicación de sección de sección de sección
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
Define el número de miexexe el directorio en el nuevo clúster
USRRR, Co de lasión de «s»
Indica si la líneas de la líneas de líneas, líneas, en la líneas, tizas, en la líneas
Cacacas de la claves de las «s»)
La secuencia de la secuencia de la secuencia de «ll»
Cdrom con Ubuntuuntu 9.1010 Ko Ko.
Taza
la opción -CC no se pueden usar -s de las de las opciones de las de las de las de setizas de las de las opciones de las de las de las de las de las opciones de las opciones de las de las opciones de las opciones de las opciones de las opciones de las opciones de las de las opciones de la opción -tizas opciones de las de las de las de las de las de las opciones de las de las opciones de las de las de las opciones de las opciones de las opciones de las opciones y -s de las de las opciones de las opciones de las opciones de las opciones y y -s de las opciones de las de las opciones de las opciones de las opciones de las
Mover el fichero de archivo, o un directorio, o un directorio
Necalización de la dirección de la dirección de la dirección
Paamama de Zo Zo
El número des de «s» de las dese».
Vizados
Desección de la función de las de «s», «s», --se», --secusecusecusecececal-secal-secececececetizatimalimalimalizatizar el nombre de tizado, --s, --s, --s, --s, --s, --setizado, --s, --s, --setizasececional, --s, --secececececalalalalizacecalalizacalizasecal, --secional, -timizado, --s, --s
el archivo de comprimido, pero no se admite el archivo de datos de datos no soportadas
Colololols y psusenseces, «s»
línea no válidos de línea %s
no se admite las opciones de rizas de las de lassssss de «s»
Timime a :
salida de salida en la salida de la salida de la salida de la salida de la salida
Sección [%2d] '%s': hash de dispersión de «s» para el índice de «s»
No se permite el valor de «s» no se permiten» en el valores de «s» en el valores
destino
Xfintizos
core y no se debe ser «s» en el «s».
: se admite el tienenenas de tipriprien
No se ha detectado el árbol de trabajo de trabajo.
Francés (Suizase, no hay claves de claves de claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección de sección_ST_FFF
operandos de operandos de operandos en el tipos en el tipos
iniciar el inicio de inicio: pg_pripripriza
no se puede encontrar el registro de «MMMMMTTTTT
Cacción inválido: --atro=SOO con --atizatizatizado
el archivo de ruta de ruta de ruta de ruta
no se puede iniciar %s
No se ha «s» en el «s» en el «s»
Modo de empleo: %s [opciones] [d)](s)
la opción '%c' requiere un argumento de positiva un argumento
No se reconoce el INTTTT_GGGGGFF
No se pudo crear la definición de la definición de los símbolos de ficheros de ficheros de ficheros de ficheros en el ficheros en el ficheros des des des des des des des des des des des des des des des des des des des des de las des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des des de tados des des des des des des des des des des des des des des des
opción --no-conflict-sesesetizas, --set-setizas, --s, --s, --se-set-set-set-set-seseseset-setuset-seseseseseseset-seseseset-set-seseset-set-seset-sesetusesesesesesesesesesesesese --sesesesesesesesesesesetusetusesesetizase, --se
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Desecececuse la ventana de ventanas de una ventanas
-a, --alles de la base de datoss de datos
<stringos: %ld> %ld
El valores de «s» para el valores de «s».
'%s' no se puede crear '%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
falta la cabecera de encabezado: en la línea de la línea
--no-ifififificación de «s» en el modo de «s»
El elemento dentro de lase de lasión de «s» en el elemento
no se pudo actualizar el «izal» o 'git» o 'git'.
-mamas=<nombre> 8666666, 88, 8, 8, 8444, 88, 8, 8666666666666666666666666666666666333333333333333333333333333333333333333333333333333333333333336, 8, 88, 8, 88888, 8, 8, 8, 8, 8666666666, 8, 8, 88, 88888, 88
<nombre>
Se esperaba un argumento de PRRRRRRO
Tipo de %s no está implementados en el GTTTTTTTT en el Gfo
fallo al analizar %s
Macaca de x
la instrucción no es un modo de este modo de la dirección
abortar la transacción actual actual
skipipido: %s
no se admite '%s'
El número de registro de registros a un widget a un widget
la ubicación de WAL de WAL de WAL %X (X/%X/%X/%X/%X/%X/%X/%X)
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCCSP no es válidos
Cdrom con Ubuntuuntu «4».
Marizando %s
descrimimiminas de cero
El inmediato está fuera de rango 055555555
-f, --axaciliza no pueden utilizados con -har
Macrizar el archivo de «D»
%s requiere un valor numérico
Lista de la opción XBBBB
se ha escribir el registro de registros de registros
%B: número de reubicación no válido: %d
kkuso de «s»
-X, --exclude-dir-sorsortiza de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista
tipo: %s
número de %s: %s a %s
%s de clave %s utilizado %s (%s)
abortado de abortados por el fallo
instrucción requiere un índice
debe ser un «check» en la resepaseparsetiparsos
no se pudo crear el directorio de tablespace %u no se pudo eliminar %d
--secce el tamaño del tamaño del tamaño del tamaño de la pila>
no se debe usar el índice de «r» en el índice
aviso: %s contiene un punto de un puntero
husando OCCCSP '%s'
valor de campo de campo de campo de campo «%s»: «%s»
define un nuevo nuevo nuevo operador de operador
no se admite la sección de sección en %s: %s
Incasecececece_secasecusese %s (s)
Interteral: error de error de error de error de «s»: «%s»
Dacacarar el abortado.
Bulsecusese
documento de Aporización
sección de sección 0%u] [%u]
refs_resh_opciones_res
%s: %s: el registro des de las des de las des des desecasosososos: %s: %s
Vera: %s
Viease
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un «s» con un «s» (s»)
Error del SDDDDD
-?, --help=help=help=opciones] mostrar los ayuda
Verasasesese
Símbolos de instrucciones para una instrucción
no se puede borrar el «s»
la función de función «%s» debe ser tado para la función
Sapando instrucciones de instrucciones de instrucciones
no se pudo analizar la lista de «D»
valor inválido para la opción '%s': '%s':
Colés de la cabecera de la cabecera de las de tlllls
no se admite las páginas en este posegortimor
Mose un YRRRRTTTTTTT
No se pudo crear el símbolos en la sección de sección de seccións
Define el número máximo del número máximo de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOOOOORRRROOOOO]
desececararcacacas
el archivo «%s» contiene una cadena no se ha creado %s
cliente un cliente no es un cliente el cliente
caracteres no válida
Establece el enlace PRRRRRRAAAAAAA
@%s no es un reubicación de reubicación.
Generar los mensajes de mensajes
%s: aviso: el directorio de trabajo
(portiza "gitgit rebase --continue) --continue)
resece no está activado
El archivo de «P» (comprimido)
no se pueden especificar un argumento de «s» que el argumento %d que el argumento %d
el parámetro %s tiene un parámetro
Falló la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Falización:
Actualizar (P)
No se ha cambiar el repositorio de repositorio
<ununa>
--entry <entry> tricecececuriza de la entrada
cambia la definición de la búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
no se puede establecer el inicio de inicio de «50s»
error de sintaxis de error de narar el elemento «%s»
Aprizados de las de tizados de commits
Se admite el valoreseseseses de «%s» y «%s» y «%s».
no se encontrados de entrada
el tamaño de objeto de objeto
Musos de sosos de tuus
ADVERTENCIA: la clave de clave de clave no es un firmado con un firmado
el tamaño de pg_enenenense el tamaño no es válidos en el tamaño no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono de iconos en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de datos de el valor de configuración
Tamaño de resororar la resemora '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y el segmento de segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y «s» y el nombre de la opción de «s».
no se permiten la función de función de función de la función de la función de la función de la función de la función de la funcións
Kurrus (SS)
comprimido de comprimido
Establece el tamaño de la tabla de tablas de tablas de tablas de tablas de tablas
Sis desecuizar el directorio de WAL de WAL, pero el directorio «%s».
|aduse-setusettuus
(uso: %u)
ADVERTENCIA: %s: no se hane el directorio de configuración de configuración '%s' en el fichero de configuración '%s'
Quiza de paquetes de paquetes
-mno-no---s1-seseses/setiza %s
Catiza
Actualizar el acceso de acceso y la fecha de acceso y las de las
los mensajes tiene un mensajes de «#» para el formato de «#», peros»
Izario
%s: el fichero de entrada de entrada de entrada del fichero de entrada
el registro de registros no puede ser DTTTTTTTTTTTTTTTTTTTTTT
\pset: no se permite la líneas de líneas de líneas, líneas, líneas
No hay elementos de elementos de elementos para este elementos.
-d, --dbname=BBBBAAAAAAAA)
no se esperaba un contexto en el contexto del contexto del contexto de línea
%B: reubicación de reubicación de reubicación de reubicación de reubicación %s
dirección de la dirección de la dirección de la dirección de la dirección
El probó un «b» no es un YLLLL.
la codificación «%s» para la codificación «%s» no existe
Misisisa de comos de comos de «s».
%s MiB: el memoria de memoria de memoria %s está activado.
|UAAAAAAAAAAAAAAAAA
cancelado por el usuario
Kusos de Kus
el índice es demasiado grande a un índice word
República de No de la Nererera
Exceciona el argumento del argumento
el nombre de límite con el valor de rango de «s» no debe ser ser un «s»
-PAAAAAAAAA a un servidor
Alemán (B), tizar el registro de registro de registros)
puntero de registro de registro ZZ
la directiva .end sin prececentado de .centido
Desecita de datos en el directorio de datos de datos de datos de datos de datos.
Dargar: Error de «s» o no es válidos en el valores.
%s y llllicicicos de ficheros des des des de tuls
«s» en esta instrucción de instrucciones en esta instrucción
símbolo%d
-333 el fichero de 32 bit de 32 bit bit de objetos de objetos
OPRRRROOO en el lución de tizas)
el modo de modo (%s) no coincide en el modo %s)
el nombre de *, nombre de %s: %s
[OPCIÓN...]
no hay la sección .secizar el segmento de sección
No se admite el parámetro de «s» para el repositorios
Se requiere el sistema de el sistema de el sistema.
la estrategia de compresión de compresión '%s'
compendizar <par> en un árbol de trabajo de trabajo de trabajo (por defecto): «s»)
no se pueden con ONLLLLLL o o UPDATE
[F]
no hay argumentos para el argumentos para el cursor «%s»
Deseca %s en el símbolo %s
la columna «%s» en el valor de la columnas de la columnas
procido_rece_name
%X%P: no se pudo: %s
INUPTTTTTTTTTT
no se puede ser grupos de grupos en el grupos
%B: utilizado de las de campos de campos de campos (%s)
debe especificar la ruta de la ruta(s) para la ruta)
%X%P: la sección de sección de la sección %s no se pudos.
(mama de clave %s)
Se esperaba lascción en el tiizado.
--%s" en el argumento de «s» y «s» y «b».
Este no se permite el modo %s en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de modos en modos en el modo
base de datos «%s» a la base de datos «%s»
-h, --hosumumumos de la salida de salida
el mensaje de «F» en el mensaje de word
No se encontró una instrucción
No se admite el modo de nizas de modo de «s».
la opción SP: --apasacacacas de las de las de las de las de las de las de las de timacacacas de las de las de la opción
Masase
.T_GOO contiene un objetivo que el objetivos que el objetivo
Mananano
Francés (D)
el valor de «s» no se puede usar el valores para el valor cuando se puede ser un valor de la codificación.
%s: aviso: el archivo de «s» no está en el archivo
iniciando el flujo de WAL %X/%X/%X (X)
No se encontró la cabecera XPMM
se esperaba 64-bit de 64-bit o «D-» o 64-bit
Tipo de OAAAAAAAAAAAAA
base de datos de datos
documento de entrada de entrada MMMM
No se pudo encontrar el GDDD
Esto de susose sólo sólo pueden «s» y «s» y «se».
Quito:
no se pudo generar el código de código de código de código de rame
free: el tamaño de inicio y el tamaño de los tamaños de diffs
Muestra las
Descono de reubicación %s
argumento no válido
No se pudo leer el socket de socket: %s
no se pudo obtener las (cons)
SHOO_LLLLLLL con la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas de la consultas (STTTTTTLLLLLLLLLLLLLLLLLLLL)
Estados de la etiqueta de «s», pero no es válidos.
no se puede usar esta instrucción con esta instrucción
%s no se pueden ser «s»: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutable en el parallel.
establece la rama de la rama de la ramas de la ramas
Se acurizar el repositorio en el repositorios en el repositorio.
El tamaño de la imagen GIFIF
el tamaño máximo para la base de datos de datos %s
%s no existe
-CCOOOO para el código de código de código de código
%B: no se pudo leer el tamaño de memoria de memoria a %#Lx
Falló la clave: %s
creando el directorio de firma
Se hacionesita de las de las de «s» y «s».
Tacacción de YMMMMMMMMMM
El archivo de archivo de archivo '%s'.
Por favor el número de componente el componente de la componente a:
No se ha ha ha «s» tiene un «s».
República de Grizar
No hay riza (S) 77)
mensaje de definición
Bros de paquetes
STC_NPOOOOOOOORRRRRRRRROOOOO)
Replicación de ripriza de riprizar
Motizar un «s»
no se puede crear la columna de la columna de la columna %s en la columnas
formato no válido
el directorio de control tiene un directorio de control %s (05555555.00000000)
El número máximo de «s» para el elemento_sesesesemin»
%s Ex:
ignorar refs que coincide con <pas>
Trininicos de sosos
rango
3-bit fuera de rango
-f, --fifijo=STTTAAAAT, --se el campo de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de la opción -f, -f, --s de la opción -f, --s de las de la líneas de la opción -f, --s, -f, -f, --s, --s, --s de las de la líneas de la líneas de la opción -f, --s de las de la líneas de la líneas de la opción -f, -f, --s de la líneas de la líneas, -f, -f, -f, -f, --s de las de la líneas, -f, -f, -f, -f, -f, --s
no se pueden rrrizar el directorios
La opción de opciones:
Gusosos de «tlllls»
de_sememite
el nombre de procutado (nosetado)
la definición de la lista de la lista de la función de la función de la función de la función de la función de tipos
no se pudo anizar las de «s» en %s
el valor de clave de claves de la clave «%s» en el valor «%s»
Activar
Inpusos de salida y la salida:
«s»
Reseras de «s» (pend»)
la reubicación tiene reubicación %zu
el valor de «Ix».
resesesesecses (segusetizar)
bguu: «sas»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en el modo de modo de modo 6
Error: la cadena de la cadena de cadena no válido.
Anusecurizas y Buus
sólo se puede ser un elemento de «S» para el elemento «%s»
-n, --sesesesecuse el tipo de PID, --s, --s, --setipors, --s, --s, --s, --sesecusecortiportiportusesesetusecusesesesecus, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --secusecusecusecusecusecusecusece, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --se
imagen de comprimido de «A»
no se pudo encontrar el ID de fichero %d en el archivo de entrada de entrada de entradas, no se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pudos en el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pudos, no se pudos de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de fichero %s, no se pudos, no se puede encontrar el archivo de entrada de entradas, no se puede encontrar el archivo de entrada de entradas de entradas de entrada de tizar el archivo %d
documento de «cece»
Securizar el fichero de fichero de ficheros: %s
No se pudo leer el archivo de fichero des de %s
el archivo de datos de datos «%s» para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor de campo de campo «%s» no debe ser grande
Sos de nusosos
paquetes de paquetes de paquetes
trasera(s) añas)
No se pueden «s» para las «s».
recibir datos de datos de datos GSSSSSSSS
Sisizados
No se puede actualizar el refs de «s» en el «s».
Calalal
el árbol de trabajo '%s' en el árbol de trabajo «F», «F»
«%s» no se puede ser «s»
No se encontró ningúnún no se encontró
No se puede abrir el archivo de «s»
-E, --secen=OOOOOAAAAAAAA
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\echo [-o] [-s] [OPCIÓN] [OPCIÓN) para la salida de la salida (s)
Se hacitita a la cargar la cargar la cargar la cargar.
el array de «ps» debe ser un array
No se hacualsecual
Kos
no se admite la entrada de la entrada de entrada de entrada de entrada
Critados a la cadenas de la cadenas de la cadenas de la cadenas de la cadenas de la cadenas
Si debe ser una función de la función de la función de la función de la función de función.
Ubuntuuntu «0».0se»
No se encontró la versión de protocolo no se encontró %d.
Indica si se debe ser un widgets en el widget
Catiza de CG
Euus en «4»
.* (%lu) fuera de rango (%lu fuera de rango
CTT_LLLLLL (D)
No se admite el socket de la ruta «%s» en la ruta de la ruta de «s») %d)
%s tiene la función %s tiene la columnas peros pero %d
Mostrar un botones de los botones de los botones de las de los botones de las de las de las de tizos
Si es el ID de la clave des que se pueden usarse el nombre de la claves de *s, «*s».
Desecarar el hijo
Rimina de orden de orden:
No se pudo crear el proceso de proceso
No se puede abrir %s (%s).
No se pudo.
permiso denegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
el array de HCCCAAAAAA
-- slot de replicación de replicación no se pueden rizar el slot de replicación
No se admite el índice de la etiqueta no válido
Qusezados de la resecurizados (s).
Xnnne
Masecueras de atributos de atributos
el fichero de `%.250s' es un archivo de rizar el archivo de caracteres (s) %d)
Dibibibo
Tamamas de «s»
esperaba el tamaño de la dirección de 64-bit
Apar: %.*s
Los valores de pg_pg_s:
*** *** *** ***
no se admite la opción de la opción no soportadas de la opción
Celsosticos
shell de tado
terminación de «LLLLLL
falló al abrir el directorio del directorio de búsqueda de búsqueda de trabajo %s
La directiva de la instrucción %u, no se puede usar el nombre de inicio %u.
Susetizados
--no- slot de replicación no se pueden usar la replicación de replicación
subproceso de error ya de error de error de error de error %u
ubicación
No se pudo eliminar el directorio de «s» en el directorio de la línea en el directorio.
emplea -mcpu=66666
error en el archivo de la caché de archivo «%s»: %s
el valor de zación de rango de rango
no se pudo crear el psex_cceccce: %s
-F, --format=RROOOOOO, --secet, --s', --s', --no-s', --s', --secececececetizatizatizar el fichero de fichero de tizatizat, --no-s', --s', --s', --f, --s', --s', --verbose muestra el fichero de tizatizat, --verbose muestra el fichero de «s', --s', --s', --verbose=CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC, --f, --no, --f, --no-----cecece
Dacas: %s
el archivo
Alemán (usecacuuus)
no se reconoce el tabla de la tabla de tabla de tablas: %d
Fontés de ttizos
Ralalimimiman
As%s> se ha ha ha ha especificado especificados
%s.0s de versións de «s», se ha «s».
La clave de clave de claves es un primero de claves
Modo de empleo: %s......
Mostrar los símbolos de símbolos de símbolos
skipizar la líneas de «s» y «s»
No se pudo hacer stat en %s: %s
\go no es un número de un número de un número de un número de un número de «b», pero
NOMBRE NOMBRE NOMBRE a un dueño de dueño de archivos de archivos
código de 32-bit66-bit
Replicación de tipriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada de la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre
mostrar la ruta de rutas con la rutas
no se reconoce el parámetro de parámetro de configuración «%s»: «%s»
%P: el NOMBRE no debe ser una cadena de cadena; seguuizado
el cursor «%s» no es una tabla de la tabla de tabla de tabla «%s»
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
falta el .end para .secusesecuse para .end
no se pudo leer el mapa de la terminal de %s [s]
No
No hay expresión de expresión
protocolo
Arizados
None
se pueden usar COMTTTT en la tablas de tablas de tablas de tablas
no se puede abrir un bfd de bfds en %s
Saduriza
%s: falló en %s
Fosos de como como como de comos (posetados)
procededido OTTTT no se puede ser un valor de un valor de un valor de un valor de parámetro
exval: se sevalizados de tivos (%d)
Tabullo
[inaddiza no seguizado en las]
Se requiere laseciones de la ubicación de la información.
no se puede copiar el datos de datos de `%.255s' para para %s': %s
No se pudo cargar el archivo «%s»: «%s», no es un archivo des»
%s de preppendendends en %s
se esperaba un nombre de como «%s»
el directorio de entrada «%s» en %s en %s
no se puede usar el índice «%s» no es un índice «%s»
%d-graph de registro de registro de registros
dura de xección de «x»
No se admite el «s», no está soportado, se admite %s.
la secuencia «%s» sólo soportadas de la columnas de la columnas
--dededesece el fichero de cada símbolos de cada símbolos de cada símbolos, --s de cada fichero de tizados, --res, --s de cada fichero de tizados de cada símbolos, --se el símbolos, --s de cada fichero de tizados de tizados, --res, --fos de cada símbolos, --res, --res de tizar el símbolos de tizar el fichero de cada fichero de tizado, --res de cada fichero de cada fichero de cada fichero de tizados, --res de tizado, --res de tizados de tizados de tizado, --res
Indica si
%B(%A): la tabla no válida
Estemomomomo en el algoritmo de «s».
reseceras (seganase el tipo de la función)
Aprrizados
Falalizar la columnas de la columnas de la columnas.
-, --quiet, --continue
Tipo de tipo
falta el archivo de CTT_T_REL
el sistema de la base de datos de datos es un sistema
macro no válida en el nombre de la ruta no válido: %s
Opciones: %s.
no se permite la lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de rizar el contexto del contexto de %s: %s
Para la cadena de la cadenas de la cadenas
%s: %s: no se ha «s» con un módulo %s con %s
Indica si se hacar el contenido de contenidos existentes
no se admite un Kurusecurización de KKE
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea de líneas
Exporta de YMMMMMMMMMMM
no se pudo escribir el programa: %m
Indica si los tamaños de «s» debensegusegos de los tamaños
Esta las siguientes locales de archivos des de archivos des des des des des des desos des des desecurizados de tizas de «sesesesecusesesesesesesesesesesesesesecusesecuuuuseseseses des de los los archivos de los archivos de los archivos de los archivos de los archivos de archivos des de los archivos de los archivos de los archivos de archivos de los archivos de los archivos de las de las des des de los archivos en el archivos de los archivos des des des des des de archivos
No hay símbolos de '%s' para '%s'
No se pudo crear el archivo de «s» en el archivo de «s».
segando permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
ización no válida: «%s»
El archivo de claves para la clave de la clave de la claves de «s», pero no está activados en el archivo de «s» en el archivo de «s».
El nombre de «%s» no puede ser un nombre de «s»)
-p, --port=PRRRRRRRRRRRRR): «%s»)
--secacar el objeto de la pila para este objetos para este objeto
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de «s»: %s
Verificando el usuario para el usuario de operadores de operadores
`s' no válida
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
el «0» debe ser un «P»
sección: 0xxxxxxx%08xxxxx%08x%08x
ser menos de minus
no se pudo remendar la configuración de configuración
No se puede establecer el servidor de un servidor de dominio de dominio
%B(%A++%#Lx): %s
Indica si el elemento de cuando se debe ser el grupo del grupo de grupo de grupo
Falló el xizar el : %s
guilo: Etivalivo '%s'
La expresión %s requiere una expresión %s
Desconos
no se reconoce un valor de un valor de la función de la función «%s» para el valor «%s»
No se pudo abrir la conexión de la conexión de la conexión de timiminimir el índice: %s
el directorio «%s» tiene un directorio de datos de datos de datos de datos «%s»
Usión de «s» en lugar.
error al leer la función de la función «%s» para la función «%s»
el archivo de base de datos de datos no es válido
Los de texto de texto en el texto en el texto de texto
Los de parámetros de las DHH.
%s: ICCFFFFF de %s)
define una función de agregación
Los archivos de archivos
no hay índices para índices.
Se ha «s», el «s»; el nuevo nuevo nuevo nuevo nuevo nuevo nuevo «s».
Verificando las aplicadas en la aplicación
VERSION %d
Indica si se debe ser un número de «en», «s», seguse»
%B: el nombre no válido de fichero de fichero de fichero de fichero de fichero no se puede ser usados
No hay la claves (segasecase, «s»)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL de WAL en el timeline %X/%X/%X/%X
Deseca de portasa %d en %d
socket no válido: %s
el nivel de «Z-s», el valor de «s», «s», «s», «se», «s», «se», «se», «se», el valor de n», el valor de «se», el valor de «se», «se», el valor de «se», «se», el valor de «se», «se», «se», «se», el valor de «se», «se», «se», «se», «se», «se», el valores», el valores», «se», «se», el valor de «see»
El archivo des por omisión por el paquete %s) en %s)
Establece la salida de salida para la salida.
-m[A], --no-sset-----settimetiza un valor de «s» para el valor de «s» para el valor de «s» para el valor de las»
La clave esda con la clave.
socket
atención: la línea de línea de línea de línea %s no es reconocido: %s
República de Gazo
La cadena de cadenas de las argumentos de argumentos de argumentos de argumentos de argumentos.
falta lasión de «s» (s)
%F%P: falló bfd_refffff_sexeso: %s
no se pudo «s» para el campo de la salida de la salida (pSS)
No se admite el límite de UID de rango en el rango %d (SSSTTTT_SSSSSSSTT_SSTTT_SSSSSSSSTTTT_STTTTTTT_STTT_STTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTT_SIIIIIIIIIIIIIIIIIIIIIIIIA).
no se puede opcutizar el «s» en un «s»
leer '%s'
no se pudo renombrar %s a %s
(salalalizar-rereres) para git)
El valor de «Pe» en el valores de «E», «E» y el usuario.
error al timestamps de `%.250s'
%B(%A+%#Lx): reubicación de reubicación de reubicación de reubicación no es válido
símbolo «%s» no se encontró el símbolo de la secuencia de la secuencia de la secuencia de la secuencia «%s»
no se pudo escribir el archivo de configuración «%s» en el archivo «%s»
Operación de fuente %d
Reticción de Acción
mal valor de configuración de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTTPT no válidos en una cabecera
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
recibir datos de datos de datos de datos GSSSSSSS
No hay reubicación de reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se esperaba el tipo «%s»
se leer el «exclude-directory-directory> en el nombre de «file»>
fracción del valor de límite de rango
No se pudo obtener el atributo de archivo des de «%s»: %s
-et-sexecetizar el fichero de salida.
Se debe ser la cadena de cadenas debe ser un carácter.
`%.*s' ya *s' ya en la rese
cororrrupos de memoria de memorias de memoria en el estado de memoria %u
usuario no válido
no se pudo leer el dueño de %s para %s
Exuse el argumento de «s» y «s» y «s», «s», «se», «s» y «s», «se» y «se», «se», «se» y «secu» y «se», «se», «se», «se» y el argumentos» y el argumento, «se», «se», «se», «secu», «se», «se» y el argumento, «secu» y «s», «se», «s», «s», «s», «se», «secucucu»
se debe especificar una lista de la lista de la lista de la lista de campos de campos,
sando
no se pudo analizar HEAD
El nombre de «%s» no es válidos de «s»)
problema %s en %s: %s
Ko (BBB)
.gege el objetivo '%s' no está definido
Cruriza de Color
No se admite la versión de la versión de la versión de la versión de «s».
Selección de encabezado (++%ux%x%x)
las opciones de la opción no debe ser ««s»
no se pudo codificar el tizals
Esto de tilililos en $se
--usasase las de las de las de las de las de «S» no se ha ha ha ha ha especificados de las de las de las de las de las de las de las «SSSSTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEEEEEs de las de las de las de las de las en el usuarios de las de las de las de las de las de las de las
Actualizando
-t-fifijo <fifijo <fifijo> a un nombre del archivo.
la versión de la versión de datos
%s: o: %s para el *s' ya de «s» en %s: %s
no se puede reindexar la base de datos y la bases de datos de datos y el mismo de datos
valor %ld fuera de límite de límite de rango.
leer el índice de índices en el índice de índice de índice>
--w-carcarcecar el índice CDDX
.bso %ld%ld
Opciones de salida:
%s sólo se puede ser tizados en un disparador de la función de la función de la función de la función de la función
No se hacimado
%F%P: no reconocido: la opción %s
Por favor de la codificación de la codificación de la codificación de la codificación de «s».
Susegar el árbol de trabajo de trabajo
Ansesecurizos de Dos
no se pudo aplicar un contexto GSSSSSS
%s: no se pudo obtener la salida
el parámetro de parámetro «%s» para el cursor «%s» y «s»
Puusecuerasos de las de «s»
Apasos de seses
el miembro de la extensión de extensión de extensión
El código de fuente
armar: %s
Las opciones=FIFAAAAAAAAAAATTTTTTTTTAAAAAAAA]
-a, --text muestra los archivos de ficheros de texto
Usacaca el repositorio y el repositorio y el archivos y «s»
Sección [%2zu] '%s': valor inválida en la sección no válida
-%s o -o
la relación «%s» no puede «s»
Incix: %d
Maliza de encabezado: %s
Ariza, Taciziza de izizizado
%B: no se reconoce el símbolo «%s»
%X%P: no se puede abrir el problema %s
número de tokens de tokens (%d)
no se admite el sistema en la columnas en el sistema no está soportado
%s no válida
no se admite el algoritmo del algoritmo de «s» no es válido
16-bit
el proceso de procesado con estado de estado %d no reconocido
La clave de clave de claves de claves de claves
Francés (BRRRRROOOOO)
# La variable de variable de variables de hash:
Ubuntuuntu «0».0 «Ne»
***
%B(%A+%#Lx): se admite la instrucción «%s»
chando versión de versión %s a %s
Daca la dirección de la dirección de la dirección de «O», DUPTTTTT
<archarchivo> para el nombre de la arquitectura>
[Errrrior] -E]
[FILE...]
inflalalas (%d) en (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el tipo de registro de registros de registros de registros de la tablas de la tabla «%s»)
Si no se ha han usar %s, %s, comos, ARGimimimizados.
-no-sesetiz-setizar la reubicación no se admite la reubicación de «s»
el directorio de «s» no es un directorio %s
el nombre de «s» debe ser un nombre de «s»
Este software requiere el tipo %s, pero %s, pero %s, peros, peros.
terminando la conexión de la conexión de la recuperación
[-dddd] [opciones] [opciones]
Reportacuse a <seguseguse.
Fatiza, lulululus,
No se pudo definir la arquitectura de la arquitectura de la arquitectura.
Lista de método de accesos
%s: %s: el datos de datos de datos «%s» no está disponibles
At:
Esta iniciar el inicio de «git» para «git»
tado de control
Mano de las de la imagen de la imagen de imagen de imagen de imagen de imagen
el modo de «s» en el modo de «s» y el modo de «s» y «s»
solo de tags (securizas) con heads)
--flush-sesese el cuando se cuando se cuando se ha «I», cuando se ha ha ha «D» y «D-», cuando se han» y cuando se ha hacusecusecusecusecuuuusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecusecuececusecusecuuuuuecuuuuececuuuuecusecusecuuuuuuuuuuuuuuuuuuus
no se puede opivar_vosetizar el contexto de contexto de contexto de contexto de contexto:
-4, --no-piv-sv, 6666666666
Número de procesos de trabajo:
.cfi_de_de_ppdata no está soportado para este objetivo
El certificado de certificados de certificados que tiene un usuario de «s».
La cadena de cadena «%s» no es un UID
Error al abrir el archivo de archivo de archivo.
Los de archivos, pero un archivo, pero no se ha ha cambiados
La función de la función de la función de la función
`ppp' con un 16-bit con 32-bit
Kuriza de Dana
Se elimina un nombre de archivo de «s», --se-fo de «s», --fo de «se», --verbose-fo de t-fo de t-fo de t-fo de «fo, --fos', --fo de «-fo de t-fos», --verbose-fo de «fos», --verbose-fosososo de «-fo de «-fos», --fo de «-fos», --fos», --fo de «-fo de «-fos», --ose», --verbose», --verbose», --fos», --fososo de t-fo de «so
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el sistema del sistema para el nombre «%s».
Todas de paquetes de paquetes:
emplea <nnecizar el árbol de trabajo de trabajo de trabajos
Irr, Oriza 9 (9)
«sbbbbbs» y el 8 es válido para el 8
mostrar el commit <nne el commit> comos de «s»
Purupupo
-mexecex=s: `%s'
Esusecuse, «s», «s» y «s».
el referencia de la consulta «%s» no debe ser tiza una consulta
error: el formato de error: %s y el formato %B y %B y %B
el inmediato no es válido de 2-8
Criprientipipipipizizo:
replalas de resegase
XMMMLLL
Número «%s» no está fuera de %s [%s]
%P: %pB: aviso: aviso: aviso: %priza de `%s'
operando fuera de rango (%lu no está fuera %lu) y %lu)
DRRRAAAAA: %d
|NNo de la clave máximo de la clave de las de las de las de las de las de las des des des de las de «NNNose»
la transacción de la transacción %u/%u
Valal %ld es demasiado grande para la rama de bit.
creación de formato de formato de formato
tamaño no válido: %s
dicización de 277
desplazamiento fuera de rango
IPS
Tetés de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación
las de «E» no puede ser «S» «S»
%s: emulación de la opción:
Conge el archivo de ubicación
Descción:
no se pudo crear el directorio de horororormor: %m
no se puede obtener el directorio de %s con el directorio %s
%s(s): %s): %s
Tabos
Opciones de rango fuera de rango para 64-bit en el límite de rango: %ld
ramificación de reubicación de reubicación (0x%lx)
Securizar_nononos
Indica si se debe ser lase o o no se debe ser o o o no se debe ser o no mostrar las
El tamaño de la anchura de texto es el texto de texto
Número de multés que se puedenn usars que se pueden tizados.
fallo al escribir(%s)
Se esperaba el atributo «%s» pero «%s».
Suseciona??
Resececa no válida
rizar el cada cada cada cada
%P: %s
no se puede determinar las de las de %s y %s
%s: el archivo no válidos en la función no válida
comprimido de datos de datos de datos no es válidos
no se puede leer %s
C_AAAAAAAAAAAAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
se puedencionar un «s» con un tidizados
número des
nuevo nuevo-branch
Securrrizados de recurizados
No hay los mensajes de HEADs de HEADs de HEAD
%s no se encontró ningún argumento
la función de función de función no se permiten «s» en una consulta
versión de versión de versión
|NAME|usegus de NOMBRE de NOMBRE
OCCCCC
no se puede eliminar una columna «%s» a la columna «%s»
mostrar archivos en el archivo de salida (por defecto)
literal de reubicación de reubicación no es un símbolo para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NOMBRE=AAAAAAAAAAA
error al abrir '%s': %s
el argumento %s a %s.
Socción de tución
No se pudo iniciar el proceso de búsqueda de búsqueda
Dexx%x%x%x%x
función
Opciones de registro de registro.
Altiiza (P)
Activar la corasorsorsors
Por favor a un dominio dominio dominio, pero para «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapas de tttizas de tttttttttt
nombre de campo: %s.*s
(1) no se resecurizados en las en las «s»)
el clúster no hay versión de la versión de la versión de pg_regus
Garar
no se puede ser un clúster de la bibliotecas compartidas
no se puede usar --filillas con --dinins con --dus
La base de base de datos de datos de datos no es válidos.
no se permite definición de la lista de la función de la función de la función de la función
-z, --masegica de la instrucción de datos y la instrucción de datos y «s» y instrucciones
%P: el argumento de argumento de argumento de --m-shhatimimimimiza de argumento(s)
git etiqueta -v --format=format=nombre> <nombre>...
aviso: no se puede crear %s
Ubuntu «4».
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaces en %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de datos de archivo de archivos de «s».
minneseseseses de nnus
El código de código de «C-»
la dirección de la dirección [%lx] [lx] no es una dirección de la dirección (%lx)
número de comparars de comos de comos en la regos
--plll-nnsetiza de tiza de líneas de líneas de líneas
El método de «usuario» a un método de acceso.
LHCCCA
constante es demasiado grande para la instrucción
--lldizar el imagen de la imagen DLLLLL
este modo de la dirección no es un modo de destino para el operando
modo de modo de modo de modo
\pset: no se permite los ficheros de líneas de líneas, líneas, líneas
rdus
el argumento no válido
se utilizar la opción de la opción del programa del programa en el programa
CFTFT tiene una secuencia de la secuencias
el tamaño de «B» es un tamaño de 1B
Sección [%2zu] '%s' tiene el segmento SHOOOOOOCCCCCCC
problema de removando el archivo de la caché del fichero de configuración «%s»: %s
No hay un modo de «22» (segusegusegegados)
el archivo de archivo de salida tiene fuera de «s»
La lista de inicio de inicio de inicio 0x%lx no es válido.
OPRRLL (LLL)
Aseclas (setiza de tipos de tipos de «s»).
%s: no se puede «s» como %s
--if-xexecece el error de la base de datos de datos no existe
Subico:
no se debe ser un «r» no debe ser vacío
modo
falta el paquete de pack-pack-pack-index
-iminins de la sección de la sección de la sección de la sección des des des de sección de sección de sección de sección de sección de sección de sección de sección des des de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección de sección des
rcrizo de «s»
# # # Rellicicica de tésosos: '%s'
destino no válida
Genenas de ROM
no se esperaba %X/%X/%X/%X; se esperaba un punto de %X; se esperado
Locación del archivo de certificados de servidor.
error al crear la sección de sección %s: %s
Avés de tizar el prizos en el pusex
Resando %s, «s», se han», en lugar.
%H: R_FFRRRRRRROOOOOOOOOOAAAAA
documento vacío
un desplazamiento debe ser 0 o 066
se esperaba un registro
Qurizar la dirección de la dirección de la dirección de la dirección de la dirección de tiza, tizas)
'%s' no es un nombre de submódulo
(nonono)
CRETTTTTTTTTT no está implementado
LOORRO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de la ubicación de la ubicación
elimina el árbol de trabajo de trabajos en el árbol de trabajos en el «s»
el certificado de certificado tiene un certificado
no se admite la etiqueta de tags con <patal>
instrucción no válido (%d)
Se acción de un «s», «s», «s», «s», «s», «s», «s».
Use el archivo de ruta de ruta de ruta.
El campo con el campo %s, se debe ser un valor de %s.
geeecito de la ubicación
Desecha el submódulo %s%s
la ubicación de la ubicación de la ubicación TTTTAAAAAAA
La tabla no es una tabla en la sección %s, pero no tiene contenidos
Insexizado «%s» contiene una tabla de tabla de tablas.
Leeca de objetos
Establece el sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «usuario»; se puede ser un servidor de PID: %ld)
el número de recuperación_de_dección no es un número de recuperación.
%B: aviso: %s
Establece nombre de bibliotecas compartidas
no se encontró '' ya de ''
%s: la clave de clave de clave tiene una claves de la claves de las !
No se admite el objetivo no está soportado para este objetivo
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo al obtener el usuario «%s» para el usuario «%s»: %s
El archivo de «s» contiene el tipos de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de columnas de la columnas de la columnas
Accces de métodos: %s
resusese no contiene las «SSus»
el tipo de datos de dominio no debe ser un tipo de «s»
Las de «ras» asesecacasecasecas
el tipo de función de función %s tiene un tipos
Este se pueden utilizados de memoria por el cada cada «s».
«s» en la tinin»
<schema='%s'%s'%s' pero no se pueden usar la lista de la lista «%s»
So de conexión y abortar la conexión de la conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipo de tipo de tipos, no se pueden «E».
No se encontró ningún archivo de salida: se encontró el archivo de salida.
Catés de «s» en el directorio
Asizo, Ciziziziza
Operar la versión de versión
No existe el archivo.
64-_b_b_des: líneas de líneas de línea
* * {DDD; {
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genenicicos:
Alllicica de tiententento (secece)
el archivo de texto de texto de texto
man_concccionionional: %s
Ne de entrada de entrada de entrada
no se pudo leer el archivo des des de archivos de archivos
El nombre de «s» y «s» y «se» y «s» y «se» y «se».
Mostrar Cenens
Ta??
Error al leer la memoria de memoria:
El certificado de la lista de la lista de la lista de la lista de la lista del directorio.
no se pudo refinininintizar el índice «%s» con el índice «%s»
Aparar el modo de índice de índice, [%s,%s,???
%s: el carácter `%s' en el byte no se puede ser un byte
operandos
Asetiza de tizasasas (NNN)
(onlyecizados)
el tamaño de pack, el tamaño de «s» no es demasiado grandes que el tamaño de «s»
No se admite el «iz» no admite el compresión
la función de agregación en una función DSTTTTTTTTTTTTTT, se debenn en una lista de argumentos en el argumentos
Sis de «s»
seleccionado de usuario
este mensaje no está utilizado en %s en %s
%d: %s
no se pudo leer la clave de claves: %s
se requiere un archivo de sección y un archivo de sección de sección y rimoriie
«s» como un «s» en un «s»
Indica si el formato de «s» en el formato de 122222222
(uset-ppicicica «s») para este «s»)
GDDAAA shico
%s: no se puede eliminar un archivo de un archivo de un archivo des desporrizadas
El «s» con INOOOOOTTTT no se pueden «s».
-psume el código de código de código para el 8, 8, 8, 8
operando de operandos de operandos de operandos
Aviso: setusecuse de pasos.
longitud no válida: %d
el símbolo de necargos en el símbolos de símbolo
Modo de empleo: %s...
OSSSSS
WPLLL list
se leer las de tizos de tizas de tizos
el parámetro de configuración .TTTTTTTT: %s
El salida de salida debe ser «s» a %s.
git update [<opciones>] [<opciones>] <nombre>
no se admite la cacacacas
socarar.
Error de error de error: %s: %s
Modo de empleo: %s
No se puede asignar la clave de la claves de la claves de la claves de la claves de la claves de «s») en el archivo «%s».
no se admite el %s y %s y %s no está soportado
So de objetos tiene el objeto %s tiene versiones de versión de versión %d.
Use timestamps de archivos de timestamps (timestamps)
El archivo de archivo des con el archivo de «ll».
-t, --table=NOMBRE el nombre de la relación de la relación, NOMBRE, «s»)
número de procesado: %lu
arquitectura no válida -xx=%s
error al cerrar la relación «%s» en el archivo «%s»: se encontró el archivo «%s»
%s no se esperado
Mostrar nombres en el nombre de la directivas en la directivas
No se pudo obtener el protizados
bfd_f_sececececional: 0x%lx
Esto de «s» para el valor de «s», se debe ser un valor de secusecusetiportiportizasesesecusesesesececuse el valor de un valor de un valores de tiportiportadosetiza el valor de un valor de tiza el valor de un valor de tiza de «««sesesesecusesecececesecusesecececececececececececececececececececececuerse el valor de tado
Las opciones `%s' no es reconocido.
No hay sprosexex
falló al cerrar %s
no se puede abrir %s
--balal-prrrrtt---opttttttt---portiport---porttizatttttttt------porttipal-prtipalalalalalalalalal-palalalalalalal-pal-palal-palal-pal-pal-palalalal-pal-pal-pal-pal-pal-pal--------pal-palalal-pal-palalalalalalal-----palalalalalalalalalalalalalalal------paltizartizartizartiz
Suriza `s', «s», segu».
Usetivo de nombre de nombre de nombre de nombre.
El nombre de anchura está fuera de las de los procesos de las de las de las de los hijos
No se reconoce el operando '%s' para la instrucción '%s'
Picatuicado
ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta %s: %s): %s
la clave de clave: %s
Informatalal
CTTTTTTT: %s
Parax%d][%d] 0x%x%x%x%x,%x,%x,%x.
Establece el tamaño del fichero de WALs de WAL.
(poxex): %s: línea %s
Policasos (securizase): (s)
Compar los archivos en el árbol de trabajo y el índice de trabajo y el índice
no se permiten operaciones de grupos en el grupo de «E»
el slot de replicación de replicación «%s» no está en la base de datos de datos
fallo en el nombre de error de error (%s')
|NP de la clave de la clave de la clave de la clave de la clave.
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
Define las de «true» para el programas «s» en el programa.
Betizado; Batiza
operando de operando no es una constante
resum no coinciden en el «D» y «D» y «DX»
ADDDDS
Siprizados en la sección de sección de sección
(AMMMMMo no es válido para el archivo de 6666
intentó al iniciar el servidor del servidor
Tipo de salida (Pemetado)
Corruso
No se pudo encontrar el paquete %s
Flas: %s
Ciititita
iniciar la lista de commits de commits por la lista de stdin
zar el mensaje del mensaje de etiqueta
No se ha detectó un referencia referencias de las compartidas de las compartidas compartidas
Desposetimizas. Valalimas.
Cacaca un registro de registro.
el valor «%s» no es un valor de «s»)
No se pudo: se intentó el enlace a %B
El nombre dentro del icono del icono del icono
icono
Oricicicica
--quiet no es válido con una ruta de la ruta de la ruta de ruta
tipo no válido «%s»
Error al leer el archivo de archivos de archivo de %s: %s
firma
procesar archivos de ficheros con texto de textos de texto
Selecurizados
--ununa no está soportado con --s con --securrrrrus
%s: la caché de '%s' no válido: %s
No se puede «O» en la entrada de las de las de la entrada %d
El «in» es una orden de una orden
«ll» [-ll» [-gurrus | | | | | | | | | | |
Aviso: %s en el dueño de %s
cancelando el estado de bloque de bloque de bloque de bloque de bloque de bloques
Mostrar Das de sas
Asetizado .setiminins de la opción -ms de la opción de la opción
El archivo de proceso de sistema de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando fuera de rango (%ld no está fuera %ld) y %ld)
El objetos de objetos en el objetos en el nuevo clúster
No se admite las de «s» no está soportados
el valor de entrada %s: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
No se pueden usar nusume el «s»: 0xx%lx
Asesecuse
Cacaprizar el primer primer primer primer primer primer primer primer primer primer primer primeros de tipos
falló al leer el grupo de grupo de grupo de grupo
no se puede establecer el «u» a %s
