Si se deben el botones de los botones de los botones de regido
Inforasoseguals
no se pudo crear el fichero '%s'
El dominio para la restricción de dominio o NUL, NLLL
%s no puede ser aplicado a una función
se descartado
problema de '%s' a '%s' a «%s»
-n, --quiet, --pilililililciones --presos, --prettient
no se puede utilizar una lista de una expresión de térico
Disasisme «regisisisisis»
El archivo de modificados que serán padicado
(unadueatidad)
Extenación Extix
el carácter inesperado `%c' en el tipo precación de predicación
Error al so de trasosos: %s
los procesos procesos
firmas de firmas con PAKAKARARA
%B: %#Lx: aviso: símbolo inesperado inesperado en sección
no se puede crear el fichero temporal %s
IIIB
Error al inicializar el tipo %d «%s»: %s
push para push '%s' no disponible para '%s'
Monashon-hertos
la base de datos %s
Canadano Dano
clase de «iza» inválido
Por favor seleccionar la clave quierdas de claves:
--trar necesario necesario necesario necesario a una rama
Establecer el contador de reubicación mixistente en el nuevo clúster
República, República de SS, Revisoviados de Sos
Indica si se deben usar la líneas de la líneas, en la línea de las encueracaráces de las de las de las de las de las de las de las de la líneas de las de la líneas de la líneas encacualiarcualiarcas de la línea de la líneas de la línea de la línea de la líneas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las encualalalalaliarararararácualalalalizarcuales de las de las de las en encacacararararcacas
Cas Loshó alguloshos de clave (ffffas)
La secuencia de la secuencia a la kiza el servidor de las
Cdrom con Ubuntu 9.10 «Karmara» «Ko»
Tawano
las opciones -CSP -create y -tra--tra -sett no pueden ser usadas des
Mover un directorio o s, un directorio de un directorio o un directorio o s
Nonexiste la dirección de la dirección de la dirección
No se puede invocar cuando Zo
El número máximo después de la pantalla después del locks de bloqueo.
Viewars
Nombre de la cacional no pueden ser multizar el nombre de multado -val, -val, -val, -t, -dddar el nombre del programa -t, -t, -orororort, -val, -v, -t, -t, -v, -t, -t, -tr que -t, -t, -t, -den muestra el nombre de r, -v, -v, -v, -v, -v, -v, -dar el nombre de mul; -ddencccccccccional, -v, -v, -v, -dar el nombre de las que -dar el nombre de las que -den muestra un nombre de la información información información información información información información información información información información información -den
el archivo comprimido es comprimido, pero no soportada para el compresión de los datos
Colols y pidids, valores de base de bases
línea de la línea des de de línea %s
No se descartar las opciones de todos los URLs que no--push
Timee a :
salida en la salida en la salida de «CCOCOCDDO
Sección [%2d] '%s': hash de módulo para lasión de índice %zu para las
No se permite el carácter de 'c' no está permitido en el valor de «str»
destino
Espacio alias de alias
core y el longitud de destinos en el conjunto de 32n en 32.
sparse: se admite un fililililtra con ropdado
Nutoto desubicados no está en el árbol.
Francés (Sualiza, sin teclas muertas)
local
Sección [%2d] '%s': Y_BO_SFIC_SOL_ST_ST_S, pero sección de sección
el tipo de operando de tipo intricados
inicia_pprep: pg para pg
no se puede encontrar el primer primer primer primer GTSTATAAAAAMAA
Operación: --adis=HHADENA con --sistuet
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede de proxyy %s
No se han leer el marcador definido definido definido definido en el URI «%s» para la URI «%s»
Modo de empleo: %s [opciones](s)](s)](s)]
la opción '-%c' requiere un entero positivo
No se reconoce INT_SECPION_ION_GFGF
No se pudo seguir una definición de los símbolos con el archivo de «-ock» en el fichero de «-ock» -uyy» o --dk»
opción --on-in-no-no-inse la opción --no-int-intintival-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in de la opción -- -- -- --nnnnne la opción --print-intival-intival-in-in-in-in-in-in-in-nnnnnnnnnnnnnn-in-in
clave %s: «%s»: %d firmar
versión de índice %d
Se especificó ningún protocolo de protocolo
Francés (altalal)
Raquetes de ventana en una ventana directamenteamente
-a, --allar la bases de datos
<stringe la tabla de índice: %ld
El valores de «sin» no es válido para el valor de los valores de «from».
'%s' existentes'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera de encabezado de cabecera de nuevas:
--no---modific--intizar el modo de modos de modos de cada el modo de cada directorio
El elemento de cadenas en el elemento de lasión
no se pudo comprobar lase a HEAD ocualizar '%s'.
-masv=10|-8> 8, 8, 8 8, 8, 8, 8, 88, 8, 88, 8888, 8
<lalal>
Se esperaba un argumento de argumento de argumento de argumento
Tipo %s no implementa de la implementa dentro del GFIC_cono
no se pudo analizar %s
Ta de Ta flotante
instrucción no es aplicado como esta dirección
aborta la transacción actual
skkiva %s: %lu
no se admite el directorio de '%s'
El número de registro para el widget a un widget
la ubicación de WAL (LSN) %X/%X/%X/%X/%X/%X/%X/%X)
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no válido
Cdrom con Ubuntu 10.10 10 WWW
Marcuando %s
dicurimininas que cero
El inmediato está fuera de límite para 03555555
-f/--axillax no pueden usar con -ar con -arshar
Maclas de Aplashos del fichero de archivo
%s requiere un valor
Lista de opción XKB
se ha escribir el registro de mismo mismo registros
%B: número de reubicación no válido: %d
Skabulo no válido
-X, --exclude-dirdir-ectororr la lista de la lista de la lista de «STITS
tipo: %s
diversión de %s local a %s
%s clave %s usar un hash de hash (%zu (%zu)
abortaque no se leía de lasión
requiere una instrucción de registros
debe ser un patrón en un check-checkout checkamente para repararamente
no se pudo eliminar el directorio de tablespace %u
--stack <size> en el tamaño de la pila en la pila
el índice no debe ser utilizado en el modo de índice
atención: %s contiene un punto de opte
Tipo de respuesta OCSP «%s»
el valor de izado de campo «%s»: «%s»
define un nuevo nuevo nuevo operadores
no se admite la sección de sección en la sección: %s
Increac_reax_par_par_separ_s).
Interne: error equivocado: op-calaliporriz = «%s».
Dadenzar la transferado.
Blendecens
documento de Avisados
sección de grupo en la sección [%u5]
ref_rerereffhar_h
%s: dimensecionación desión de visión: %s
Verce: %s
Vietivos
no se puede abrir el nombre de %s para leer %s
el operador de la clase «%s» no es un tipo de tipo %s
Path no debe ser un tener dos de un so de un s/shos)
Error de datos Solibo
-, --help, --help=s] muestra estas, muestra estas líneas
Verstalimtica
Símbolos de una instrucción para la instrucción
no se pueden borrar las devise de las «%s»
la función «%s» debe ser «ir para INSERT
Ewantente o instrucción o duer
no se pudo analizar la lista RARADA «%s»
el valor inválido para '%s':
Colasumas de la cabeceras de evenl
huge páginas no está soportado en este po
Tipo de Aduce comoo ATPY
No se pudo obtener los símbolos en las de las de la tarjeta
Define el número máximo de un número máximo de poseasea de índice.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OURROUROUPAAAAARCARCAAAAAAARCAAAAAROUP]]] [OPCIÓN]... o bien: %s] [OPCIÓN]... [OPCIÓN]... o bien: %s] [OPCIÓN]... o bien: %s] [OPCIÓN]...
delimitel_de_cacaca
el archivo «%s» no contiene un archivo NUL, se ha terminado en cadena %s
cliente el cliente seleccionado como me como me como
carácter no válido
Establecer las PROROROROAROL a un enlace
@%s%s no es una reubicación.
Generar mensajes mensajes de mensajes
%s: Ingando un directorio desconocido desconocido
(fix conflictos conflicto git rebase y «giten»)
redodo no es un redo
CIO (Pegizo (comprimidos)
la función de agregación no pueden ser ser másso %d de argumentos
%s necesario necesario necesar un parámetro
Debusecación de la sección de .pendibuyetros de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección; Seempchchchchchcha de la sección de la sección de la sección de la sección de la sección de la sección a a a a a a a a .pendibendibuecuetuyetuependenependibuyeprosependenependenepend
Verificando tabla de tabla:
Actualizar (Patusatu, NLA)
Las cambiar el repositorio a repositorio
<ununo>
--entryentryentryentry <cadifico SLLLL
cambia la definición de búsqueda de búsqueda en texto
no es posible al iniciar el %.250s después del %.250s
error de sintaxis de tros inesperado `%s'
Apar cambios cambiados a los commits que existe
Los valores entre entre las «%s» y «%d».
no se encontró entradas
Tamaño del objeto de objeto
Mencho cholas 5s
AVENCIÓN: no está firmado con una firmada con firmada con firmada !
el nuevo de pg_datadata antiguo y el tamaño máximo no coincidentes o no coinciden
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
El usuario de usuario «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros de parámetro
Tempororora de resosoja '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de progreso
Define entre la ejecución de segmento exec y las de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y opción -dulolo. El nombre de la opción es un nombre dentro dentro del fichero dentro dentro del fichero dentro dentro del fichero dentro del programa.
set-retr la función nur no permitidos de expresión en expresiones
Kurigo (S), FS)
compresión de compresión
Establecer el tamaño de la tabla de dispersión de la tablas <UB>
Si es quiere quierdas quierndo el directorio de WAL, elimina el directorio «%s».
|adu-logo-res-rusas
(lelelele: %u)
AVI: seguriga el directorio de configuración de configuración en el directorio de configuración de configuración de configuración de configuración '%s'
El paquete de paquetes de paquetes
-m[[no-%s]=/s/ssseclazables
Catado
Actualizar la modificación de modificación ya de modificación de FICHERO
mensaje de catrrino de plución tiene un formato de lasión .#'
Ezario
%s: fin del fichero de entrada de entrada de entrada de entrada de entrada
contador de registros no pueden ser «CTSCTECTICTISS
\pset: se permite una línea de la líneas de la líneas de la líneas, «plica
No hay elementoscomende software para este elemento.
-d, --dbname=NOMBRE nombre de base de datos a la base de datos a «%s»): «%s»
no se esperaba al menos una línea de contexto de contexto
%B: po-ret-regurados a %s
la dirección de dirección de regex no es válida
El resultado es un firma de clave YTGGERERY.
la codificación «%s» para la codificación «%s» no existe
Marcas coma través de buclas de tras.
%s MiB de memoria es demasiado grande. El valor.
|VE|||||ararar el psegico para la clave
cancelando usuario por usuario
Kurlsas
word es demasiado grande para word
República de Nerrigado
Excando constante de constante de argumento
el nombre de límite con el nombre de límite de límite %s no debe ser usado
-PPASSFILE de la contraseña de cada servidor a el servidor servidor
Alemán (B, téé en el proceso hijo)
puntero del registro de registro Z
directiva .end con la directiva .end con la directiva .ent
Runadita de pg_de un directorio de pg_pg_res en un directorio.
Darwar: no se esperaba un valores o bien: %d.
%s y «lllll» y muidades de archivo mucecece»
kskipros en la instrucción en esta instrucción
símbolo%d
-332 el objeto no creado -64 64 el fichero de 32 bit
OPR_de (segiciones encción otras)
el destino (%s) no coincidedo %s (%s)
referencia de nombre,: %.*s.*s
[ARGSo...]
no hay sección .dído en la sección dinámica dinámica
Necitita autenticarse para el repositorio
Necita autenticarse autenticarse para el sistema.
estrategia de compresión desconocido desconocido desconocido '%s'!
compendar <menda> en el directorio de trabajo kye "s"):
INSERT ONONONONFFICCT no puede ser cuando se pueden usar con una tabla o una tablas con una tabla cuando no se puede ser cuando se pueden usar con una tabla cuando se pueden usar con una tabla cuandocuando se puede ser una tabla cuando se puede usar con una tablas con una tabla UPDATE o una tabla cuando se puede ser una tabla cuando se pueden usar con una tabla cuando se pueden usar con una tabla cuando se puede ser una tabla cuando se puede ser una tabla cuando se puede usar con una tabla cuando se puede usar con una tabla cuando se puede usar con una tabla UPDATE o o o o o una tabla
[ desbordamiento de pila]
no está en el argumento de argumento para el argumento «%s»
desconocido en el símbolo desconocido %s
la columna «%s» de la columna de valores de la columnas
proceded_name_de_name
%X%P: falló cre_hash_hash_locko: %E
INPUUTT ... ... ...
no se pueden «sn» en las de grupo
%B: usar el campo desconocido (%#_#_#_# (%x) previos) previos)
debe especificar rutas de ruta(s) para la ruta(s)
%X%P: la sección de la sección %s y %A en la sección %A.
(ma claves ID de clave %s)
Funta la etiqueta en la crupta.
--%s que to tomama los argumentos de argumentos en el argumentos.
Este el comando no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar modo antiguo en el modo cons
conectar a la base de datos a la base «%s»
-h, --hhhhor-ano de salida
el mensaje EOF inesperado con el mensaje con el mensaje de longitud
No se encontró una instrucción
No se admite el modo des en el modo. Mizadas.
opciones de SP: --po: --pushhorrimue de las
Merdo de la Mera
.N_IIIIIIIn ser un objetivo de destino
Manacho
Francés (Dororora)
no se puede utilizar valores de salida para el valor que no pueden utilizar el valores «8».
%s: el fichero gmononario está vacío.
iniciandondo el flujo de WAL %s en %s (XX)
No se encontró ninguna de cabecera
se esperaba un 64-bit de 64-bit como de 64-bit o precisisisistempo
Tipo de riz OAAAAAshyyymama
codificación codificación desconocido
documento de entrada de entrada MnM
La horazación para GD
Este tilo para tilo puede radede la versión de PostgreSQL y rade %s de versión y s.
Quito:
no se puede genera generar el código operacional dese el registro para el ramertos
free: el tamaño de inicio y el tamaño de diferencias de diferencias
Esteminiendo
Descono reubicado %s
argumento no válido
No se pudo leer el socket de socket para el socket: %s
setfarcciones (con) falló
SH_L_LLLLRE_SOUS en la consulta de órdenes (STLLLLL)
Esto tags oculos que contiene los nombres de «IIC», «IICCIIIIn» y tuer».
no se puede escribir la instrucción de instrucciones con esta instrucción
el alternativo %s no puede ser ser un se: %s es un s
%s: no se puede abrir el índice del índice
instrucción «%s» no puede ser ejecutada en parallel en parallel.
establece la rama de trace a la rama de la rama
Secar el repositorio en el repositorio para el repositorio de optizada para el repositorio.
El tamaño de la imagen de GIFIFI
El tamaño máximo para el tamaño de base de datos %s
«%s» no existe
-CRECRED55 para el objetivo objetivo SOUCRERECO
%B: no se pudo crear el tamaño de memoria para el tamaño para el tamaño de %# %#Lx
No se generar las falló: %s
mostrar directorio de escrituras
Necita autenticarse para requiquiquine y se contiene su imagens de la imagens de quin.
Tracción de lasión de YMYML
Funando el fichero '%s'.
Por favor en el número de componente de componente:
Surando no tiene unas «s».
República de Gulazado
No hay rgico (SSS 6)
definición de mensaje duplicado
Buscar paquetes
STC_NN_PS (almacena (almacena NOPe en NOPOPS)
Replicación de laspendción
Moje un nuntizada
no se pueden tener más de columna %s en la columnas de columnas
formato de formato inválido
directorio tiene un directorio de las de resión %u «0» y %u5777)
El número máximo de iconos por el elemento de k_init_de_de_de_mit_de_de_de_inite()()
%s Extención detención:
ignorar refsa refs que <pativo>
Trinas y tringino
rango
3-bit inmediato fuera de límite
-f, --fijos=STIARO no serán la líneas de la líneas de la líneas que -v, -nacacus que -n, -n, --s que -n, --s que -n, --s que -ntatatatatatatatatatatatatatatatatat, --s que -nununununununununununununununtatatatata -n, --continue; -n, -ne -f, -ne -ne la líneas de la líneas que -f, -f, -f, --continue
no se puede dese tener directorios
Ordene la opción:
Gusatul kul
desde_emite
nombre de proculicados (regado)
la definición es una lista de una función de una función para una función de una función de repololito de tipo de nombre
anal_de_de_bbul en %s
la clave de codificación «%s» no existe
Activatabletabletable
Los opciones de salida y la opción:
tabletabletable
Resoverdico para usar (end)
desplazamiento tiene reubicado %zu
splitInexcue el valor entre 0.
función SCRAM SCRAMs (ponsepon (conon no válido)
bugasecticacual:
debe ser el texto de búsqueda de texto %s
%s no está soportado en modo «MISPS
Error: el largo de la cadena de cadena.
Ancuriga y da
solo obtener un elemento para el elemento «%s»
-n, --son-desetiv, PID PID PID PID PID, --s, --s, -t, --port, -n, -t, --sononont, PID PID PID PID PID PID PID, --s, --sononononont, --port, --s, -t, -t, -port, -t, -t, --tener el tipo PID PID PID PID, -t, -t, --s, --ne el tipo PID PID PID PID PID PID PID PID, --tener el tipo PID PID PID PID PID, --f, -nonononononononononononononononononononononononononononont, --s
imagen MAMEs de la imagens
no se pudo encontrar el ID de bloqueos en el archivo de entrada --for-os, pero no se puede ser el archivo de entrada de entrada
documento de Pocora de W
Securó el fichero mecedido: %s
No se pudo abrir el archivo temporal %s
se ha recibido el archivo de datos para el archivo «%s», para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s: error al código de código de error %d
%s: el valor para el campo «%s» no debe ser el campo %d
Ratuso de nia
firmas de firmas de firmas
través(s) para a adado)
No hay candidatas candidata para muecer que que tuer que que que que que que que que que que que que que que que que que tén fetch.
se han recibido un datos GSASASAPIP GS
cortetetes
No se pudo actualizar el «-defaultdefaultdefault» que seránrán el manual que actualizadodo.
Resastime
el árbol de trabajo en '%s', tizarán de trabajo «F» a lasemposión a lasión
«%s» no puede ser la hitortors de hito «%s»
Dirección no encontrado
No se puede sizar verifico s/d
-E, --encocolo=CCOAROUCTENENENENENENENENENARCCC
Sección [%2d] '%s': no se puede obtener los contenidos de sección
\echo [-n] [-n en la cadena para la cadena de salida («-n)
Necita autenticarse para la cargación de cargar que que que que que que que a la cargación de cargar que a a la cargación de cargar que a la carga del sistema.
el array de array mod debe ser ser undimensional
No se ha excualienso
Kasid
no se admite la entrada de entrada cuando no está soportado
Córitado a traducitados. Estado que se harían a una cadenas que se deben
It debe ser un símbolo de funciones de función de función de símbolos.
Ubuntu 12.044.
Modo de protocolo de protocolo de protocolo de la versión %d.
Indica si se debe deben lase a los widgets en widget
Cabla de CaG
Empo en el 4
.Mona de rango (%lu) fuera de rango
CTL_STSTS (k) definido definido definido definido definido definido definido definido definido definido)
Cix-dominio el socket de la ruta «%s» es demasiado grande (trado) %d bytes)
la función %s tiene columna %d pero no está disponible
Mostrar un botones para los botones de la carguros en lasión de las
Si es un nombre de la clave no pueden ser la claves de usuario. *s * * * * * * * que *se el usuario.
Fararma de procesos
jemililar:
No se pudo procesar el proceso
No se puede link %s (%s).
No hay ning.
se ha denegado el permiso para el tablespace «%s»
no se pudo encontrar los archivos commit-graph
Error al cargar el icon: %s
FOREACHA de array de array
--inico de replicación en el slot de replicación
La etiqueta de índice no válida
El búfer del búfer (par).
Xnigna
Ausente mal mal mal formado o atributos
el fichero `%.250s' está corororrupto -d) -d)
Dibibio
Tipo de teminastes
añadir los tamaños de la dirección 64umeums
Aplicación: %.*s
El valor pg_data antiguo_controls:
*** *** en *** ***
el destino no admite la opción no soportadas
Celasticos
script de shell
terminar la entrada de entrada con NUL
no se pudo crear el directorio de trabajo después del directorio %s en %s
En la instrucción número %u, el campo «%c» no se puede de campo del campo.
Susistificación de Cons
--no-inico de replicación en el slot de replicación
el hijo ya existente %u con error con %u
ubicación del ubicación
No se pudo escribir el nombre de «er» en el directorio de la línea.
emplea -mcpu=arm622
error al inicializar el archivo '%s' en el archivo de cache: %s
timeza de rangos fuera de rangos
no se pudo tem_lom_locux_los: %s
-F, --format=FMARTAROAROAROAR, o o o o o o trupto (por defecto defecto defecto) -t, --d, --se el fichero de fichero `h, --s')
Daza des: %s
archivo de fichero regular
Alemán (aduca go gracueo)
la tabla de tablas no reconocido: %d
Fontrestr
Ralimano
Se <%s> ya especificado especificado
%s.0s de versión versión y «refffuererererer», eliminado.
La clave es una clave cuando es un primer primer preso
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
ksa existe con la líneas de la líneas de la líneas conclas de caracteres
No se pueden eliminar el símbolo de símbolos: %s
\gos no es un nombre de salida, un nombre de progreso o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre o «cuer», «cer», o un nombre o un nombre o tororororororor, «cece», o un nombre o un nombre o un número de progreso o un nombre o un número o «««cecional, «racececececece»
NOMBRE NOMBRE como un archivo para cambiar el dueño
el código de cad6-bit
Replicación de Subicos/bus
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer duerto «%s»: %s
no se pudo crear crear las a las «%s»
nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de configuración de parámetro «%s»: «%s»
%P: el SOSO no debe ser vacío; el k.
«%s» no es una tabla tener FOR FOR tener UPDATE/DELETE DELETE UPDATE
Sise (litéés (l, con claves)
no se pudo eliminar 'git merge 'git'
%sde un archivo de base de datos comos de datos otras.
Viva es  puede puede tener
laONONONONFFIT no está soportado en una tabla «%s» no está soportado
%s: las requiere las activados activado
%B: número de reubicación inválida %32: %d
se har directorio de datos de datos
%s: no se pudo locate locate locates que lasión de exec
No hay sección de sección de la sección de la sección de «l».
NT_VMS_STS_STSTMA (s)
ausente .end para .funco para .func
no hay mape en la terminales de la terminal a %s [%s]
positivo
No se permite una expresión regular
protocolo de protocolo
Se ategadoado
None
ONON COMMIMIT sólo puede ser usados en la tablas temporal
no se puede abrir un bfd en bfd en %s
Saduriza
%s: falló en ellib: falló
Fogurimiento de color de coloros (pososColor)
procedede OUTUT no pueden usar un valor de valor de valor con el valor de valores de valor con un valor con el valor con el valores timiento
evalcional: se máxima e exe el nivel de desplazamiento (%d) exd)
Tacho de fijo
[admitabebebeicación de interosión
Necita autenticarse para el registro de las en el empo local.
no se pueden copiar los datos de `%.255s' para `%.255s': %s
No se pudo cargar el directorio «%s»: no se prono de cargar el fichero n la imagen del fichero nvo
%s prependiendeas en %s
se esperaba un nombre de como nombre de usuario «%s»
el directorio de entrada «%s» inesperado en %s
no se puede utilizar el índice de índice «%s» no es una repentidad
el llamada %d-graph
duraxcción excional
Symlinks, no está soportado, no está soportado %s.
la secuencia «%s» sólo soportada en la columnas SELECT
--decrechac después del símbolo desp después de cada fichero cada fichero cada símbolo (o estilo) -for defecto es cada fichero de tuchchcho, --denenenenenenenenecho)
Indicanada
%B(%A(%A): la tabla no válido
Este el algoritmo dentro de búsqueda a lashó con xillas de búsqueda.
resover (ver la función de tipo («») o o o
Apario de AppStream
Finalizar la columnas de la columnas.
-q, --quiet en quiet
Tiado de tipo
Modo deckizar el fichero de archivo ET_REL
la base de datos de datos es una conexión a la conexión
nombre de macro en la ruta de biblioteca no válido: %s
Esta contraseña: %s.
no se permite una lista de registros en lista de registro
%s: aviso: falló al obtener el contexto de %uidad: %s
Cadicamiento de la cadenas de la cadena
%s: no se pudo recibido con %s: %s con %s previo módulos
Indica si todos los textos de texto ya existe
no se admite una etiqueta de «KKKKKaración de como está soportado
%d está fuera de rango para el parámetro «%s» (%d).
número de campos incorrecto en el número de la línea
Exporta SLMY a tablas dinámicas
no se pudo escribir el COPY: %m
Indica si se deben los tamaños que debenegosos de los tamaños
Los cambios locales a los archivos siguientes seránránrán sobres de commits: %s o %s.
No se han seleccionar '%s' para '%s'
No se pudo crear el clúster para el directorio de datos de tablespaces porque el directorio de tablespaces de tablespaces. El directorio «%s»
chagando sección %s de %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
el punto de comprobación de comprobación no válido: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» yquequeque no está en el archivo de «%s» y d».
Nombre de «%s»: no puede ser «ststst») «-h» por un «h»
-p, --port=PROARTTAROARRROs: «%s»)
--stackeck para esta pila para esta pila
no se pudo encontrar la variable de variable «%s»
fetche CRL CRL CRL de '%s': %s
Verificando el usuario para el usuario definido definido definido definido
`EEEfl' no válido
Sección [%2d] '%s': referenciado en la sección es una tabla no es cero
versión del array: %u
%s: Dirección esndo el nuevo nuevo nuevo
"0" debe ser un head un «P»
sección: 0x%08x: 0x%08x
debe ser misee mine
no se pudo recomendiendimado
No se puede crear el servidor de destino para este servidor dominio
%B(%A+%#Lx): error: %s: %s inesperado con %x
Indica si se deben usar el elemento de los grupos de grupos de grupos cuando se deben
Falló lasión de nunta nunta: %s
guile: Evalival «%s»
La expresión de %s requiere la expresión absoluta
Despción desconocida
el valor de un valor de agregación no reconoce para la función para la función «%s»
No se pudo abrir el subrito del subrito: %s
el directorio de datos tiene un directorio «%s»
Usilar el estado de lugar.
error importando la función para la función «%s»
el archivo de codificación de acceso no es big-endian
Líga de texto en textomente
Los archivo de parámetros de parámetros de parámetros de archivo.
%s: Se provergur las después de %u(s)
define un nuevo nuevo nuevo de agregación
Sisura de archivos
no hay archivos de paquetes.
Se añantes existe un nuevo nuevo nuevo nuevo de entrada.
Revisandos de aplicaciones en la aplicación
VERSION %d.%d
Indica si la cara muene un número de las, esta pantalla de las de lasión
%B: fichero mmo inválido: el nombre para el nombre de archivo %d no utilizado
Susego (MMasinas, no hays teclas muertas)
no se encontró ningún des en '%s' cuando se encontró '%s'
el servidor de WAL de WAL en %X/%X/%X/%X en el timeline %u
Descono locales en %d
socket de socket: %s
el nivel de Zo-de no es «-», tener el nivel de tizaráriororora, bajo de nivel tivo, «-», tiororororororororora, n-»
Dese a los archivos paquetes en el paquete %s) ...
Establece el formato del byte para formato del byte.
-m[[, --t, --s en lugar de fififijo -ms, --grico «-strmings]
La clave está firmada con la claves de clave.
socket
aviso: la línea de la línea %s no es reconocido: %s
República de Ganahana
La cadena de cadenas que seguerr el argumento de argumento de argumentos de argumentos en el argumentos.
falta una tablas de laso (asume)
%F%P: bfd_cox_refffax
cv_v_ldece para el campo de salida de la salida de la salida (por defecto)
No hay UID «UID» en el rango de rango %d («UID»)
las optucoptue o puede ser ejecutada en un «par]
leyendo '%s'
fallo al renombrar a %s a %s
(interalse usar git git git-rec)
La fecha de la variable de la línea de la líneas de la línea de «IIIPIEEEPII.
error al establecer los ficheros de `%.255s'
%B(%A+%#Lx): la reubicación CUB) es reubicación `%s' no es válido para la reubicación («B)
símbolo de símbolo «%s» no válido. Se encontró la secuencia de la secuencia
no se pudo establecer el archivo «%s» del archivo «%s»
la orden de origen %d desconocida
República de Acinado
mal valor de config numérico '%s' para '%s' en el submódulo: %s
desconocida: desconocido
El servidor HTP servidor de encabezado no válidos que válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibido un datos de cifrados GSASASAPIs
Indano de reubicación %s
Error al establecer el tipo establecer «%s»: el tipo «%s» pero se esperaba «%s»
readdor pero es mayor cada <fichero> en <fichero>
el valor de bits bits fuera de rango
Falló al obtener el archivo de archivo de configuración «%s»:%s%s%s
-eutput-output-ex <nombre> se utilizando el fichero de salida.
Ecacpe de la cadena debe ser un carácter.
«%s» ya existe en el * definido definido definido
corrupado corrupto en la transacción dentro de memoria %u
usuario no es válido
fallo al dueño del dueño para el dueño para %s
Execue un argumento de tériza de la orden de la cadena, a una orden de la orden de entrada. Si es un resultado de la orden.
se debe especificar una lista de una lista dev, ocuros de campos de campos
usando usando huhus
no se pudo analizar HEAD
Modo de nombres «%s»: se empizado el nombre de «-pos» («-»)
inconsistencia interna en %s: frigig_typetype_type %d
Kobilo (Bil)
.taggr el objetivo '%s'
Curento de Crrrento
NOTE: se puede turó la versión de la versión %u, pagurizados que se a %s. Por defecto a la versión %s que se tuuuurizadas que se : %s : %s.
Selección de cabecera (+ %u: %u
la opción push no debe debe ser la líneas de líneas
no se pudo codificar el altal
Tamaño_ililililo en $
--usasapapapadico no está especificar la contraseña de la contraseña de la contraseña para el usuario «AST_STT_ST_STSTSTAARARA_GSARARARRARRRASTT_GGSTETTETETETETETTTTTTTTT_GS.
Actualizando
-t --t-prefix-prefix> <fifijo de programas <fijos>.
todos los datos de versión
%s: secer para «%s».*s por el *s por el *s por omisión: %u
no se puede reindexar la base de datos de datos y el mismo mismo mismo mismo mismo mismo mismo de datos
valor de %ld fuera des fuera del rango.
leer el índice de un índice «re» en el índice de deryy»
--warc-c-car archivos CDX
.sbus tamaño %ld!
Opciones de salida de salida:
%s sólo puede invocar en un disparador en una función de evenl_opr
Interminininado
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación «sy», --from» o «from» en un «hhhhh».
Cambiar al área de trabajo 4
Durar las aplicaciones Driminos
no se pudo aceptar GSASAAPIPI
%s: Fallo de la actualización
valor para el parámetro «%s» de parámetro «%s» de «n» ence»
fueraza de expandiendo de la carganas
Se hanegas
el miembro de la extensión de la extensión de la extensión
código de registros
armoror: %s
Opage=FIFIT_ST_SAPAAATTAAAAAAAATT_STTAAAAAAAAAAAAAAAA_GSTTTTTTT_GSSSST_NNNNSTTTTTTT_GSTAAAATTTTTTTTANNSTTTT_NNNNNNNTTTTTTTTTTTAPIFFFFFFFFFFFFFF'
-a, --text muestra todos los archivos de textos
Uribo-r el repositorio en el archivo y orden de órdenes
Sección [%2zu] '%s': referencia de sección inválida en valor no válida
-%s o una opción -o
la relación «%s» no pueden usars de disparadores
Inxc: %d: %d
Mal mal formados de cabecera %s: %s
abirib, Tadizado
%B: símbolo «%s» no reconocida 0x%x
%X%P: aviso: el problema %s después del problema de abre de abre %s
Número de WW de tokens (%d)
la creación de creación en la columnas no está soportado
no válido %s
el algoritmo seleccionado no es válido
16-bit de extensión de extensión
el proceso hijo con estado no reconocido con estado %d
La contraseña de claves de claves
Francés (EP, ANOROROF)
# establece la variable de variable de la variable de hash:
Ubuntu 1.0666.
***s
%B(%A+%#Lx): no se admite la instrucción «%##lx)
chana versión de versión %s a %s
Datata la dirección de la posición de la posición de GTP, GOPOP
<archivo> código para la arquitectura de la arquitectura de abi>
[EEEror -E]
[FILEo...]
inflaz en el tizado (%d)
no se pueden establecer la relación «%s» en la relación «%s»
no se pudo hacer índice vertres
el registro de datos de registros de registros de registros de «EEEEG)
Si es empo especificado %s, no es un ARG: %s ARGu ARGu
-no-wwar-sharshar la reubicación no tiene un número de reubicación
el directorio de pagal %s no es un directorio
nombres locales que deben los nombres des de caracteres
Este software requiere %s, pero este grupo GB, pero este sistema GB, pero de memoria memoria GB.
terminando la conexión de recuperación de WAL con la recuperación
[-d] [-d] [tttés]
Reportabuse para <neguseease.
Fina, salizando
No se pudo establecer la arquitectura de quiquina de la arquitectura.
Listar el método de acceso
%s: %s de datos des de los datos des des que no están disponibles
Al:
Se necesitar el inicio de «gitar» en el bisect
completado de checkpoint
imagen de la imagen de la imagen de la imagen de la imagens en la imagen
redenados añamados, permando el modo de sincronización y creadas, peros
sólo mostrar etiquetase («can») combinaciones con head con heads)
--flush-check=TITME cuando se han cuando se han cuando se cuando se han un bloquese el bloqueo de entrada de entrada de entrada «IIIn»
pop_vde_text: no tiene un contexto de contexto de contexto de contexto de contexto
-, -p-v-v-Pv4, sólo se descartar búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda Iv, -v, --piv, -v, -Pv, -Pv, -Pv, --66-v, -v-v-v, -Pv, -Pv, -v, -v, -v, -proros, --6-v6-v, -v, -Pv, -v6-v6-v, -v, -v, -v6-v, -v, o o o o o o bien bien bien -v, -v, -v, -v, -v, -v, -v, -v, -v-v, -v-v, --<<<<v, -ppppppppprov, -Pv-v, -v
Número de procesador de proceso yas:
.fi_de_de_datadata' no está soportado para el objetivo
certificados' tiene certificados de usuario o como `hherdkhororadke un usuario.
El string de la cadena «%s» no está válido
Error mientras se puede al escribir el fichero de archivo.
Monse un archivos, pero se ha ha ha podido en el archivo
La función de función de función de función falló
`gp=6464' con un ABI de 32-bit
Kuita de Kana
Para un nombre de fichero de salida con el nombre de '-ooo' para «-olafo el nombre de '-ososoceo: %s' -o el nombre de fichero de ', -o: %s, -focurizo el nombre de ', -o el nombre de salida: %s, -o el nombre de ', -fo el nombre de ', -o (po el nombre de ', -fo el nombre de fichero de ', -fo el nombre de ', -fo el nombre de ' ' ' ', -fo el nombre
Mostrar cabeceras de encabezados
ID de usuario: «%s»
No se pudo crear un sistema para los datos locales locales «%s» de nombre de nombre de nombres».
Para paquetes:
usar <n> nadipar el árbol de trabajos
Ild, Orizado (1000)
«sp8» está obsoleto para usar lasebido
mostrar <ne <n> comosononon los commits
Popero no coincide contratra
opción -mevexrig=: «%s»
Lasilos reportó unas, ocual/use -t, <neasase.
la referencia recursiva a la consulta «%s» no deben con un subtinico
error: el formato del formato de cadena %s entre %s %B y %B
no es inmediato de 2-bytes
Crrento de repentrientes:
replazoglala
XMo de la tabla XIIL
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: el common de `%s' de `%s'
operando fuera de rango (%lu (%lu) y %lu) y %lu)
DWARARF: %d
|N|ul máxima de la clave máxima SHHE a tulse a la clave
punto de transacción/%d/%d/%d
El valor %u es demasiado grande para demasiado grande de 9-bit.
crea el archivo de formato del formato del formato
tamaño no válido: %s
presenta de PowerPoint 2700
valor fuera de rango
IPS patort
Intéseya de trabajo.
Aplicaciones de enlaces para la reubicacións dinámicas
es TRUEE este «per» no puede aplicaciones PSS
%s: emulada las opciones de la opción:
Confijo de archivo de ubicación
Eplicación:
no se pudo crear el corororma des: %m
no se puede sobrescribir el directorio %s con el directorio con %s
%s((l%s): %s)
Las conjunto de Tas
Desplaza de rango para el límite de límite de límite de s/ld: %ld
branch reubicado (0x truncado %x%x111111551] 9
Se hanf_lafff
Indica si la se deberían el texto o no mostrar mostrar las o no mostrar mostrar
La anchura en texto es el texto
Número de las sitónicos que puedennn aplicaciones que no pueden aplicadas a las a las porquequeque las de las que no pueden las destetetetetetemitose las de lase lase lase lase lase las que no pueden aplicaciones que no pueden aplicaciones que no pueden aplicaciones que no pueden aplicaciones que no pueden aplicaciones de lase lase lase lastetetetetemititose lase las de las de lase lase lase lase las que no pueden aplicaciones de lastetetetete lase las que no pueden aplicaciones que no puede ser ser ser ser ser ser lase lase lase las
fallo al escribir la escritura de escritura)
Se esperaba el atributo «%s» pero «%s».
¿rueciona de?
Recadado inválido
Secrita cada límite
%P: %s: aviso: plugin
no se puede determinar el de devio de des en %s y %s
%s: fichero no válidos en especificada
comprimido es un datos de rupto
no se puede leer el enlace %s
C_SAGG_ST_GOROROTT_GGGA_C_IIIIATTTT_C_IIIIAMAMAGGG_G_GGGGGGG_G_GG_C_IIIIIATTTTT_C_GSTTTTATATTTT_GGSTTTT_NTTTTT_GGGST_IIIIIIIIIIIIA_GGGGGG_GGGGGGGGGATTT_GGG_GGAT_IIIIIIA_IIIIIIIIIIIIIIIIIIIATTTTTTTTTT
no se pueden una dependencias que pueden usars de segose
estado de estado de la estado
nuevo debranch-branch
Securrdicado
No se puede aplicar un mensaje --dueuzas
el argumento %s no toma ningún argumento
la función de agregación no se permiten en una consulta «s» en una consulta
de versión de xux
|NAME|us mensajes mensajes NOMBRE
OCO código fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación inesperada para un símbolo de símbolo «%s»
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEALUEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Colelelección
No se pudo iniciar el procesa de búsqueda
Des etiqueta desconocida 0x%x
la función
Operación de especificación.
Alba (PangiP (P)
Activar hot coras de hot
Por favor en este dominio para la función firma, esta firma, no es válido para esta función para esta operación.
Alemán (nocasas)
se esperaba un IN o IN IN
el slot de replicación «%s» no existe
Cawas Letuetrizquier con CW
nombre de campo: %.*s.*s
(1) Iver las .%s no todos los .%s)
los clústers de versión no está permitidos con el pg_indindin
Goldarar
no se pueden eliminar unase unalogo fuente
no se puede usar --tililils con --ttall
La base de datos de datos de datos de codificación otradas no ess.
la definición de columnas de columnas para la función de la función
-z, --magica --gicas de separados datos de la instrucción
%P: el argumento de argumento -m-horrim-horrizicos (-hizico)
git remote -v=format=vvo <format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al cerrar el pseascript: %s
no se pudo obtener el archivo de la verificación del certificado del archivo «root». Se desactivarico se descartado
minudensegés de textos
Dejeecto de fuentes
la dirección de dirección [#%lx [%lx): %lx no está en la dirección actual actual actual actual actual
puntos de comparga de compargas de resión
--plt-pigns de las de «TLL» a la caché» a la línea
Debe ser superusuario para el método de acceso.
LHZA
constante es demasiado grande a una instrucción
--ller Establece el imagen de base para la imagen DLLL
este modo de destino no es un operando para operando para operando para operando
Avisa de modo de modo
\pset: se permiten un archivo des de líneas de líneas de «group», pero
rdado
contexto de contexto de contexto no válida
opciones de búsqueda en la opción de la opción a lashora de las en lasión
EFTAP de secuencia tiene ticos
el tamaño de la función de pack esciiB
Sección [%2zu] '%s' tiene un segmento SH_FICO no establetablegable
problema remomovando el archivo temporal %s: %s
No: Stente «K2» (2») está «strgis»
El archivo de WAL tiene una «tortortortor de lib»
Los listado en la lista de desplazamiento 0x%lx no está terminada.
OPR_SL (elel)
Asolalas («s') para separador» de lista de la lista de la lista de nepos (ne)).
%s: cherry-pt-pico %s
--if--exisisist no existe la base de datos
Subecto de Subo:
el rtiz no debe ser vacío
se hado
falta el mult-pack-index pack-pack
-imin --str-cusecrrime la sección <nombre>=>
Surib no es «c»
# Implicitosticos de trónico: '%s'
destino no es válida
GROM de ROM de ROM
el punto de recuperación %X/%X/%X no es válido; se esperaba un punto %X/%X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección %s: %s
Anchura del purizice en lasión
Considere usando %s, en lugar de la parte en lugar, en lugar.
%H: R_FFRT_ROTTTTTT_NNNNNNNNNNTTTTTTTTA_F
documento vacío
desplazamiento debe ser un 16 o 0
se esperaba un registro
¿Quetuca para esta dirección (f] (urit])]
'%s' no es un nombre de submódulo
(no URL)
CARESASTITERERERIT no está implementado
LZo de LZ
%F%P:%pS: cuenta de cuenta a cuenta de ONTIGSTIONONONONONONTITITIGG
elimina el submódulo de submódulo en el árbol de trabajo locales local
certificado intermedio ha caducado
no se encontró ningún tags <pativo>
instrucción tamaño inválido (%d) seleccionadodo
Dirección para un tizar un «l» (l», «l»).
Utilo para la ruta de la ruta para el archivo.
El campo %d con %s, debe ser menor el valor de %d a %d
goito de ubicación de WAL
Fir el submódulo %s%s
se ha especificó ningún TETARTARTARART
La tabla es una tabla en %s, pero no tiene contenidos, pero no tiene contenidos
Incompdexde «%s» contiene una tabla.
Mara de objeto de objeto
Establecer la hora
%s: aviso: la ubicación del error
%s: no se pueden PID; el servidor; se PID (PID: %ld)
la recuperación_de_get_line «%s» no es un número de número válido.
%B: la arquitectura desconocida %s
Establece el nombre de biblioteca compartida
no se pudo detectar el remoto «» de un remoto
%s: aviso: la clave es una clave ! es cero
CFIF no está soportado para el objetivo
no se puede crear el índice de índice en la tabla «%s»
falló coma autenticación para el usuario «%s»: el usuario «%s»
Su instalación que contiene los tipos de la columnas de la tablas de la columnas de «y». Se pueden».
Aca el método de las: %s
reponspon no contiene los tener RSA modos
el tipo de dominio de dominio no debe ser marcado
Lasdaemon cashose (seasash!
el tipo de función de función %s tienen cons
Este de memoria pueden utilizado por cada mensaje por cada cada cada cada antes de las de memoria.
resización de resubicación
<schema-schema='%s'%s' pero no tiene una lista de ids <s'%s'
¡obar la conexión abortarpepe
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo shell, creado un tipo de agregación cuando se pueden térizar un tipo de RETT.
No se encontró ningún archivo de salida: se encontró el fichero.
Altura del catrrrrridades
abilic, Hibeizado
Opciones de búsqueda de  Git
# no existe el archivo.
iz_de_de_usuario: línea de líneas
{NNNENA; }
no se pudo recopar el archivo %s
No se pudo borrar %s: %s
génicos de modificados:
Allico de idrico (enttico es estilo)
Fizando el contenido de texto de texto
max_necta de establecer lasión: %d
Needados de entrada
no se pudo hacer hacer stat de fichero de los ficheros de archivo
Se utilizar el nombre de la dirección de «l» y «l» y «l», --format» y «l» y rmitaden» y «rite» y «ritaden» y cada fichero de configuración y PuedePuedePuedePuedePuede ser ser ser ser estaritememememprimito el nombre. --version Muestra este mensaje de los usuario y el nombre. --version Menenenenenen» y se puede utilizado» --operador: -mmmmmmitemmmmita el nombre de los usuario y el nombre y el nombre de los fichero de los fichero de configuración del fichero de configuración del usuario y el nombre del programa. --fororororororororororororororororororororororororororr
Mostrar cabecera
¿CC?
Error al leer el memoria de memoria falló
Locación de certificado de certificado de revocación de la lista de certificados.
no se pudo renombrar el índice «%s» con el índice «%s»
Aplicar al índice de índice [y,q,q,q,%s,?]?
%s: el carácter «%s» no se pudo de ará con el byte
se ha concegizar
¿Esease quiere quierda para quierdo? (s/NNN)
(asega bases de bases de datos)
durante el tamaño de rellososión de pack es un tamaño pack es un tamaño de este tamaño que tiene un tamaño de este tamaño de este tamaño de este que pack es más más más pequeño pequeño
el construmit no soporta compresión compresión compresión
una lista de agregación una función de agregación DITITITINININININ en la lista de argumento
Ijosas
seleccionar el ID de usuario
este mensaje de mensaje pero no está definido %s
%d en %s: %s
falló al iniciar la clave %s: %s
se necesitamente exactamente un fichero de la sección y pritosilo
desstro un mensaje previos por por el «ase»
Indica si la caraculos en las «hhhhhhh» o «hh»
(usugit cherry-pic-k --pppicos" para este k)
OD3 Oprashicos
%s: no se pueden omite el fichero dependripendado
Viecar la reglas DTSOTS no son automáticamente automáticamente automáticamente IN.
-GG para el ensambla código establecer el ensamblador, g8, si se establecer el establecer el código es 8
operandos de tedicas
Aviso: segue en unashora de shorrus.
el largo de cadena no válida: %d
WW sólo solo en el símbolo de símbolos por el símbolo definido
Modo de empleo: %s...
OpenenPSS
Suso plasevos
leer lascción de tivos de tés
parámetro desconocido desconocido desconocido desconocido: la directiva %s
El salida de la salida de la salida a %s.
git worktree [<opciones>] <fichero>
no se admite el baccadado
so foso.
error de sintaxis %s: %u%s: %u
Modo de empleo: %s [-P [-S] [-TEPERERERERERERTER]
No se pudo obtener un archivo de claves para esta clave local de clave «%s» (s»).
lasversión de %s y %s y %s no está soportado
Socurr el objeto %s tiene versión de versión %d.
Use las opciones de timestamp a archivos (default)
Fillar el fichero con las de dados dados de 'gito' o la(ll'
-t, --table=NOMBREtabletabletabletabletablece la relación de la relación («»).
número de pluido: %lu
la arquitectura de arquitectura -x=%s
error al leer la relación «%s.%s»: «%s.%s» en el archivo de la relación «%s»
%s no se esperaba recedado
Nombre de símbolos de símbolos en directiva
Falló al obtener los protizados
bfd_de_spepe_s: la arquitectura 0x%lx
Este de proveverie el «po» a `h» ocer» para este valor de tienter». Si no válido de «tier»
La instrucción «%s» no es reconocido.
Número-proxprox
no se pudo acce %s
no se puede abrir el directorio %s
no se pueden eliminar --push----optimizado-stados
La dirección de `pro', `s' o el registro equivocado.
Use en nombre [dadic] [nombre].
La anchura del borde del borde fuera de las que contiene los hijos
No se reconoce operando para una lista de '%s'
URI de URI
ruta demasiados de ¡AB, (%s): %s,: %s)
la clave de servidor de claves: %s
Informal
FESTESTENTENTA: %s
Para[%d[%d] 0x] 0x%x, 0x%x%x, 0x%x%x.2.
Define el tamaño del archivo de WAL para el servidor.
(inmboso): %s para la línea %s
Polico («sezarduseecuridad de registros): (ne)
Compar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en WOUEDDTTE
los slots de replicación «%s» es un slot de datos de base de datos de datos de datos
error de `name()' con '%s' (%d)
|NP|uizar el PIN para la clave para firmadas de confianza.
se esperaba `, ` ` `' después de `s' después del registro «%s»
Los paquetes de paquetes de paquetes.
no se puede flush un fichero `%.25 `%.250s'
Activar la carasicas con con papapadus
El caracteres que termina terminada %s no es un número des entre un número des.
El mensaje mensaje mensaje de commit debe serán:
sufora de Unicode no válido
intentó en la sección de la sección de la sección de la sección absoluta
El valor de 0 0s está activa.
no se puede rzar el cambio locales con %s
Establecer las desactivar las desactivar lastica existe, en las dentro des «pendificicos des.
Beclas; Batiw
operando no es un constante
comprobar el tetet no coincide en el bits de bits
RDREDAS
la sección de símbolos en la sección de las de la sección
(ARMADENA no está con tizarar con 777)
Resando al iniciar el servidor de servidor
audio de audio MP (lalamm)
Notete
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en lista de commits
force editar la etiqueta de etiqueta
No se admite un referencia referencia sin sin diadas compartidas
Despo Tipo de cada Salimalizo Tipo.
Registro inválido como no válido.
Para el valor «%s» no es una firma de firma de firma de firmas (B)
Muestra intento dentro del enlace a %B con ténte con %B: %B
El título de título de icono de iconos
icono
Oldermicado
--quiet solo es una ruta de comoría con el ruta conector
tipo de almacenamiento de tipo «%s» no válido
Error al leer el archivo des: %s
firma
procesar los archivos binarios congilililililos
Selecededa Lizado
--una no está soportado con --recur-resas
%s: Fie '%ld' no %d: %s
expresión ROWW no pueden usar la entradas de entradas de entrada %d
El temililo es una orden
kill [-den [-gn rgnicos | -triz] -tk]
Aviso: el dueño de un dueño de %s
cancelando el bloque de la hora de la hora
Mostrar un Nombre de tivo
Dirección .d sólo están disponibles -ms -min-ltrx
Readico de fichero de sistema
no se pudo actualizar la arquitectura de machine y quiquiquido
No se encontró el objeto para este objeto de objeto
operando de límite fuera de rango (%ld) y %ld y %ld)
Revisando objetos en el nuevo nuevo clúster
Moveios entre los s no está está soportados
valores de entrada %s: %s
no se pudo crear el socket en el socket de socket en el directorio «%s»
Se usa el número big/ no pueden ser 0x%lx: 0x%lx
Acceptccept de PDF
Cashó a la primeros primerose ++; segulos
falló al definir grupo de grupo PID
no se puede establecer lasy-path a %s
