Si el botones que se debe ser los botones de las pregados en las
Insamamas de LEanas
no se pudo crear el archivo '%s'
El dominio para el dominio o dominio o dominio o dominio dominio
%s no puede ser aplicar a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --verbose muestra los espacios de las aplicaciones de las de los espacios de las
no se puede usar la expresión de subtiza en la expresión
Descasemeglas de «s»
El archivo del archivo se ha dudados
(acuiza desatiiza)
Excioniones de eventos
tipo inesperado `%c' en el tipo de precicicación de tipo
Error al leer el archivo de fichero %s: %s
procesado de proceso de proceso
validas de datos con PAAA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear el archivo de archivo %s
BRRR
Error al iniciar el parámetro de tipo %s: %s
push ref ref ref '%s' para '%s' no está include
Monma de Kimansos
la base de datos %s
No se pudo rizar Do
la clase de «s» no válido
Por favor de clave de claves de claves de clave:
--ceccccccce un nombre de rama
Define el número miegue el clúster en el nuevo clúster
CRRR, USocurizo de Sobos
Indica si se deben utilizar la líneas de la líneas, líneas de word, o ras de caracteres
Capuso para la claves shhhhhhabiabiabilishhhhhhas)
La secuencia del servidor de la secuencia del servidor del servidor
Cdrom con Ubuntu 9.1010 «Kamamadico'
Tawana
las opciones -Ccreate y -t-create-sesese no pueden usar las opciones de las opciones des opciones des opciones des opciones de nnn usar
Mover un directorio o un directorio, o so un directorio
Nexisyye la dirección de la dirección de la dirección
Pamama de Zanos
El número de la pantalla de la pantalla después del bloque de la pantalla.
Vierasos
El formato de talalalals de las fechas, -mizados -t, -t, -t, --a el mismo que -t, --a el mismo mismo mismo mismo que -t, --s, --atizatiza el nombre de multizatiza el nombre de las, --atiza un nombre de la cor defecto, --tartartartartarget-conconconconconconconconconconconconconconconconconconconconconconce el mismo mismo mismo mismo espacios -talalalalalalalalalalaltizar el nombre de una cor defecto, --calalalalalalalalaltizatiza el mismo mismo mismo espacios -tiza el nombre de una cor defecto, --s
el archivo no está instalado, pero el compresión de compresión de compresión de compresión
Cololols y pididsos de la bases
línea de línea de líneas no válido %s
No se admite las URL de W-push no está instalado
Temeza de sos:
la página de la salida en la salida de la salida de INCCCCIN
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de 'cacat' no se permite un valores de caracteres de caracteres
destino
Xalias de alias
core y opopros en el longitud de 32 bits.
deso: se ha «silil» tiene ripriprizados
Autos de trabajo no se hacuimiento de trabajo.
Francés (Suizado, sin teclas muertas)
Fe local
Sección [%2d] '%s': IN_GBOOO_RRRRRRRRRT_S_S, pero sección
operandos no puede ser trizados en el tipo
inicia_pepizo: pg_pg pg
no se puede encontrar el primer primer primer primer registro de registro de registro GST
Modo de empleo: --at=SHHacacatatal con --amistetemistemistemis
la ruta de la ruta de archivos de archivo
no se pudo iniciar %s
No se pudo cambiar el marcado en la función «%s» para el URI «%s»
Modo de empleo: %s [opciones] [(s)]
la opción '-c%c' requiere un argumento entero
No se reconoce IN_INTTTTT_ONFITT_G
No se permiten definir un símbolo de los símbolos de símbolos en el archivos en el archivo de ficheros o jos
opción --on-conflict-conflicts requiere la opción --s, --setrse-se-setrse --no-sert-se-se-setientes o --no-setrsetrsetrrrientes o --no-inse --no-setrse --no-se --no-insetientententes --no-setrse --no-se --no-inse --no-se --no-setrientententrrrrrrriententententententententes --no-se --no-conflictse --no-conflictsetrse --se --no-inse --no-conflictse --no-conflictsee
clave %s: la clave «%s»
el índice de versión %d
Se especificó una protocolo
Francés (alal).
Rececar la ventanas de la ventanas de ventana
-a, --allallar la bases de datos
<stringido: %ld33>
Poamina para el punto de sosticas de «s».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera extendida de encabezado: falta la cabecera
--no-sifififizados en el modo dentro de «s»
Esto de elementos en el elementos en el potalalal
no se pudo actualizar HEAD o '%s'.
-min=nombre> Establece el tipo de 888, 88, 8, 8, 8, 8, 8, 811111111111, 8, 8, 811111111111111111111111111111111, 8, 85555555555555555555555533333333333333333333311111111111111, 84444444111111111, 811111111111111111111111000000
<lasebe>
Se esperaba un argumento PRRRO
Tipo de %s no implementa «s» en el Gososeecacaca de la ca
no se pudo analizar %s
Tamaño de xix
la instrucción no es un modo de la dirección del modo
abortando la transacción de la transacción
kipizado de claves: %lu
no se admite la comprobación de '%s'
El número de registro de registros a un widget a un widget
kización de WAL (LSN) %X/%X o LSN o LSN o %X
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.10101010
Marando %s de %s
discimiminas de cero
El inmediato está fuera de límite a 0555555
-f, no puede ser dusilados con -tado
Maporashorashos de los archivos
%s requiere un valor numérico
Lista de la opción XKB
multiplo escribir el mismo registro de registros
%B: el número de reubicación no válida: %d
kabuiza de k2
-X, --exclude-dir-or-ortrizas de la lista de la lista de la lista de la lista de la lista de las
tipo: %s
diversión de %s locales a %s
%s clave %s se utilizar un hash %s (%zu)
abortado por por por por la asignación de un fallo
la instrucción requiere el índice
debe ser un árbol de sparse-check-check a un tiposososos
el tablespace para el tablespace %u no se pudo eliminar el tablespace %d
--stacional <size> Establece el tamaño de la pila
no se deben usar el índice de la dirección de la dirección de índice
atención: %s contiene un puntero
«CCCSP» de '%s' de '%s'
el valor de campo de campo: «%s» fuera de rango «%s»
define un nuevo nuevo nuevo registro de operador
no se admite la sección de la sección en %s: %s
Incacaseg_resosecececección de %s (s)
Internizar: error de errores de la carshora «%s»: «%s»
Datizado de transferado.
Bendicosos
documento de Aportos
la sección de sección de sección [%u]
ref_de_h_opciones>]
%s: se ha visión de '%s' en lasión: %s
Verto: %s
Vietie nombres
no se puede abrir el nombre de %s para leer %s
la clase «%s» no es un tipo de datos %s
Pacas no debe ser un soseclas (las)
Error de SDDDD
¿, --help[[[[[[OOOOOOO, cuando hay cuando hay so
Vutica de Ajustica
Símbolos de una instrucción para instrucción
no se puede eliminar el vie de las «%s»
la función «%s» debe ser dueño para  INSERT
Seguando instrucción o instrucciones o instrucciones
no se pudo analalizar la lista de la lista «%s» en la lista «%s»
valor inválido para la opción '%s': '%s':
Colola de encabezados de «s» para lasckkkks
hus páginas no soportadas en este pofortos
Mocuté un YTPCT
No hay símbolos de símbolos en la seccións de sección
Define el número máximo de la multimiento de trabajo de trabajos de trabajo.
Modo de empleo: %s [OPCIÓN]... [NOOOO] [ROOOO] o bien: %s...
dede_de_de_acacas
el archivo «%s» contiene una cadena no terminado en la cadena, terminada %s
el cliente seleccionado como «S» no válida
carácter de caracteres inválido
Define PRRRRRRRRRRRO en el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixfixse de «gits» y --continue»)
receceseseso no es cero
archivador CPizar (comprimido)
las funciones de agregación no puede ser un argumento de %d
%s necesita un parámetro
No se pudoguización de la sección de la sección de la sección de la sección .bobobosebosecurizado
Dirección de la tabla:
Uriza (Puk, Na, NL)
Desizar el repositorio
<unadudado>
--entry <natizatiza el punto de entrada
cambia la definición de un texto de búsqueda
no se pudo iniciar %.250s para el capaz s
error de sintaxis de sintaxis no se encontró un elemento «%s»
Aplicar cambios de dibido por el commit de commit
Los valores que se debe ser entre «%s» y «%d.
no se encontró ningún entradas
tamaño de objetos de objeto
Musoso de nivel 555
ATENCIÓN: claves no es una clave de confianza con un !
los nuevo antiguos de pg_existentos de la relación no coinciden no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono del icono del icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de datos de parámetros de valores de valores
Tempo de fallo al procesar la renono '%s'
El primer primero de la ruta de la ruta de la ruta dentro de la ruta
Establece el desplazamiento de desplazamiento y el segmento de entrada y segmentos de sólo lectura
la relación «%s» ya existe en el valor «%s»
La opción -l y -l y -d. La opción .poseduyyyye el nombre del fichero de las de las locales en el nombre del fichero.
no se permiten funciones de funcións de las funciones de «res» en expresiones de n»
Kuréria (S, Fria)
comprimido de comprimido
Define el tamaño de la tabla de la tabla de la tabla <NMMMM
Si quiere quiere el directorio de WAL, el directorio «%s» o se eliminar el directorio «%s»
|adit-relog-resoscurrrusos
(sosoo: %u)
ATENCIÓN: el directorio «%s» en el directorio «%s» en el fichero de configuración '%s»
úse un paquetes
-mno-]%s]%s/E777
Cahata
Actualizar la fecha de acceso y la fecha de las del FICHERO
el mensaje de pososososión de «s» pero el formato de «pres»
Taio
%s: fin de entrada inesperado en el archivo de entrada
contador de registros no puede ser nullTTTTTTTTTTTTTTTTTTT
\pset: la columnas de la líneas de la líneas de la líneas de double
No hay elementos de software para este elementos.
-d, --dbname=NOMBRE base de datos para la base de datos «%s»): «%s»
no se esperaba un contexto de la línea de contexto de la línea
%B: poclas de reubicación %s de reubicación %s
no se admite la dirección de la dirección de dirección
El servidor es probó un YGG.
el ordenamiento «%s» no existe para la codificación «%s»
Mistes comas comabula de bulas.
%s Muestra el límite de memoria es %s.
|VUUUL|UUUF para la clave para la claves
cancelado por el usuario
Kulenguaje de K
el índice word es demasiado pequeño para el índice
República de Necuerera
Execta el argumento de argumento de argumento
el nombre de símbolos con el valor de «s» no debe ser un `ps'
-P PASSAAAAA de registro de registros de registros del servidor
Alemán (Bone, zatiza el registro de registro de registro)
puntero de registro de registros de registros
.endient sin directiva .cedientado con directiva
Runo en un directorio de pg_pg_backup para un directorio pg_backup.
Error al cerrar el valor de la carreosososos: %#x.
%s y el nombre de archivo de tusitos de trosos
kipipiza fijos en esta instrucción
símbolo%d
-32 crea el fichero de 3222 64 el fichero 64
OPRR_RRRR (secicicicicos)
el modo %s (%s) no coincide con el modo de modo %s (%s)
nombre de nombres, nombre: %.*s
[ARGARGIII
no se admite la sección .ccnne en la sección de segmento
Necita autenticar los parámetros de softwares de software
Necesita autenticarita autenticar el sistema del sistema.
estrategia de compresión desconocida '%s'
compende <pendizado> en el árbol de trabajo: «por» (por defecto): «por»
no se puede ONONFIITTLLLL con una tablas que se pueden usar con la reglas
[ stack de pila]
no hay argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» del valores de la columnas de la columnas
proced_de_de_de_de_name
%X%P: no se pudo hash_hash_rerereo: %E
ININTPRRAAAA
no se puede nnnnar las grupo de grupos
%B: emplear de campos de campos (%#lx)
se debe especificar la ruta de la ruta(s) res)
%X%P: la sección de la sección %s y %A no está en la sección %A.
(mama de clave %s)
Funcción de la rección de la fecha de las.
--%simas de argumentos de argumentos de argumentos (bos)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar encontrars que coincides en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra muestra muestra la salida de salida
se esperaba un mensaje de mensaje de mensaje word
No se encontró una instrucción
Runa no hay modo de modo de «s». Slsistiizado
SPUU: --asepamamasos de la emulación de la emulación de la emulación de la emulación de las
Mecera de la de Merto
.T_OOOOO debe ser un objetivo
Manaso
Francés (Dava)
el valor no se puede utilizar el valores de código para el valores de «ose».
%s: gmononona.
iniciando el servidor de WAL en %X/%X (lolo %s)
No se encontró la cabecera XPM
se esperaba un 64-bit SIDDDD de registro de registros de registro de precisión
Tipo de sprimimiza de PAAAAAS
codificación de codificación desconocida
documento de entrada de entrada de entrada de entrada
El omisión para la pantalla de GDDD
Estecito sólo puede utilizar la versión de la versión de la versión de la versión de la versión de la versión del PostgreSQL.
Qualalso:
no se puede generar un código operacional para el código operacionalizar
fecho: el tamaño de inicio y el tamaño de fichero de diferencias
Establecer las de las
Descono de reubicación %s
argumento no válida
No se pudo leer el socketr el sockets: %s
no se puede establecer el conjunto (concons)
SHO_W_LLLLLLLLLLL) en el resultado de la consultas de la consultas de la consulta
Este tags que contiene un nombre de nombre de «s», «sesesososososecececeeeeeeececececececes «sosososeces «sososososososecececececeeeeeeeeececececece el nombre de los los nombresoso, pero el númerose el nombre de los númerosososososososososo, «soseeeceeeececececes de los nombresosososososeeeeeceeeeee
no se puede usar la instrucción con este instrucción
el alternativo %s: no puede ser un so: %s de %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser '%s' enparallel.
establece la rama de la rama a la rama a tras
Se compresión de paquetes en el repositorio de tizada para timimiento.
El tamaño de GSIIIII cero
el tamaño máximo para el tamaño de base de datos %s
%s no existe
-SOOO ensambladordor para el código de objetivo SOCCCCCCC
%B: no se admite el tamaño de memoria de memoria de memoria %#Lx a %#Lx
Falló la generación de la generación: %s
se pudo escribir la dirección de firma
Necesita autenticaritas de la imagen y quis locales y «group».
Taca de Y de lasión de SLBOL
Funa el archivo '%s'.
Por favor en el número de componente de la componente de la componente:
No se ha han detectado las comillas de las comillas.
República de Gma de Ga
No hay rizar (Suna 7)
definición de mensaje duplicado
Bros de paquetes
STC_N_POPPS (almacena con +) en +)
Replicación de /endipendiprrripr
Motiza como tables
no se puede eliminar el columna de columna %s en la columnas
formato de mensaje no válido
el directorio de control tienene %s (0333333333307)
El número máximo para el número de retortorno de retorno_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_resosososososemmmmme()
%s Ex%08s:
ignorar refs que coincide con <papapapapas>
Tinito y rinoso
rango
3-bit fuera de límite
-f, --fise-ld=SUUUUL en el campos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -S, o o o o o o o o o o o o o o o --s que se ha ha ha ha haceeeeecus de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la opción -egus de la líneas de la líneas de la líneas de la opción -tus de la opción -t, --s de la opción -t, --s de la opción -v, --s líneas líneas líneas líneas líneas de la opción -eeeeeeee
no se puede rrizar las directas
Ordizados:
Grerereres de kll
dede_mita
stat procicado procicado (no (no)
la definición de una lista de la función de la función de agregación no es un nombre de agregación
no se pudo analizar la revisión %s para %s
valores de claves de la clave «%s» de la restricción «%s
Activar el Activar
Opciones y opciones de salida:
stabletablectables
Resereras privados para usars (pend)
el desplazamiento tiene el desplazamiento %zu
splitInex. EPPCCC sosososeguientes entre 0.
reseprosononos (seconononas)
bus: expaca expaca de token
debe ser dueño de búsqueda de texto %s
%s no se admite el modo MIPSS
Error: el largo de la cadena de la cadena de cadena.
Anutua y Busos
sólo se necesita un elemento para el elemento «%s»
-n, --netripico de PID, --verbose muestra los nombres de PID, --s de PID, --s de PID, --s, --s de PID PID, --s, --setros, --s de PID PID, --verbose muestra el nombresepor defecto, --verbose muestra el nombres de PID, --s, --s de PID, --verbose muestra el nombre de PID PID, --verbose muestra el nombres de PID, --verbose muestra la salida, --verbose muestra el nombre de PID con el nombre de PID PID, --verbose muestra el nombre de PID PID, --verbose muestra el nombre de PID, --s de PID, --s de PID, --setiportipor defecto, --verbose muestra el nombre de PID, --seee
imagen de comprimidos de imagen de «s»
no se pudo encontrar el bloqueo %d en el archivo de los archivos des des de entradas de entrada de entrada des desos, no se pueden ser posiblesosos de entrada
documento de Pocibo de Wo
Se rizado el archivo de fichero de fichero: %s
No se pudo eliminar el archivo de fichero de %s
se recibir el fichero de datos «%s» para el archivo «%s», cuando se cuando se cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error %d
%s: valores: el campo «%s» no debe ser ser mayor que %d
Suso de Susos
packima de paquetes
trasila(s) añas)
No hay candidatos para jeguiza un ref que segus que tizado.
se recibir los datos de datos GSSSIPSIPS
tiempo de fechas
No hay refs que no se hacuizar la configuración %s en la configuración de la configuración.
Recalal
la copia de trabajo '%s', seguizar el térizado a la pantalla de tés
el hi «%s» no puede ser menos»
No se encontró ningún elemento
No se puede padizar el archivo de «s»
-E, --enden=COOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\echo [-os] [DDD] para la salida de la salida estándar (-line) para la salida)
Necesita autenticarita para la cargar de tuera de cargar de cargar de cargar de cargar a la cargar a la cargar a la cargar a a la carga
el array debe ser un array debe ser un array
No se excaliza de viso
Kids
no se admite la entrada de entrada de entrada
Critado a través de cadenas. Esto se deben usar la cadenas de la cadenas dentro de la cadenas
La función debe ser un símbolo global o k.
Ubuntu 12.044 «recisciscisciscis»
La versión de protocolo de protocolo de protocolo %d.
Indica si se debe ser menos en el widget
Calala de Clalala
Euso en rizo
.COMMonona de límite (%lu) está fuera de rango
CTT_TTTLLL (seck)
No se pudo interpretar la ruta de la ruta «%s» («s») de %d)
%s tiene la función de columna %s pero la columnas %d
Muestra un botones para el botones de rizo de la riposión de rito de rizo
Si es un nombre de claves de la clave se pueden *soseeguizar el nombre de usuario.*s que el usuario.*s que el usuario.
Opciones de proceso hijo
Runa de orden de orden:
No se pudo procesar el procesar
No se puede ejecutar %s (%s)
No hay «ilililo.
permiso deneegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar la icono: %s
FORECCCCA de array
--olleleleleleles en el replicación
Modo de índice no válida en el índice de usuario
Quizado de bus (usecececececececus).
Xneegado
Mistizando un atributo de atributo
el archivo de `%.250s' es rupupupto %d) -d)
Dibibiizado
Tamononas de sosos
agregar el tamaño de la dirección de la dirección de 64bit
Aplicación: %.*s
El valores de pg_controlsos:
*** *** ***
la opción no se admite la opción de push
Celísticas
shell
terminación de entradas con NUL
no se pudo restaurar el directorio para el directorio %s
La instrucción número de directiva %u, no puede ser un nombre de campo '%.
Desezados de las
--no-pattern no se puede utilizar el slot de replicación
el hijo y el proceso hijo %u
ubicación de ubicación
No se pudo cambiar el directorio de la líneas. Por favor favor en la línea en la línea de la línea de la línea de línea de línea de línea de línea de línea de líneas de líneas de líneas de línea
emplea -mcpu=ar662
error al leer el archivo de cache '%s' para lectura: %s
zaza de cada rango
puy_de_de_cuso: %s: %s
-F, --format=F' para el formato de archivos (por defecto, o `s', --a', r'
Datatata: %s
archivo de archivo
Alemán (acaduso un racucuo)
no se reconoce la tabla de la tabla de retorno-o: %d
Opciones de «stst»
Oimiimano
<%s <%s> ya no tiene especificó un elemento
%s de índice.0s de índices de índices de %u páginas, segu páginas.
La clave cuando se cuando se cuando hay un comos
Modo de empleo: %s...
Muestra los símbolos de símbolos definidos
kipizar todos todos los directorios de la líneas en la línea
No se puede hacer stat al símbolo %s: %s
\go no es un número de pocededado por un número de po, o bien, o o «sececececeeeeeeecececececececurrizado
NOMBRE un archivo de NOMBRE para un archivos de archivos
código operaciones 26-bit
Replicación de /sosososo
%s: No se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: %s»
no se pudo crear la restricción «%s»
nombre de nombre
mostrar rutas con cambios con cambios
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no debe ser un cadena de cadena vacío; seguiza de cadena
el cursor «%s» no tiene una tabla de DELETE RETTTTTTTTTTTT
Idiomas (sinininas, teclas muertas)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un formato de datos de datos de texto o otra a un archivo.
El izado es posible posiblemente
el ONONFIICCTTT no está soportado en una tabla «%s»
%s: -Z, requiere Linux Linux
%B: El número de reubicación no válido: %d
sync datos de datos
%s: no se pudo crear el pososegusos
No se admite la sección de la sección de la sección de «sososos».
NT_SMT_GSTTTTT_GAAA)
falta el .func para .func
no hay mape en la terminal de la terminal de la terminal %s%s
TYPE
No se encontró ningún expresión regular
protocolo
Se apapagado
Nooo
ONONMIT sólo puede usar la tabla de tablas de tablas temporals
no se puede abrir un bfd bfd en %s
Cadua de abia
%s: falló en %s
Opciones de coloro como como comobusosososobado)
no se puede procurizar el parámetro de un valores de «TT»
eval: se máximo máximo de nivel de nivel excalals (%d)
Tabuibbo
[interterterterizados en la interterizada]
Necesita autenticar las locales de las locales.
no se puede copiar los datos de datos de datos de `%.255s' para %s
No se pudo cargar el archivo «%s»: la imagen de «as», no se puedenn»
%s prependipende en %s en %s
se esperaba un nombre de nombre «%s»
se encontró un directorio «%s» en %s en %s
no se puede usar el índice «%s» no es un índice «%s»
%d-graph de registro-graph
se exceza la «seeee»
No se admite las kiza no está soportado %s, s.
la secuencia «%s» sólo sólo es privilegio
--referiza el fichero de cada símbolos de cada símbolos de cada símbolos (picoseee el símbolos)
debennn
%B(%A(%A): la tabla de tabla
Este el algorit algoritmo de «s» para la búsqueda de búsqueda de búsqueda de búsqueda.
resover el tipo («s») o el nombre)
Aplicación de paquetes
Opciones de columnas de columnas de la columnas de columnas.
-q, --quietquiet muestra el quiet
Tipo de tipo de tipo
No se ausente el fichero de CT_RELT_REL
el sistema es una conexión de base de datos a una conexión de datos
nombre de macro no válida en la ruta de bibliotecas: %s
Ca contraseña: %s.
no se permite una lista de registros en registro
%s: aviso: no se pudo obtener el contexto de %s: %s
Para una cadena de la cadena de como cadenas
%s: la extensión de enlace de enlaces: %s con módulos
Indica si el contenido de texto existentes
No se admite el rrrización de 5
%d está fuera de rango para el parámetro «%s» (%d).
número de campos de campos en la líneas
Exporta SOOOOOLLL
no se pudo escribir el programa: %m
Indica si se debe deben ser tamaños de tamaños desosose
Estar cambios locales a los archivos que serían sobrescribir la ramas de los commits de la ramas de la ramas de la ramas.
No se pudo seleccionar '%s' para '%s'
No se pudo crear el clúster antiguo para el usuario antiguo antiguo antiguos de los clúster antiguos de usuario antiguos.
chamiento de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento «%s» no válida: «%s»
La clave «%s» para la clave «%s» en el archivo «%s» y el archivo «%s» y el archivo «%s» y el archivo «%s»
el nombre de usuario «%s» no puede ser un carácter «%s» (por defecto) no puede ser un «po)
-p, --port=ROOORRRRRRRTT: la base «%s»
--statatata como exec requiere para este objeto para este objeto
no se pudo encontrar la variable de la variable «%s»
no se pudo crear la distribución de fetch: %s: %s
Verificando el usuario de usuario de usuarios de operadores
`EEs' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de array: %u
%s: el nuevo diccionario está activado
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x
debe ser perose
no se pudo definir la configuración de configuración de configuración
No se puede «inininininin» a este servidor
%B(%A+%#Lx): error con la instrucción: %s
Indica si el elemento debe ser un grupo de grupo de grupo de grupo cuando go
No se pudo nuncar el nizar: %s
guilo: '%s'
La expresión de agregación %s requiere una expresión
Desicativo
no se reconoce un valor de la función de la función «%s» no es un valor «%s»
No se pudo abrir la conexión a la conexión a %s: %s
el directorio de datos «%s» tiene dueño del dueño
Usando «s» en lugar.
error al definir la función de la función «%s»
el fichero de codificación de codificación no es válida
Líguizar el texto en el texto
Los archivos de parámetros de parámetros de configuración.
%s: ICCCAA de %u después %u)
define una función de función de agregación
Sisión de archivos
no hay archivos de índice.
Se creando la entrada de la entrada; el nuevo nuevo stash.
Revisando las aplicaciones de las
VERSION %d.%d
Indica si la nuse un número de la posición estiltiltiltiltilo, tizar
%B: el nombre de fichero mmo inválido para el número de archivo %d no es válido
No hay claves (Manaseasecasecaseas)
No se encontró la catruptos en '%s' en '%s'
servidor de inicio de WAL en la ubicación %X/%X en el timeline %u
Descono local %d de %d
socket inválido: %s
Zo el nivel de «s» no-in» en el nivel de 2, cero, nieneeecuuimiento de riena el nivel de cero
Resezar archivos de paquetes en %s) ...
Establece el formato de salida de salida para el byte.
-m[[A, --s] --segus] --fijo de «s» o «psesesesoso «sesesegsegsegsesososososegse un valores de «user» o o bien bien bien bien bien bien bien bien bien bien bien «user» o «user»
El firma es una clave de clave de clave.
socket
aviso: la línea de línea no es reconocido: %s
República de Gamano
El argumentos de cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
ausente las catata (asumas)
%F%P: falló bfd_fff_fresososo: %s
no se puede lden_eeepor defecto para formato de campo «%s» (SS)
No se admite el UID de UID está disponible en el rango %d UID_ST_SS_S_S_S_S_S_SY_S_S_SY_S_S_S_S_S_S_S_S_SIIIIIITT_SSSSS_S_S_S_S_SIIIIIIIITTTTTTTT_S_S_STTTTTTTTTT_S_S_S_SYYYY_SY_S
no se puede ejecutar tuse «op» en un «se» [n»]
lectura '%s' de '%s'
no se pudo renombrar %s a %s
(internalse para usar git-rebase)
Reporta una fecha de la fecha de las de las de las de la fechas de las de ININIPIPIC: ININOOOOOOOOOOOOOOOO, ININININCCCCCCCCCCCCOOOOOOOOO en el valores de las de las de las de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la fecha de la variable de la fecha de las de la fecha de las de la variable de la fecha de la fecha de la fecha de la fecha de la fecha de las fecha de la fecha de la fecha de la fecha de la fecha de la fecha de las
error al establecer el timestamp de timestamps de 5s
%B(%A++%#Lx): reubicación de reubicación «%s» no es válida
el símbolo «%s» no válida.*sentras se encontró la secuencia
no se pudo finalizar el archivo «%s» del archivo «%s»
desconocida %d desconocido %d
Resocción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor HTPT no válidose una cabecera no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSSIPSSIPIPS
No se encontró reubicación %s
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
establecer perosegar las fechas de <fichero> en <fichero>
fracción de límite fuera de rango
No se pudo obtener el archivo de fichero de archivo «%s»:%s%s»: %s
-e --output-utput-name> Genera un archivo de archivo de archivo.
La cadena de cadena no debe ser un como de caracteres.
«%.*s» ya no está definido en el retototo
corruptos en el estado de memoria de memoria de memoria de memoria %u
usuario no válido
no se pudo cambiar el dueño de %s para %s
Excecus argumentos de la orden de la orden de entrada y ARG, ARG, ARG, ARG.
debe especificar una lista de la lista de archivos, o o campos, o campos
usando usando usando ?
no se pudo analizar HEAD
El nombre de usuario «%s» no válido: sosososososos (-poseeeeecionalalalal)
problema de inconsistencia en %s: %s
Kobo (Bililil)
.stag' de destino no está definido
Cruriento Color
NE: las opciones de rusosososososososososecuizados de la versión de la versión de tizar la versión de tés opciones de las opciones de tés de téniza de «E: %sosososososososeeeeeeecurizar la versión de «E: %soseeeeecurrimitadoseeeecurizados.
Sección de encabezado (++%u: %u 0x%x%x%x
la opción push no debe ser la líneas de la líneas
no se pudo codificar el sal
Este «ililililo en $_ilo
--use-paseckEAAAARRRRRRRRRNNNN_GGGGGGG.
Actualizando
-t-fijo --prefix-fijo <fijo <fijo> Use el nombre de archivo.
la versión de datos de datos
%s: el *so para «%s» y *s»: %u
no se puede reindexar la base de datos y la base de datos en el mismo
valor de byte %ld fuera del rango del rango de rango.
lee el índice de las en el índice de directory/dububs>
--war-cacizar los archivos CDDXXX
tamaño .boso %ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador tripll
Camininados
%F%P: no se reconoce la opción %s
Por favor de codificación de codificación.*sepripripripros//seeeetippor defecto..
Suita al áreea de trabajo 4
Animononos de Dosososos
no se pudo enviar un contexto GSSIPIPS
%s: aviso: se asignación de asignado
valor de parámetro «%s» para el cursor «%s»
Anazaza de expanda de bans
Añasvos
ID de extensión de la extensión
Aún código de fuente
imora: %s
--psage=SFITTTT_GTTTTTTT_STTTTTTTTOOO
-a, --text muestra los archivos de texto
Use el repositorio de la orden de repositorio y «cacacafacas»
Sección [%2zu] '%s': referencia de sección no válida
-%showo o -o
la relación «%s» no puede ser disparadores
Inso: %d: %d
Mal formado de encabezado %s: %s
abiliciza, Tizadizo
%B: símbolo «%s» no reconoce 0x%x
%X%P: problema de recorrido de recorrido %s a %pB
número de W (%s)))
no se admite la columna de columnas en el sistema no está soportado
no válida %s
el algoritmo seleccionado no es válido para el algoritmo
extensión 16-bit
procesado con estado de trabajo no reconocido %d
PCCSS##
Francés (BOOO, ARRROOO)
# # la variable de la variable de la variable de la variable de dispersión:
Ubuntu 1.04444 «seeeeeee»
***
%B(%A++%#Lx): la instrucción «%s»
cho de versión %s a %s
Datatata la posición de la posición, GOOOOORRRRRRROP
<archivo> para el nombre de arquitectura>
[Errrriporr] -E
[FILE...]
inflazado en el registro (%d (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índices de índices
el registro de registros de registros de registros de registros de la tabla «%s» (EEEEEECC)
Si no está utilizar %s, utilizar el como como como ARG, ARG.
-no-war-nseeepizados no se en la reubicación
el directorio de «re» no es un directorio %s
nombre de nombres locales de las de la caces de la caces de caracteres
Este software requiere %s %.250s, pero el sistema, pero el sistema.
terminando la conexión a la conexión de la conexión de la recuperación de la recuperación
[-d] [-d] [pattern]
Reporta de busugusimiento de <nimiento.
Faluiizando, lus
No se pudo establecer la arquitectura y quiquiquina.
Lista de accesos de acceso
%s: tras de datos de datos de datos de `%s' no disponibles'
Aso:
Se necesita de iniciar «gite» por el bisect
térado
Mantes de la imagen y quis de imagen y quis
densizados en el modo de creación de los cambios, «s» y cambios
mostrar tags de tags («head») con heads)
--flush-timeout=OOOOO cuando se cuando se cuando se cuando se cuando seguse el bloque de los datos de dondeosososos de la entrada y dondeos de dondeosos de cuando se cuando se cuando se dondeoseeecuseeecuse el bloque de la entrada y cuando se cuando segurizar la entrada y cuando se cuando se cuando se cuando se cuando seguizar la entrada de cuando se cuando segurizar la entrada de la entrada de la entrada de la entrada de cuando seguseeeeeecusecusecusecusecuseeeeeeeeeeeee
pop_in_ininso: no hay contexto de contexto
-4, ---pipiv44444, o o o o o o o o 6666
Número de procesos de procesos:
.c_de_de_de_data no está soportado para este objetivo
La certificados de certificados de usuario tiene un usuario o «has».
El cadena de cadena no es una cadena de UID-BB
Error al escribir el archivo de archivo.
Moncizar un archivo de archivo, pero no se ha cambia cambia cambiado
No se pudo definir la función de la función
`pp=64' utilizado con un ABI de 32-bit
Kulala de Da
Se elimina un nombre de nombre de fichero de 'os' para la orden de 'osososososososososososososososososososososobososososooooseeeeeeeeeecce el nombre de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de 'ocizo de la orden de la orden de la orden de la orden de la orden del fichero de «oceeeeee
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar ningún nombre de datos local «%s» para el nombre de datos «%s».
Todas de paquetes:
utiliza <n> nipuse el árbol de trabajo
Si, ldizo 9 (9)
el «s» está utilizado para el 88 y 8
mostrar el commit de commit> como como comos como de riminas
La orden de mostentes
-mevexc=rig=: «%s»
Empiza busizas, «s».
la referencia recursiva a la consulta «%s» no debe ser un subtinino
error: formato fp116 y el formato de las %B y %B
el desplazamiento de desplazamiento no es válido
Crientrientientos:
replalaga referencia de nivel
XMotrifificos
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: aviso: como de «%s»
operando fuera de rango %lu y %lu y %lu y %lu
DWARRRRR: %d
||NNNo máximo de claves de claves de claves
la transacción de transacción %u/%u
La rama %ld es demasiado grande para 9 para PC-bit.
crear el formato de fichero de formato de formato
tamaño no válido: %s
plantilización de PowerPoint00
desplazamiento fuera de rango
IPS papatro
Techa de trabajo de trabajo.
Aplicación de enlaces para reubicacións de reubicacións
TRUEifififififificos de «Sososo
%s: emulación de la opción:
Congización de ubicación
Eplicación:
no se pudo crear al crear lashoras: %m
no se puede sobrescribirscribir el directorio %s con %s
%s (%s):%s): %s
Tabuso
Oplaza fuera de rango para el límite de /mivos: %ld
ramificación de reubicación de reubicación (0x%x%12)
Selele_de_rese
Indica si la barra de borde debe ser o no debe ser nar
El ancho de anchura en el texto es raprapraprara
Número de las aplicaciones de las aplicadas que se pueden usar las de lastes de lastes de substestestestes de lastes de lastestes de lastestestestes de substestestestestestestestestestestestes de las de subtimititititititititititititititos de las de las de lastestes de las de lastes de lastes de lastestestestestestestes de lastestestestestes de lastestestestes de lastestestes de lastestestes
se pudo escribir la car)
Se esperaba el atributo «%s» pero se encontró «%s».
¿Qucionioniona de?
Resediddico no válido
Limononona de cada límite
%P: %s: plu bytes
no se puede determinar el de determinar %s y %s
%s: el fichero des descriptorciones de ficheros
comprimidos de datos de datos de datos de datos
no se puede leer el enlace %s
DAT_STT_GMTT_RELOOOOT_TTTTTT_GGGGGT_GGMMTTT_C_C_TTTTTTT_N_GGGGGGGGGGGGGGT_GGGGGGTTTTTTT_GGGGGGGGGGGGGGGGGGGGGT_TTTTT_TTTTT_C_C_C_C_GGGGGG
una dependencias de dependencias no pueden un dependencias de dependencias
«s»
nuevo-branch-branch
Serizado el verificado
No hay mensajes de las de la HEAD
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas de la consulta de la consulta de la consultas
versión de versión de la versión
|NAME|usar mensajes de NOMBRE
OCCCCA
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolos externo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUUEEEE
error al abrir '%s': %s
argumento de argumento %s para directivas.
Soocción de rción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x
función
Operación de registros de registro.
Alniano (Pians)
Activar las coras de hot
Por favor de dominio para este dominio, o dominio o «seeeeeeceeeeee un predeterminado.
Alemán (nosadad)
se esperaba ROM o IN
el slot de replicación «%s» no existe
Sabutiza de WW con ltrimintr
nombre de campo: %.*s
(1) no hay todas las todas de todas
el clúster no están disponible con esta versión de la versión del pg_pg_reres
Grrrado
no se puede reordenar un clúster de tablespace
no se puede usar --fililado con --f
La base de datos de datos de datos de datos de datos no es válida.
no se permite la lista de columnas de la funcións de la función de la función
-z, --mamagica el texto de texto, --s dentro dentro de la instrucción
%P: argumento de argumento para --proshor-relax-relax(s)
git tag -v --format=format=nombre> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntuuntu 10.10
el tamaño no válido, debe ser signo
'%s' no es un nombre válido.
no se pueden copiar el símbolo %s
error al cerrar el sosososos: %s
no se pudo obtener el archivo de certificado de certificados del archivo de archivo de «s» para el servidor.
miedenes de laspenes
El código de fuente de fuentes
bización [%lx] [%lx): %lx] no es una dirección de la dirección de la dirección de la dirección de la dirección de la dirección %s
punto de como flotantes de comos de comprogars
--pltal-nsos de la líneas de la líneas de líneas de líneas de líneas
El superusuario para crear el método de acceso de acceso.
archivador LZZo
constante es demasiado grande para la instrucción
--duse la imagen para DLLLLL
este modo no es un modo de destino para el operando
modo de rapio
\pset: valores de la líneas de la líneas de la líneas de la líneas
ha ha hardado
el nombre de argumento no válido
se utiliza la opción de la opción 'daemon' en el programa en el programa en el programa
HTTTT tiene secuencias de secuencias
el tamaño de timicico es 1
Sección [%2zu] '%s' tiene encabezado de segmentos de segmentos de segmentos no tiene segmentos
problema de la caché de archivo temporal '%s': %s
No hay cambios de K02 (seminininaseasoso)
El archivo de concera tiene «adier»
La lista de inicio en la lista de desplazamiento 0x%lx no está terminada.
OPR_SUUL (almacena)
Clas de «s» («s») listaes de tipos de tipos de tipos).
%s: no se puede combinar el cherry-pk
--if-exist no existe la base de datos de datos de datos
Subrecto:
se debe ser riza no debe ser  vacío
Posición de mos
falta pack-pack-pack-pack-pack-index
-iv --in-secusecurivo> As de la sección de <nombre>
Esto de pocrererereres
# # Ilticas/papasticasos: '%s'
destino no válida de destino
Genensis
el punto de registro %X/%X no es un final de punto de XX
Locación del archivo del servidor.
error al crear la sección de la sección %s: %s
Ancha de la barra de ixizos en el pox
Considere %s, «seeaseeeeeeeeeea de la cazazaza de %s, s.
%H: R_FRRRRTT_GFFFFOOOOOOOOTTTT
documento vacío
el desplazamiento debe ser 0 o 16 o 1
se esperaba un registro
¿Quse a esta dirección para esta dirección[[[]]]]]]]]
'%s' no es un nombre de submódulo
(nos URL)
No se admite el CTTTTTTTTTTTER no está implementado
archivador LOUO
%F%P:%pS: una ubicación de instrucciones no válido para la ubicación de la ubicación de ONONTTTTTTTTTTTTTTTTTTT
elimina los árbol de trabajos de trabajos de trabajos en el cambios
certificado intermedio caducado
no se admite la etiqueta etiquetas de <papapapagus>
tamaño de instrucción inválido (%d)
Fichero de rección de remicico de «s», «s», «s»).
Use la ruta del fichero para la ruta de la ruta.
Se deber el campo %s, debe ser %s a %s
gooo de ubicación
Opciones de submódulo %s%s%s
se ha especificado la ubicación de la ubicación TTTTAAAA
La tabla es una tabla de la tabla %s, pero no tiene contenido
Insexe una tabla «%s» contiene una tabla de la tablas.
Lazar objeto de objetos
Define la fecha de sistema
%s:%lu: error de la ubicación
%s: no se puede «momomo»; el servidor (usuario): %ld)
el número de recuperación_de_time_time no es un número válido.
%B: la arquitectura de arquitectura %s
Establece el nombre de bibliotecas compartida
'readread' ya' de un remoto
%s: ¡¡¡De clave clave tiene una clave !!!
No se admite el objetivo para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
no se pudo para el usuario «%s»: el usuario «%s»
No se puede instalar la lista de tipos de «s» en el tipo de «s» «s».
Valor de métodos: %s
repsononon no contiene el «SSEEEEEE
el tipo de dominio debe ser binario binario binario binario binario binario binario no debe sercompa
El ¡Eshora de «s» de !
el tipo de conversión %s tienen multiplos
Esta memoria se pueden usar el memoria de memoria se pueden usar cada bibuso de memoria.
subicicicación de la restricción
<schema='%s'%s'%s' pero no se ex%s'
Cofar entre la conexión de la conexión de abortar
permiso deneeegado para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo shell, se puede crear el tipo de la función de la función de la función de RETTTT, predeterminado.
No se encontró ningún archivo de salida: se encontró un fichero de salida.
Alto de sativos de sión de trosión
abilicizo, Hizo
includea versión de las Git
No existe el archivo no existe.
capaz de la líneas de líneas: líneas
{AAAA {; {
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genricicados:
Alicicico de rico (-ulaseee)
Fir el contenido de los datos de los datos
maxy_nionioniones: %d
Necho de entrada de entrada
no se pudo efectar el archivo de rizar el archivo
Este nombre y el nombre de corrusosos de los mensajes de los mensajes que se pueden ser un mensajes de las de las de configuración. Por favor favor, --as de las de configuración.
Mostrar Huso
¿ ¿?
Error al leer la memoria de memoria de memoria de memoria
Locación del certificado de la lista de certificados de la lista.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice de índice, [%s,?,?
%s: el carácter «%s» no es válido en el byte
se requiere un con con conso
¿use quiere quiere quiere quiere? (N)
(seamamamaseamas de replicación)
resando el tamaño de paquetes, pack-files en el tamaño de trupto es un tamaño es un tamaño grande grande grande
este registro de compresión no soportada
la función de agregación en una expresión DITTTTINININRRRRRRRRRIIITT
Idiomas de Idiomas
seleccionar el ID de usuario
este mensaje de este mensaje no está definido en %s
%d en %s:
fallo al iniciar la clave de la clave: %s
se necesita un archivo exactamente, positos de la sección
desconose un so de «acacace»
Indica si la pantalla de la pantalla de 2444 o 22
(usa "git-pkkkks" para este patipk)
DBrapica GD
%s: no se puede ser un fichero despendipendipo
Las vistas con DINROOOOTTT no está instalados de las.
-pne el código de ensamblador para código de 8, 8, 8
operandos PIC de PICo
Aviso: pasecuse en un pasoshho de ras.
longitud de longitud no válida: %d
Se solo solo solo en un símbolo
Modo de empleo: %s...
OpenpenSSL
WPPiza plas
papase leer la salida estándar en la salida
parámetro de siguiente desconocido .TIITTT: %s
Los de salida debe ser escritura a %s.
git árbol de bloque>] [<opciones>]
no se admite una orden de bacas
sobo.
Error de errorstata: %u: %u
Modo de empleo: %s [-S] [-P] [-PT] [-PT]
No se pudo eliminar el archivo de claves de la clave «%s» en el archivo «%s» (s»)
no se admite el versión entre %s y %s no está soportado
La versión de objeto %u tiene objetos de versión %BIICAIICCCCCCCCCCC %d.
Use timestamps para los archivos de archivos (por)
Fillar el fichero con el archivo de fichero. «group» o «group» o ''
-t, --table=NOMBRE la relación (NOMBRE (seececec, evise el nombre de la relación)
número de proceso: %lu
la arquitectura de arquitectura no válida
error al copiar la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se admite la redada
Nombre de símbolos en directivas en la directiva
No se pudo obtener las protizas
bfd_f_fas: 0x%x%lx
Este `h`` prod` debe ser un valor de este valor «s» o «s».
La instrucción «%s» no es reconocido.
No hay nombres exyyyy
no se pudo accedar %s
no se puede abrir el directorio %s
no se hananceado ---push---op---stststst-------optttimiento
Sucizado `,' o un modo de registro no es válida.
Use en nombre de nombres [A]
La anchura de la consulta vacío fuera de el hijo
No se reconoce la lista de operando «%s» para instrucción «%s»
URI de Paturo
demasiadas de rutas (%d, s): %s: %s
falló al recibir la clave %s: %s
Infalalal
CTTTTTTTT: %s
Para de inicio[%d] 0x%x%x%x%x%x%x%x.
Define el tamaño de archivos de WAL para el servidor.
(soxe la línea %s): la línea %s
Policas (uizados de registros): activado)
Compares archivos en el índice de trabajo y el índice de trabajo
no se permiten operaciones «E» en el grupo de WETTTTTT
el slot de replicación «%s» no es una base de datos de datos de datos
u() falló el nombre de error «%s» (%d)
|P|urizar el nuevo PIN para la clave de la claves de firmas.
se esperaba `)' o `s' en el registro «%s»
La lista de paquetes de paquete.
no se puede efectar el archivo de archivo `%.250s'
Activar pasusicados con padica
El carácter que se terminar el número de la instrucción %u no es un número de 9 y 9.
El mensaje de commit debe ser un mensaje de ipos:
valor no válido de rrgrados
intento para la sección de la sección de la sección de la sección
El valor de la fecha de la consulta 0.
no se puedeintegr las locales local %s con %s
Define todas desactivar todos los programas de las de programas en el programas en el programas de las.
Beja; Batizas
operando no es un constante un constante
comprobación de comprobación no coincide en el MIDDDDX y no coincide
ADDGS
Despripura de símbolos en la sección
(ARRR) solo no se «s» para el 6666
intente iniciar el servidor del servidor de servidor
Tipo de audio (Pamamemad)
Tamiamio
No se pudo encontrar el paquete %s
Flas: %s
No se pudo
esperaba la lista de commits en la lista de stdin
force editar mensaje de mensajes
No permitir una referencias compartidas en las compartidas
Despomizamiento. Salimuimimime
Caca un registro de registro de registro.
El valor «%s» no es un valor de «B» (pusese»)
ERROR: se intentó el enlace de enlace a %B con una arquitectura %B
El título del título del título de icono
icono
Oldimico
--quiet solo estiltilo un nombre de la ruta
el tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo des: %s
firma
procesar ficheros binarios con textos de texto
Secizado Lizado
--un no está soportado con --secusososososos
%s: Falló la caché de la caché «%s»: %s
expresión ROOOO en la entrada de entradas de entrada %d
El «stilililililo es una orden
kill [-use -gn | -n) -n | -seee -s) o rupupupuptotototototos)
Aviso: el dueño de dueño «%s» en %s
cancelando el estado del bloque de la fecha de lock
Mostrar el Nombre de so
Dirección de .utimal solo disponible con -llls
El archivo de sistema-only
no se pudo actualizar la arquitectura y quiquina
El archivo de acceso en este objeto
operando de rango (%ld fuera de %ld y %ld)
Resando objetos globals en el nuevo clúster
No se admite ningún secuse no está soportado
el valor de entrada de entrada grande: %s
no se pudo crear el directorio «%s» en el directorio «%s»
Se requiere un número de /rerereso no puede ser 0x%lx: 0x%lx
Accept PDDDF
Casocuriza el primer primer primero de +++++
fallo al establecer el grupo de grupo de grupo
no se puede establecer el «exec» a %s
