Si el botones que se debe ser los botones
Insamamas de LEanas
no se pudo crear el archivo '%s'
El dominio para el dominio o dominio o dominio o dominio
%s no puede ser aplicar a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --verbose muestra los espacios de las aplicaciones de las
no se puede usar la expresión de la expresión de la expresión
Descasemeglas de «s»
El archivo del archivo se ha dudado
(acuiza desatidad)
Excioniones de eventos
tipo inesperado `%c' en el tipo de precicación
Error al leer el archivo de fichero %s: %s
procesado de proceso de proceso
validas de datos con PAAA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear el archivo de archivo %s
***
Error al iniciar el tipo de %s: %s
push ref ref ref '%s' para '%s'
Monma de Kimansos
la base de datos %s
No se puede rizo
la clase de «s» no válido
Por favor de clave de clave actual:
--ceccccccce un nombre de rama
Define el número miegue el clúster en el nuevo clúster
CRRR, USocurizo de Sobos
Indica si se deben utilizar la líneas de la líneas, líneas de word
Capuso para la claves shhhhhhabiabiabiabilis)
La secuencia del servidor de la secuencia del servidor
Cdrom con Ubuntu 9.1010 «Kamadico
Tawana
las opciones -C/--create y -v-create-sesese no pueden usar las opciones
Mover un directorio o un directorio, o un directorio
Nexisyye la dirección de la dirección de la dirección
Pamama de Zano
El número de la pantalla de la pantalla después de la pantalla.
Vilas
El formato de talalalals de las fechas, -mizados -t, -t, -t, --a el mismo que -t, --a el mismo mismo mismo mismo que -t, --s, --atizatiza el nombre de multizatiza el nombre de las, --atiza un nombre de la cor defecto, --tartartartartarget-conconconconconconconconconconconconconconconconconconconconconconce el mismo mismo mismo mismo espacios -talalalalalalalalalalaltizar el nombre de una cor defecto, --calalalalalalalalaltizatiza el mismo mismo mismo espacios -tiza el nombre de una cor defecto, --s
el archivo no está instalado, pero el compresión de compresión de compresión
Cololols y pididsos
línea de línea no válido %s
No se admite las URL de W-push no está instalado
Temeza de :
la página de la salida en la salida de la salida de INCCCIN
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de 'cacat' no se permite un valores de caracteres
destino
Xalias de alias
core y opopros en el longitud de 32 bits.
deso: se ha «silil» tiene ripriprizados
Autos de trabajo no se hacuimiento de trabajo.
Francés (Suizado, sin teclas muertas)
local
Sección [%2d] '%s': IN_GBOOO_RRRRRRRRRT_S_S, pero sección
operandos no puede ser intiferido en el tipo
inicia_pepizo: pg_pg pg
no se puede encontrar el primer primer primer primer registro de registro GST
Modo de empleo: --at=SHHacacatatal con --amistetemistemiste
el archivo de ruta de la ruta de archivo
no se puede iniciar %s
No se pudo cambiar el marcado en la función «%s» para el URI «%s»
Modo de empleo: %s [opciones](s)
la opción '-c%c' requiere un argumento entero
No se reconoce IN_INTTTTT_ONFIT_G
No se permiten definir un símbolo de los símbolos de símbolos en el archivos en el archivo
opción --on-conflict-conflicts requiere la opción --s, --setrse-se-setrse --no-sert-se-se-setientes o --no-setrsetrsetrrrientes o --no-inse --no-setrse --no-se --no-insetientententes --no-setrse --no-se --no-inse --no-se --no-setrientententrrrrrrriententententententententes --no-se --no-conflictse --no-conflictsetrse --se --no-inse --no-conflictse --no-conflictsee
clave %s: la clave «%s»
el índice de versión %d
Se especificó una protocolo
Francés (alal)
Rececar la ventana de la ventanas de ventana
-a, --allalle la base de datos
<stringido de tabla: %ld
Poamina para el punto de sostica de «s».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera extendida de encabezado: falta la cabecera
--no-sifififizados en el modo de «s»
Esto de elementos en el elementos en el potalalal
no se pudo actualizar HEAD o '%s'.
-min=nombre> Establece el tipo de 888, 88, 8, 8, 8, 8, 8, 811111111111, 8, 8, 811111111111111111111111111111111, 8, 85555555555555555555555533333333333333333333311111111111111, 84444444111111111, 811111111111111111111111000000
<lasebe>
Se esperaba un argumento
Tipo de %s no implementa «s» en el Gososeecaca
fallo al analizar %s
Tamaño de xix
la instrucción no es un modo de destino
abortando la transacción actual
kipizado de claves: %lu
no se admite la comprobación de '%s'
El número de registro de registros a un widget
kización de WAL (LSN) %X/%X
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.
Marando %s
discriminas de cero
El inmediato está fuera de límite a 0555555
-f, no puede ser dusilados con -ar
Maporashorashos de los archivos
%s requiere un valor numérico
Lista de la opción XKB
multiplo escribir el mismo registro de registros
%B: el número de reubicación no válida: %d
kabuiza k2
-X, --exclude-dir-or-ortrizas de la lista de la lista de la lista de la lista de las
tipo: %s
diversión de %s: %s
%s clave %s se utilizar un hash %s (%zu)
abortado por por por el límite de memoria
instrucción requiere el índice
debe ser un árbol de sparse-check-check a un tipososo
el tablespace para el tablespace %u no se pudo eliminar el tablespace
--stacional <size> Establece el tamaño de la pila
el índice no debe ser usado en modo de la dirección de índice
atención: %s contiene un puntero
«CCCSP» de '%s' de '%s'
el valor de campo de campo: «%s» fuera de rango «%s»
define un nuevo nuevo nuevo nuevo operador
no se admite la sección de sección en %s: %s
Incacaseg_resosecececección de %s (s)
Internizar: error de errores de la carshora «%s»: «%s»
Datizado.
Bendicos
documento de Aportos
la sección de sección [%u]
ref_de_h_opciones>]
%s: se ha visión de '%s' en lasión: %s
Verto: %s
Viece nombres
no se puede abrir el nombre de %s para lectura
la clase «%s» no es un tipo de datos %s
Pacas no debe ser un soseclas (s)
Error de SDDDD
¿, --help[[[[[[OOOO]
Vutica de Ajustica
Símbolos de una instrucción para instrucción
no se puede borrar el vie de la «%s»
la función «%s» debe ser  INSERT
Seguando instrucción o instrucciones o instrucciones
no se pudo analizar la lista de la lista «%s»
valor inválido para la opción '%s': '%s':
Colola de encabezados de «s» para lasckkkks
huse páginas no está soportado en este pos
Mocuté un YTPT
No hay símbolos de símbolos en la sección
Define el número máximo de la multimiento de trabajo.
Modo de empleo: %s [OPCIÓN]... [NOOOO] [ROOOO] o bien: %s...
dede_de_de_acaca
el archivo «%s» contiene una cadena no terminado en la cadena, terminada %s
el cliente seleccionado como «S» no válida
carácter de caracteres inválido
Define PRRRRRRRRRRRO en el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixfixse de «gits» y --continue»)
revisado no es cero
archivador CPO (comprimido)
la función de agregación no puede ser un argumento de %d
%s necesita un parámetro
No se pudoguización de la sección de la sección
Dirección de tabla:
Uriza (Puk, NL)
Desizar el repositorio
<uno>
--entry <natizatiza el punto de entrada
cambia la definición de búsqueda de texto
no se pudo iniciar %.250s
error de sintaxis de la sintaxis inesperado «%s»
Aplicar cambios de dibido por el commit de commit
Los valores son son entre «%s» y «%d.
no se encontró entradas
tamaño de objetos
Musoso de nivel 555
ATENCIÓN: esta clave no es una clave de confianza
los nuevo antiguos de pg_existentos de la relación no son válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono del icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de datos de parámetros de valores de valores
Tempo de fallo al leer '%s' de '%s'
El primer primero de la ruta de la ruta de usuario
Establece el desplazamiento de desplazamiento y el segmento de entrada y segmentos de sólo lectura
la relación «%s» ya existe en el valor «%s»
La opción -l y -l y -d.
no se permiten funciones de funcións de las funciones de «res» en expresiones
Kuréria (S, Fria)
comprimido
Establece el tamaño de la tabla de la tabla de la tabla <NBMMM
Si quiere quiere el directorio de WAL, el directorio «%s» o se eliminar el directorio «%s»
|adit-relog-resoscurrriB
(soso: %u)
ATENCIÓN: el directorio «%s» en el directorio «%s» en el fichero de configuración '%s»
úse un paquete
-mno-[%s]%s]
Chata
Actualizar la fecha de acceso y la fecha del FICHERO
el mensaje de pososososión de «s» pero el formato de «s»
Laio
%s: fin de entrada inesperado en el archivo de entrada
contador de registros no puede ser nullTTTTTTTTTTTTTTTT
\pset: líneas de columnas de la líneas de la líneas de double
No hay elementos de software.
-d, --dbname=NOMBRE base de datos para la base de datos «%s»)
no se esperaba un contexto de la línea de la línea
%B: poclas de reubicación de reubicación %s
la dirección de la dirección de regex
El servidor es probó un YY.
el ordenamiento «%s» no existe para la codificación «%s»
Mistes comas comabula de bulas.
%s Muestra el límite de memoria es %s.
|VUUUL|UUUF para la clave para la clave
cancelado por el usuario
Kulenguaje de K
el índice es demasiado grande para el índice
República de Numume
Execta el argumento de argumento de argumento
el nombre de símbolos con el valor de «s» no debe ser un `ps'
-P PASSAAAAA de registro de registros de registros del servidor
Alemán (Bone, zatiza el registro)
puntero de registros de registros
.endient sin directiva .cientado con directiva
Runo en un directorio de pg_pg_backup.
Error al cerrar el valor de la carososostex: %#x.
%s y el nombre de archivo de tusitos
kipipiza fijos en esta instrucción
símbolo%d
-32 crea el fichero de 3222 64 el fichero 64
OPRR_RRRR (secicicicicos)
el modo %s (%s) no coincide el modo de modo %s)
nombre de nombres, nombre: %.*s
[ARGARGG
no se admite la sección .ccnne en la sección de segmento
Necesita autenticar los parámetros de software
Necesita autenticarita para el sistema.
estrategia de compresión desconocida '%s'
compende <pendizado> en el árbol de trabajo: «por»)
no se puede ONONFIITTLLLL con una tablas que se pueden usar con la reglas
[ stack de pila]
no hay argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» del valores de la columnas de la columnas
proced_de_de_de_name
%X%P: no se pudo hash_hash_reo: %E
ININTPRRAAA
no se puede nnnnar las grupos
%B: emplear de campos de campos (%#lx)
se debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s y %A
(mama de clave %s)
Funcción de la rección de lasión.
--%simas de argumentos de argumentos de argumentos (bos)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar encontrars en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra muestra la salida de salida
se esperaba un mensaje de mensaje de word
No se encontró una instrucción
Runa no hay modo de modo de «s».
SPUU: --asepamamasos de la emulación de la emulación de la emulación de la emulación de las
Mecera de las
.T_OOOO debe ser un objetivo
Manana
Francés (Dava)
el valor no se puede utilizar el valor de código para el valores «os».
%s: falta el archivo.
iniciando la flujo de WAL en %X/%X (s)
No se encontró la cabecera XPM
se esperaba un 64-bit SIDDDD de registro de registro de precal
Tipo de sprimimiza de PAAAAS
codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla de GDDD
Estecito sólo puede utilizar la versión de la versión de la versión de la versión de la versión de la versión del PostgreSQL.
Qualalso:
no se puede generar un código operacional para el código operacional
free: el tamaño de inicio y el tamaño de fichero de diferencias
Establecendos
Tipo de reubicación %s
argumento no válida
No se pudo leer el sockets: %s
no se puede establecer el conjunto (create)
SHO_W_LLLLLLLLLLL) en la consultas de la consultas de la consulta
Este tags que contiene un nombre de «s».
no se puede usar la instrucción con este instrucción
el alternativo %s: no puede ser un so: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser '%s'.
establece la rama de la rama a la rama a tras
Se compresión de paquetes en el repositorio de tizada para timiento.
El tamaño de GSIIII cero
el tamaño máximo para el tamaño de datos %s
%s no existe
-SOOO ensambladordor para el código de objetivo SOCCCCCCC
%B: no se admite el tamaño de memoria de memoria de memoria %#Lx a %#Lx
Falló la generación: %s
se pudo escribir la dirección de firma
Necesita autenticaritas de la imagen y quis locales.
Taca de Y de Y
Funa el archivo '%s'.
Por favor en el número de componente de la componente:
No se han detectado las comillas de las comillas.
República de Gmama
No hay rizar (Suna 7)
definición de mensaje duplicado
Bros paquetes
STC_N_POPPS (almacena con +)
Replicación de /endipendipripr
Motiza como tables
no se puede eliminar el columna de columna %s en columnas
formato de mensaje inválido
el directorio de control tienene %s (03333333307)
El número máximo para el número de retortorno de retorno_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_rese()
%s Ex%08s:
ignorar refs que coincide con <papapas>
Tinito y rinoso
rango
3-bit fuera de límite
-f, --fise-ld=SUUUUL en el campos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -SILLL)
no se puede rrizar las directas
Ordizados:
Grerereres de kll
dede_mita
stat procicado procicado (no)
la definición de una lista de la función de la función de agregación no es un nombre de agregación
no se pudo analizar la revisión %s para %s
valores de claves de la clave «%s»
Activar
Opciones y opciones de salida:
stabletabletable
Resereras privados para usars (pend)
el desplazamiento tiene el desplazamiento %zu
splitInex.
reseprosononos (seconononas)
bus: expaca expas
debe ser dueño de búsqueda de texto %s
%s no se admite el modo MIPS
Error: el largo de la cadena de cadena no válida.
Anutua y Busos
sólo se necesita un elemento para el elemento «%s»
-n, --netripico de PID, --verbose muestra los nombres de PID, --s de PID, --s de PID, --s, --s de PID
imagen de comprimidos de «s»
no se pudo encontrar el bloqueo %d en el archivo de los archivos des des de entradas de entrada de entrada des desos
documento de Pocibo de W
Se rizado el archivo de fichero de fichero: %s
No se pudo eliminar el archivo de fichero %s
se recibir el archivo de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error %d
%s: valores: el campo «%s» no debe ser ser mayor que %d
Suso de Susos
pack de paquetes
trasila(s) añas)
No hay candidatos para jeguiza un ref que segus.
se recibir los datos de datos GSPSSSIPS
tiempo del servidor
No hay refs que no se hacuizar la configuración %s en la configuración de la configuración.
Retimea
la copia de trabajo '%s', seguizar el tizado de trabajos
«%s» no puede ser menos»
No se encontró ningún elemento
No se puede padizar el archivo «s»
-E, --enden=COOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo [-os] [DDD] para la salida de la salida estándar (-line)
Necesita autenticarita para la cargar de tuera de cargar de cargar de cargar de cargar a la cargar a la cargar.
el array debe ser un array
No se exalizar el viso
Kids
no se admite la entrada de entrada de entrada
Critado a través de cadenas. Esto se deben usar la cadenas de la cadenas
Si debe ser un símbolo global.
Ubuntu 12.044 «re»
La versión de protocolo de protocolo de protocolo %d.
Indica si se debe ser menos en el widget
Calala de CaG
Euro en rizo
.COMMonona de límite (%lu) está fuera de rango
CTT_TTTLLL)
No se pudo interpretar la ruta de la ruta «%s» («s»)
%s tiene la función de columna %s pero la columna %d
Muestra un botones para el botones de rizo de la riposión de rito
Si es un nombre de claves de la clave se pueden *soseeguizar el nombre de usuario.
Opciones de hijo
Runa de orden de orden:
No se pudo procesar el procesar
No se puede ejecutar %s (%s)
No hay marca.
permiso denegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar la icono: %s
FORECCCCA de array
--olleleleleles en replicación
Modo de índice no válida en el índice
Quizado de bus (usececececececus).
Xnea
Mistizando un atributo de atributo
el archivo `%.250s' es rupupupto %d)
Dibiizado
Tamononas de sosos
añadir el tamaño de la dirección de 64bit
Aplicación: %.*s
El valores de pg_controlsos:
*** *** ***
la opción no se admite la opción push
Celísticas
shell
terminación de entradas con NUL
no se pudo restaurar el directorio de trabajo %s
La instrucción número de directiva %u, no puede ser un campo '%.
Desezados de las
--no-pattern no se puede utilizar el slot de replicación
el hijo y el hijo %u
ubicación de ubicación
No se pudo cambiar el directorio de la líneas. Por favor favor en la línea en la línea de la línea de la línea de línea de línea de línea
emplea -mcpu=ar62
error al leer el archivo de cache '%s' para lectura: %s
zaza de cada rango
puy_de_de_cuso: %s
-F, --format=F' para el formato de archivos (por defecto, o `s')
Datata: %s
archivo regular
Alemán (acaduso un
no se reconoce la tabla de la tabla de la tabla: %d
Opciones de «stst»
Oiimano
<%s <%s> ya existe
%s de índice.0s de índices de índices de %u páginas.
La clave cuando se cuando hay un primero
Modo de empleo: %s...
Muestra los símbolos de símbolos definidos
kipizar todos los directorios de líneas en la líneas
No se puede hacer stat al símbolo: %s
\go no es un número de pocededado por un número de po, o bien, o o bien
NOMBRE un archivo de NOMBRE para un archivos de archivos
código operaciones 26-bit
Replicación de /soso
%s: No se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: %s»
no se pudo crear la restricción «%s»
nombre
mostrar rutas con cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no debe ser NOMBRE; el cadena de cadena
el cursor «%s» no tiene una tabla de DELETE RETTTTTTTTT
Idiomas (sininina, teclas muertas)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un formato de datos de datos de texto o otra a un archivo.
El izado es posiblemente
el ONONFIICCTTT no está soportado en una tabla «%s»
%s: -Z requiere Linux
%B: El número de reubicación no válido: %d
sync datos de datos
%s: no se pudo crear el posososos
No se admite la sección de la sección de la sección de «s».
NT_SMT_GSTTTT_GAA)
falta el .func para .func
no hay mape en la terminal de la terminal de la terminal %s
TYPE
No se encontró ningún expresión regular
protocolo
Se apapagado
Nones
ONONMIT sólo puede usar la tabla de tablas de tablas temporals
no se puede abrir un bfd en %s
Caduribo
%s: falló en %s
Opciones de coloro como como comobusososobado)
no se puede procurizar el parámetro de un valores de «T»
eval: se máximo máximo de nivel de nivel excalals (%d)
Tabuibbo
[interterterterizados en la interterizada]
Necesita autenticar las locales de las locales.
no se puede copiar los datos de datos de datos `%.255s' para %s
No se pudo cargar el archivo «%s»: la imagen de «s»
%s prependipende en %s
se esperaba un nombre de nombre «%s»
se encontró la entrada de directorio «%s» en %s
no se puede usar el índice «%s»
%d-graph de registro-graph
se exceza la «seeee»
No se admite las kiza no está soportado %s.
la secuencia «%s» sólo soportada
--referiza el fichero de cada símbolos de cada símbolos
debennn
%B(%A(%A): la tabla de tabla
Este el algorit algoritmo de «s» para «s».
resover el tipo («s») o el nombre)
Aplicación de paquetes
Opciones de columnas de columnas de la columnas de columnas.
-q, --quiet muestra el quiet
Tipo de tipo
No se ausente el fichero de kT_REL
el sistema es una conexión de base de datos a una conexión de datos
nombre de macro no válida en la ruta de biblioteca: %s
Ca contraseña: %s.
no se permite una lista de registros en registro
%s: aviso: no se pudo obtener el contexto de %s: %s
Para una cadena de como como cadenas
%s: la extensión de enlace de enlace %s: %s
Indica si el contenido de texto existe
No se admite el rrización de 5
%d está fuera de rango para el parámetro «%s» (%d).
número de campos de campos en la línea
Exporta SBOOOLLL
no se pudo escribir el programa: %m
Indica si se debe deben ser tamaños de tamañosos
Estar cambios locales a los archivos que serían sobrescribir la ramas de los commits.
No hay seleccionar '%s' para '%s'
No se pudo crear el clúster antiguo para el usuario antiguo antiguo antiguos de los clúster antiguo antiguos.
chamiento de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento «%s» no válida: «%s»
La clave «%s» para la clave «%s» en el archivo «%s» y el archivo «%s» y el archivo «%s».
el nombre de usuario «%s» no puede ser un carácter «%s»)
-p, --port=ROOORRRRRRRTT: «%s»)
--statatata como exec requiere un objeto para este objeto
no se pudo encontrar la variable de la variable «%s»
no se pudo crear la distribución de fetch: %s
Verificando el usuario de usuario de usuarios de operadores
`EEs' no válida
Sección [%2d] '%s': referencia de sección no es una tabla
versión de array: %u
%s: el nuevo diccionario está activado
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x
debe ser peros
no se pudo definir la configuración de configuración
No se puede «inininin» para este servidor
%B(%A+%#Lx): %s
Indica si el elemento debe ser un grupo de grupo de grupo
No se pudo nuncar el nizar: %s
guilo: '%s'
La expresión de agregación %s requiere una expresión
Código
no se reconoce un valor de la función de la función «%s» no es un valor «%s»
No se pudo abrir la conexión a la conexión a %s: %s
el directorio de datos «%s» tiene dueño
Usando «s».
error al definir la función de la función «%s»
el fichero de codificación de codificación no es válida
Líguizar el texto en el texto
Los archivos de parámetros de parámetros de configuración.
%s: ICCCAA de %u después %u)
define una función de agregación
Sisión de archivos
no hay archivos de índice.
Se creando la entrada de la entrada; el nuevo nuevo stash.
Revisandos aplicaciones en las
VERSION %d.%d
Indica si la nuse un número de la posición estiltiltiltilo, tizado
%B: el nombre de fichero mmo inválido para el número de archivo %d
No hay claves (Manaseasecasecas)
No se encontró la catrupto de '%s' en '%s'
servidor de inicio de WAL en la ubicación %X/%X en el timeline %u
Descono local %d de %d
socket inválido: %s
Zo el nivel de «s» no-in» en el nivel de 2.
Resezar archivos de paquetes en %s)
Establece el formato de salida para el byte.
-m[[A, --s] --segus] --fijo de «s» o «psesesesoso «sesesegsegsegsesososososegse un valores de «user» o o bien bien bien bien bien bien bien bien bien bien bien «user» o «user»
El firma es una clave de clave.
socket
aviso: la línea de línea no es reconocido: %s
República de Ga
El argumentos de cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
ausente las catata (asumas)
%F%P: falló bfd_fff_fososo: %s
no se puede lden_eeppor defecto para formato de campo «%s» (S)
No se admite el UID de UID está disponible en el rango %d.
no se puede ejecutar tuse «op» en un «se»]
lectura '%s' de '%s'
no se pudo renombrar %s a %s
(interterne para usar git-rebase)
Reporta una fecha de la fecha de las de las de las de la fechas de las de ININIPIPIC: INININ.
error al establecer el timestamps de 5s'
%B(%A++%#Lx): reubicación de reubicación «%s»
símbolo «%s» no válida.*s»
no se pudo finalizar el archivo «%s» del archivo «%s»
desconocida %d desconocido %d
Relacción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor de TPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSSIPSSIPIP
No se encontró reubicación %s
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
establecer perosegar las fechas de <fichero> en <fichero>
fracción de límite fuera de rango
No se pudo obtener el archivo de fichero de archivo «%s»:%s%s»: %s
-e --output-utput-name> Genera un archivo de archivo.
La cadena de cadena no debe ser un carácter vacío.
«%s» ya no está definido en la retototo
corruptos en el estado de memoria de memoria de memoria de memoria %u
usuario no válido
no se pudo cambiar el dueño de %s para %s
Excecus argumentos de la orden de la orden de entrada y ARG.
debe especificar una lista de la lista de archivos, o campos, o campos
usando usando usando usando
no se pudo analizar HEAD
El nombre de usuario «%s» no válido: sosososososos (pos)
problema de inconsistencia en %s: %s
Kobo (Bilil)
.stag' de destino no está definido
Cruriento Color
NE: las opciones de rusosososososososososecuizados de la versión de la versión del sistema.
Sección de encabezado (++%u: %u 0x%x%x)
la opción push no debe ser la líneas de la líneas
no se pudo codificar las
Este «ililililo en $_ilo
--use-paseckEAAAARRRRRRRRRNNNN_GGGGG.
Actualizando
-t-fijo --prefix-fijo <fijo <fijo> Use el nombre de archivo.
la versión de datos de datos
%s: el *so para «%s» y *s»
no se puede reindexar la base de datos y la base de datos
valor de byte %ld fuera del rango.
el índice de las en el índice
--war-cacizar los archivos CDDXXX
tamaño .boso %ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador trl
Caminina
%F%P: opción no reconocido: %s
Por favor de codificación de codificación.
Suita al áreea de trabajo
Animonos de Dososos
no se pudo enviar un contexto GSSIPIPS
%s: aviso: se asignación de memoria
valor «%s» para el cursor «%s»
Firaza de expanda de los bans
Añasvos
ID de extensión de extensión
Aún código de fuente
imora: %s
--psage=SFITTTT_GTTTTTT_STTTTT_GP
-a, --text muestra los archivos de texto
Use el repositorio de la orden de repositorio y «cacacafas»
Sección [%2zu] '%s': referencia de sección no válida
-%s' o -o
la relación «%s» no puede ser disparadores
Inso: %d: %d
Mal formado de encabezado %s: %s
abiliciza, Tizadizo
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de recorrido %s
número de W (%s)
no se admite la columna de columnas en el sistema no está soportado
no válida %s
el algoritmo seleccionado no es válida
extensión 16-bit
procesado con estado de trabajo no reconocido %d
PCCS##
Francés (BOOO, ARROOO)
# # la variable de la variable de la variable de dispersión:
Ubuntu 1.04444 «seee»
***
%B(%A++%#Lx): la instrucción «%s»
cho de versión %s a %s
Datatata la posición de la posición, GOOOOORRRRRO
<archivo> para el nombre de arquitectura>
[Errrripr]
[ARCHIVO
inflazado en el registro (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índices de índices
el registro de registros de registros de registros de registros de la tabla «%s» (IN)
Si no está utilizar %s, como %s.
-no-war-nseeepizados no se en la reubicación
el directorio de «re» no es un directorio %s
nombre de nombres locales de las de la caceses de las de caracteres
Este software requiere %s %.250s, pero el sistema, pero el sistema.
terminando la conexión a la conexión de la conexión de la recuperación
[-d] [-d] [pattern]
Reporta de busugusimiento de <nombre>.
Faluiizando,
No se pudo establecer la arquitectura y quiquina.
Lista de accesos de acceso
%s: tras de datos de datos de datos de `%s' no está disponible
Aso:
Se necesita de iniciar «git» por el bisect
tentenido
Mantes de la imagen y quis de imagen
densizados en el modo de creación de los cambios, «s»
mostrar tags de tags («head») con heads)
--flush-timeout=OOOOO cuando se cuando se cuando se cuando se cuando seguse el bloque de los datos
pop_in_ininso: no hay contexto
-4, ---pipiv44444, o o o o o o o o 6666
Número de procesos de procesos:
.c_de_de_data no está soportado para este objetivo
La certificados de certificados de usuario tiene un «h».
La cadena cadena de cadena no es un UID-B
Error al escribir el archivo.
Moncizar un archivo de archivo, pero no ha cambia cambiado
No se pudo definir la función de biblioteca
`pp=64' utilizado con un ABI de 32-bit
Kulala
Se elimina un nombre de nombre de fichero de 'os' para la orden de 'osososososososososososososososososososososobososososooooseeeeeeeeeecce el nombre de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de 'ocizo de la orden de la orden de la orden de la orden de la orden del fichero de «oceeeeee
Mostrar la cabecera de programas
ID de usuario: «%s»
El sistema no se pudo encontrar ningún nombre de datos local «%s» para el nombre de datos «%s».
Todas de paquetes:
utiliza <n> nipuse el árbol de trabajo
Si, ldo 9 (99)
el «s» está utilizado para el 88 y 8
mostrar el commit de commit> como como comos como de rimina
La orden de mostentes
-mevexcrig=: «%s»
Empiza busizas, «s».
la referencia recursiva a la consulta «%s» no debe aparecer
error: formato fp116 y el formato de %B y %B
el desplazamiento de desplazamiento no es válido
Crientrriento:
replalaga referencia de nivel
XMotrifificos
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: aviso: como de «%s»
operando fuera de rango %lu y %lu y %lu y %lu
DWARRRR: %d
||NNNo máximo de claves de claves de claves
la transacción de transacción %u/%u
La rama %ld es demasiado grande para 9 para PC-bit.
archivador el formato de formato de archivo
tamaño no válido: %s
plantilización de PowerPoint00
desplazamiento fuera de rango
IPS
Techa de trabajo.
Aplicación de enlaces para reubicacións de reubicacións
TRUEifififififificos de «Sost»
%s: emulación de la opción:
Congización de ubicación
Eplicación:
no se pudo crear lashoras: %m
no se puede sobrescribirscribir el directorio %s con %s
%s (%s):%s): %s
Tabuso
Oplaza fuera de rango para el límite de /mivos: %ld
ramificación de reubicación de reubicación (0x%lx)
Sele_de_rese
Indica si la barra de borde debe ser o no deben usar
El ancho de anchura en el texto es rapraprara
Número de las aplicaciones de las aplicadas que se pueden usar las de lastes de lastes de substestestestes de lastes de lastestes de lastestestestes de substestestestestestestestestestestestes de las de subtimititititititititititititititos de las de las de lastestes de las de lastes de lastes de lastestestestestestestes de lastestestestestes de lastestestestes de lastestestes de lastestestes
se pudo escribir la car)
Se esperaba el atributo «%s».
¿Qucisión de?
Resediddico no válido
Limonona de cada límite
%P: %s
no se puede determinar el de determinar %s y %s
%s: fichero des desos
comprimidos de datos de datos de datos
no se puede leer el enlace %s
DAT_STT_GMTT_RELOOOOT_TTTTTT_GGGGGT_GGMMTTT_C_C_TTTTTTT_N_GGGGGGGGGGGGGGT_GGGGGGTTTTTTT_GGGGGGGGGGGGGGGGGGGGGT_TTTTT_TTTTT_C_C_C_C_GGGG
una dependencias de dependencias no pueden un dependencias
«s»
nuevo-branch-branch
Serizado el verificado
No hay mensajes de la HEAD
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas de la consulta de la consulta
versión de versión de versión
|NAME|us mensajes de NOMBRE
OCCCCA
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUUEEE
error al abrir '%s': %s
argumento de argumento a %s.
Socción de rción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x
función
Operación de registro no válida.
Alniano (P)
Activar la coras hot
Por favor de dominio para este dominio, o dominio o predeterminado.
Alemán (no)
se esperaba ROM o IN
el slot de replicación «%s» no existe
Sabutiza de WW con ltimino
nombre de campo: %.*s
(1) no hay todas las todas de todas
el clúster no están disponible con esta versión de la versión del pg_reres
Gold
no se puede reordenar un clúster
no se puede usar --fililado con --f
La base de datos de datos de datos de datos no es válida.
no se permite la definición de las columnas de la función de la función
-z, --mamagica el texto de texto, --s dentro de la instrucción
%P: argumento de argumento para --proshor-relax(s)
git tag -v --format=format=> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10.10
el tamaño no válido, debe ser signo
'%s' no es un nombre válido.
no se puede copiar el símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de certificado de certificados del archivo de «s».
miedenes de laspenes
El código de fuente de fuentes
bización [%lx] [%lx): %lx] no es una dirección de la dirección de la dirección de la dirección %s)
punto de como flotantes de comos de compros
--pltal-nsos de la líneas de la líneas de líneas de líneas de líneas
El superusuario para crear el método de acceso.
archivador LZZ
constante demasiado grande para la instrucción
--duse la imagen para DLLLLL
este modo no es un modo de destino para el operando
modo de rapio
\pset: valores de la líneas de la líneas de la líneas de double
ha hardado
el argumento no válida
se utiliza la opción de la opción 'daemon' en el programa
HTTTT tiene secuencias de secuencias
el tamaño de timiB es 0
Sección [%2zu] '%s' tiene encabezado de segmentos de segmentos
problema de la caché de archivo temporal '%s': %s
No hay cambios de K02)
El archivo de concera tiene «st»
La lista de inicio en la lista de desplazamiento 0x%lx no está terminada.
OPR_SLL (almacena)
Clas de «s» («s») lista de tipos de tipos de tipos).
%s: no se puede «s»
--if-exist no existe la base de datos de datos de datos
Subecto:
se debe ser riza no debe ser vacío
Posición de patrón
falta pack-pack-pack-index
-iv --in-secusecurivo> Des de la sección de la sección
Esto de pocrerereres
# # Ilticas/pasticos: '%s'
destino no válida
Genensis
el punto de registro %X/%X no es un final de XX
Locación del archivo del servidor.
error al crear la sección de sección %s: %s
Ancha de la barra de ixizos en el pox
Considere %s, «seeaseeeeeeeeeea de la cazazaza de %s.
%H: R_FRRRRTT_GFFFFOOOOOOOTTT
documento vacío
el desplazamiento debe ser 0 o 16 o 1
se esperaba un registro
¿Quse a esta dirección para esta dirección[[[]]]]]]]]
'%s' no es un nombre válido
(nono)
No se admite el CTTTTTTTTTTTER no está implementado
archivador LO
%F%P:%pS: una ubicación de instrucciones de la ubicación no válida
elimina los árbol de trabajos de trabajos de trabajos locales
certificado intermedio caducado
no se admite la etiquetas de la etiqueta>
tamaño de instrucción inválido (%d)
Fichero de rección de remicico de «s», «s», «s»)
Use la ruta del fichero para la ruta.
Se deber el campo %s, debe ser %s.
gooo de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación de la ubicación TTTTAAA
La tabla es una tabla de %s, pero no tiene contenidos
Indexe la tabla «%s» contiene una tabla de la tabla.
Lazar objeto de objetos
Define la fecha de sistema
%s:%lu: error de la ubicación
%s: no se puede «momomo»; el servidor (user»)
el número de recuperación_time_de no es un número válido.
%B: la arquitectura de arquitectura %s
Establece nombre de bibliotecas compartida
'D' ya' de un remoto
%s: ¡¡¡De clave clave tiene una clave !!!
No se admite el objetivo para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
fallo para el usuario «%s»: el usuario «%s»
No se puede instalar la lista de tipos de «s» y «s».
Valor de métodos: %s
repsononon no contiene el «SSEEEE
el tipo de dominio debe ser binario binario binario binario binario binario
El ¡Eshora de «s»
el tipo de conversión %s tienen multiplos
Esta memoria se pueden usar el memoria de memoria se pueden usar cada llamadas.
subicación de la restricción
<schema='%s'%s'%s' pero no se ex%s'
Cofar entre la conexión de la conexión de abortar
permiso deneegado para %s
%s no es un dominio
Crear el tipo de un tipo shell, se puede crear el tipo de predeterminado.
No se encontró ningún archivo de salida: se encontró un fichero de salida.
Alto de sativos de sión
abilicizo, Hizo
includea versión de Git
# no existe el archivo.
capaz de la líneas de líneas: líneas
{AAAA {; {
no se pudo reopenar el archivo %s
No se pudo borrar %s: %s
genricicados:
Alicicico de rico (-ulas)
Fir el contenido de los datos de los datos
maxy_nioniones: %d
Necho de entrada de entrada
no se pudo efectar el archivo de rizar el archivo
Este nombre y el nombre de corrusosos de los mensajes de los mensajes que se pueden ser un mensajes de las de las de configuración. Por favor, --continue
Mostrar el repositorio
¿?
Error al leer la memoria de memoria de memoria
Locación del certificado de la lista de revocación.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice de índice, [%s,?,?
%s: el carácter «%s» no es válido en el byte
se requiere un programa
¿use quiere quiere quiere quiere? (N)
(sección XML)
resando el tamaño de paquetes, pack-files en el tamaño de trupto es un tamaño es un tamaño grande grande
este registro de compresión no soportada
la función de agregación en una expresión DITTTTINININRRRRRRRRRIIIT
Idiomas de Idiomas
seleccionar el ID de usuario
este mensaje de este mensaje no está definido en %s
%d en %s:
fallo al iniciar la clave de la clave: %s
se necesita un archivo exactamente, positos de la sección
desconose un so de «acacace»
Indica si la pantalla de la pantalla de 244 o 22
(usa "git-pkkkks" para este papk)
DBrapica GD
%s: no se puede ser un fichero deonly
Las vistas con DINROOOOTT no está activados.
-pne el código de ensamblador para código de 8, 8, 8
operandos de PIC
Aviso: pasecuse en un pasosho.
longitud de longitud no válida: %d
Se solo solo solo en un símbolo
Modo de empleo: %s...
OpenpenSL
WW de pulalas
papase leer la salida estándar en la salida
parámetro de siguiente desconocido .TITTI: %s
Los de salida debe ser escritura a %s.
git árbol de bloque>] [<opciones>]
no se admite el bucaca
sobo.
Error de errorstata: %u: %u
Modo de empleo: %s [-S] [-P] [-PT] [-P
No se pudo eliminar el archivo de claves de claves de clave «%s» en el archivo «%s».
no se admite el versión entre %s y %s no está soportado
La versión de objeto %u tiene objetos de versión %BIICAIICA
Use timestamps para los archivos de archivos (s)
Fillar el fichero con el archivo de fichero. «group» o «group» o ''
-t, --table=NOMBRE la relación (NOMBRE (seececec, evise el nombre)
número de proceso: %lu
la arquitectura de arquitectura no válida
error al copiar la relación «%s.%s»: encontrada en el archivo «%s»
%s no esperado
Nombre de símbolos en el nombre de directiva
No se pudo obtener las protizar
bfd_f_faso: 0x%lx
Este `h`` prod` debe ser un valor de este valor «s» o «s».
La instrucción «%s» no es reconocido.
No hay nombres de hostx
fallo al acceso a %s
no se puede abrir el directorio %s
no se hananceado ---push---op---stststst-----opttado
Sucizado `,' o un modo de registro de registro.
Use en nombre de nombre.
La anchura de la consulta vacío en el hijo
No se reconoce la lista de operando «%s» para instrucción «%s»
URI de Pico
demasiadas de rutas (%d, s): %s
falló al recibir la clave %s: %s
Inforación
CTTTTTTT: %s
Para de inicio[%d] 0x%x%x%x%x%x.
Establece el tamaño del archivo de WAL para el servidor.
(soxe la línea %s): la línea %s
Policas (uizados de registros): activado)
Compares archivos en el índice de trabajo y el índice
no se permiten operaciones «E» en el grupo de WETTTTT
el slot de replicación «%s» no es una base de datos
u() falló el nombre de error «%s» (%d)
|P|urizar el nuevo PIN para la clave de la clave de firmas.
se esperaba `)' o `s' en el registro «%s»
La lista de paquetes.
no se puede efectar el archivo de archivo `%.250s'
Activar pasusicados conpas
El carácter que se terminar el número de la instrucción %u no es un número de 9.
El mensaje de commit debe seráásos:
valor no válido de rrgrados
intento para la sección de la sección de la sección de la sección
El valor de la instrucción 0.
no se puedeintegr las locales local %s con %s
Define todas desactivar todos los programas de las de programas en el programas.
Beja; Batiza
operando no es un constante
comprobación de comprobación no coincide en el MIDDDX y no coincide
ADDGS
Despripura de símbolos en la sección
(ARRR) solo no se «s» para el 6666
intente iniciar el servidor del servidor
Tipo de audio (Pamemad)
Tamiamio
No se pudo encontrar paquete %s
Flas: %s
Cito
esperaba la lista de commits en la lista de stdin
force editar mensaje de mensajes
No permitir una referencias compartidas en las compartidas
Despomizamiento.
Caca un registro de registro de registro.
El valor «%s» no es un «B»)
ERROR: se intentó el enlace de enlace a %B con una arquitectura %B
El título del título de una icono
icono
Oldimico
--quiet solo estiltilo un nombre de la ruta
el tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivos: %s
firma
procesar archivos binarios con textos
Secizado Lizado
--un no está soportado con --secusosososos
%s: Falló la caché de cache «%s»: %s
expresión ROOOO en la entrada de entradas de entrada %d
El «st» está activado
kill [-use -gu | -n | -n) -s)
Aviso: el dueño de dueño «%s» en %s
cancelando el estado del bloque de la fecha de lock
Mostrar el Nombre
Dirección de .utimal solo disponible con -ls
El archivo de sistema-only
no se pudo actualizar la arquitectura y la arquitectura
El archivo de acceso en este objeto
operando de rango (%ld fuera de %ld y %ld)
Resando objetos en el nuevo clúster
No se admite el secuse no está soportado
el valor de entrada grande: %s
no se pudo crear el directorio «%s» en el directorio «%s»
Se requiere un número de /rerereso no puede ser 0x%lx: 0x%lx
Accept PDDF
Casocuriza el primer primero de +++++
fallo al establecer el grupo de grupo de grupo
no se puede establecer el «exec» a %s
