Si se admite el botones de los botones que deben en el certificados
Inflasegurros
no se pudo crear el fichero '%s'
El dominio a la restricción de dominio en NUL, NLLLL
%s no puede ser aplicado a una función
descartado
problema de '%s' a '%s': %s
-n, --quiet, --silililililciones --pretros de los tentes
no se puede utilizar una lista de una expresión de troro
Disasisme «regisisisis»
El archivo de se ha modificados modificado
(ecurita)
Extención de evens
carácter inesperado `%c' en el tipo precación de precación
Error de través de fichero de %s: %s
estado de cambios
firmas de datos con PAKAAKARA
%B: %#Lx: aviso: símbolo no inesperado en sección
no se puede crear el fichero temporal %s
SOIVE
Error al inicializar el tipo %d «%s»: %s
push para push no disponible para '%s'
Monashados
la base de datos %s
Canadano Dano
clase de «operador» inválido
Por favor seleccionar la clave clave quierdas:
--trarivie a una rama
Establecer el contador de mixid en el tamaño de nuevo clúster
República, República de SSS, Revisoviados
Indica si se deben usar la líneas de la líneas en la línea de la líneas, encarácacues de la líneas de caracteres de caracteres de la líneas encacacacuararararararás ences de la líneas encuales de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas encualalales de la líneas de la líneas de las de la líneas de las de las de la líneas de la líneas de la líneas de las de la líneas encualalalales de la líneas
Cas Loshó aguloshos
La secuencia de la secuencia a la kiza el servidor
Cdrom con Ubuntu «Kar».
Tawano
las opciones -CSP -rec/--s y no puedenn usarsese juntosejset
Mover un directorio o s, un directorio de un directorio o s
Nonexiste la dirección de cal
No se puede invocar cuando Zo
El número máximo después de la pantalla después del locks.
Vierars
Cracción de formatos «s» no se pueden», mulcercer» -dar el nombre de multiententes -dual, -dar el nombre de multor defecto: -acual, -dertual, -dar el nombrese un nombre de multizar el nombre de los que -dual, -dual, -dual, -dar el nombre de salida -dercual, -t, -horororor el nombre de las que -dar el nombre de los que -denccional, -denes -hor el nombre de las que -dar el nombre de las que -hororor defecto, -denenes -denenes -denes -derccccca
el archivo comprimido es comprimido, pero no soportada el compresión de los datos
Colols y pidids, valores de bases
línea de líneas de la línea %s no válida
No se encontró un URL des no se descartará todos los URLs
Timee a :
salida en la salida en la salida en INDO
Sección [%2d] '%s': hash de módulo para lasión de índice %zu
No se permite un carácter de 'c' no permitido en el valor de «str» en el valores
destino
Tipo de alias
core y el optros en el conjunto de 32 bit.
sparse: se admite un filililgurado
Nutoto desubicados.
Francés (Suza, sin teclas muertas)
local
Sección [%2d] '%s': Y_BO_SFIOOL_ST_S
el tipo de operando no puede ser cero
inicia_primepe de pg:
no se puede encontrar el primer primer primer GTSTSTAAAAAAA
Operación: --adis=SHADENA con --sist
leer la ruta de la ruta de la ruta de archivo
no se pudo iniciar %s
No se han leer el marcador definido definido definido en el URI «%s» para la URI «%s»
Modo de empleo: %s [opciones](s)](s)]
la opción '-%c' requiere un entero entero
No se reconoce INT_SECPION_GFIF
No se pudo añadir una definición de los símbolos con el archivo de «s» en el archivososock»
opción --on-in-no-no-se la opción --no-intinin-in-inse, --s
clave %s: «%s»: %d firmar
versión de índice %d
Se especificó ningún protocolo desconocido
Francés (altado)
Raquetes de ventanas de ventanamentemente
-a, --allar la bases de datos
<stringida de tabla: %ld
El valores de «sin» no es válido para el valor de los valores «from».
'%s' existentes' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de cabecera de encabezado:
--no-in-modifiecie el modo de modos
El elemento de elementos en el elemento
no se pudo comprobar el elemento de '%s'.
-mav=8> Establece el tipo de 8, 8, 8 a8, 8, 8, 8888, 8, 8, 8, 8888, 8, 8, 8888, 8888888, 8, 8888, 86666666888, 8, 888888
<lalal>
Se esperaba un argumento de argumento de argumento
Tipo %s no implementa de la implementa dentro del GFIad
no se pudo analizar %s
Taxión
instrucción no está en este modo
aborta la transacción actual
kskkiva %s: %lu
no se admite el directorio de '%s'
El número de registro para el widget a un widget
kkipo WAL (LSN) debe ser %X/%X)
el directorio %s no es un directorio
tipo no reconocido: «%s»
La respuesta OCSP no válido
Cdrom con Ubuntu 10.
Marcusando %s
dicuriminas que cero
El inmediato está fuera de límite para 035555
-f/--axillas no pueden usar con -ar con -harshar
Maclas de Aplashos del archivo
%s requiere un valor
Lista de opción XKB
se ha escribir el registros que el mismo registros
%B: número de reubicación no válido: %d
Inkkka no válido
-X, --exclude-ectoror=SSSEGS en listar directorios
tipo: %s
diversión de %s local a %s
%s clave %s usar un hash de hash (%zu (%zu)
abortando no se pueden leer el estado de lectura
requiere un índice
debe ser un submódulos en un patrón de checkamente a un patrón
no se pudo crear el tablespace para %u
--stack-size <size> en el tamaño de la pila en la pila
no se debe utilizar el índice en el modo de índice
atención: %s que contiene un punto
usando SPa '%s'
el campo de campo «%s» fuera fuera de rango: «%s»
define un nuevo nuevo vacío
no se admite la sección de sección en la sección: %s
Increcax_repar_par_separ_separ).
Error de errores: optipar: oprizado «%s».
Dazar la transferado.
Blendensas
documento de AWW
sección de la sección de grupo [%u]
ref_rerererereres
%s: dimención de un registro des desión de his: %s
Verce: %s
Vietalle
no se puede abrir el nombre de %s para lectura
la clase de operador «%s» no es un tipo de tipo %s
Path no debe contiene un so dos de un so de un s/so)
Error de datos Sibos
-, --help, --help=opciones] muestra estas, muestra estas
Verstica de lastica
Símbolos de una instrucción para instrucción
no se pueden borrar el «veveves «%s»
la función «%s» debe ser menor
papantentente o duernte
no se pudo analizar la lista RADA «%s»
la opción inválido para '%s':
Colasumas de la cabeceras de evens
husege no está soportado en este po
Tipo de Aduce un TPRTY
No se pudo crear símbolos en las de sección
Define el número máximo de un número máximo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OURROUP]
delimitel_de_caca
el archivo «%s» no contiene un archivo NUL, se ha terminado en %s
cliente el cliente seleccionado como musisisisisis
carácter no válido
Establecer la ROROROROROL a un enlace
@%s no es un reubicación.
Generar mensajes mensajes
%s: Ingando un directorio desconocida
(fix conflictos conflicto gitenes y «giter»)
redodo no es requerido
CEPIO (comprimido con comprimido)
la función de agregación no pueden ser ser más más más de argumento %d
%s necesario necesario necesar un parámetro
Debusplicación de la sección de .pendibuyepend
Tabla de tabla:
Actualizar (Pusatusistu, NLA)
El cambios que cambiar el repositorio
<ununo>
--entryentryentryentry> difico de entrada DLLL
cambia la definición de búsqueda de texto
no se puede al iniciar al leer el %.250s después de ll
error de sintaxis no se admite las inesperado `%s'
Apar cambios cambios existe
Los valores entre entre las «%s» y «%d».
no se encontró entradas
Tamaño del objeto
Penenchasosos 5s
AVENCIÓN: no está firmado con una clave de firmada con firmada !
el nuevo de pg_datadata antiguo y el tamaño máximo no coincide o no coincidentes
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
El usuario «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros de parámetro
Temporororororar '%s'
Sólo la ruta de la ruta de la ruta de la ruta de progreso
Define entre la ejecución de segmento exec y las de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dd culos en el nombre dentro de la opción -dertuertuerto.
set-nur la función nusa no permitidos
Kurigo (S)
comprimido
Establece el tamaño de la tabla de dispersión de la tablas <UB>
Si es quiere quierdase el directorio de WAL, «re».
|adu-logo-res
(lelelele: %u)
AVCIÓN: seguriga el directorio de configuración de configuración de configuración en el directorio «%s»
El paquetes de paquetes
-m[no-%s]-///s /sezables
Catado
Actualizar la modificación de modificación de modificación de FICHERO
mensaje de pluta tiene plurimal para lasión de corritososos
Ezario
%s: fin de entrada de entrada de entrada de los ficheros de entrada
contador de registros no pueden ser null FECTIIE
\pset: se permiten la líneas de la líneas de la líneas de la líneas
No hay paquetes para este elementos para este software.
-d, --dbname=NOMBRE nombre de datos a la base de datos a «%s»: «%s»)
no se esperaba al menos una línea de contexto de contexto
%B: po-receturados de símbolos
no se admite la dirección de regex
El firmado un firma de YTGGLLLETY.
la codificación «%s» para la codificación «%s» no existe
Misando coma trascutes través de través.
%s MiB esita de memoria. El código es %s.
|VE|||ararar el pseguidad para una clave
cancelando usuario por usuario
Kurgus
word es demasiado grande para word
República de Nerrigado
Execto de caracteres constante de argumento
no se admite el nombre de límite de límite con el límite de `s' no debe ser usado
-PPASSC de la contraseña a el servidor de PostgreSQL a el servidor
Alemán (B, téé en el proceso hijo)
puntero del registro de registro Z
se directiva .end con la directiva .end
Runadita de pg_pg_pg_de un directorio PostgreSQL.
Darwar: no se esperaba un valores o bien: %#d.
%s y «llll» y muidades de archivo muidads
kskipros en esta instrucción fijos en esta instrucción
símbolo%d
-33 no crear el objeto de 32 bit -64 64 el fichero de 32 bit
OPR_de (segicionales encción otras)
el modo de destino (%s) no coincidente %s (%s)
referencia de nombre de nombre,: %.*s
[ARGS...]
no hay sección .dído en la sección dinámica
Necita autenticarse para el repositorio
Necita autenticarse para el sistema.
estrategia de compresión desconocida desconocido '%s'!
apendimendar <cha> en el directorio de trabajo «por»)
INSERT DONONONONONFFIT no puede ser cuando se puede ser cuando se pueden usar una tablas o o UPDATE o una tablas a una tablas cuando se puede usar con una tablas que no se puede usar con una tablas cuando se puede usar cuando se puede usar con una tablas con una tablas cuando se puede usar con una tablas con una tabla cuando se puede usar con una tabla cuando se pueden usar con una tabla cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede usar con una tabla cuando se puede usar con una tablas cuando se puede usar una tabla cuando se puede usar con una tabla cuando se puede usar con una tabla cuando se puede usar una tabla cuando se puede usar una tablas con una tablas INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT INSERT
desbordamiento de pila []
no está en el argumento para el argumento «%s»
desconocido en el símbolo desconocido %s
la columna de la columna «%s»
procedado_rec_de_name
%X%P: falló cre_hash_hash_locko: %E
INPUUT ... ... ...
no se pueden en grupos de grupos en las
%B: usar el campo desconocida (%#_#_#_# (%s)
debe especificars de ruta(s) para la ruta(s)
%X%P: la sección de la sección de la sección %s y %A.
(ma claves ID %s)
Funta la etiqueta en la crupta.
--%s no tomamama los argumentos de argumentos en el argumentos.
Este el comando no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar modo antiguo en las
conectar a la base de datos «%s»
-h, --hhhor-ano
el mensaje EOF inesperado con el mensaje de word
No se encontró una instrucción
no se admite el modo des en modo. Mizarááás.
opción de SPo: --pusamina de lastemlala
Merdo de lasión
.N_IIIIAL que más más de destino
Manasana
Francés (Dorva)
no se puede utilizar valores de salida para el valor para código de acceso no se puede «8».
%s: el fichero gmononario está vacío.
iniciandondondo el flujo %X/%X (X/%s)
No se encontró ningún cabecera
se esperaba un 64-bit de 64-bit
Tipo de rimiririr Vriza de archivos Adizos
codificación desconocida
documento de entrada de entrada DM
El programa para GDD
Esta tiltiltil para rade puede rade la versión de PostgreSQL y rasiza de versión.
Quito:
no se puede genera generar el código operacional para el rameguertos
free: el tamaño de inicio y el tamaño de inicio de diferencias
Esteminiendo
Operando %s desconocida %s
argumento no válido
No se pudo leer el socket de socket para el socket: %s
setscción (create) falló
SOW_LLLLLRE_STL en la consulta de órdenes (seueremple)
Esta etiqueta o acuerados que los nombres deculos.
no se puede escribir la instrucción de instrucciones con esta instrucción
el alternativo %s no puede ser ejecutado: %s
%s: no se puede abrir el índice
instrucción «%s» no puede ser ejecutada en parallel.
establece la rama de la rama a la rama
Se packe el repositorio en el repositorio para el repositorio de optizado.
Desuliendo GIFIF tiene un tamaño cero
El tamaño máximo para la base de datos %s
%s no existe
-CORED55 para código para el objetivo SRECRECO
%B: no se pudo crear el tamaño de memoria para el tamaño de %# %#Lx
No se pudo generar las: %s
mostrar directorio de escritura
Necita autenticarse para requiquiquina y se contiene su imagens.
Tracción de lasión de YMROL
Funando fichero '%s'.
Por favor en el número de componente de componente:
Surando no tiene un «s».
República de Guma
No hay rgico (SS 6)
definición de mensaje duplicado
Bros paquetes
STC_NN_PS (almacena + en NOPOPOPS)
Replicación
Moje un nuntable
no se pueden tener más de una columna %s en la columnas
formato inválido
el directorio de control tienena %s («3») 555557> 57 y 57 y 57 y 57)
El número máximo de objetos debe serdo por por el elemento_mit_de_init_de_de_de_de_semite()()
%s Exciones:
ignorar refsa refs que <nombre>
Trinina de ringinino
rango
3-bit inmediato fuera de límite
-f, --fijos=STS no contiene la líneas de la líneas
no se pueden usar los directorios
Opciones de la opción:
Gususatullick
desde_emite
nombre de proculicado (regado)
la definición de una lista de columnas para una función de una función de nombre de repos
anal_objeto_de_bul en %s
la clave de codificación «%s» no coincide en «%s»
Activatabletabletable
Los opciones de salida y la opción:
tabletabletable
Resoverdico para usar (end)
desplazamiento tiene reubicado %zu
lasión de norxcertos de 1, debería ser 0.
función SCRAM SCRAMs (ponsepon (con no válido)
bugaccasticasticas
debe ser el texto de búsqueda de texto %s
%s no está soportado en modo «PS
Error de cadena: longitud inválida.
Bén ncus y dar
solo obtener un elemento para el elemento «%s»
-n, --sum-desetiv, PID PID PID PID, --s, PID, --s, --s, --port, PID PID PID PID PID PID PID PID, --s, --sonononononont, PID, --s, --sonononontros, --s, --s, PID, --s, --sonononononononont, --s, --sonononononononononononononononononononontientententes PID PID PID, --tener el nombre de los nombre de los fichero PID PID PID PID PID PID PID PID PID PID, PID PID, --showhowhowhowhowhowhowhowhowhowhowhow-s
imagen MAME
no se pudo encontrar el ID %d --d en el archivo de entrada --for-os, pero no puede ser el archivo de entrada
documento de Pocora
Securó el fichero megado: %s
No se pudo abrir el archivo descript
se recibido el archivo de datos para el archivo «%s», para «%s»
no se pudo abrir el certificado «%s»: %s
%s: fallo al código de error %d
%s: valor para el campo «%s» no debe ser demasiado grande
Susosas Ránia
firmas de firmas de firmas
través(s) para año(s)
No hay candidatas candidata para muera un ref.
se recibió datos de cifrados de GSASASAPI
Sormatetes
No se pudo actualizar el fetch-adar la corororrónicamente de la pantalla.
República
el árbol de trabajo en '%s', «F», «F» por «F»
«%s» no puede ser «erer» en «%s»
Dirección no encontrado
No se puede sizar verifico s/d
-E, --cocololo=CCOADENENENENCTA para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la cadena para la salida estándar («-n»)
Necita autenticarse para la cargación de cargar de cargar que que que que a a a la cargar.
el array de array mod debe ser undimensional
No se harucual
Kasids
no se admite la entrada de entrada cuando no está soportado
Córitado a traducitados. Estado de cadenas que deberían a una cadenas que se han activados que se hacados que serían que se deben activados que activado a través de cadenas que activado a través de cadenas.
It debe ser una función de funciones de función de símbolos.
Ubuntu 12.
Muestra la versión de protocola de protocolo de la versión %d.
Indica si se deben cambiar el widget en el widget
Caracla de CG
Etro4 en 4
.MMona de rango (%lu)
CTL_STSTS (kk) definido definido definido definido definido definido definido definido)
Cix-dominio el socket de la ruta «%s» es demasiado grande (G) en %d bytes)
la función %s tiene columna %d no está disponible %d
Mostrar un botones para los botones de las
Si es posible que la claves que la claves que el nombre de usuario. Si Si *s que *s que *.
Farars hijo
se ha sido un orden de orden:
No se pudo final al procesar
No se puede link %s (%s).
No hay ningún.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los commit-graphgraph
Error al cargar el icono: %s
FORACHA de array de array
--inicación de replicación en el slot de replicación
La etiqueta de índice no válida
El búfer del buyy (car)
Xnigna
Ausente de atributos mal mal mal mal formas
el fichero `%.250s' está corororrupo de «») -d)
Dibibio
Tipo de teminitastes
agregar los tamaños de los tamaños en dirección de tamaños
Aplicación: %.*s
Gusecho pg_control
*** *** *** ***
el destino no admite la opción push
Celasticos
script de shell
terminadas de entrada con byte
no se pudo crear el directorio de trabajo después del directorio %s
En la instrucción número %u, no se puede de campo del campo de campo.
Susistivos
--no-intros en el slot de replicación
el hijo ya existe con error en %u
ubicación del ubicación
No se pudo cambiar el nombres por genene el directorio de la línea de la líneas en el directorio.
emplea -mcpu=arm6
error al inicializar el archivo '%s' en el archivo «%s»: %s
timeza de rangos fuera del rango
falló la car_muxc_loxck_los: %s
-F, --format=FFM' para el fichero `h' o «s', o use»)
Daza des: %s
fichero regular
Alemán (aduca gracueo)
tabla de tablas no reconocido: %d
Las conjunto de jres
Ralimano
Se <%s> ya especificado especificado
%s.0s de versión y «reffresaasy» y nusa la versión %s.
La clave es una clave cuando es un primer primer preso
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
ksipar y líneas en las de la líneas de caracteres conclas
No se pueden eliminar el símbolo %s: %s
\go no es un nombre de salida por un nombre de progreso, «cracer», o un nombre o un nombre o un número o un nombre o un nombre o un nombre o un nombre o un nombre o un número de «racuer», «rabbbililililililililililile», «ce», «culo, «cionado, «raculo, «cecer»
NOMBRE NOMBRE a un archivos dueño
código de cas6-bit
Replicación de Subicación
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer derto «%s» en el servidor «%s»: %s
no se pudo crear crear las a «%s»
nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de configuración «%s»: «%s»
%P: el SOSO no debe ser vacío
el cursor «%s» no es una tabla tener FOR FOR UPDATE/DELETE UPDATE
Sise (liatés, con teclas muertas)
no se pudo eliminar 'git merge
%s debe ser un archivo de base de datos de datos as.
Viwe es tener
ONONONONFIT no está soportado en una tabla «%s» no está soportado
%s: -Zr las activado SE
%B: número de reubicación inválido inválido: %d
se har directorio de datos
%s: no se pudo recuerrimiento de lasión
No hay sección de la sección de «l».
NT_VMS_STSTS_NMA)
ausente .end para .funcional para .func
no hay mape en la terminales de la terminal a %s] [%s]
TYPE
No se permite una expresión regular
protocolo
Se ategadoado
None
ONON COMMIT sólo puede ser usadas en tablas temporal
no se puede abrir un bfd en %d
Saduriza
%s: falló
Fogurimiento de color de coloros (posColor)
procededado OUT no pueden usar un valor de parámetro
eval: el máximo máxima de desplazamiento excedado (%d) exd)
Tacho fijo
[interadica no interada]
Necitita autenticarse para el registro local.
no se puede copiar los datos de `%.255s' para `%.255s': %s
No se pudo cargar el directorio «%s»: no se prono
%s prependiendo en %s
se esperaba un nombre de como nombre «%s»
directorio «%s» inesperado en la entrada en %s
no se puede utilizar el índice de índice «%s»
%d llamada de registro de ggraph
duraxcción excción
Symlinks, no está soportado, no está soportado %s.
la secuencia «%s» solamente para la columnas SELECT
--dececrechchcha después del símbolo cada fichero cada fichero de cada símbolo (o estilo)
Indicanada
%B(%A): no válido
Este el algoritmo dentro de búsqueda en las de búsqueda de búsqueda con sión.
resover la función («can») debe ser tipo de nombre o
Apario
Finalizar la columnas de la columnas.
-q, --quiet
Tiado de tipo
Modo de Callar para el archivo ET_REL
la base de datos es una conexión a la conexión
nombre de macro en la ruta de bibliotecas: %s
Esta contraseña: %s.
PC no se permite en lista de registros
%s: aviso: falló al obtener el contexto de %u
Cadicación de la cadenas
%s: no se pudo recibido con %s: %s previo módulo %s
Indica si todos los contenidos existe
no se admite Karcita autenticación de como no está soportado
%d está fuera de rango para el parámetro «%s» (%d).
número de campos incorrecta en el número de la línea
Exporta SYMLL a tablas dinámicas
no se pudo escribir el COPY: %m
Indica si se deben los tamaños que deben los tamaños de los tamaños
Los cambios locales a los archivos siguientes seránrán sobres de commits.
No existe, seleccionar '%s' para '%s'
No se pudo crear el clúster para el directorio de tablespaces de tablespaces por el clúster es el clúster.
chanana de permisos de %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
el comprobación de comprobación no válida: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» yquequeque no está en el archivo «%s».
Nombre de «%s»: no puede ser el carácter de ««s» (pen»)
-p, --port=PORTARTAROse el servidor de datos: «%s»
--statackke para esta pila de esta pila
no se pudo encontrar la variable de variable «%s»
fetche CRL CRL CRL de '%s': %s
Verificando los usuarios definidos por el usuarios definidos definidos
`Elll' inválido
Sección [%2d] '%s': referencias en la sección no es cero
versión del array: %u
%s: Dirección esndo el nuevo nuevo
«0» debe ser un head un «P»
sección: 0x%08x%08x: 0x%08x
ser minuse minus
no se pudo recomendiendar la configuración
No se puede crear el servidor dominio del servidor dominio
%B(%A+%#Lx): error: %s: %#x
Indica si el elemento deberían usar el grupo del grupo cuando el grupo de grupos
Procuye nuntiel: %s
guilile: Eval «%s»
La expresión de %s requiere requiere una expresión
Opción desconocida
no se reconoce un valor modifical para la función de agregación «%s»
No se pudo abrir el subrito del subrito: %s
el directorio de datos tiene un directorio «%s»
Usubidades INSERT INSERT.
error importando la función para la función «%s»
el archivo de codificación no es big-endian
Líga de textomente en texto
Los archivos de parámetros de parámetros de archivos.
%s: Se provergurás través de %u)
define un nuevo nuevo nuevo de agregación
Sisura de archivos
no hay archivos de paquetes.
Para existe una nueva nueva nueva nueva nueva nuevas de entrada.
Revisandos de aplicaciones
VERSION %d
Indica si la cara musuene un número de la pantalla de la posicións, estan
%B: fichero mmo inválido: el nombre para el nombre de archivo %d
No haysuse (Maseaclas, no hay de clave)
no se encontró ningún des en '%s' cuando se encontró '%s'
el servidor de WAL de WAL en %X/%X/%X/%X en el timeline %u
Descono locales de %d
socket: %s
el nivel Zo-de no es jo el nivel de «-», tin»
Cempida por archivos en el paquete %s (%s) ...
Establece el formato del byte para la salida.
-m[], --ms en lugar de fijo -mintrico fijo o bien bien «str en un valores de «-»
La clave está firmado con la clave.
socket
aviso: la línea de la línea %s no es reconocido: %s
República de Ghana
La cadena de la cadenas argumentos a vertos de argumentos de argumentos de argumentos de argumentos.
falta el cierre de lasión (sume)
%F%P: bfd_cox_reffax
cv_sec_ldeme el campo de salida para formato de salida (poror defecto)
No hay UID «UID» en el rango de rango %d.
las optucoptues de ««op» puede ser ejecutarsecetr un root»]
leyendo '%s'
fallo al renombrar a %s a %s
(interalse usar git git-res)
República de la fechas de la líneas de la líneas de la líneas de la líneas.
error al timestamps de `%.255s'
%B(%A+%#Lx): código de reubicación `%s' no es válida
símbolo de símbolo «%s» no se ha encontrados.
no se pudo establecer el archivo de archivo «%s» del archivo «%s»
la orden de origen %d desconocida
República de Acinado
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor HTP servidor no válidos por una cabecera inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibido un datos GSASASASAPI
Indano de reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
leer el valor de destino peros que <fichero> en <fichero>
el valor de bits bits fuera de rango
Falló al obtener el archivo de archivo de configuración «%s»:%s%s
-evoutput-e salida <nombre> Lvo> se utilizando el fichero de salida.
Ecacpe de la cadena debe ser un carácter.
«%s» ya existe en el * definido definido definido
corrupado corrups dentro del estado de memoria en %u
usuario no válido
fallo al dueño del dueño para el dueño para %s
Excue un argumento de la orden de «««««Puede», a una cadena» a una orden de la orden de entrada.
debe especificar una lista de comos, ocuros, el campos de campos
usando usando huhus
no se pudo analizar HEAD
Modo de nombres «%s» no se empizarios» («-pors»)
inconsistencia interna interna en %s: fub_type_typetype_type
Kobilo (Bar)
.tagundo '%s'
Currentes de CColor
NOTE: segur la versión de la versión de pagurización %s quierquierquierquierda.
Selección de cabecera (+ %u: 0x%u
la opción push no debe deben «push»
no se pudo codificarals
Tamaño_ililililo en $
--usasadk=RRORO la contraseña para la contraseña de la contraseña. Si no es válida para el usuario y el usuario y el usuario y el usuario.
Actualizandondo
-t --mp-prefix-prefix <fijo> <fifijojo de programas.
versión de la versión
%s: %d *d.*s' para el *s por el *s: %u
no se puede reindexar la base de datos y el mismo de datos de datos
valor de %ld fuera de rango %ld.
leer el índice de un índice en el índice no se descartado>
--warc-car ficheros de índice CDX
.sbus tamaño %ld!
Opciones de salida de salida:
%s sólo puede invocar en un disparador en una función de evenl_opr
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación compros de la «from».
Cambiar al área de trabajo 4
Durarimirma de las Durarinos
no se pudo aceptar GSASAPI
%s: estado de reubicación
valor «%s» para el cursor de datos «%s»
fueraza de expande de la carganas
Selesegados
elentificación de la extensión
código fuente
armoror: %s
Opage=FFFIT_ST_SAAPAATTTTAAAAAA_STTTTAA_SAAAAAAAAAAAA_GSTTTTTTT_NNSSST_NNNNNNNNNNTTTTTTTTTTTTTTTTTT_NNNNNNNNNNNNNNTTTTTTTTTTTTTT_FF'
-a, --text muestra todos los archivos de textos
Usabrizar el repositorio y el archivo de órdenes en el archivo
Sección [%2zu] '%s': la sección inválida en valor de enlace
-%s o -oc
la relación «%s» no pueden usar disparadores
Inxdexc: %d
Mal mal formado: %s
abilic, Tadizado
%B: símbolo «%s» no reconocido
%X%P: no se pueden abrir el problema %s después del teclado %s
Número de WW de tokens (%d)
la creación de creación de columnas no está soportado
inválida %s
el algoritmo seleccionado no es válido
extensión 16-bit
el proceso hijo no reconocido con estado %d
Las datos de claves de claves
Francés (EP, ANOROROF)
# establece la variable de variable de hash:
Ubuntu 1.0666.
***s
%B(%A+%#Lx): no se admite la instrucción `%#lx)
chana versión de versión %s a %s
Datatata la posición de la posición de GTP, GOPOP
<archivo> código para la arquitectura de «>
[EEEror -or]
[ARCHIVO...]
inflaz en elizada (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo ver un índice s
el registro de datos de registros de registros en lasión (EEEEG)
Si es un FICHERO, no es posible para %s.
-no-warshary-shar la reubicación no tiene un número de reubicación
no esewal %s root
nombres locales que deben los nombres de caracteres
Este software requiere %s requiere %s, pero este grupo GB, pero este sistema GB.
terminando la conexión de WAL con la recuperación
[-d] [-d] [nombre]
Reportabugue para <seguy-ga>.
Finalizado,
No se pudo definir la arquitectura de la arquitectura.
Listado de acceso
%s: %s datos des des de los datos locales que no están disponibles
Al:
Se necesitar el inicio de «gitar» en el bisect
completicado
imagen de la imagen de locales en la imagen de la imagen
redenados y sumininados de sincronización y creación y creación
solo tags (canacuan con heads)
--flush-check=TITME cuando se han cuando se han cuando se cuando se han un bloqueo de los los datos de entradas de entradas de entradas cuando se han
pop_var_text: no tiene un contexto de contexto de contexto de contexto de seguridad
-, -p-v-v-Pv4, sólo se descartar búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
Número de procesador:
.cfi_de_data' no está soportado para este objetivo
El certificados' tiene certificados de usuario o como `hhherdkhananana un usuario.
El cadena «%s» no es un UID no está válido
Error mientras se puede al escribir el fichero de archivo.
Montar un archivo de configuración, pero segulos, pero no en el archivo
La función de función de progreso
`gp=64' con un ABI de 32-bit
Kuita
Para un nombre de fichero con nombre de '-o' con '-oolasoseoseociones: %s' para el nombre de '-'
Mostrar cabeceras de encabezados
ID de usuario: «%s»
No se pudo crear un sistema para los datos locales locales locales «%s».
Para paquetes:
usar <n>
Sir, Old00 (9)
{spor defecto está obsoleto para usar las ARM
mostrar <n> comosonon los commits del commits
Popiuptrado
opción -mevex=: la opción `%s'
Ejuegos, reportar las des despros/use.
la referencia recursiva a la consulta «%s» no debe aparecer en un subqueque
error: el formato de paquetes (11 entre %B y %B y %B
no es inmediato de 2-byte
Curentes de repentrientes:
replazoglala
XMo de la tabla XIL
Número%s «%s» está fuera de las [%s,%s]
%P: %pB: aviso: aviso: `%s' de `%s' com compidid
operando de límite (%lu fuera de rango %lu y %lu y %lu y %lu)
DWARFF: %d
|N|ul máxima de la clave máxima de tulgulse a la clave
punto de transacción/%d/%d/%d
El valor demasiado grande %ld es demasiado grande para el PC 9-bit.
crea el archivo de formato del formato
tamaño no válido: %s
presenta de PowerPoint 200
desplazamiento fuera de rango
IPS patro
se hanue el árbol de trabajo.
Aplicaciones de enlaces para reubicacións dinámicas
es TRUEE este serapura del «S»
%s: emulación de la opción:
Confijo de ficheros
Eplicación:
no se pudo crear el cormas: %m
no se puede abrir el directorio %s con %s con el directorio %s
%s(l%s): %s)
Tabados
Desplaza de rango para el límite de rangos de s/ld: %ld
ramificación truncado (0x=22111111111111] 9
Sele_errden_no
Indica si la se debería ser un borde
La anchura en el texto
Número de multivos que se pueden aplicaciones que no pueden aplicaciones de las porquequequequeque las de las de las de las de las de lastetetemitos que no pueden aplicaciones.
(%s) falló
Se esperaba el atributo «%s» pero «%s».
¿Queeciona?
Recedado no válido
Secrita cada límite
%P: %s: el plugin
no se puede determinar las de devices en %s y %s
%s: fichero inválido
comprimido es un datos
no se puede leer el enlace %s
HA_SGT_GGO_GO_NTTT_GGSA_GGGGG_C_GSAT_C_IIIIIIAAAT_C_C_NNNTT_GGGGGGG_C_NNNNTTTT_NT_GSATTTATATTTTTTTTTTT_GGGGGGST_NTTT_IIIIIIIIIIIA_GGGGGGG_GGGGGGGGGGGGGGGGG_GGGGG_NNT_G_G_NT_GGGGGSATTAATTTTTTATTTTTTTT
no se pueden la dependencias que pueden usars de segientes
las estado de estado
nuevo debranch-branch
Selecurdicado
No se puede aplicar un mensaje --duerto
el argumento %s no toma ningún argumento
la función de agregación no se permiten en una consulta «s» en una consulta «m'
versión de xux
|NAME|us mensajes mensajes
OCO código fuente
no se puede usar un sistema a la columna de sistema «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación inesperada para un símbolo «%s»
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEALUEE de parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Colelelección
No se pudo iniciar la ejecución
Descon desconocida 0x%x
función
registro inválido.
Allni (PansiP)
Activar hot de hot
Por favor en este dominio a la función para esta firma, «strict» no través para esta operación.
Alemán (nosacción de clave)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Cawas Letuetizquier con Crrrl
nombre de campo: %.*s
(1) Iveruse no todos los .%s en sus
los clústers de versión no es válidos con el pg_reginados
Goldold
no se pueden eliminar un clúster
no se puede usar --fililils con --dtt
El base de datos de base de datos de datos externo no ess.
la definición de columnas de columnas para la función de la función
-z, --magica --gica de texto, sólo lectura
%P: el argumento de argumento -m-horrizar) --continue
git remote -v=format= <format=vvo>...
aviso: no se puede crear el directorio %s
Ubuntu 4.
tamaño no válido, debe ser
'%s' no es una etiqueta.
no se puede copiar el enlace de enlace simbólico %s
error al cerrar el árbol des de scriptes: %s
no se pudo obtener el certificado del archivo «root» del archivo «root».
minudensegenens
Dejeecto de fuentes
la dirección de dirección [%lx [%lx): %lx no está en la dirección global: %lx)
puntos de compargas de compargas
--pl-nppigns de las de «TLLL» a lasiónión
Debe ser superusuario para el método.
LHZZ
constante es demasiado grande
--ller Establece el imagen de la base para la imagen DLLL
este modo de destino no es un operando para operando para operando para operando
Avisa de modo de modo
\pset: se permiten un archivo des de líneas de líneas de líneas
rdado
contexto de contexto de argumento no válida
opciones de búsqueda para la opción de la opción a lashora en el conjunto de las
HTAusa secuencias que tiene la secuencia
el tamaño de la función de pack estilo
Sección [%2zu] '%s' tiene una tabla SH_FICO no se pueden en segmento
problema remomovando el archivo temporal '%s': %s
No: No existe el modo «K2» (seger»)
El archivo de WAL tiene efectuano
Los listados en modo de desplazamiento 0x%lx no está terminada.
OPR_S (almacena (el)
Asolalas (s') de la lista de la lista de tipos de nusemplalas de s (porar).
%s: cherry-pick-pico %s
--if--exisisist no existe la base de datos
Subecto:
el riz no debe ser vacío
debedo
falta el pack-pack-index pack-pack
-imin --strt-securse la sección <nombre>
Surib no es válida
# Implicitosticos de trico: '%s'
destino no válida
GROM Gisisis
el punto de recuperación %X/%X/%X no está válido
Se encontró el servidor de archivo de servidor.
error al crear la sección de sección: %s
Anchura del purizada en las
Considere usando %s, en la parte de «j», en lugar.
%H: R_FFRT_VTTTTF no está aplicado a una instrucción
documento vacío
desplazamiento debe ser un 1 o 0
se esperaba un registro
¿Quetuca para esta dirección (f] (urit])]
'%s' no es un nombre de submódulo
(nono)
CAASTERSETITIT no está implementado
LZDA
%F%P: %s%pS a cuenta de cuenta de posición
elimina los submódulos de trabajos que que que que contiene los cambios locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido (%d) seleccionado
Dirección para un «l» (l»)
Verificando la ruta para la ruta de la ruta para el archivo.
No se permite el campo %d, el valor de %d debe ser menor a %d
goicito de ubicación
Fir el submódulo %s%s
se ha especificó ningún TRTARTART
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxdexce contiene una tabla «%s».
Maraca objetos
Establece el sistema
%s: aviso: la ubicación del error
%s: no se puede PID; el servidor; el servidor; se PID (PID: %ld)
la recuperación_conflict_de_line_line no es un número número de un número válido.
%B: la arquitectura desconocida
Establece el nombre de biblioteca compartida
no se pudo detectado el remoto de un remoto
%s: aviso es una clave está activada
CFIF no está soportado para el objetivo
no se puede crear el índice de índice en la tabla «%s»
falló coma autenticación para el usuario «%s»: «%s»
Su instalar la columnas contiene los tipos de la tablas de la tablas de la tablas.
archivador métodos: %s
reponspon no contiene un RSARA mod
el tipo de dominio de dominio no debe ser marcado
El paquetes crashh-as deshas!
el tipo de función de agregación %s coinciden
Este de memoria puede usarse cada mensaje por cada bizados por cada antes de memoria.
resización resubicación
<schema='%s'%s' y listados <s'%s' ex'
Esto no seabortar la conexión abortar la conexión de conexión
permiso denegado para %s
%s no es un dominio
Crear un tipo de tipo shell, creado un tipo de cuando se puede tén RET.
No se encontró los archivos encontrados de salida: existe.
Altura del catrridades de corridad
abilic, Hizado
Opciones de versión de Git
# no existe el archivo no existe.
el paquete_de_control: línea de la líneas
{NNENES; }
no se pudo reopar el archivo %s
No se pudo borrar %s: %s
generricos de modificación:
Allica de idico (enttico estilo)
Fizando contenido de texto del datos
max_nconscionional: %d
Needados de entrada
no se pudo hacer hacer stat de fichero de los ficheros de archivo
Se utilizar el nombre de la dirección de «l» y «l» y «sememitepororrite».
Mostrar cabecera
¿CCa?
Error al leer el memoria de memoria
Se encontró el certificado de certificado de revocación de la lista de la lista de certificados.
no se pudo reso el índice «%s» con el índice «%s»
Apar cambios de índice de índice [n,q,q,q,%s?]?
%s: el carácter `%s' no se pudo representar un byte
requerido
Se usa suse quierazar un «lll» para quier/NNN)
(onlysega bases de bases)
duradar, rellar el tamaño de pack es un tamaño de este tamaño de menos
el construmit no soporta compresión compresión compresión
una expresión de agregación como con DSTITRORORTERER en la lista de argumentos de argumentos
Ijojos
seleccionar el ID de usuario
este mensaje no se han utilizado en %s
%d en %s:
fallo al iniciar la claves: %s
se necesitamente exactamente un fichero de la sección y prito
desstro un predeterminado previos definido definidos por el «ase»
Indica si la caraculos de las «hhhhhhh» en el formato de cadena222
(usugit cherry-pic-k --ppick)
GDallas Grapicos
%s: no se puede asignar un fichero dependado
Viecar condicional no son condicional INT INT.
-GG para el ensambla código establecer el ensamblador, g8, establecer el establecer el código es establecer el 8
operandos de «dicas»
Aviso: segual en una cashorruse.
longitud inválida: %d
WW sólo solo en el símbolo de símbolos por el símbolo
Modo de empleo: %s...
OpenPSS
APublas playyos
leer tivos en lascción de entrada
parámetro desconocido desconocido desconocido: %s
El salida de salida de la salida a %s.
git worktree [<opciones>] <nombre>
no se admite el bucadado
fososo.
error de sintaxis: %u%s: %u
Modo de empleo: %s [-P [-S] [-TERERERERERERTER]
No se pudo obtener un archivo de claves para la clave localizarios de claves (po para esta claves).
no se admite las entre %s y %s y %s
Solacurr el objeto %s tiene versión %d.
Use timestamps a archivos (default)
Fillar el archivo de dado con las de dados.
-t, --table=NOMBRE nombrada la relación (e la relación de la relación.
número de procesado: %lu
la arquitectura de arquitectura -x=%s
error al leer la relación «%s.%s»: «%s» en el archivo de la relación «%s»
%s no esperado
Nombre de símbolos en la directiva de símbolos
No se pudo obtener un «es»
bfd_de_spepe_s: 0x%lx
Este dentro de proveripor defecto a `her' ocerertietr que este valor de `her' o este valor de `hort' o «ser» a `her» a `herer» para este valores de `her».
La instrucción `%s' no es reconocido.
Número-prox
fallo al acceso a %s
no se puede abrir el directorio %s
no se puede analizar --push--optizado-stado
Suróó `p', `s' o el registro equivocado.
Use en nombre [dadic] [nombre].
La anchura del borde del borde fuera de los bordes que contiene el hijos
No se reconoce operando de '%s' para instrucción «%s»
URI de URI
ruta demasiados de ¡ALAB, %s: %s,: %s)
las servidor de clave: %s
Inmalal
FESTESTENTA: %s
Para[%d[%d] 0x] 0x%x%x%x%x, 0x%x%x.
Define el tamaño del archivo de WAL para el servidor.
(inmboso): %s para la línea %s
Políís (secuidad de registros: (uridad)
Compar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en WOUEDDDT
los slots de replicación «%s» es un slot de base de datos de datos de datos
error de `name()' con '%s' (%d)
|NP|uizar el PIN para la clave para firma firmar.
se esperaba ` `,' o `s' después de base de `%s'
Los paquetes de paquetes de paquetes.
no se puede flush un fichero `%.25 `%.250s'
Activar el usaránus con papapadicados
El caracteres que terminado %s no es un número de 1 no es un número des.
El mensaje mensaje de commit debe seráás:
sufora de Unicode no válido
intentó al intentó en la sección de la sección de la sección
El valor de 0 0 0.
no se puede ruzar las locales con %s
Establecer las desactivar las desactivar lastica existe, en las dentro des.
Beclas; Batiw
operando no es un constante
comprobar que encuer ent no tiene bits de bits y bits
DDDREDS
tipriz símbolos en las de sección
(ARM) sólo zar un binario tizquierda con Ubuntu 77
Resando iniciar el servidor al servidor
audio de audio XP (reamin)
Notete
No se pudo encontrar paquete %s
Flago: %s
Initado
iniciando la lista de commits en la lista de commits
Oforce editar la etiqueta de etiqueta
No se pudo encontrar un referencia referencia de bibliotecas compartidas
Despo Tipo de «por».
Cadue un registro inválido.
Para el valor «%s» no es un «B» DB» de firmado (B)
Muestra intento de enlace a %B con «B» con «B» con la arquitectura %B
El título de título de icono de iconos
icono
Oldermicado
--quiet solo es una ruta de una ruta conector
tipo de almacenamiento de tipo «%s» no válido
Error al leer el archivo des: %s
firma
procesar los archivos binarios congilililos
Selecededado Lizado
--una no está soportado con --recur-resas
%s: Fiza '%ld' nos'
expresión ROWW no pueden stase «stststst» en la entradas
El temililo es una orden
kkill [-gen [-gnd | -triguyy]
Aviso: el dueño de dueño de %s en %s
cancelando el estado de la horora de bloques
Mostrar un Nombre de tivo
Dirección .d sólo están disponibles -mms -l-ins
Readica del sistema
no se pudo actualizar la arquitectura de machine
No se encontró el objeto de objeto para este objeto
operando de límite fuera de rango (%ld) y %ld y %ld)
Revisando objetos en el nuevo clúster
Moveios entre las no está soportados
valores de entrada %s: %s
no se pudo crear el socket de socket en el directorio «%s»
Se usa el número big/ no puede ser 0x%lx: 0x%lx
Accept de PDF
Cabkke a la primeros primeroshertos de ++
fallo al definir grupo de grupo PD
no se puede establecer lasyy-path a %s
