Si el botones aggo debe ser los botoness en las pregados
Inseguranas de LE
no se pudo crear el archivo '%s'
El dominio a dominio para dominio o dominio o dominio o dominio
%s no puede ser aplicar a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --verbose muestra las de las aplicaciones de los espacios
no se puede usar la expresión de la expresión de la expresión
Descasecega «s»
El archivo del archivo de dudado
(unacuidad)
Exciones de eventos
tipo inesperado `%c' en el tipo de precicación
Error al leer el archivo de fichero de fichero %s: %s
procesar el proceso proceso procesado
firma valida de datos con PAAAA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear el archivo de archivo %s
BRRRR
Error al iniciar el tipo de %s: %s
push ref ref ref '%s' para '%s'
Monma de Monshoras
base de datos %s
No se puede rizar Do
clase de «s» no válido
Por favor de clave de claves de claves de clave:
--ceccccccce la rama de la rama
Define el número miexcue en el nuevo clúster
CRRRR, República de Sosetizo
Indica si se deben utilizar la líneas de la líneas, word o word
Caclas de Caclas de claves de la claveshhhhhhoras)
La secuencia para el servidor Xllizar el servidor
Cdrom con Ubuntu 9.1010 «Kamamadico
Tawana
las opciones -Ccreate y -v-create-seguse no pueden usar las opciones
Mover un directorio o un directorio, o un directorio
Nexisyyyyyyy
Pama de Zano Zo
El número de las seguización de la pantalla.
Vieras
El formato de tizados de las fechas de timizados, -t, -t, -t, --s -t, --a el mismo mismo mismo mismo que -t, --at, --atiza el nombre de las -t, --tartartartartartartartartartartartartartarget-tizados -t, --atizat, --s -mmmmmmminininint, --s -tizados -tizar el mismo mismo mismo mismo espacios -tizados -tizar el nombre de una cor defecto, --tartarget-conconconconconconconconconconconconconconconconconconconcccalalalalalalalalalalalalalalalalalal
el archivo de comprimido, pero no está instalado
Cololols y pidgingines de la bases
línea de línea no válido %s
W no se admite las URLs de las URLs no-push
Temeza de :
página de salida en la salida de la salida de INDDDDD
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de 'cac' no se permite «s» en el valores de caracteres
destino
Xalias de alias
core y los longituds en el largo de 32 bits.
el «sililililados» tiene tiprizados
No se ha detectado el árbol de trabajo.
Francés (Suriza, sin teclas muertas)
local
Sección [%2d] '%s': la sección IN_GBRRRRRRRRRT_ST_S, pero no está presente
operandos no puede ser trizados en el tipo
inicia_pepizo: pg_pg pg pg
no se puede encontrar el primer primer primer primer registro de registro GST
Modo de empleo: --at=SHHHHS con --atistemistemis
el archivo de ruta de la ruta de archivo
no se puede iniciar %s
No se pueden usar las opciones de «k» en el k» en el URI «%s»
Modo de empleo: %s [opciones] [(s)]
la opción '-c%c' requiere un argumento entero
No se reconoce IN_INTTTTTT_ONONFF
No permitir los símbolos de un símbolos de símbolos en el archivos en el archivo de ficheros
opción --no-conflict-conflicts requiere la opción --s, --setrse-se-setrse --sert-se-se-in-setientes, --no-setrsetrsetrrrrizatriv-se --no-inse --se --no-se --no-inse --sersetrsetrse --no-se --se --se --setrsegusegusetivalalalalalalalalalalalalalalalalalalalalal-seccccccccsetrse --no-inse --no-conflictse --no-insetrs
clave %s: la clave «%s»
versión de índice %d
Especificó una protocolo
Francés (alal).
Rececar la ventana de la ventanas de la ventana
-a, --allall todos los bases de datos
<stringca tabla de índice: %ld
La sterterterterasastica para el valores de las «s».
'%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de la cabecera extendida de la cabecera
--no-sifififizados en el modo de «s»
Selelelelecionional de la catalal
no se pudo actualizar HEAD o '%s'.
-mama=nombre> Establece el tipo de 888, 8, 8, 81111, 8, 8, 8113333300
<las>
Se esperaba un argumento
Tipo de %s no implementa de las «s»
fallo al analizar %s
Tamaño de x
la instrucción no es un modo de destino
abortando la transacción de la transacción
kipizado de claves: %lu
no se admite la comprobación de '%s'
El número de registros de registros a un widget
kización de WAL (LSN) %X/%X
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.
Mar %s de %s
discriminas de menos que cero
El inmediato está fuera de límite para 555555555
-f, no puede ser tusilados con -f
Maclas de lashora de «D»
%s requiere un valor numérico
Lista de la opción XKB
múltiples escribir el mismo de registros de registros
%B: número de reubicación no válida: %d
Cacua de k22
-X, --exclude-dir-or-ortrizas de la lista de la lista de la lista de la lista de las
tipo: %s
diversión de %s a %s
la clave %s de clave %s no utilizados (%zu)
abortado de abortado
instrucción requiere el índice
debe ser un sparse en un sparse-check-checkout a trosososos
el tablespace de tablespaces para %u no se pudo eliminar el tablespace
--stacis <size> Establece el tamaño de la pila en la pila
no se deben usar el índice de la dirección de índices en el índice
atención: %s contiene un puntero
SPCCC «s» de '%s' de '%s'
el valor de campo de campo de campo «%s»: %s
define un nuevo nuevo nuevo nuevo operador
no se admite la sección de sección en %s: %s
Incacaseg_resecasecección de %s (s)
Internizar: error de errores de la corrupto «%s».
Datizado.
Bulsos
documento de Aporkk
la sección de sección de sección [%u]
ref_h_h_opciones>]
%s: dimensión de lasión: '%s'
Verto: %s
Vietizados
no se puede abrir el nombre de %s para leer %s
la clase «%s» no es un tipo de datos %s
Pacas no debe ser un seclas (s)
Error de SDDDD
¿, --help[[[[[[OOOOOOO, cuando hay los s
Vutica de Astica
Símbolos de una instrucción para instrucción
no se puede borrar el vie de las «%s»
la función «%s» debe ser una función de INSERT
Seguando instrucciones o instrucciones
no se pudo analizar la lista de la lista de datos «%s»
valor inválido para la opción '%s': '%s':
Colola de encabezados de «s» acllllicas
hus páginas no está soportado en este pos
Mocuté un YTPCT
No hay símbolos de símbolos en la seccións de sección
Define el número máximo de la multimiento de trabajos en el proceso de trabajo.
Modo de empleo: %s [OPCIÓN]... [NOOOO] [ROOOOOOOO]...
delimita_de_acaca
el archivo «%s» contiene una cadena no terminado NUUUL en la cadena %s
el cliente no válida SSLSLS
carácter de caracteres inválido
Establece la PRRRRRRAAAA a los enlaces
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixfixse de «s» y «continue»)
redo no es cero
archivador CPO (comprimido)
las funciones de agregación no puede ser un argumento de %d
%s necesita un parámetro
No se pudoguizar la sección de la sección de la sección de la sección de la sección
Dirección de tabla:
Uriza (P, k)
El cambios a el repositorio
<uno>
--entry <natizatiza de la entrada
cambia la definición de búsqueda de texto
no se puede kezar el límite de %.250s
error de sintaxis de la sintaxis inesperado `%s'
Aplicar las cambios de tizados de commits
Los valores de las entre «%s» y «%d.
no se encontró ningún entradas
tamaño de objetos
Muso de nivel de 555s
ATENCIÓN: claves no es una clave de confianza con un !
los nuevo antiguo antiguos de pg_data y el tamaño de segmento no son válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono del icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de los parámetros de parámetros de datos
Tempo de fallo al asignar de '%s' de '%s'
El primer primero de la ruta de la ruta de usuario
Establece el desplazamiento de desplazamiento y el segmento de entrada y segmentos de sólo lectura
la relación «%s» ya existe en el valor «%s»
La opción -l y -l y -d está desactivado.
no se permiten la función de las funciones de las funciones de «s» en expresiones
Kuréria (S, FS)
comprimido
Establece el tamaño de la tabla de dispersión de la tabla de la tabla <NMM
Si quiere quiere quiere el directorio de WAL, se eliminar el directorio «%s».
|curit-sit-resoscurrrusos
(soso: %u)
ATENCIÓN: el directorio de las de «s» en el directorio «%s»
El paquetes de paquetes
-mno-[%s]%s]
Chata
Actualizar la fecha de acceso y la fecha del FICHERO
el mensaje de pos de plurusión de «s», pero el formato de «s»
Azario
%s: fin de entrada inesperado en el archivo de entrada
contador de registros no puede ser nullTTTTTTTTTTTTTTTTTT
\pset: la columnas de la columnas de la líneas de double
No hay elementos de software.
-d, --dbname=NOMBRE base de datos para la base de datos «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclas de reubicación de reubicación %s
no se admite la dirección de regex
El servidor es probbó un YY.
el ordenamiento «%s» no existe para la codificación «%s»
Mistes comacus coma de bulas.
%s Muestra el límite de memoria es %s.
|VUUUUUUUUF para la clave para la clave
cancelado por el usuario
Kulenguaje de K
el índice es demasiado grande para el índice
República de Nume
Execta el argumento de argumento de argumento
el nombre de símbolos con el valor de rango
-P PASSAAAAA de registros de registros del servidor
Alemán (B, zatiza el «teeeeeee»)
puntero de registros de registros
.end sin directiva .cededado con una directiva .ent
Runo en un directorio de pg_pg_dede un directorio de datos.
Error al cerrar el valor de la carlos de «x»: %#x».
%s y el nombre de archivos de tusitos
kipipiza fijos en esta instrucción
símbolo%d
-322 crea el fichero de 32 32 32 bit2
OPRRRRR (secicicicicicicos)
el modo de modo (%s) no coincide el modo de modo %s)
nombre en nombre de nombre, %s.*s
[ARGARGG
no se admite la sección .cnncn en la sección de segmento de segmento
Necesita autenticar los parámetros de software
Necita autenticarita autenticar el sistema de sistema.
estrategia de compresión desconocida '%s'
compende <pende> en el árbol de trabajo: «por»)
no se puede ONONFIITTLLLL con una tablas que se pueden usar con la reglas
[ pila de pila]
no hay argumentos para el cursors para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna de la columnas de la columnas
proced_de_de_de_de_de
%X%P: falló_hash_hash_rereo: %E
INPPTAAAAA
no se puede nnnnar las grupos en las
%B: utilizar el campo de campos de campos (%#Lx)
se debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s y %A no está en la sección %A.
(mama de clave %s)
Funcción de la rección de lasión.
--%s de imamas de argumentos de argumentos de argumentos (s)
Esta orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar encontrars en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra muestra la salida de salida
se esperaba un mensaje de mensaje de mensaje de word
No se encontró una instrucción
Runa no hay modo de modo en modo.
las opciones de las opciones: --apamamamusososos
Mecera de las
.T_OOOO debe ser un objetivo de destino
Manana
Francés (Dava)
el valor de salida no se pueden usar el valores de código para el valores de 8.
%s: falta el archivo.
iniciando el servidor de WAL en %X/%X (s)
No se encontró la cabecera XPM
se esperaba un 64-bit SIDMMMD o 64-bit
Tipo de tizadiza de PAAAAS
codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla de GDDD
Este la versión de la versión sólo puedenulas de la versión de la versión de la versión de la versión de la versión.
Qualso:
no se puede generar un código operacional para el código operacional
free de inicio: y el tamaño de los tamaños de ficheros de diferencias
Establecendos
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket de sockets: %s
conjunto de setscono (create)
SHO_LL_LLLLLLLLLL en la consultas de la consultas de la consulta)
Este tags que contiene un nombre de nombre de «s», «s».
no se puede usar la instrucción
el alternativo %s: no puede ser un so: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser '%s'.
establece la rama de la rama a la rama
Selecar el repositorio de tizado en el repositorio de tizada.
El tamaño de GIFIII cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCCO ensambla código para el objetivo SOOCCCCCCCC
%B: no se admite el tamaño de memoria de memoria de memoria a %#Lx a %#Lx
Falló la definición de %s: %s
se omite la dirección de firma
Necesita autenticaritas de la imagen y «group» y la imagen.
Taca de Y de lasión de Y
Palando fichero '%s'.
Por favor en el número de componente de la componente:
No se han detectado las comillas de las comillas.
República de Gua
No hay rizar (S, 6/7)
definición de mensaje duplicado
Bros de paquetes
STC_N_PPPS (almacena con +)
Replicación de /endipendipripr
Motiza como tables
no se puede eliminar la columna de columna %s en la columna de columna %s
formato de mensaje no válido
el directorio de control tienene %s (033333333307)
El número máximo para el número de retortorno de retorno_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_mentententententententente()()
%s Ex%08s:
ignorar refs que coincide con <papapas>
Titito y tésos
rango
3-bit fuera de rango
-f, --fise-ld=SIL las líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas en el campos de la líneas de la líneas de la opción -t, --s de las de la líneas de la líneas de la opción -SILLLLLL)
no se pueden rrrizar las
Opciones de la opción:
Grerereres de kll
de_de_mita
stat procicado procicado (no)
la definición de una lista de la función de la función de la función de la función de agregación
no se pudo anizar las línea %s para %s para %s
valor de claves de claves de las de la restricción «%s»
Activar
Opciones y la salida de salida:
stablectable
Resereras de datos para usars (pend)
el desplazamiento tiene el desplazamiento %zu
splitIxex.
se resepononononas (s))
bus: expaca expas
debe ser dueño de búsqueda de texto %s
%s no se admite el modo MIPS
Error de la cadena no válida de la cadena de cadena.
Anutua y Buas
solo se necesita un elemento para el elemento «%s»
-n, --n-netriza el nombre de PID, --s, --verbose muestra los nombres de PIDs de PIDs de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s, --s de PID, --s, --s, --s, --s, --setutiprosetipor defecto, --verbose muestra la salida, --verbose muestra el nombres de PID PID PID, --verbose muestra el nombre de PID PIDsecusecutiprosecutipor defecto, --verbose muestra el nombre de PIDs de PID, --s de PID, --verbose muestra la salida de PID, --s, --s de PID, --s, --secus
imagen de comprimidos de «s»
no se pudo encontrar el bloqueo %d en el archivo de los archivos des des de entradas de entrada de entradas des de entradas, no se puedenuizados en el ficheros de entrada de entrada de entrada de entrada
documento de Pocketibo
El archivo de mucedados: %s
No se pudo eliminar el archivo de fichero de %s
se recibir el fichero de datos «%s» para el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error %d
%s: valores no debe ser campo `%s'
Suso de Susho
pack de paquetes
trasilas(s) añas)
No hay candidatas para jeguse el refs que seguizados.
se recibir los datos de datos GSSIPSIPS
tiempo de fecha de tiempo
No hay actualizar un ref de tizar la configuración %s en la configuración de la configuración.
Retimea
el árbol de trabajo de trabajo '%s', seguizar el tizado
el hi «%s» no puede ser menos que «%s»
No se encontró ningún elemento
No se puede duizar el archivo «s»
-E, --enden=COOOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo [-os] [DDDD] para la salida de la salida de la salida)
Necesita autenticarita para la cargar de tuera de cargar de cargar a la cargar a la cargar a la cargar a la cargar a la cargar a la carga.
el array debe ser un array debe ser un array
No se excurizados
Kids
no se admite la entrada de entrada de entrada
Crizado a través de cadenas. Estados de la cadenas de la cadenas que se deben aplicaciones de la cadenas
It debe ser un símbolo global o k.
Ubuntu 120.044 «recisciscis»
Modo de protocolo de protocolo de protocolo de protocolo %d
Indica si se deben usar las que se deben usar los widget
Camplala de Cora
Euse en 4
se esperaba el largo de .MM) fuera de rango
CTT_TTTLLL)
No se pudo interpretar el socket de la ruta «%s» («s»)
%s tiene la función de columna %d disponibles pero la columna %s
Muestra un botones para el botones de rizar el botones de riposo
Si es un nombre de la clave de la clave de la clave.*s que se pueden «s», pero el usuario.
Opciones de hijo
Runa de orden de orden:
No se pudo procesar el procesar
No se puede ejecutar %s (%s)
No hay ilar.
permiso denegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar la icono: %s
FORECCCCA de array
--ros de replicación en el slot de replicación
Modo de índice no válida en el índice
Querio de bus (sececado).
Xnegado
Mistizando los atributos de atributos
el archivo `%.250s' está corrupto de riza %d)
Dibizado
Tamononas de sostes
agregar el tamaño de la dirección de la dirección de 64bit
Aplicación: %.*s
El valores de pg_pg_controls:
*** *** ***
la opción no se admite la opción «push»
Celsticas
shell
terminación de entradas con un byte
fallo al crear el directorio para el directorio de trabajo %s
La instrucción número de directiva %u, no pueden un nombre de campo '%.
Susistizados
--no-pattern no se puede utilizar el replicación en el replicación
el hijo y el proceso hijo %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio. Por favor en el directorio de la línea de la línea de la línea de la línea de la línea de la línea de la línea de la línea en el directorio.
emplea -mcpu=0662
error al leer el archivo de cache '%s' para lectura: %s
zaza de cada rango fuera de rango
puy_de_de_cuso: %s
-F, --format=F' para el formato de archivos (por defecto, o `s', --c', r'
Datata: %s
archivo regular
Alemán (acaduse un racuca)
no se reconoce la tabla de la tabla de retorizar: %d
Opciones de «st»
Orimano
<%s> tienene> ya existe
%s de índice.0s de índices de índices en %u páginas.
La clave cuando se cuando se cuando se cuando se ha cuando hay un primero
Modo de empleo: %s...
Muestra los símbolos de símbolos
kipizar todos los directorios de la líneas en la líneas
No se puede hacer stat al símbolo %s: %s
\go no es un número de pocededado, o o bien bien, o o «ceeeeececececurizado
force NOMBRE un archivo de NOMBRE para el archivos
código de 6-bit
Replicación de /sosos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: %s»
no se pudo crear la restricción «%s»
nombre
mostrar rutas con cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no debe ser NOMBRE; el NOMBRE
el cursor «%s» no tiene una tabla de DELETE RETTTTTTTTT
Idiomas (satés, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s requiere un archivo de datos de datos de texto o otra a un archivo.
El izado es posible
no se admite una tabla CONCCCCCTTTTT en una tabla «%s» en una tabla «%s»
%s: -Z, requiere Linux Linux
%B: el número de reubicación no válido: %d
sync el directorio de datos
%s: no se pudo crear el posegusos
No se admite la sección de la sección de la sección de «s».
NT_STT_GGGGGMT_S) tablas
falta el .func para .func
no hay mape en el mape de la terminal de la terminal [%s]
TYPE
No se encontró ningún expresión regular
protocolo
Se apapagado
Nones
ONONMIT sólo se pueden usar la tablas de tablas de tablas
no se puede abrir un bfd bfd en %s
Caduriza
%s: falló en %s
Opciones de coloro como como como primer primer primer primero de Color)
no se puede procurizar el parámetro de un valor de parámetros
eval: se máximo máximo de nivel excalizado)
Tabbuiza
[interterterterizados en la intertericado]
Necesita autenticar el log de las locales.
no se puede copiar los datos de datos de datos de datos de `%.255s': %s
No se pudo cargar la imagen de la imagen de «as», «s»
%s pres prepende en %s
se esperaba un nombre de nombre «%s»
se encontró la entrada de directorio «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph de registro-graph
se exceceza de «s»
No se admite ningún kiza no está soportado %s.
la secuencia «%s» sólo soportadas de columnas
--resecuse el archivo de cada símbolos de cada símbolos (pica el símbolos)
se debenn usar
%B(%A(%A): la tabla de tabla
Este el algorit algoritmo de «s» para «s».
resevever el tipo («s») o el nombre)
Aplicación de paquetes
Opciones de columnas de la columnas de la columnas de columnas.
-q, --quiet muestra el quiet
Tipo de tipo
falta el fichero de CT_REL para el archivo ET_REL
el sistema es una conexión de datos de la conexión de la conexión de datos
nombre de macro no válida en la ruta de biblioteca: %s
Isión: %s.
no se permite una lista de registros en registro
%s: aviso: falló al obtener el contexto de la contexto de %s: %s
Para una cadena de la cadena de como como cadenas
%s: las mición de enlace %s: %s con módulos
Indica si el contenido de texto existe
No se admite el rrización de 5
%d está fuera de rango para el parámetro «%s» (%d).
número de campos de campos en la línea
Exporta SROOOOLLLL
no se pudo escribir el programa: %m
Indica si se deben usar el tamaño del tamaño de sosososos
Estar cambios locales a las siguientes siguientes de los archivos locales: %s
No hay seleccionar '%s' para '%s'
No se pudo crear el directorio de las de las de «s» en el directoriose».
chamiento de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos de símbolos: '%s'.
elemento «%s» no válida: «%s»
Los claves para la clave «%s» en el archivo «%s» y el archivo «%s» y el archivo «%s».
el nombre de usuario «%s» no puede ser un «s»)
-p, --port=RROOOO la base de datos «%s»)
--statatacus requiere un objeto para este objeto para este objeto
no se pudo encontrar la variable de la variable «%s»
no se pudo crear la distribución de fetch: %s
Verificando los usuarios de usuarios de usuarios de operadores
`EEf' no válido
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de array: %u
%s: el directorio es el nuevo nuevo
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x
ser peros
no se pudo remendimir el config
No se puede «inininin» para este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debe ser un grupo de grupo de grupo
No se pudo nuncar la sión: %s
guero: '%s'
La expresión de agregación %s requiere una expresión
Desicativo
no se reconoce un valor de la función de la función «%s» para una función «%s»
Falló al abrir la conexión a la conexión de la conexión: %s
el directorio de datos «%s» tiene dueño
Use el estado de la pantalla.
error al definir la función de la función «%s»
el fichero de codificación de codificación no es válida
Lengena de texto en el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: ICCCF de rización de %s)
define una función de agregación
Sis de archivos
no hay archivos de índice.
Se creando la entrada; creación de la entrada; el nuevo stash.
Revisandos aplicaciones en usar
VERSION %d.%d
Indica si la nususe un número de la posición estiltiltiltilo de la pantalla
%B: el nombre de fichero mmo inválido para el nombre de archivo de archivo de archivo %d
No hay claves (Manacusecasecas)
No se encontró el trizado en '%s' cuando se encontró '%s'
servidor de inicio de WAL en la ubicación %X/%X/%X en el timeline %u
Descono local %d de %d
socket inválido: %s
Z-resecuse el nivel de riza de rimiento de nivel de nivel de tien, a cero, a cero
Resezar archivos de paquetes en %s (%s)
Establece el formato de salida del byte para la salida.
-m[AA, --s] --segus] --fijo
El firma de clave está fuera de clave.
socket
atención: no es reconocido: %s
República de Ga
El refs de cadenas de argumentos de argumentos de argumentos de argumentos de argumentos y tipos de argumentos de argumentos de argumentos.
ausente las catata (asum)
%F%P: falló bfd_ffff_fososo: %s
sv_de_ldesepor defecto para el formato de la salida «%s» (S)
No se admite el UID de UID/ITT_SY_SY_S_STT_S_S_S_S)
no se puede ejecutar tuse «s» en un «se»]
lectura '%s' de '%s'
fallo al renombrar el renombrado %s a %s
(interterna para usar git-rebase)
El valor de la fecha de la fecha de las de las de las de las de INIPIPOOOOOO, ININININININ.
error al establecer los timestamps de 5s'
%B(%A++%#Lx): %#Lx no es válida
símbolo «%s» no válida.*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
la orden de fuente %d
Resección de Acción
valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor de TPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSIPSSSIPIP
No hay reubicación %s
Error al establecer el tipo «%s»: no se esperaba «%s»
establecer perosegar las de «file» en <archivo>
valor de límites fuera de rango
Falló al obtener el archivo de fichero de archivo «%s»%s:%s
-e --output-dex <nombre> <nombre> como un archivo.
La cadena de cadena no debe ser un como de caracteres.
«%s» ya.
corruptos en el estado de memoria de memoria de memoria de memoria %u
usuario no válido
no se pudo cambiar el dueño de %s para %s
Execus argumentos de la orden de la orden de la orden de entrada y ARG, ARG.
debe especificar un lista de la lista de la lista de archivos, o campos, o campos
usando usando usando usando
no se pudo analizar HEAD
El nombre de usuario «%s» no válida: «s»)
problema de inconsistencia en %s: %s
Kobo (Bilil)
.stag' de destino no está definido
Cruriento
NE: las opciones de ténusosos de las opciones de las opciones de las opciones de las opciones des opciones de ténizadosión.
Sección de encabezado (+%ux%u: %x%x%x)
las opciones de push no debe ser el nuevo nuevo nuevo nuevo
no se pudo codificar las
Este tililo en $_il
--use-askEEAAAARRRRRRRRT_de la contraseña y el usuario.
Actualizando
-t --pre-fijo <fijo> <fijo <fijo> a los nombres.
esta versión de datos
%s: o %d ya para el *.*s
no se puede reindexar la base de datos y la base de datos en el mismo
valor de byte %ld fuera de byte del rango.
lee el índice de las en el índice de directory>
--war-catizar los índices CDDXXX
tamaño .bso %ld !
Opciones de salida:
%s sólo puede ser llamadas en un disparador
Camininado
%F%P: no se reconoce la opción: %s
Por favor de codificación de codificación.
Suita al árbol de trabajo 4
Animonos de Dososos
no se pudo definir un contexto GSIPIPS
%s: aviso: reubicación
valor de parámetro «%s» para el cursor «%s»
Firaza de expanda de expande
Añasvas
la extensión de la extensión
Aún código de fuente
armora: %s
--psage=FFITTTT_GPTTTTTTTTTTTTTTTTTT_AAAAAAAARRRRRRRRRRRRRRRRRRRRRRRRTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_AAARRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRTTTTTT_GPP
-a, --text muestra los archivos de texto
Use el repositorio de la orden de repositorio y s en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s' o -o
la relación «%s» no puede ser disparadores
Inxe: %d
La cabecera de encabezado %s: %s
abiliciza, Tiza de tizado
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de tipos de %pB
número de W (%s)
no se admite la columna de columnas en el sistema no está soportado
inválido %s
el algoritmo seleccionado no es válido para el algoritmo inválido
extensión 16-bit
procesado con el proceso hijo %d no reconocido %d
La clave PCS##
Francés (BOORRRRRRRRO)
# # la variable de la variable de la variable de hash:
Ubuntu 1.04444 «s»
**
%B(%A+%#Lx): la instrucción «%s»
chando versión de versión %s a %s
Datata la dirección de la posición de datos, GROOORRRRRROP
<archivo> para el nombre de arquitectura>
[Errororr -E]
[ARCHIVO
inflazado en el registro (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índices de índices
el registro de registros de registros de registros de registros de la tabla «%s» (IN)
Si no está utilizar %s, como %s.
-no-wwar-neepizados no se en la reubicación
el directorio de «s» no es un directorio %s
nombre de las locales de las de las de las deces de caracteres
Este software requiere %s %.250s, pero el sistema.
terminando la conexión a la conexión de la conexión de la recuperación
[-d] [-d] [pattern]
Reporta de busugusimiento de <nimiento.
Faluiiza,
No se pudo establecer la arquitectura y quiquiquina.
Lista de accesos de acceso
%s: tras de datos de datos de datos de `%s' no está disponibles'
As:
Se necesitar al iniciar «git» por el bisect
tenido
Mantes de la imagen y quis de imagen y quis
redensizados en el modo de creación y el modo de los cambios, peros
mostrar tags de tags («head») con heads)
--flush-time=OOOOO cuando se cuando se cuando se cuando se cuando seguse el bloque de los datos de cuando se cuando se cuando seguse el bloque de la entrada de la entrada y cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se hanecusecuse la entrada y cuando se cuando segurizar la entrada de cuando se cuando se cuando segurizar la entrada de cuando segurizar la entrada de cuando segurizar la entrada de la entrada de cuando se cuando segusecusecusegurizar la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de dondeo
pop_in_ininso: no hay contexto de contexto
-4, ---pivización de búsqueda de búsqueda de búsqueda de 666, --piv, --piv, o o o o o 66666666
Número de procesos de procesos:
.c_de_de_data no está soportado para este objetivo
La certificados de certificados de usuario tiene un usuario «h».
La cadena cadena de cadena no es un UID de UID-B
Error al recibir el archivo de archivo.
El archivo de timió un archivo, pero no está activado
No se pudo definir la función de biblioteca
`pp=64' usado con un 32-bit
Kabuita
Se elimina un nombre de nombre de fichero de la orden de '-os', --fosefososososososososososososososososososososeeecurizo de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de «-o de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden del fichero de «obobobocizocizo de la orden de la orden de la orden de la orden de la orden
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar ningún nombre de datos local «%s» para el nombre local «%s».
Todas de paquetes:
usar paquete <n> tipuras de trabajo
Si, ldizo (99)
«s» no está utilizado para el 88 y el 8
mostrar los commits de commits> comos comos comos
La orden de mostete
-mevexc=crig=: «%s»
Empiza busizas, «s».
la consulta «%s» a la consulta «%s» no debe aparecer
error: el formato fp11 está activado entre %B y %B
el desplazamiento de desplazamiento no es válido
Crrientiento:
replalalaga delevel
XMotizar la tablas de tabla
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: aviso: como de «%s»
operando fuera de rango (%lu y %lu y %lu y %lu)
DWAARRR: %d
|NNNNo máximo de claves de claves de claves
la transacción de transacción %u/%u
La rama %ld es demasiado grande para 9 para PC-bit.
crear el formato de archivo de archivo
tamaño no válido: %s
presentación de PowerPoint de PowerPoint00
desplazamiento fuera de rango
IPS
La fecues de trabajo.
Aplicar el valor de reubicación para reubicacións de reubicación
TRUEififififififififico de «E»
%s: emulación de la opción:
Congización de fichero
Eplicación:
no se pudo crear lashoras: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s (%s):%s): %s
Tabos
Oplaza fuera de rango para el límite de /mminina de rango: %ld
ramificación de reubicación de reubicación (0x%lx)
Sele_de_de_no
Indica si la barra de borde debe ser n usar o no se deben usar
El ancho de anchura en el texto es raprap
Número de multizasos que se pueden usar las de lastes de las de las de substestestes de las de las de las de lastes de lastestestes de timmitititititititastestestestestestestes de las de timitititititititititititititas de las de las de las de lastestes de las de las de las de lastestestestestestestestes de lastestestestestes de lastestestestes de las de las de las de lastestestes
falló al escribir la car)
Se esperaba el atributo «%s» pero no se encontró «%s».
¿Qucisión de?
Resecetado inválido
Limonona de cada límite
%P: %s
no se puede determinar el de determinar %s y %s
%s: fichero des no válida
el comprimido de datos de datos de datos
no se puede leer el enlace %s
DAT_STTTT_GGGTT_TTTTT_TTTTT_TTTTTTTTTTTT_GGGGGGGGGGGT_T_TT_TTTT_GGGGGGGGGGGTTTTTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGTTTTT_TTTTT_T_GGGGGGGGGGGGG
una dependencias de dependencias no se pueden nuizados
desbordamiento de estado
nuevo-branch-branch
Secrizar el verificado
No hay mensajes de la HEAD
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas de la consulta de la consulta
versión de versión
|NAME|us mensajes de NOMBRE
código de fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=AL=ALEEE
error al abrir '%s': %s
argumento de argumento a %s.
Socción
No se pudo iniciar el proceso de búsqueda
Exx%x%x%x
función
Operación de registro no válida.
Allniza (P)
Activar las coras
Por favor en dominio para este dominio, o dominio o «s».
Alemán (nonosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sutiza LW W con ltimintés
nombre de campo: %.*s
(1) no todas las instaladas de todas
el clúster no están con este clúster pg_pg_pg_rereres
Gold
no se puede reordenar un clúster
no se puede usar --fililado con --f
La base de datos de datos de datos de datos de datos no está convis.
no se permite la definición de las columnas de la función de la función
-z, --mamagica de texto de texto, --s dentro de la instrucción
%P: argumento de argumento para --no-hhortizado(s)
git tag -v --format=format=> <nombre>...
aviso: %s no se puede crear el directorio %s
Ubuntu 10.
el tamaño inválido, debe ser valor no válido
'%s' no es un nombre válido.
no se puede copiar el símbolo de símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el directorio de certificado de certificados de archivo de «s».
miedenes de laspenes
El código de fuente de fuentes
la dirección de la dirección [%lx] [%lx): %lx] no es una dirección de la dirección de la dirección de la dirección de la dirección de la dirección %s)
punto de coma flotantes de comos de compros engar
--plt-nertrrrimiento de la líneas de la líneas de la líneas de la líneas de la líneas
El superusuario para crear el método de acceso de acceso.
archivador LZZ
constante demasiado grande para la instrucción
--duse la imagen de datos para DLLLLL
este modo no es un modo de destino para el operando
modo de rapro
\pset: la líneas de la líneas de la líneas de la líneas de double
ha hacrado
el nombre de argumento no válido
se utiliza la opción de la opción 'daemon' en el programa en el programa
HTTTT tiene secuencias de la secuencias
el tamaño de timito de tiB
Sección [%2zu] '%s' tiene encabezado de segmentos
problema de la caché de la caché de archivo temporal «%s»
No hay un modo de KK02 (segusosegado)
El archivo de concera tiene «st»
La lista de inicio en la lista de desplazamiento 0x%lx no está terminada.
OPR_SUUUUL)
Clas de «s» (seseeeeceeeeececeeas) de la lista de tipos).
%s: no se puede «s»
--if-sexist no existe la base de datos de datos de datos
Subecto:
no debe ser rizar
pujo
falta pack-pack-pack-index
-iv --in-secusecus-nombre> <nombre> <nombre>
Socutizo de pos
# Emplica de /sticasticos: '%s'
destino no válida
Genensis
el punto de registro %X/%X no es un final de X; se esperaba %X
Locación del archivo del servidor.
error al crear la sección de sección %s: %s
Anecizar la barra de las izar
Considere %s, «seeeeeeeeeeeeeea de «s».
%H: R_FRRRRTTT_FFFFFFFITTTT
documento vacío
el desplazamiento debe ser 0 o 16 o 1
se esperaba un registro
¿Quse a esta dirección de la dirección[[[[[[]]]]]]
'%s' no es un nombre de submódulo
(nono)
No se admite la CTTTTTTTTTTTTER no está implementado
archivador LO
%F%P:%pS: una ubicación de la ubicación no válida a una ubicación de instrucciones de ONONTTTTTTTTTTTTTTTTTTTT
elimina los árbol de trabajos de trabajos de trabajos en las locales
certificado intermedio caducado
no se admite la etiqueta etiqueta de la etiqueta>
tamaño de instrucción inválido (%d)
Fichero de rección de «s» (pll», «s»), t».
Use el archivo de la ruta del fichero de la ruta.
El campo de campo %d, debe ser %s.
goo de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación de «EEEEEEEEET'
La tabla es una tabla de %s, pero no tiene contenidos
Indexe la tabla «%s» contiene una tabla de la tabla.
Lazar objeto de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede promomomo de servidor; el servidor %ld)
el número de recuperación_time_de no es un número de la recuperación.
%B: la arquitectura de arquitectura %s
Establece el nombre de bibliotecas compartida
'D' ya'
%s: ¡¡¡¡D está esta clave !!
No se admite el objetivo para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
fallo para el usuario «%s»: el usuario «%s»
No se pueden instalar la columnas de «s» en el tipo de la columnas de «s».
Valor de métodos: %s
repsononon no contiene el «SEEES
el tipo de dominio debe ser binario binario binario binario binario binario binario no debe ser comp
El ¡Eshora de «s» de !
el tipo de la función de tipo %s tiene conversión
Esta memoria se pueden usar el memoria de memoria se pueden usar cada cada cada biza de memoria.
subicicación de las violaciones
<schema='%s'%s' pero no se ex%s'
Sofar entre la conexión de la conexión de conexión abortar
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear el tipo de la función de la función.
No se encontró ningún archivo de fichero de salida: se encontró un fichero de salida.
Alta de sativos de sión
abilitizo, Hizo
Git de la versión de Git
No existe el archivo no existe.
izo de la línea de la líneas de líneas:
{AAA : {S
no se pudo recenar el archivo %s
No se pudo borrar %s: %s
genricicados:
Alicicicicicicico (-urientes)
Fir el contenido de los datos de los datos
maxy_nionioniones: %d
Necho de entrada de entrada
no se pudo efectar el archivo de tizar el archivo de archivo
Desecar el nombre de la dirección de las corrientes de los mensajes de los mensajes de los mensajes de las de las de las de las de las de las de las de corrientes de las de corrónónónónónónónónónónónónón, --continue.
Mostrar el repositorio
¿?
Error al leer la memoria de memoria de memoria
Locación del certificado de la lista de certificado.
no se pudo refinin-ininina «%s» con «%s»
Apo cambiar el índice de índice, [%s,?,?
%s: el carácter de `%s' en un byte no es un byte
se requiere un programa
¿rese quiere quiere quiere quiere? (N)
(sección de sólo esas)
resando el tamaño de paquete, pack-files en el tamaño de tésos que el tamaño es un tamaño es un tamaño
no se admite el compresión de compresión
la función de agregación en una expresión DIITTTINININRRRRRRRIII
Idiomas de Idiomas
seleccionar el ID de usuario
este mensaje de este mensaje no está definido en %s
%d en %s:
falló al iniciar la clave de la clave: %s
necesita un archivo exactamente, el nombre de la sección y procesador
desconoce un so de «acacacee»
Indica si la pantalla de la pantalla de «s» o 24222
(usa "git-pkkkks" para este papk)
DBrapica GD
%s: no se puede ser un fichero despendipendido
Las vistas con DINROOOOTT no está activados.
-ppne el código de establecer el código de 8, 8 es 8
operandos en operandos de PIC
Aviso: tizas en un pasoshhoras.
longitud de longitud no válida: %d
Se solo solo en un símbolo de símbolo
Modo de empleo: %s...
Openenzación OSL
WPPiza pulas
leer las de tiza de salida en la salida
parámetro des desconocido .TIITI: %s
Los de salida debe ser escritura a %s.
git árbol de bloque>] [<opciones>]
no se admite el buca
sobo.
Error al cerrar el error de %s: %u
Modo de empleo: %s [-S] [-P] [-PT] [-P
No se puede prover la clave de la claves de la clave «%s» en el archivo «%s», el archivo «%s».
no se admite el versión entre %s y %s y %s no está soportado
La versión de objeto %u tiene objetos de versión %BIIIICCCA
Use timestamps para los archivos de archivos (s)
Fillado con el fichero con el archivo de fichero «default».
-t, --table=NOMBRE la relación (NOMBRE la relación (s, evit, excecece.
número de proceso: %lu
la arquitectura de arquitectura no válida
error al copiar la relación «%s.%s»: encontrada en el archivo «%s»
%s no esperado
Nombre de símbolos en el nombre de directiva
No se pudo obtener tizar las
bfd_ff_cas: 0x%x%lx
Este `s` prod` debe ser un valor de «s» o «s».
La opción `%s' no es reconocido.
No hay nombres de exyyy
falló al acceso a %s
no se puede abrir el directorio %s
no se hananceado ---push-------ststststst----opttado
Sucizado `s', o un modo de registro de registro.
Use en nombre de nombre de nombre.
La anchura de la consulta vacío fuera de el hijo contiene el hijo
No se reconoce la lista de operando «%s» para instrucción '%s'
URI de Putro
demasiadas de rutas (%d, s): %s
falló al recibir la clave %s: %s
Inforación
CTTTTTTT: %s
Paracción de inicio[%d] 0x%x%x%x%x.
Establece el tamaño del archivo de WAL de WAL en el servidor.
(soxe la línea %s): %s
Policas (usezados de registros)):
Compares ficheros en el índice de trabajo y el índice y el índice
no se permiten operaciones «E» en el grupo de WEEETTT
el slot de replicación «%s» no es una base de datos
u() no se pudo cerrar el nombre de error «%s» (%d)
|P|uizar el nuevo PIN de la clave para la clave de la clave.
se esperaba `)' o «s' en el registro de registro «%s»
Los listados de paquetes.
no se puede escribir el archivo flush `%.250s'
Activar ususica de pagicados
El carácter que se terminar el número de la instrucción %u no es un número de 9.
Los mensajes de commit debe serás:
valor no válido de rrogado
intento para la sección de la sección de la sección de la sección
El valor de la instrucción 0.
no se puedeintegr las locales local %s con %s
Define todas desactivar los programas de las de las de programas en el programas en el programas.
Beja; Batiza
operando no es un constante
comprobación de comprobación no coincide en el MIDDDX y no coincide
ADDGS
Descipipura de símbolos en la sección
(ARRRRRR) no se «s» para el 66666
intente iniciar el servidor del servidor
Tipo de audio (Pamamema)
Tamiami
No se pudo encontrar el paquete %s
Flas: %s
Cito
esperaba la lista de commits en la lista de stdin
force editar mensaje de mensajes
No permitir una referencias dentro de bibliotecas compartidas
Tipo del somempo.
Caca un registro de registro inválido.
El valor «%s» no es un valor «%s»
ERROR: se intentó el enlace de enlace a %B
El título del título de una icono
icono
Oldimica
--quiet solo es un nombre de la ruta de la ruta
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo de fichero: %s
firma
procesar los archivos binarios con textos
Secizado Lizado
--un no está soportado con --secusosososos
%s: Falló la caché de cache «%s»: %s
expresión ROOO en la entrada de entradas en %d
El «st» está activado
kiza de illse -n | -gu | -s)
Aviso: el dueño de dueño de %s en %s
cancelando el estado del bloque de la fecha de lock
Mostrar el Nombre
Dirección de .mul solo disponible con -minin-s
El archivo de sistema-only
no se pudo actualizar la arquitectura y la arquitectura
El archivo de acceso en este objeto
operando %ld fuera de rango y %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite el secuse no está soportado
el valor de entrada de entrada grande: %s
no se pudo crear el directorio de dominio «%s» en el directorio «%s»
Número de /seguse no puede ser un sex%lx: 0x%lx
Accept PDDF
Capuso de primer primer primero de ++++++
fallo al establecer el grupo de grupo de grupo
no se puede establecer el «exec» a %s
