El botones agosego debe ser «s» o no se debe ser «s»
Insecurizasasos
no se pudo crear el archivo '%s'
El dominio para el dominio, o dominio o dominio para el dominio
%s no se puede aplicar una función a una función
se descartado
problema de '%s' a '%s': %s
-n, --verbose, --verbose, --verbose muestra las de las de tizas
no se puede usar la expresión de la expresión en la expresión
Dasecasesas de «s»
El archivo del archivo de duddados
(acuiza)
Excizados
tipo inesperado `%c' en el tipo de precicación de tipo
Error al renombrar el archivo %s: %s
plano escribir el procesado
se encontró las de datos de datos de datos de datos
%B: %#Lx: aviso: reubicación en la sección
no se puede crear el archivo %s
NOMBRE
Error al crear el parámetro de tipo %s: %s
el ref de ref «%s» no tiene '%s'
Mon-hososhos
la base de datos %s
No se puede rizo
la clase de la clase no válido
Por favor de clave de claves de claves:
--cecceccccccccccccacacccccccccccccccacacacccccccccacccccccccccccccccccaccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
Define la definición de el nuevo clúster en el clúster
ERRRR, «s»
Indica si la líneas de la líneas de la líneas, o rizas, o o rizas, o rizas, o rizas, o tizas de la líneas de la líneas de la líneas
Cacacusosos de la claves «s»)
La secuencia del servidor del servidor del servidor del servidor
Cdrom con Ub Ubuntu 9.1010 «Kas»
Taciana
la opción -CCCCCCs y -se no se puedennnnnnnnnnnnnnn usars desesesesesesesesesesesese -CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCAAAAAAAAAsettttttse -CCCCCCCCCCAAAAAAAAAsese de la opción -s de la opción -s de la opción -s de la opción -s de la opción -s opciones de la opción -s opciones de la opción -tttttt-s opciones de las opciones de la opción -s opciones de la opción -s opciones de la opción -f
Mo un directorio o un directorio, o un directorio
Necalaliendo pos de la dirección de la dirección
Pamama de Zano
El número del número de la casos de la pantalla.
Vizasos
El formato de timizados en el nombre de tizado, -s, --s, -tiza un nombre de tizados, --s de tizados, --tizados, -tizar el nombre de tizar el nombre de tizados de tizados, se puede ser un nombre de tizar el nombre de tizar el nombre de las de tizados de tizar el nombre de tizar el nombre de tizar el nombre de tizar el nombre de tizar el nombre de tizados de tizados de tizados de tizar el nombre de tizados de ti
el archivo de «s», pero no está soportadas
Cololols y pusosos, «s»
línea de línea no válida %s
no se admite el URLs de «-----»
Tamiiza de :
la salida de la salida en la salida de la salida de la salida
Sección [%2d] '%s': hash para el índice
No se permite «cacacacas» en el valores de «s» en el valores
destino
Xalias de alias
core y rrizas en el longitud de 32 bits.
el índice des: se ha «s» no tiene tripriprizados
No se admite el árbol de trabajo de trabajo.
Francés (Suiza, «s»)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección de sección de símbolos de sección de sección de sección de sección
operandos no puede ser trizado en el tipo
inicio_pizo: pg_tipo de pg
no se puede encontrar el primer primer primer registro de registro de registro de registro de registros
Modo: --verbose=SSSSSS con --acacatimatimas
leer la ruta de archivo de la ruta de archivo
no se puede iniciar %s
No se puedennn ser «os» en el «s» en el URIs»
Modo de empleo: %s [opciones](s)
la opción '-c' requiere un argumento positivo
No se reconoce IN_TTTTTTTTTTT_LL
No se permite una definición de la definición de un archivo de símbolos en el archivos des des des des des des des des de josososos de un archivos de jecusecizos de símbolos de símbolos de jecivos de símbolos en el archivos de símbolos de símbolos en el archivos en el archivos en el archivos de símbolos en el archivos de símbolos
la opción --no-conflicts de la opción --no-seseseses, --no-seset-secuset-set-soset-set-sesesetizasetizatizatizase --no-sese --no-setizase --no-setizasese --no-se --no-secusetizasetizasetizadose --no-setizase --no-sesetizasetizatizatizase --no-tizatizatizatiza
clave %s: la clave «%s»
índice de versión %d
Descono de protocolos
Francés (alal)
Rececasesese de ventanas de ventanas
-a, --allallar la bases de datos
<stringido: %ld
Posecasa de tizado para el valores de «s».
'%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Se esperaba la cabecera de encabezado: el nuevo nuevo nuevo
--no-secizados en el modo «s»
Esto de tizados en el elementos
no se pudo cambiar el HEAD o '%s'.
-mamama=> Establece el tipo de 88, 8, 8, 8.
<laso>
Se esperaba un argumento
Tipo de %s no está implementa de lase en el Gososos
fallo al analizar %s
Macax
la instrucción no es un modo de la dirección
abortar la transacción de la transacción
kipipizados: %lu
no se admite la rama '%s'
El número de registro de registros a un widget
la ubicación de WAL de WAL %X/%X/%X)
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
El SPSP no es válido
Cdrom con Ubuntu 10.10101010 tizo
Mar %s de %s
descimiminas de cero
El inmediato está fuera de rango para 5555555
-f no se puedenn tutizados de las
Macizar el archivo de lashosososo
%s requiere un valores
Lista de la opción XKB
se pudo escribir el mismo registro de registros
%B: el número de reubicación no válida: %d
Cacacuiza de so
-X, --exclude-or-orrizas de la listas de la lista de la lista de la lista de la lista de la listas
tipo: %s
versión de %s: %s
%s clave %s, utilizar un hash (%s)
abortado de abortado
instrucción requiere un índice
debe ser un «check-check» a un tipasososososos
no se pudo cambiar el tablespace para %u
--seciza> Establece el tamaño de la pila de la pila
no se debe usar el índice de la dirección de índices en el índice
aviso: %s contiene un puntero
SPCCC «s» de '%s' de '%s'
el valor de campo «%s» fuera de rango: «%s»
define un nuevo nuevo nuevo registro de operador
no se admite la sección de sección en %s: %s
Incacaseg_sesesecaseseseseca %s).
Internizar: error de error de error «%s»: «%s»
Datizado.
Busososos
documento del documento de documento de documentos
la sección de sección de sección [%u]
ref_hor_opciones
%s: des: %s
Verto: %s
Vietizados
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
Las no debe ser un valores de sosos de «s»)
Error de Sotizos
-, --help[[[[[[s], muestra la ayuda
Verastica de jua
Símbolos de una instrucción para una instrucción
no se puede eliminar el vie de las «%s»
la función «%s» debe ser «»
Sapatizando una instrucción
no se pudo analizar la lista de la lista «%s»
valor inválido para '%s': '%s':
Colas de encabezados de sososososos
no se admite las páginas en este pos en este pos
Mocutiza un YTPT
No hay símbolos en la sección de la sección de sección
Define el número máximo de multiza de trabajo.
Modo de empleo: %s [OPCIÓN] [NOOOOOOOOO: %s o bien: %s...
descasa delimitas
el archivo «%s» contiene un archivo de la cadena de cadena, no soportada %s
cliente un cliente no válida
carácter de caracteres inválido
Establece la PRRRRRRRRRRRRRRRR
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixse de «s» y «s»)
revisado no es cero
No se pudo crear el archivo (pizado)
no se pueden usar un argumento de %s
%s ser un parámetro
No se pudoguizar la sección de la sección de la sección de la sección de la sección de la sección
Fiiza de tabla:
Uriza (P)
La cambios a el repositorio
<undundu>
--entry <setiza de la entrada SLLLL
cambia la definición de texto de texto
no se pudo eliminar el inicio para el sizar %.250s
error de sintaxis de la sintaxis «%s»
Apizar el cambios de tizados de commits
Los valores de «s» y «%s» y «%d».
no se encontró ningún entradas
tamaño de objetos
Musososo de 555
ADVERTENCIA: la clave de clave no es una clave !
el nuevo nuevo pg_data de la relación «%s» y el tamaño no es válido
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono de icono de icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de datos en el valor de parámetros
Tampo de la reseza de '%s' de '%s'
El primer primero de la ruta de la ruta de la ruta de «s»
Establece el desplazamiento de desplazamiento y el segmento de segmento de segmentos de segmentos de segmentos
la relación «%s» ya existe en el tipo «%s»
La opción -l y la opción -ls de la opción -s.
no se permiten la función de la funcións de «s» en la expresións «s»
Kurizo (S)
comprimido
Establece el tamaño de la tabla de la tabla de la tabla de la tabla>
Ifase quiere el directorio de WALs, eliminado o el directorio «%s».
|adusit-cusososososos
(soso: %u)
ADVERTENCIA: el directorio des en el directorio '%s' en el fichero de configuración '%s'
El paquetes de paquetes
-mno--]%s]%s]
Catata
Actualizar la fecha de acceso y la fechas de tizas
el mensaje de posososos de «s» no tiene «s»
Laio
%s: el fichero de entrada de entrada de entrada de entrada
contador de registros no puede ser «CCCTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT
\pset: la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la líneas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la líneas de la columnas de la columnas de columnas de la líneas de la columnas de la columnas de la columnas de columnas de la columnas de columnas de la columnas de columnas de la columnas de columnas de la columnas de la columnas de columnas de columnas de columnas de la columnas de columnas de la columnas de la columnas de columnas de columnas de columnas de columnas de columnas
No se pudo remendar el elementos de software.
-d, --dname=BBAAAAAAA): la base «%s»
no se esperaba un contexto de la línea de la línea
%B: la reubicación de reubicación de reubicación %s
no se admite la dirección de la dirección
El servidor es una probizado es un Y.
la codificación «%s» no existe para la codificación «%s»
Mando comos comos comos de buus.
%s Muestra la memoria de memoria es %s.
|VUUUUURRROOOOO para la clave para la clave
cancelado por el usuario
Kusosos
el índice es demasiado grande para el índice
República de pública de Na
Execta el argumento de argumento
el nombre de símbolos con el nombre de «s» no debe ser «s»
-P de la contraseña de la contraseña de registro de registros de registro de registros de servidor
Alemán (B), tiza el registro de registro)
puntero de registro de registros
.endientado con una directiva .cetientado
Runo en un directorio de pg_pg_sososososees.
Error: Error al cerrar el valor de «s» o bien: %#x».
%s y el nombre de ficheros de sosos de tusosos
kipipipizas en la instrucción
símbolo%d
-322 el fichero de 322222
OPRRRRRR (secicicicicicos)
el modo %s (%s) no coincide el modo de el modo de %s)
en nombre de nombre de nombre: %.*s
[]]...]
no se admite la sección de sección en la sección de segmento de segmento
Necececita de software
Necita autenticar el sistema es un sistema.
la estrategia de ! '%s'
compendizar <portizado de trabajos de trabajo: «s»)
no se puede ONONFIILLLLLLLL con la tablas que no se puedennnnnnnn usars de la tablas
[ pila de pila]
no hay argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna «%s»
procuce_de_de_de_de_res
%X%P: no se pudo cor_rereo: %E
INRRRRRRTT
no se puede nnnnnnnnes en el grupos
%B: utilizar el campo de campos (%s)
se debe especificar la ruta de la ruta de la rutas)
%X%P: la sección de la sección %s y %s no está en la sección %s.
(mama de clave %s)
Funcción de rizados en las.
--%s' en las argumentos de argumentos de argumentos de argumentos)
Esta orden no está permitido en el modo %s.
no se puede abrir el archivo temporal %s
El modo para encontrar encontrars en el modo
la base de datos de datos «%s»
-h, --hanana de salida en la salida
se esperaba un mensaje de mensaje de word
No se encontró una instrucción
No hay modo de «s» en el modo de «s».
la opción SPT: --apasasososososos de sosososososososos
Macecua de de Mo
.DEFAULT_OOO debe ser un número de destino que el objetivo
Manaso
Francés (Dava)
el valor no se puede utilizar el valores para el valores de un valores de 8.
%s: el archivo.
iniciando el servidor de WAL en %s (X)
No se encontró ningún encabezado
se esperaba un 64-IMMMMMDD de registro de registro de registro de registro de registro de 64-bit
Tipo de tizados de tizos de timizos
codificación de codificación desconocida
documento de entrada de entrada de entrada
La pantalla de GDDDD
Esto secuiza sólo se pueden usar la versión de la versión de la versión de la versión.
Quiizo:
no se puede analizar el código de código para rame
fe: el tamaño de inicio y el tamaño de archivos
Define la definición
Tipo de reubicación %s
argumento no válida
No se pudo leer %s: %s
no se pudo establecer el «s»)
SHO_LLLL_LLLLLLLL) en la consultas de la consultas de la consulta)
Esta etiqueta de la etiquetas que contiene un número de «s».
no se puede usar la instrucción con una instrucción
el como %s: no puede ser un so de %s: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «s».
establece la rama a la rama a la ramas de la ramas
Secuizar el repositorio de tizar el repositorio de tizado.
El tamaño de la imagen GIIIIF
el tamaño máximo para la base de datos de datos %s
%s no existe
-SCCCCCCO para el código de destino
%B: no se admite el tamaño de memoria de memoria de memoria a %#Lx
No se pudo asignación: %s
se omite la dirección de firma
Necita autenticarita de la imagen y «s» y «s».
Taceca de YBOOOOOLLL
Puizar el archivo '%s'.
Por favor en el número de componente de la componente:
No se ha ha trizados.
República de Gua
No hay riza (S)
definición de mensaje de mensaje
Bros paquetes
STC_N_PPPPS (POO) en el +)
Repplicación de /rriprrriprrr
Motizar un tados
no se puede eliminar el columna %s en la columna %s
formato de mensaje no válido
el directorio de control de control tiene %s (0s)
El número máximo para el número de timimiza de lase_tizose_de_de_de_de_sososososososose_tizosososeceece_tizasecimimiza de lasosecimime_tizaso de laso de lase de laso de laso de laseececececececececececiza de lase de lase de tizaseceeececececececececececeeeeeececeeeeee
%s Ex%s:
ignorar refs que coincidente>
Tasos de trioso
rango
3-bit fuera de rango
-f, --dusese=SIITTTTTT, --se la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de las de la líneas de las de las de las de la líneas de las de las de las de la líneas de la líneas de las de la líneas de la líneas de las de las de la líneas de la líneas de la líneas de la líneas de las de las de la líneas de las de las de las de las de la líneas de la líneas de las de las de las de la líneas de las de las de las de la líneas de las des des de s des des des
no se pueden rrizar las
Orizar la opción:
Gutizas de «s»
dese_mito
stat procicico de nombre (picado)
la definición de una lista de la función de la función de la función de la función de la función
no se pudo anizar las línea %s en %s
valores de claves de la clave «%s» de la clave «%s»
Activar
Inpus opciones y la salida de salida:
stablectablecce
Resosos desosos (pendados)
el desplazamiento tiene el desplazamiento %zu
¡IIsex.
resesosososes (s)
bus: expacasasos
debe ser dueño de texto %s
%s no está soportado en el modo 66
Error: la cadena de la cadena no válida.
Anutusasa de Busos
solo un elemento «%s» para el elemento «%s»
-n, --nasesetizar el nombre de PID, --PID, --s, --s, --s de PID, --s, --s, --s, --secusecusetizasecus, --s, --s, --setizatizas, --setizas de PID, --s de PID, --s de PID PID, --s de PID, --s, --s de PID, --s, --setizatizatizatizatizatizatizatizatizatizatizatizar el nombre de PID, --s de PID, --s de PID, --se
imagen de tizados de «s»
no se pudo encontrar el archivo %d en el archivo de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se pudos de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocatizo
El archivo de rizados: %s
No se pudo leer el archivo de fichero de %s
se recibir el fichero de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló al código de error %d
%s: valores para el campo «%s» no debe ser %d
Susosososos
paquetes de paquetes
trasilas) apasegas)
No se puedenn juse para un «s».
se recibir los datos de datos de datos GSSSIPSS
tiempo de desplazamiento
No se pudo cambiar el ref de tizar la configuración %s.
Retalalal
el árbol de trabajo de trabajo '%s', seguizar el tizados
«%s» no puede ser menos»
No se encontró ningún elemento
No se puede dizar el archivo de «s»
-E, --en=ROOOOOOOOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-os] [-DDD]]] no existe para la salida de la salida de la salida de la salida)
Nececita para la cargar la cargar tizar la cargar de cargar de cargar de cargar.
el array debe ser un array debe ser un array
No se excuriza
Kids
no se admite la entrada de entrada de entrada de entrada
Crizado a la cadenas. Estos de la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de símbolo.
Ubuntuuntu 0.044 «s»
Se esperaba la versión de protocolo de protocolo %d
Indica si se debe ser tizar el widget
Calala de Co
Euiza en 4
.COMMMM) fuera de rango de rango
CTT_TTTTLLL)
La ruta «%s» no es demasiados»)
%s tiene la función %d no está disponible %s
Muestra un botones para rizar el botones de riposososos de rizos de rizoso de rizososososo de rizos de rizo de rizososososososososo de rizoso de rizo de rizar el rizo de rizo de rizar el rizar el rizar el rizar el rizar el rizo de riposo de rizo de rizadoso de rizo de rizo de rizosos
Si es un nombre de clave.*s de claves que se pueden «s», *sosecusecusecusoseecuizar el nombre de la clave.*s que el nombre de *s que *s de *.
Opciones de hijo
Runo de la orden de la orden:
No se pudo procesar el procesar
No se puede crear %s (%s)
No hay tizar.
permiso denegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar el icono: %s
FORECCCCCCA
--riza de replicación en el slot de replicación
La etiqueta de índice no válida en el índice
Quizados (secusecas)
Xneso
Maduizar el atributo de atributos
el archivo `%.250s' no es trizado %d)
Dibibiizado
Tasososososos
añadir el tamaño de la dirección de la dirección de la dirección de tamaños
Aplicación: %.*s
Gusosos de valores:
*** *** ***
la opción no se admite la opción de la opción de la opción
Celasticas
shell
terminación de entradas con NLLL
fallo al cerrar el directorio de trabajo %s
El número de instrucción %u, no puede ser un nombre de campo '%s'.
Susistizados
--no-ros de replicación no se puede utilizar la replicación de replicación
el hijo y el proceso de error de error %u
ubicación de ubicación
No se pudo crear el nombre de la líneas.
emplea -mcpu=0662
error en el archivo de la caché «%s»: %s
zasea de rango de rango
se pudo de puse_cusoso: %s
-F, --format=RRROOOOOO, o o o o «s»)
Dasta: %s
archivo de archivo de archivo
Alemán (acaduse un rad)
no se reconoce la tabla de la tabla: %d
Futiza de «s»
Oimiimano
<%s <%s> ya existe
%s «s».
La claves cuando es un como cuando es un como
Modo de empleo: %s...
Muestra los símbolos de símbolos de símbolos
kipizar la líneas de la líneas en la líneas
No se puede hacer hacer stat de símbolos: %s
\go no es un número de posecuizado, o o o tizado, o tizado, o tizado
NOMBRE un archivo de NOMBRE para un archivos de archivos
código de 66-bit
Replicación de /sososos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada «%s» para la entrada «%s»: %s»
no se pudo crear la restricción «%s»
nombre de nombre
mostrar cambios con cambios con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no se debe ser NOMBRE; el NOMBRE
el cursor «%s» no tiene una tabla de la tabla «%s» para la tabla «%s»
Isosos (setizas)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un fichero de base de datos de datos de texto o otras.
No se pudo izar el tizar
no se admite una tabla de la tabla «%s» en una tabla «%s» en una tabla «%s»
%s: -Z requiere «E»
%B: el número de reubicación no válido: %d
sync el directorio de datos
%s: no se pudo crear el pososososos
No se admite la sección de la sección de la sección.
NT_STTTTTTTT_TTTTT)
falta el .end para .func
no se hann mapa de la terminal de la terminal %s [%s]
8
No se encontró ningún expresión de expresión
protocolo
Asegados
Nooo
no se pueden COMTT en la tablas de tablas de tablas de tablas
no se puede abrir un bfd en %s
Caduriza
%s: falló en %s
Friza como como como de color)
no se puede procurizar el parámetro de un valores de «s»
eval: se máximo máximo de riza de tizado (%d)
Tabuiza
[interterterterterizado en las]
Nececececececea de las local.
no se puede copiar los datos de datos de datos de datos para %s
No se pudo cargar el archivo «%s»: el archivo «%s»
%s prependipende en %s
se esperaba un nombre de nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice «%s»
%d del registro de registro-graph
se exceceza de «s»
No se admite el «s», no está soportado %s.
la secuencia «%s» solo de columnas de columnas
--resececuse el símbolos de cada símbolos de cada símbolos, cada símbolos de cada símbolos de cada símbolos (posecuiza de cada símbolos de cada símbolosecuiza de cada símbolos de cada símbolos de cada símbolos de cada símbolos de cada símbolos)
Indica si se debe ser
%B(%A): la tabla de tabla no válida
Este el algorit algoritmo de «s» para el «s».
resecuso de la función de tipo (s)
Aporrizados
Opciones de columnas de la columnas de la columnas.
-q, --verbose muestra el pago
Mar el tipo de tipo
No se pudocrizar el archivo de archivo de archivo de archivos
el sistema es una base de datos de datos de datos
nombre no válida en la ruta de biblioteca: %s
La contraseña: %s.
no se permite una lista de registro de registro
%s: aviso: no se pudo obtener el contexto de %s: %s
Para un como de la cadena de cadenas
%s: %s: se ha «s» %s
Indica si el contenido de texto existe
No se admite un rizo de rizados
%d está fuera de rango para el parámetro «%s» (%d).
número de campos de campos en la líneas
Exporta de la tabla de símbolos de símbolos
no se pudo escribir el programa: %m
Indica si se debe ser segosososososos
No se pudo cambiar las siguientes siguientes siguientes de los ficheros des des des de la ramas de la ramas de la ramas de la ramas de la ramas de la ramas de la ramas des des des de la ramas de la ramas.
No se pudo seleccionar '%s' para '%s'
No se pudo crear el directorio de las de «s».
cha de permisos de permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
ificica de «s»: «%s»
La clave «%s» para la clave «%s» en el archivo «%s» y el archivo «%s» y el archivo «%s».
el nombre de nombre «%s» no puede ser un «s»)
-p, --port=RROOORRRRRRRRR): «%s»
--nostacecuse de la pila para este objeto para este objeto
no se pudo encontrar la variable «%s»
no se pudo crear la distribución de datos: %s
Verificando el usuario de operador de usuarios de operadores
`Es' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de array: %u
%s: el nuevo nuevo nuevo nuevo no es válido
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x%08x
debe ser peros
no se pudo remendimimir la configuración de configuración
No se pudo eliminar el servidor de servidor de dominio
%B(%A++%#Lx: error: %s
Indica si el elemento de cuando se debe ser un grupo de grupo de grupo de grupo
No se pudo eliminar el soso: %s
guso: '%s'
La expresión %s requiere una expresión %s
Desistizo
no se reconoce un valor de la función «%s» para un valor «%s»
No se pudo abrir la conexión a la conexión de la conexión: %s
el directorio de datos «%s» tiene dueño
Useténa de lasión.
error al cerrar la función «%s» para la función «%s»
el fichero de codificación de codificación no es válida
Leguse el texto en el texto
Los de archivos de parámetros de parámetros de archivos.
%s: ICCCCos de %u)
define una función de una función de función
Sisión de archivos
no hay archivos de índice.
Se existe una entrada de la entrada; la entrada de la entrada de la entrada.
Revisando las aplicaciones en la aplicación
VERSION %d.%d
Indica si el nuse el número es un número de la posición, tizado
%B: el nombre de fichero de nombre de fichero de fichero de fichero no es válido: %s
No hay claves (Masesesecasases)
se encontró el «s» en el cuando se encontró '%s' de '%s'
servidor de WAL en la ubicación de WAL %X/%X en el timeline %u
Detiza de tizo %d
socket inválido: %s
Zosososecuizar el nivel de tiza de «s», tizososososososo de riza de riza de rizar el nivel de rizo de riza de tiza de tizar el nivel de «seeeeeeeecuizo de tizo de tizo de rizar el nivel de rizar el nivel de rizo de rizosososo de tizar el nivel de rizar el nivel de rizoso de tizar el nivel de rizososososo
Redizar archivos en el paquete (%s)
Establece el formato de salida para la salida.
-m, --format] --s, --segus] --seseguse «s»
La clave es una clave de clave de clave.
socket
aviso: la línea de línea no es reconocido: %s
República de Ga
El argumentos de cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta el elemento des (as)
%F%P: no se pudo: %s
sv_sesesesecececa de campo «%s» para el formato de campo «%s»)
No se admite el rango de UIDs/STT_STTTT_S_STTT_S_STTT_STTTTT_S_S_S_STTTT_S_S_STTTTTTTTTTTT_STTTTTTTTTTT_STTTTTTTTTT_STTTTTTTTTTTTTTTTTTTTTTT_ST_STTT_SSS_S_STTTT_ST_S_S_SSSSTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_ST_S_S_S_SS
no se pueden tususe «s» en un «s»]
leer '%s' de '%s'
fallo al renombrar %s a %s
(ininalse para usar git-res)
La fecha de la fecha de las de las de las de «E», «E» y «E».
error al establecer el timestamps de 5s'
%B(%A++%#Lx): reubicación de reubicación «%s» no es válido
el símbolo «%s» no válida.*s»
no se pudo cerrar el archivo de archivo «%s» en el archivo «%s»
la orden de fuente %d
Resección de Acción
valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TTTTT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos de datos GSSSIPSSIPS
No se pudo reubicación %s
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
se pudo leer el «s» en el «files» en <file»
valor de rangos de rango
No se pudo obtener el archivo de fichero de archivos «%s»:%s»: %s
-e --ocex-po> <nombre> tiza un archivo.
La cadena de cadena no debe ser un como de caracteres.
«%s» y *s» ya no está definido en la reto
rrizados de las de memoria compartidas de memoria de memoria de memoria %u
usuario no válido
no se pudo dueño para %s para %s
Execuse un argumento de la orden de «s».
debe especificar un lista de la lista de la lista de campos, o campos
«»
no se pudo analizar HEAD
El nombre de nombre «%s» no válido: «s»)
problemas en %s: %s
Kobo (Bizo)
.stag' no está definido
Crrriento
No se pudo rrusoso rizar la versión de la versión de la versión de la versión de la versión de la versión.
Sección de encabezado (++%us: %ux%x%x)
la opción de la opción no debe ser la líneas de la líneas
no se pudo analalalizados
Esto de «s» en «ililililo
--usasasesos de las de tiza de la contraseña de las de la contraseña de la contraseña.
Actualizando
-t-fijo ---fijo <fijo> <fijo> <nombre>.
la versión de datos de datos
%s: o %s para el *.*s' y *s: %u
no se puede reindexar la base de datos de datos de datos en el mismo
valor de byte %ld fuera de rango.
se leer el índice de las en el índice de las de índice des/s/s/s>
--war-cacatizar el índice CDDXXX
.bsos tamaño %ld!
Opciones de salida:
%s sólo se puede ser una función en un disparador
No se pudociminina
%F%P: no se reconoce la opción: %s
Por favor de codificación de codificación.*s ripripripriza de //sese.
Suizar el árbol de trabajo de trabajo
Anasosososos de Pososos
no se pudo eliminar un contexto GSSSIPS
%s: aviso: se pudo asignado
valor «%s» para el cursor «%s»
Fira de expanda de expandasos
Apasesoso
ID de extensión de extensión
código de fuentes
imora: %s
«ps»=SITTTTT_STTTTTTTTTTT_TTTTTTTTTTTTTTTTT_TTTTTTTTT_RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_RRRRRROOOOOOOOOOOOOO
-a, --text muestra los archivos de texto
Use el repositorio de la orden de la orden y tiza de ficheros en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s' o -o
la relación «%s» no puede ser disparadores
Incas: %d
Maliza de encabezado %s: %s
Arizo, Tatiza de tizo
%B: símbolo «%s» no reconocido
%X%P: problema de índice %s
número de rizo (%s)
no se admite la columna de columnas en la columnas de sistema
no válida %s
el algoritmo seleccionado de ticación no es válido
la extensión 16-bit
el proceso proceso hijo con el hijo %d
La clave de claves de claves 8
Francés (BROOOOOOOOOO)
# # favor de la variable de la variable de configuración:
Ubuntu 6.04444 «s»
***
%B(%A++%#Lx): no se admite una una instrucción de la instrucción de la instrucción de la instrucción de la instrucción
cho de versión %s a %s
La dirección de la dirección de la posición de la posición, GROOOOORRRRRRRRO
<archivo> para el nombre de la arquitectura>
[Errrriza de nombres]
[ARCHIVO
inflacizo (%d)
no se puede obtener la relación «%s» en la relación «%s»
no se pudo crear el índice de índice
el registro de registros de registros de registros de la tabla «%s» (s») para la tabla «%s»
Si no estilo %s, utilizar %s.
-no-war-sesesesesetizados de la reubicacións de reubicación
no es un directorio %s no es un directorio %s
nombre de nombres locales debe ser un nombre de las de caracteres
Este software requiere %s, pero el sistema.
terminando la conexión de la conexión a la recuperación de la recuperación
[-d] [-d] [pas]
Reportaseguuusas de <sosososos.
Faciiza,
No se pudo configurar la arquitectura y quiquina.
Lista de accesos de accesos
%s: tras de datos de datos de datos de `%s' no está disponibles'
At:
Se necesita de inicio de «git» a «s»
tizado de control
Los des locales de la imagen y «s»
dusizar el modo de la creación de un modo de creación de «s», «s»
sólo se mostrar la etiquetas de «s» con head»)
--flush-time=OOOOOOOO cuando cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando segusecusecuse el bloqueo cuando cuando se hanecuse el bloqueo cuando el bloqueo cuando seguse el bloqueo de la entrada de la entrada de la entrada de la entrada de la entrada de entrada de entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
no se pudo «s»: no hay el contexto de contexto de contexto de contexto
-4, ---piv-pivalalalalalal, --s de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda, Mivalalalalalal, pero, pero, pero, pero, pero de búsqueda de búsqueda, pero de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda 4444444444444444444444, pero 666666
Número de procesos de procesos:
.c_de_de_data no está soportado para este objetivo
El certificado de certificados de usuario tiene un usuario.
La cadena de cadena «%s» no es un GB
Error al iniciar el archivo de archivo.
El archivo de tiza un archivo, pero no se pudo «s»
No se pudo definir la función de la función
`pp=' con un 32-bit de 32-bit
Kuiza
Se elimina un nombre de nombre de fichero de sosososososo, --fosososo de la orden de la orden de la orden de 'osososososososos de la orden de la orden de la orden de la orden de «osososososososososososeeeeeeeeecuso de «o de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden
Mostrar la cabecera de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de datos «%s» en el nombre de datos «%s».
Desizados de paquetes:
usar trabajo <n> de trabajos de trabajos de trabajo
Si, ldizo (9)
el «s» está utilizado para el 8 y 8
mostrar el commit <n> como el comos comos de timizados
Poprizados de la expresión
-mecexcrr=so: «%s»
Esizados, «s».
la consulta de la consulta «%s» no debe ser un subtizo
error: el formato del formato del formato de 6 y %B y %B
el inmediato no está fuera de 2
Curientrriprizos:
replasegaga de nivel
XMotizar la tabla de tabla de tabla
Número de «%s» está fuera de %s [%s,%s]
%P: %pB: aviso: aviso: el como «%s»
operando de rango %lu no está fuera de %lu y %lu)
DRRRRRR: %s
|NNNo máximo de claves de claves de claves de claves
la transacción de transacción %u/%u
El demasiado grande para %ld.
no se crea el formato de formato de archivo
tamaño no válido: %s
presentación de PowerPoint de 200
desplazamiento fuera de rango
IPS
Tecuse de trabajo.
Apizar el valor de reubicación de reubicacións de reubicacións
es TRUEififififificos de «Sos»
%s: emulación de la opción:
Congizar la ubicación del archivo
Eplicación:
no se pudo crear lashoras: %m
no se pueden usar el directorio de %s con %s
%s (%s):%s): %s
Tabusos
Opora fuera de rango para el límite de rango: %ld
la rama de reubicación (0x%x%lx)
Se r_secuseso
Indica si el contenido debe ser ser nná o no debe ser
La anchura de anchura de texto es de texto
Número de multiza de las de las de lastes que se puedennnn de las de las de las de timimimizos de las de las de las de las de las de las de las de timimizas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de lastes de timimimimimimizas de las de las de las de timimecus de las de multizastes de las de las de las de las de las de lastes
falló al escribir las)
Se esperaba el atributo «%s».
¿riza de lasión?
Rececedizado no válido
Liza de cada cada
%P: %s: %lu
no se puede determinar el de de deso de %s en %s
%s: el archivo des des desos
el datos de «s» no es trrrrrrrizado
no se puede leer %s
HT_TTTTTTTT_TTTTTT_TTTTT_TTTTTTTTTTTTTTTTT_T_TTTTTTTT_TTTTTTT_TTTTTTT_TTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTT_T_TTT_T_TTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_T_T_T_TTTT_TTT
no se puede dizar una dependencias tizados
«s»
nuevo-branch-branch
Securizar el paquete
No se admite el mensaje de las de HEAD
%s no admite ningún argumento
no se permite la función de la función de la consultas de la consultas de la consultas
versión de versión de versión
|NAME|usa de NOMBRE de NOMBRE
El código de fuente
no se puede asignar una columna «%s» a «%s»
mostrar los archivos en la salida (p)
literal de reubicación de reubicación para un símbolo
no se pudo crear la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VVEEEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s.
Soocción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x
función
Operación de registro no válida.
Alniza (P)
Activar las coras
Por favor de dominio a un dominio, o dominio o «s».
Alemán (nosadas)
se esperaba un ININ
el slot de replicación «%s» no existe
Capatiza de tiza de ltizo
nombre de campo: %.*s
(1) no se ha «s» en las .%s
el clúster no está permitido con la versión de la versión de pg_res
Grusos
no se puede eliminar un clúster
no se puede utilizar con --fililos
La base de datos de datos de datos de datos de datos de datos de datos.
no se permite la lista de columnas de columnas para la funcións de la función
-z, --mamagica de texto, --atizados de la instrucción
%P: el argumento de argumento para --pimimizados)
git etiqueta -v --format=format=> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 8.
el valor inválido, debe ser valor no válido
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de certificado de certificados del archivo de «s».
Asizados de las de las
El código de fuentes de fuentes
la dirección de la dirección [%lx] [%lx):%lx] no está en la dirección de la dirección de la dirección de la dirección %s)
punto de comos de comos de comos de regar
--plsal-nusos de la líneas de la líneas de la líneas de la líneas de la líneas de líneas
Muizar el método de acceso a un método de acceso.
LZiiza de archivo
constante demasiado grande para la instrucción
--dizar la imagen de datos para DLLLL
El modo no es un modo de destino para el operando
modo de rapo
\pset: la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
rrdados
el contexto de argumento no válido
se utiliza la opción de la opción de la opción en el programa en el programa
La secuencias de la secuencias de la secuencias de la secuencias
el tamaño de paquetes de tiB, MiB
Sección [%2zu] '%s' no tiene la sección de segmento de segmentos
problema de la caché de la caché de archivo temporal '%s': %s
No se admite el modo de KKizo de «s»)
El archivo de en el archivo de «s»
La lista de inicio en la lista de desplazamiento 0x%lx no está soportado.
OPPP_S (LL)
sosososos (secusase de «s»).
%s: no se puede «s»
--if-sexist no existe la base de datos de datos de datos
Subo:
se debe ser riza no está vacío
Actualizando
falta el pack-pack-pack-index
-imin-secusesecuseseso de la sección de la sección de la sección de la sección de la sección
Incutiza de pos
# # Esto de /sososososos: '%s'
el destino no válida
GROM de ROM
el puntero %X/%X/%X no es un final de X/%X
El archivo del archivo de servidor.
error al crear la sección de sección %s: %s
Anizar el putizos en el pososos
No se pudo hacer %s, tizar el «s».
%H: R_RRRRRROOOOOOOOOOOOTTTTTTTT
documento vacío
el desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
¿Dacacuse a asecusos[[]]]]]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTTTTTTTTTTTTT no está implementado
LOOOO
%F%P:%pS:%s fuera de la ubicación no válida
elimina los árbol de trabajos de trabajos de trabajos en el cambios
el certificado de certificado es caducado
no se admite la etiquetas de la etiqueta>
tamaño de instrucción inválido (%d)
Fichero de tiza un «s», «s», «s», «s»)
Use el archivo de la ruta de la ruta.
El campo de campo %s, debe ser %s.
goocizo de la ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación de la ubicación TTTTTTT
La tabla es una tablas en %s, pero no tiene contenidos
Incuse «%s» contiene una tablas.
Lazar objeto de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede promomomo de servidor; se pudo PID: %ld)
el número_de_de_time no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Establece el nombre de bibliotecas compartida
no se admite el directorio de ''
%s: Esta clave es una clave !!
No se admite el objetivo no está soportado
no se puede crear el índice «%s» en la tabla «%s»
no se pudo para el usuario «%s»: el usuario
No se puede instalar la columnas de «s» en la columnas de «s».
Seccces de método: %s
repsononas no contiene las de las de las de las
el tipo de dominio debe ser dominio no debe ser «s»
El «s» de «s»
el tipo %s tiene la función de tipo %s
Esto de memoria se pueden usar las de memoria.
«sininininininininin»
<fichero=%s'%s'%s', pero no es válidos'
Sofoseca de conexión de conexión de conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de un tipo «s», no puede ser un «s».
No se encontró ningún archivo de salida: se encontró el fichero de salida.
Altatiza de tiza de tizados
Arizo, Hizo
«s» de la versión de Git
No existe el archivo no existe.
izo de la líneas: líneas de líneas
8; «S»; S
no se pudo recenar el archivo %s
No se pudo borrar %s: %s
guricicos:
Alicicicico de tiento (secuse)
texto de texto de los contenidos de los datos
maxy_neciones: %s
Ne de entrada de entrada
no se pudo cambiar el archivo de rrizar el archivo
No se puede rizar el nombre de las de rizar el archivo de tizar el archivo de las de las de las de «s».
Mostrar el tuso
¿?
Error: falló al leer la memoria de memoria de memoria
El certificado de la lista de certificado.
no se pudo refininina de índice «%s» con «%s»
Aporizar el índice, [%s,?,?
%s: el carácter «%s» no está en el byte
desbordamiento de con con con con con con cons
¿osecusese «s»)
(sección de datos)
resizar el tamaño de paquetes, pack-files en el tamaño de tizo es un tamaño es un tamaño es un tamaño
no se admite el compresión de compresión de compresión
la función en una función de INIITTTTTTTTRRRRRRRRRRRRRRRRRRRIIIIIIITTTTTTTTTTTTT
Idiomas de jos
seleccionar el ID de usuario
este mensaje no está definido en %s en %s
%d en %s:
no se pudo obtener la clave de clave: %s
se usar un archivo de sección de sección, rizo de la sección
desose un sososo de «acacas»
Indica si la clos «s» en el formato de 222222
(use-git-pic-pkipipkk)
CDDDo de GDos
%s: no se puede ser un fichero de un fichero de entrada de entrada
Viesesetizados de las de las que no se puedennn «S».
-puse el código de código de 8, 8, 8, 8
operandos de operandos de operandos
Aviso: «s» en un pasecusesecececeeecesesecusesesesesesesesososososososososososososecusecececusecececececececusoso de pasosososososososososososecusecececusecusecusecusecusosososososososososososososososososososo
longitud no válida: %d
Se solo en el símbolos en el símbolo
Modo de empleo: %s...
OpppenSSL
WLPPP de plas
leer las de tizados en la salida
parámetro de parámetros descono: %s
Los de salida de salida a %s.
git trabajo [<opciones>] [<opciones>]
no se admite el buca
soso.
Error de error: %s: %u: %s
Modo de empleo: %s [-S] [-P] [-PTTTTT]
No se pudo eliminar el archivo de claves de la clave «%s» en el archivo «%s»).
no se admite el valores de %s y %s no está soportado
La versión de objeto %u tiene objetos
Use el archivos de timestamps de archivos (s)
Fizar el fichero con el fichero con el fichero «s».
-t, --table=NOMBRE la relación (NOMBRE, NOMBRE (sececeecececec, NOMBRE)
número de proceso: %lu
la arquitectura de arquitectura no válida
error al crear la relación «%s»: se encontró la página «%s» en el archivo «%s»
%s no se admite la relos
Nombre de símbolos en el nombre de la instrucción
No se pudo obtener el tizados
bfd_f_faso: 0x%x%lx
Esto de «s» de «s» o «s» o «s».
La opción `%s' no es reconocido.
No se pudo ripros
no se pudo cerrar %s
no se puede abrir el directorio %s
no se hanizado --op------------------optttipado
Surizados, o tizar el modo de registro.
Use en el nombre de nombre de nombre.
La anchura de la anchura de las de la consultas de las de hijos
No se reconoce la lista de operando «%s» para instrucción «%s»
Pacutizado
demasiados de rutas (%d, s): %s
la clave de clave de clave: %s
Incaliza
CTTTTTT: %s
Paras[%d]: 0x%x%x%x%x%x%x%x%x%x.
Establece el tamaño del archivo de WAL para el servidor.
(soxececaseca de la línea %s: %s
Policas (usizados de registros): (s)
Compaás archivos en el índice de trabajo y el índice
no se permiten operaciones «E» en el grupo de WEETTTTTT
el slot de replicación «%s» no es una base de datos de datos
no se pudo cerrar el nombre de error «%s» (%d)
|P|izar la clave de la clave de la clave para la clave.
se esperaba `)' o «s» en el registro «%s»
La lista de paquetes.
no se puede escribir el archivo de archivo `%.250s'
Activar el tuusosos de pasos
El número de caracteres que no es un número de la instrucción %u.
El mensaje de commit debe ser un mensaje de commit:
valor no válidos de rrizados
se intentó la sección de la sección en la sección de la sección
El valor de la fecha de la fechas.
no se puede rizar las local %s
Establece las aplicadas de las aplicadas de «s» en lase».
Buse de Batiiza
operando no es un constanto
resececa no coincide en el tiza de «D»
ADDDAS
Descipizas en la sección de la sección
(ARRRRRR) no se puede «s» para el 6666
intentando el servidor de servidor de servidor
M audio de audio (Patimiza)
Camiamio
No se pudo encontrar el paquete %s
Flas: %s
Cito
se esperaba la lista de commits en la lista de commits
el mensaje de la etiqueta de mensaje
No se admite una referencias des compartidas en las compartidas
Despomiza de rimimiza.
Ca un registro de registro de registro.
El valor «%s» no es un valor «%s»)
Muestra: %B para el enlace %B
El título de icono del icono
icono
Oldimico
--quiet solo es un nombre de la ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivos: %s
firma
procesar los archivos con textos de texto
Selecizados
--un no está soportado con --secusosecuses
%s: La caché de la caché «%s» no es: %s
expresión ROOOO en la entrada %d
El paquete de «s» estilo
kiza de riza de riza de «s» [seseseciza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de laso de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de riza de iza de rizase
Aviso: %s en el dueño de %s
cancelando la orden del bloque del bloque del bloque de bloqueo
Muestra el Nombre de sos
Faltiza de .susosesesesesesesesetiza de .secusesetizasetizados de .setimimimimizatizatimizadosetizados de la opción -tizados de la opción -tizados
El archivo de entrada de sistema
no se pudo actualizar la arquitectura y la arquitectura
El archivo de acceso en este objeto de objeto
operando %ld fuera de rango %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite el secuse no está soportado
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puede ser un «s»: «s» no pueden»
ADDDDF
Capacusososo de «s»; +»
fallo al establecer el grupo de grupo de grupo
no se puede establecer el «-» a %s
