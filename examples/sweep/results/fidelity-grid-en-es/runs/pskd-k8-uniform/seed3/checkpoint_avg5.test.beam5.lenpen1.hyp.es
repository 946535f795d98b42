Si segur el botones de los botones de los botones de los botones o no deberían
Indo-pros de ranapes
no se pudo crear el archivo '%s'
El dominio para bútilo, NUL, NULL o NUL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --silililciones, --presocciones
no se puede utilizar la expresión de la expresión de la expresión en una expresión
Dasisatbles «megisis»
El archivo de se ha modificado con el fichero de modificado
(ecurita)
Extención de eventos
carácter inesperado `%c' en el tipo precación de precación
Error al sando el archivo de tras: %s
método de procesoes
firma de datos no válidos con PAKAARA
%B: %#Lx: aviso: la sección de símbolo inesperado
no se puede crear el fichero regular %s
nombre de vica
Error al cerrar el tipo de parámetro %s «%s»: %s
referencia de refs de refs '%s' no soportadas'
Monclas de Kimertos
la base de datos %s
No se puede ardano
clase inválido
Por favor seleccionar la claves de claves:
--tracke a una rama
Establecer el contador de mixid en el nuevo clúster
ReUR, República de Sotivieza Sociaciaciadas
Indica si la líneas a la líneas de líneas, líneas en en encuínca
Casaculos de Casherrizados de claves (fatk)
La secuencia de secuencia adiza el servidor
Cdrom con Ubuntu 9.10 Ko Ka Ka
Tawano
las opciones -C/--R1 y -s-cusos-tras de jsososos y no pueden ser usadas
Move un directorio o un directorio, o un directorio o un directorio
Nonendo pusisticos
No se pueden samal Zo
El número de las debe esta pantalla de la pantalla de la pantalla.
Vilase
Cracción de formatos de especificada en -t, -t, -t, -t, -t, -port, -t, -mir el nombre
el archivo «compress», pero el compresión no soportada»
Colols y pididids de bases de bases
línea de líneas inválida %s
no se puede Wizar las opciones no se utilizar las URLs
Time a Leca:
salida en la salida de «DO en la salidaDO
Sección [%2d] '%s': hash de la corrina de índice en %zu
No se permite un carácter 'c' en 's' en el valor de caracteres en el valor de caracteres
destino
Tipo de alias
core y métodos en el longitud de 32 bits de 32 bit.
sparse: se admite el filililtrado
Seleduto des en el árbol de trabajo no es válido.
Francés (Sizo, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBOL_SOL_SSS
el tipo de operando de tipos ricados en el tipo
inicia_prece: pg_pg
no se pudo encontrar el primer primer primer GSTAT
Opciones inválido: --adis=SHO con --acatérácedido
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede iniciar la proxyxy %s
No se han las que el marcas definidos por el como de la URI «%s»
Modo de empleo: %s [opciones] [ad](s)](s)]
la opción '-%c' requiere un entero entero positivo
No se reconoce INTT_SECPION_GF
No se pudo permitir un definición de un símbolo con el fichero de «ck» en -uy»
la opción --on-no-set-s requiere la opción --no-sin-setin-setin-s, --set-setin-set-set-set-setinal-setéset-setésetal, --set-set-set, --nonononoset-set-set-set-setalalal-set-set-set-set-setésegnonononononononononononononononononononononononono-set-setal-setal, --nonosetal-setal-set-s
clave %s: «%s»
versión de índice %d
Se especificó un protocolo de protocolo
Francés (al)
Firir la ventanas de una ventana de ventanamentemente
-a, --all muestra los bases de datos
<stringe de tabla: %ld
Posinterados de la corina de los valores de «from» no está en el valores de «from».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Mal la cabecera de cabecera de nuevo:
--no-mod--modifiecizar el modo de todasecizados en el modo
Descla de elementos en el elemento
no se pudo comprobar las <alizar '%s'.
-mas=nombre> Establece el tipo de 8, «333300 a 00 a 00 a 00 a 00, 88888888, hh, t, ha, ha, 888888.00 a «33333333333333333300 a 88888.
<lama>
Se esperaba un argumento de argumento
Tipo de %s no implementa no implementa el Ge()
no se puede analizar %s
Maxión
la instrucción no es un modo de instrucciones
abortando la transacción actual
omitiendo %s: el nuevo nuevo nuevo nuevo %lu
no se admite el directorio «%s»
El número de registro para fijojo un widget
kizar la ubicación de WAL (LSN) %X/%X/%X
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 10 10.
Marcuando %s
descurimines que cero
El inmediato está fuera de límite de límite a 0333
-f, no se puede utilizarán usar con el tro -harshar
Macepinashos depóciones de archivo
%s requiere un valor de un valor
Lista de opción XKB
multiplar el mismo mismo mismo mismo mismo mismo registros
%B: número de reubicación no válido: %d
Ikkkue no válido
-X, --exclude-dirdirectoror-s de listados deexclude=ST
tipo: %s
desversión de %s local a %s
%s clave %s utilizado un hash de hash (%zu)
abortando no se puede ser leer el estado de lectura
la instrucción registro de registros
debe ser un check-check en un checkes a un checkamente
no se pudo para el tablespace %u
--stacksize <size> el tamaño de la pila en la pila
no se debe usar el índice en el modo de índice
atención: %s que contiene un puntero
Osando OCSPSPSP
el campo de campo «%d» de límite: «%s»
define un nuevo nuevo vacío
no se admite la sección de sección en %s: %s
Increax_resepar_de_de_de_scuscurados (se).
Intersal: error de opipar: "%s".
Daza WAL en abortado.
Blsendens
documento de Aporkes
sección 0%u en la sección de grupo [5]
ref_reresh_opciones
%s: dimen un registro desión de hibreso: %s
Ver: %s
Vietrivo
no se puede abrir el nombre para %s
la clase de operadores «%s» no es un tipo %s
Path no debe contiene un tientes entre un /sosor)
Error de Sitartar de SD
-, --help muestra los ficheros[=]] estas, muestra las de salida
Vertica de lasticas
Símbolos de instrucciones para la instrucción
no se puede borrar el índice «%s» de «%s»
la función «%s» debe ser «ir»
Sappingingiendo o instrucción
no se pudo analizar lista RAIADA «%s»
valor inválido para '%s': '%s':
Carasumes de la cabeceras de klls
huge páginas no está soportado en este pla
Moce un YCARTARTAP
No hay símbolos de símbolos de sección en las de la sección
Establece el número máximo máxima de un número de pose de un número de índice.
Modo de empleo: %s [OPCIÓN]... [ROUPOUROUC] o bien: %s]
delimiter_de_cacaca
el archivo «%s» contiene un archivo NUL, no se ha terminado en %s
cliente el clientegución no es una megisisisisisisis
carácter no válido
Establecer la enlace de PROROROROROUP
@%s%s no es un reubicación.
Generando mensajes mensajes
%s: no se admite el directorio desconocida
(fixeles conflictos «giter» y «giter»)
el redo de destino no es
CPIO (pizado)
la función de agregación de agregación no pueden ser más de argumento %d
%s en un parámetro de parámetro
Se abucación de la sección de .pendibendibree
La tabla de tabla:
Actualizar (Patuetu, NU)
El repositorio para el repositorio
<un>
--entryentryentry <cififico> DLL'
cambia la definición de búsqueda de búsqueda de texto
no se puede kizar al iniciar el inicio de izar el %.250s
error de sintaxis no se admite el token `%s' inesperado `%s'
Aplica cambios de dizados que existentes
Validar valores de «%s» y «%d» y «%d».
no se encontró entradas
el tamaño de objeto
Menchés cho de 5s
ATENENCIÓN: no es una clave de firmada con firmada con firmada
el nuevo de pg_data antiguo y el tamaño no coincidentes o no válidos o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el icono
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetro
Temporororar '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento entre leer los segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dddusimiento de la opción -ddizadas en el fichero de la opción -d.
set-retr la función de la función de la función de búsqueda en «fors»
Kuránia (Suia, F)
compresión de comprimido
Establece el tamaño de la tabla de la tablas de la tablas <UB>
Sise quierdase el quiere el directorio de WAL, elimina el directorio «%s».
|adit-logo-res-curuse
(lelelese: %u)
AVCIÓN: sega el directorio de configuración de configuración '%s' en el directorio '%s'
El paquete de paquetes por paquetes
-m[no-%s]%s/11/sis/sis/s
Catado
Actualizar la fecha de acceso y modificación de FICHERO
mensaje de catata tiene posión pluriminos pero .#
Ezio
%s: fin del fichero de entrada de entrada de entrada de entrada
contador de registro de registros no pueden ser «TSSSSTI «R»
\pset: se permite una línea de columnas de la líneas, líneas
No hay elementos de recomiendimados para este elemento.
-d, --dbname=BBO base de datos a la base de datos a la base de datos: «%s»)
no se esperaba al menos una línea de contexto del contexto de contexto
%B: po-resetados de reubicación %s
no se admite la dirección de dirección regex
El firma de probo es un YYGGGE.
la codificación «%s» no existe para la codificación «%s»
Desisando coma trasccuertidadidad.
%s MiB es de memoria está activada.
|VEE|ar las si el poseguras para la clave
cancelado por usuario
Kurásos
el índice es demasiado largo para word
República de Nrigado
Excando el argumento de constante de argumento
el nombre de límite con el valor de límite de límite de «pic» no debe ser usado»
-PPASSC de la contraseña de registros a un servidor
Alemán (B, téce el registro de registro de registros)
puntero del registro Z
.end con una directiva .cuente con directiva .ce
Runadita de pg_pg_dedes de datos a un directorio.
No se pudo crear el paguleso: el valor de %#d de %#x.
%s y «llll» y nombre de fichero musión
ksipiendo fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit -X
OPR_Rocional (sistése enca)
el modo de modo (%s) no coincide %s (%s)
encuelel,: %.*s
[ARGS
no hay sección .dído en la sección de segmentos
Necesita autenticarse para cambiar el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendar <mendar> en el directorio de trabajo «sy»): (porororor defecto)
no se puede ONN ONFICC cuando se puede usar con una tabla o UPDATE o UPDATE o no pueden usar con una tabla
[ pila]
no se en el argumento de argumento para la opción «%s»
Descone el símbolo %s en %s
la columna de la columna «%s» de valores
procedado_recho
%X%P: no se pudo c_hash_lolololo: %E
INPTERER ... ...
no se puede nar grupos en grupos de grupos
%B: usar un campo desconocido desconocido (%s) equivocado (%##x)
debe especificars de rutas) para la ruta(s)
%X%P: la sección de la sección de %s y %A no está en la sección y %s.
(mama de clave %s)
Funcción en la definición de en la cruperción.
--%s para el argumento de argumentos de argumentos y «bobos (b).
Este la orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modo de licos en el modo
conversión de datos a la base de datos «%s»
-h, --hhor-anananano
no se admite el mensaje del mensaje con el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de modo de modo de kizarás.
opción SP: --po: --pashhhora de la vista
Mecerdo
.DEFAULT_NGOALALALL un objetivo que se han con el objetivo
Mancho
Francés (Dororora)
no se puede utilizar el valor de salida de salida de codificación para el valor de codificación para cuando se puede usar el valor de codificación.
%s: gmonararar el fichero de his.
iniciando el flujo de log en %X (X/%X/%s)
No se encontró una cabecera
se esperaba SIMD de 64-bit o coma flotante o coma flotante
Tipo de rimir Viririrma de archivo
codificación de codificación desconocido
documento de entrada de entrada MM
El programa por omisión para GDD
Este la versión de utilo puedenizar y ragras de versión %s de versión %s.
Quito:
no se pudo generar el código operacional para el código de código de rame
free: el tamaño de inicio y el tamaño del tamaño y el tamaño de diferencias
Establecer la Estados
reubicación %s desconocida %s
argumento no válido
No se pudo leer el socket para el socket: %s
setscción (create) falló
ReHO_LL_LLLL_SUST para la consultas en lugar de la consulta
Esta etiqueta o marcas que no válidos de caracteres.
no se puede usar la instrucción con esta instrucción
el alternativo «%s» no puede ser ejecutado: %s es un tener de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutada en lolololo.
establece la rama de la rama a la rama
Se packe el repositorio en el repositorio para el repositorio.
El tamaño tiene el tamaño de GIFIF
el tamaño máximo máximo para la base de datos %s
%s no existe
-CRECOUUUU código para el objetivo SORECRECREC
%B: no se puede eliminar el tamaño de memoria para el tamaño dentro del símbolo %#Lx
La salida de la falló: %s
escritura de escritura
Necesita autenticarse para mantizar la imagen de la imagens.
Tracción de Ycción de YMLLL
Perando el fichero '%s'.
Por favor en el número de componente:
Susando no tiene un «lolos».
República de Gula
No hay rgizo (S6)
definición de mensaje
Bros paquetes
STC_NNP_PS (PS) en NOUPO en lasistegución de procesador)
Replicación de npendrica
Mottidades tizables
no se pueden tener más de una columna %s en la columnas
mensaje de formato inválido
el directorio de control tienena %s (0s «0s/ms»)
El número máximo de elementos debe ser por k_mit_regose para grit_mit_de_mit_de_de_rese()
%s Exxión:
ignorar refs que concuera <fichero>
Trinito y trinito
rango
3-bit fuera de rango
-f, --fievs=STITER el campo de salida que -o, las, las líneas
no se pueden usars directorios
Ordenando la opción:
Gusión de pullsick
nombre_de_emit
nombre de procedido (notado)
la definición de una lista de una función de una función para la función de una función de una función
anal_de_de_bubuls en %s
el valor de clave «%s» no coincide con «%s»
Activar la Activar
Los opciones de la salida y la salida:
tabletabletables
Resoverico para usar (endizado)
desplazamiento tiene posición %zu
el valor de «IC».
resconoce no válido (ponse)
bug: código de signasegual
debe ser texto de búsqueda de texto %s
%s no está soportado en modo 6
Error de la cadena: prefero de la cadena.
Antiga y Bbudas
sólo se solo un elemento para el elemento «%s»
-n, --ncert-nset, PID, -t, --set, --set, -t, --port, PIDset, --n, --ncet, --sot, --no-set, PIDset, PIDset, --n, --not, --nset, --no-port, --ntat, --set-nnet, --set, -t, --set-n-net-net, PID PID PIDset, -t, -t, -t, -t, -t, --set, -t, -t, muestra los tiposet, PIDset, -net, muestra los usuariosecet, --s
imagen AME de «AME»
no se pudo encontrar el ID %d --d en el archivo de entrada de entrada de entrada, no se puede ser el archivo de entrada
documento de Pocken
Securó el fichero megado: %s
No se pudo abrir el archivo descript
se recibió el fichero de datos «%s», solo para las»
no se pudo abrir el certificado «%s»: %s
%s falló: error al código de código %d
%s: valor para el campo «%s» no debe ser demasiado grande
Rusos niaia
firma de paquetes para firmas
trasilerr(s) a ad)
No hay candidatas candidatas que seguar un refes que se jjjeaccccuía.
se recibido el datos depó el GSSSAAPIP
tiempo de datos
No se pudo actualizar el «-fetch» a la manualmentementemente.
República
el árbol de trabajo de trabajo en '%s', tizarána de trabajo
«%s» no puede ser de las hiserta «%s»
No se encontró ningún no encontrado
No se pudo verifizar la verificamente
-E, --encocololo=OCCDO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o] [-n en la salida [ruy] (-n)
Necita autenticarse para la cargación de la cargar de cargar el que a la cargar.
el array de un array debe ser undimensional
No se eviecene
KKísids
la entrada de entrada de entrada no está soportado
Critado a través de cadenas. Estado que se harían la cadenas de cadenas de cadenas de cadenas de cadenas de cadenas.
Si se debe ser un símbolo de función de función o o o símbolos.
Ubuntu 12.04.
Cara de protocolo de protocolo inválido.
Indica si se debe ser un widget en el widget
Cabla de Coras
Eul en 44
.COMM de rango (%lu) fuera de rango (%lu)
CTL_STSTS (seck) definidos por definidos por definidos
Cix-dominio el socket de la ruta de la ruta «%s» es demasiado grande (p)
la función %s tiene la columna %d pero la columna %s
Mostrar un botones para los botones de los botones de los botones de los botones de los botones en el final
Si es posible que la claves que no pueden ser la clavese a la claves de usuario.
Firma de procesos
unden si un orden:
No se pudo procesar el proceso
No se puede pudo %s (%s).
No hay ningún.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar los commit-graphgraph
Error al cargar el icono: %s
FORACHA o array de array
--pros de replicación en el slot de replicación
Opciones de la etiqueta de la etiqueta de la etiqueta
El búfer de Querye (sar).
Xnign
Misisando o musa de atributos de atributo
el fichero `%.250s' está rupto de «y» -duper»)
Dibibio
Tipo de sonminastes
añadir el tamaño de la dirección de 64ume tamaños
Apando: %.*s
valores de pg_controlse:
*** *** *** ***
el destino no admite la opción push
Cellosticas
érigo
terminar la entrada de entrada con NUL
falló al crear el directorio de trabajo después de búsqueda en %s
In la instrucción número %u, no pueden de campo «%c» como nombre de campo.
Susetados
--no-pros de replicación no pueden de replicación en el replicación
subproceso de error en el «lo» con error %u
ubicación del ubicación
No se pudo encontrar el nombres de guea un directorio en la línea de la línea de la línea de la líneas.
emplea -mcpu=26
error al iniciar el archivo '%s' en el archivo «%s»: %s
huse fuera de rango fuera de rango
falló el pul_xcu_lox_los: %s
-F, --format=FM' para el formato del archivo `res' o tuso, -l, -t, `fort, `s', --s')', --secuer', --secuertototototototocuer', -uer', -t, -trrusecul, -t, -t, -t, -t, -t, -t, -t, --secuer' y `fforororororororora el valorionalalal, -t, -t, -t, -t, `FFFF' y `F', --format=', -t, -t, `FF' y `fffforrrusecusecusecus
Datado: %s
el fichero regular
Alemán (aden un racucción)
tabla no reconoce la tabla de no reconocido: %d
Descla de establecer
Ralimano
As%s> ya para el directorio
%.0fuerza versión de la versión de la versión %s de niza del índice.
Bepice cuando es una primer primer pres
Modo: %s...
Mostrar símbolos por el símbolo de símbolos
kkipar y líneas de líneas con la líneas
No se puede asignar el símbolo de símbolos: %s
\g no es posibledo por un nombre de un número de rabo, o prabuce por por por por un nombre o un nombre de «ck», o un nombre de «cecuer»
NOMBRE NOMBRE NOMBRE a un archivos a un archivo
el código operaciones de 26-bit
Replicación de /subicados
%s: no se puede eliminar %s: %s
no se pudo obtener el primer de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear lasión de crear «%s»
nombre de nombre
mostrar rutas con cambios
parámetro des simple no reconocido: «%s»
%P: el SOSO no debe ser vacío
las datos «%s» no es una tabla UPDATE/UPDATE a la tabla de la tabla «%s»
Ilitanta (l, con teclas muertas)
no se pudo eliminar 'git árbol'
%s vol un archivo de base de datos de datos a los archivos.
Viwe no es posibles
ONONFLFIONT no está soportado en una tabla «%s»
%s: -Z requiere un activado
%B: el número de reubicación inválida %3d: %d
los directorio de datos de datos
%s: no se pudo encontrar las que coincidentes
No hay sección de la sección de la sección de «pors».
NT_VMST_SSTMA)
ausente .end para .funcional desconocido
no hay mapa en la terminal a la terminales de la terminal %s [%s]
Tamaño
No se permite un expresión regular
protocolo
Aprowargado
None
ONON COMMIT sólo puede ser usado en tablas temporales
no se puede abrir un bfd en bfd en %s
Caduria Ana
%s: falló
Fogurimiento de coloros (pose un Gduk)
el parámetro procedimiento OTT no pueden usar un valor dentro del valor con un valor con un valor «T
eval: se emitado el nivel máximo de nivel de xval (%d)
Tabujo
[mitadicado no es válida
Necesita autenticarse para el host.
no se puede copiar los datos de `%.255s' para `%.255s': %s
No se pudo cargar el argumento «%s»: No se kizar el archivo
%s pres-endendipende en %s
se esperaba un nombre de comaso nombre «%s»
directorio no se encontró el directorio «%s» en %s
no se puede utilizar el índice de índice «%s»
%d-graph %d
duraxcción de comocción
Solinks, no está soportado.
la secuencia «%s» sólo admite la columnas de la columnas
--desecence despuésués de cada del símbolo (entes de cada fichero estiltiltil, --continue
Indicar
%B(%A): no válido
Este el algoritmo en el plano de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda en lugar.
resovever (secan el tipo de función de tipos («cerer»)
Aplicación del sistema
Finir el estado de la columnas.
-q, --quietquiet en NOMBRE
Mido el tipo de tipo
falta el archivo Cik_RELT_RELT_REL
la base de datos de datos es un conexión a conexión
nombre de macro no válida en la ruta de biblioteca %s: %s
La contraseña: %s.
La lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Para un graph de la cadenas
%s: no se módulos de enlace: %s con %s previo módulo %s
Indica si el texto en texto
Keracccues de Ka para no está soportado
%d está fuera del rango para el parámetro «%s» (%d.
número de campos de campos en la líneas
Exporta SYMLLLL a tablas dinámicas
no se pudo escribir el programa: %m
Indica si se deben el tamaño de los tamaños que deben los tamañosegos
Los cambios locales a los archivos siguientes serían usars de commits.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespace a los clústers de tablespaces porque el clúster.
chanagando permisos de %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
comprobar la comprobación de comprobación no válido: «%s»
Opciones para la clave de claves «%s» yque no está en el rango
Opciones de nombre inválido: «%s» no puede ser un carácter de «h»)
-p, --port=POPTERER «%s» de la base de datos: «%s»
--stacke requiere una pila para esta pila
no se pudo encontrar la variable de la variable «%s»
fetch a lasión de '%s': %s
Verificando los usuarios por el operador de operador de operadores para el usuarios
`Ellll inválido
Sección [%2d] '%s': referenciado en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «RP» de «P»
sección: 0x%08x: 0x%08x
ser pero minuso min
no se pudo recomimal
No se puede obtener el servidor al servidor en este servidor
%B(%A+%#Lx): error: %s)
Indica si el elemento de cuando se se deben usar el grupo del grupo de grupo
fallo en la xeleleles: %s
guile: Eval «%s»
La expresión de %s requieredo
Opendción desconocida
valor no reconoce un valor de tipo de agregación «%s» para la función «%s»
Falló abrir el conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño
Us estado de su lugar.
error al crear la definición de la función para la definición `%s'
el archivo de codificación no es grande
Lengen de texto en el búúfer de texto
Locación del archivo de parámetro DHHHHH.
%s: ICHF Congu despuésués del %u después de %u
define un nuevo nuevo nuevo de agregación
El archivo de archivos
no hay archivos de paquetes.
Se esperaba un nuevo stash; existe una nueva nueva nueva nueva nueva entrada.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si el número menenecuen es un número de la posición de la posicións
%B: el nombre de mmo inválido: %d no válido para el nombre de fichero %s
No hay rgue (Masea, sin teclas muertas)
no se ha encontrado unas en catérrizado '%s' encontrado '%s'
el servidor de WAL en la ubicación %X/%X/%X/%X/%X
Operación local local local %d
socket inválido: %s
el nivel de Zo de jo-o no en el nivel, en el nivel, nuca, na, tizar el nivel
República de paquetes en el paquete %s (%s) ...
Define el formato de salida para formato del byte.
-mENA, --s en --sogurims en un valor fijo fijo
El firma está incompatible con la clave de clave.
socket
aviso: la línea de línea de líneas no es reconocido: %s
República de Gana
El ref de la cadenas argumentos de argumentos de argumentos de argumentos de argumentos.
ausente la línea de las; (asume)
%F%P: falló bfd_co_cox_sex
sv_ldfijo_ld para el campo de salida de salida (por defecto)
No hay UID «S» en el rango de límite %d.
el optoptoptusos de optipos debe ser un «ceeee»]
leer '%s'
fallo al renombrar a %s a %s
(interalalizar git-res)
República de la salida en formato de la salida del «PEEPEPIII: -por defecto es el usuario y el usuario.
error al establecer la salida de `%.255s'
%B(%A+%#Lx): No es reubicación «%s» para la reubicación «%s»
referencia de símbolo «%s» no válido.
no se pudo iniciar el archivo «%s» del archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP «Pe» no válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
el recibido de datos GSSASAPSIP
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se puede leer la base de datos de datos de datos en <archivo>
valores de bits bits de rango
Falló al obtener el archivo de atributo de atributos «%s»:%s»
-e --output-emex <nombre> Genera Genera Genera un archivo.
Escamiento de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido definido
corrupo entre la transacción dentro del estado de memoria para la transacción para la transacción %u
usuario no válido
falló al presar el dueño del dueño para %s
Exce el argumento de la orden de la orden de la orden. Esto «veecaceeeeca de la orden de la orden de la orden de la orden de la orden.
se debe especificar un carácter de lista de la lista de campos, de campos o campos
usando  usando
no se puede analizar HEAD
Opciones de nombre inválido%s: y el nombre de «po» (pose»)
problema de memoria en %s: fubr_type_type
Kano (Bil)
.tagta '%s'
Curento de Crrrento
No hay versión: se puede téruse la versión de la versión del tuera de la versión.
Selección (sacción (+%ux=x%ux%x): 0x
la opción de push no debe ser la líneas de líneas
no se pudo codificar un al
Tamaño_ilililo en $
--usas-papapase la variable de la contraseña para la contraseña de usuario.
Actualizando
-tttt-fijo <fijo> <fijo de <fijo.
este versión de la versión
%s: o: `%d.*s' para el usuario «%s»
no se puede reindexar la base de datos y un cambios en el mismo mismo mismo mismo que el mismo
valor de %ld fuera de %ld fuera del rango.
leer el índice de las en el índice de un índice <no>
--warce-car los índices CXDX
.sbbar el tamaño %ld!
Opciones de salida:
%s sólo puede ser una callción en una función opl_opl_oprl
Interminins
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «pro», «from» en un «ps/m».
Cambiar el árbol de trabajo a 44
Antatata Drimino de las
no se pudo aceptar un GSSAPI
%s: falló
valor «%s» de parámetro «%s» de «%s»
fueraza de la cuea de la ca de la canans
Apasegados
elentificación de la extensión
código de fuentes
armor: %s
repage=FFIPA_NTATATA_SATATATATATAT_ATATATAATATATATATA_AAAATSSSS
-a, --text muestra los archivos de texto
Use la orden de repositorio, el repositorio y el repositorio y el repositorio y el repositorio y el repositorio
Sección [%2zu] '%s': valor inválido en valor inválida
-%s o opción -o
la relación «%s» no puede definición de disparadores
Inxdex: %d
Malza de cabecera de encabezados: %s
abiliciza de TiAizado,
%B: símbolo «%s» no reconocido
%X%P: no se pudo encontrar un problema %s después de %s
el número de Wgo (%d)
el creación de columnas en la columnas no está soportado
inválida %s
el algoritificación de algoritación no es válido
extensión 16-bit
el proceso hijo no reconocido con el estado %d
La clave de claves privada de claves
Francés (BEPOOP, ARRORORROR)
# establece la variable de la variable de hash:
Ubuntu1.044.
***s
%B(%A+%#Lx):%#Lx no admitido #lx
chando versión de versión %s a %s
La dirección de la dirección de la posición de la posición de «POOPOPOT
<archivo> el nombre de la arquitectura para la arquitectura de la arquitectura>
[EEE] -oror]
[FILEo...]
inflaz en el retor (%d)
no se puede hacer como la relación «%s» en la relación «%s»
no se pudo obtener un índice de índice
el programa de registro de registro de registros de registros en la tabla «%s» (US)
Iff no está utilizar %s, usar %s.
-no-warw-shariib-har esperaba un inbn
treewal %s no es un directorio %s
nombre de locales que se debería de caracteress de caracteres
Este software requiere %s requiere el GfiB, pero el sistema GB, pero el sistema.
terminando la conexión de replicación con la recuperación de recuperación
ayuda [-d] [-m] [nombre]
Descarga <gus-so>.
Fina, tresando
No se pudo definir la arquitectura.
Listar método de acceso
%s: las de trancción de datos locales de `%s' no están disponibles
Aso:
Se necesitar el iniciar por «git» de bisect
completado de control
imagen de iza locales en la imagen y imagen de imagen
el denado con sumamama de «s», creación y nombres, pero los modos
sólo mostrar la etiquetas tags (can con heads)
--flush-cluout=TARORO cuando se más de entrada, cuando se hana el bloqueose el bloqueo el bloqueos de entrada
pop_opvar_text: no existe el contexto del contexto
-p, -p-v44, se han socket IP-v, -v, -P
Número de procesos yas:
.cfi_de_de_datadata no está soportado para este objetivo
La certificados de usuario tiene un usuario o redene un usuario.
El cadena «%s» no es una ca de UID
Error mientras se puede escribir el archivo.
Mon un archivos, pero el archivos, pero se ha ha podido
No se pudo una función de la función de función
`gp=64' con un ABI de 32-bit
Kucita de Dar
Para un nombre de fichero con el nombre de '-oso, -fo para «-ososososososoce», -fo el nombre de '-fosososososocececececuecuececuececuero el nombre de '-o el nombre de la como el nombre de '-o el nombreso fichero: %so el nombre de '-o fichero de '-o fichero de '-o fichero de '-o fichero de '-o fichero de '-o fichero: %s, -fo fichero con -fo fichero de '-o el nombre de la como fichero: %s'
Mostrar los programas de encabezados de encabezado
ID de usuario: «%s»
El sistema no se pudo encontrar ningún datos locales locales para el nombre de la opción «%s».
Para paquetes:
usar <n> n> en el árbol de trabajo de trabajo
Iruno, Old00 (00)
«spar{b» es 8 para usar ARM ARM
mostrar los commits comos comos de un commits
Popción que se ha cambiado
opción -mevex=: «%s»
Lasculos reportós, no escual/usose.
la consulta es referencia a la consulta «%s» no deben en una subtina
error: el formato del formato del formato de formato de desplazamiento %s y %B y %B
el desplazamiento de desplazamiento no está alineado
Curente de recrientes:
replaye la referencia de nivel
XM-otififififLIL
Número «%s» está fuera de las%s [%s]
%P: %pB: aviso: `%B' de `%p'
operando de límite (%lu de rango (%lu) y %lu y %lu y %lu)
DWARARAR: %d
|NN si máxima la clave máxima Suls de la claves a la claves
virtual de transacción/%d/%d/%u
El valor %u es demasiado grande para la rama que el PC-bit.
crea el formato del formato del formato del formato
tamaño no válido: %s
plantila 277
valor fuera de rango
IPS
Caratados de trabajo.
Aplicar valor de enlaces para reubicacións dinámicas
es TRUE este este «pific» puede «S»
%s: emulación de la opción
Congó el archivo de ubicación
Oplicación:
no se pudo crear la cormas: %m
no se pueden sobre el directorio %s con el directorio con el directorio %s
%s(s): %s)
Tabados
Desplaza de 5-bit para el rango en las/ld: %ld
ramificación de reubicación (000x%x [-2)
Se el rfer_no
Indica si el contenido de la se deben usar o no deben usar
El ancho de la anchura en el texto es rapo
Número de pííísos que no pueden las de las dentro del submitos en las.
(%s) falló
Se esperaba el atributo «%s» pero no se encontrado «%s».
¿Aecea?
Recevado no válido
Lonmitado de cada
%P: %s: el plugin
no se puede determinar el deso dese en %s y %s
%s: el archivo de «s» no válida
comprimido es un datos de datos
no se puede leer el enlace %s
H_GST_GST_RELOROADA_REL
no se pueden dependencias de dependencias sólo pueden que se pueden usarse
estado de estado
nuevo de datos-branch
Sercado el verificado
No se admite las mensaje de HEAD --continue
%s no se admite ningún argumento
la función de función de agregación no está permitido en la consulta en «m»
de versión de unux
|NAME|us mensajes algoritmo de NOMBRE
OCO código fuente
no se puede asignar la columna de la columna «%s»
mostrar archivos de salida en la salida (ororor defecto)
literal de reubicación de reubicacións para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s a directiva.
Cola de la compleción
No se pudo iniciar la búsqueda de búsqueda
Exxxx%x%x
función
Operación de destino no válida.
Allizo (Panan)
Activar hot de cororrus
Por favor en un dominio para esta firmada para esta firmas, o no es válida.
Alemán (noad)
se esperaba un FROM o IN
el slot de replicación «%s» no existe
Cwatiza Letrizquierda con Crl
campo desconocida: %.*s
(1) no se utilizar las .%se en .%s
no hay versión de versión con la versión de versión de versión pg_in
Gold
no se pueden usar un clúster compartida
no se puede usar --fililils con --ddt
El base de datos de datos de datos no es válidos.
no se permiten definir la lista de la función de la función para la función de la función
-z, --magicica, Padededededededes de instrucciones de instrucciones Miz
%P: el argumento de argumento --myhhhh|-relax(s)
git tag -mv=format= <nombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
el tamaño no válido, debe ser
'%s' no es un nombre válido.
no se pueden copiar %s
error al al cerrar el sarforrrrmes: %s
no se pudo obtener el directorio de «root» del archivo «root» o sido».
Anulos midens
Objjet-ecto de fuentes
bkkedido [%lx): la dirección de la dirección de la dirección: %lx no está en la dirección de «lx)
punto de coma flotante de compargus en la res
--pl-ntal-ngndues PLLTTER
El superusuario debe ser superusuario para el método.
LHZiza
constante es demasiado grande para la instrucción
--lle para el imagen de la imagen DLLLL
este modo inmediato no es un modo de destino para operando para operando para operando
Avisa
\pset: se permiten abrir el archivo de líneas, líneas, se permiten double
rdado
contexto de argumento no válido
se utilizar la opción de la opción de la opción de la opción en el «-»
HOFTAR en la secuencia «%s»
el tamaño de paquete de paquetes está fuera
Sección [%2zu] '%s' tiene un SHHO_FI no es válido
problemasa de mova de archivo de caché '%s': %s
No hay modo de «K» (K2»)
El archivo de salida tiene unast bana de archivo
Locación de listado en la lista de desplazamiento 0x%lx no está terminada.
OPR_SS (L (el)
Se sorlas (har) en el tipo de so de solalas (no de se).
%s: no se puede kic-pico %s
--if-exisistros de la base de datos no existente
Sube:
el rtiz no debe ser vacío
se hanado
falta el multipack-index-index
-i --inststrus-securival-s <n>
Ic4c4c4
# Interlicasticas/mitose
destino no válida
Genena
el punto de punto de inicio %X no es válido; el final de registro %X
Locación del archivo de servidor.
error al crear la sección de sección: %s
Angura del prixgurar en el po
Considere el usando %s, en la parte en el partes.
%H: R_FRRT_FGFOTFIF no aplicado a una instrucción
documento de vacío
un número de unas debe ser 0 o 16
se esperaba un registro
¿Waden a esta dirección con esta dirección[u|] (s] (rit])]
'%s' no es un nombre de submódulo
(nono
CRETATSSTITI no está implementado
FZó el archivo
%F%P:%pS: seña la ubicación del contador de la ubicación
elimina el submódulo de trabajo tientes de trabajo locales
certificado intermedio ha caducado
no se encontró ningún tags con <ca>
instrucción tamaño inválido (%d (%d)
Desbción a un «lll», k» («l», «l») para el «%s», «l».
Utila la ruta para el archivo.
El campo %d con %s, debe ser menor menos que el valor de %d
goseito de la ubicación
Fir el submódulo %s%s
se ha especificó ningún TET «AAAAARART
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxde la tabla «%s» contiene una tabla.
Lura de objeto de objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor del servidor (PID: %ld)
la recuperación_tar_de_de_de_se no es un número de recuperación.
%B: La arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
elemento de 'ily' inesperado
%s: Este clave es una clave ! esquequequeo fijos!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló un usuario para el usuario «%s»: el usuario «%s»
Su instalados contiene los tipos de la tablas de «b» y «b». La columnasetrib» no puede ser la tablas de la columnas de la columnas de la columnas de la columnas de «««««««setuer» y «se».
Aca métodos: %s
responon no contiene el mod RSA
el tipo de dominio no debe ser dominio
El paquetes de cashados mira-ashensas!
la función de tipo %s tiene función %s
Esta de memoria pueden usars por cada por cada bizosea de memoria.
resicación para la función
<schema='%s'%s' pero la lista de ids <fo>
«fario entre la conexión de conexión de conexión de conexión
permiso denegado para permiso %s
%s no es un dominio
Crea la función de tipo un tipo de «Al», pero no puedenización.
No se encontró ningún archivo de salida: se ha encontrado.
Altura de la cortónicación
abiliciza de Atiza de Hizado
Git de versión de versión
# no existe el archivo.
iz_de_de_bres: línea de líneas
{ dirección {N; {]
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genene modificador de modificado:
Allicación de idico (entes de idrientes)
el texto del contenido del contenido de texto
max_nxcionional: %d
Neo de entrada de entrada
no se pudo hacer hacer stat de los ficheros de los archivo
Se utilizar el nombre de la dirección y «rece» y «por» y rite». --continue
Mostrar cabecera
¿ clave?
Error al leer de memoria de memoria
Locación del certificado de certificado de certificado de lista de listas.
no se pudo reclazar el índice «%s» con el índice «%s»
El modo de configuración para cambiar el índice [n,q,%s,%s,?]?
%s: el caracteres `%s' en el byte
se hane el condizado
¿resecrea quiere el quiera? («/NNN)
(only de bases de bases)
dura el tamaño, dura el tamaño depack-file, el tamaño que el tamaño estilo de menodo
este retención no admite el compresión
una función en la función de agregación DESITARTARTARTER en la lista de entrada
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
no se pudo crear la claves: %s
se necesitamente exacta un fichero exacto, prito
desocye como un tener definido definido definido
Indica si la carack en el formato de «hhhhhhhhh»
(usa "git cherry-pic-kipick) para este este k)
GD33poshicos
%s: no se pueden usar un fichero dependado
Viewse condicional con DSTS no son automáticamente automáticamente automáticamente actualizables.
-GG para el código de ensambla ensambla ensamblador, se 8, gp bytes
operandos de «den» de operando
Aviso: visecedededede en el pase pas en el pase.
longitud de mask no válida: %d
W sólo sólo se pueden W en el símbolo de símbolo
Uso: %s...
OpenenPSL
W W plasos
leer el ttivos en las
parámetro desconocido desconocido desconocido desconocido: %s
El salida de salida de salida a %s.
git árbol de trabajo [<opciones>]
no se admite el badado
so fo.
error de %s: %s:%u
Modo de empleo: %s [-S] [-P] [-S] [-P]
No se pudo un «-» para esta clave «%s» para esta clave «%s».
el versión de las entre %s y %s no está soportado
Socuró el objeto %s tiene versión %AB tiene versión %d de la versión %d.
Use el archivo de timestamps (timestampsor defecto)
Filla el archivo con el diizado con la(s' otras.
-t, --table=NOMBREtabletabletabletabletablece la relación de la relación (viec)
número de pluido: %lu
la arquitectura de arquitectura no es=%s
error al copiar la relación «%s.%s»: «%s» en el archivo «%s»
%s no esperado
El nombre de símbolos en la directiva
No se pudo obtener un proties
bfd_de_crese: 0x%lx
Esto de prodenes `t' para este valor de «ttiza».
La instrucción `%s' no es reconocido.
No hay exproxtros
no se pudo acceso a %s
no se puede abrir el directorio %s
no se hacalado --push----push
Suró `ser', `s' para el modo de registro de registro.
Use en el nombre del nombre [U.]
El ancho del anchura de la anchura fuera del hijo contiene un hijo
No se reconoce operando para la lista de instrucciones '%s'
URI Picado
ruta es demasiados (%dus): SARA, %s: %s
clave se recibió el servidor de clave: %s
Informal
FESTAEST no existe: %s
Cización[%d] 0 0x%x%x, 0x%x%x, 0.
Define el tamaño del archivo de WAL para el servidor.
(poxecando %s: línea %s de la línea %s
Polica (seusetidad de registros (use):)
Compar archivos de trabajo en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WTEX
el slot de replicación «%s» es un slot de base de datos de datos no es válida
error al ti() con '%s' (%d)
|NP|usar el PIN para el PIN para la clave de la clave.
se esperaba ` ` `)' o `s' después del registro «%s»
Los paquetes de paquetes de paquetes.
no se puede ar el archivo de nuevas `%.250s'
Activar ususicas
El caracteres que termina terminado %s no es un número de 1 no es un número de 1.
El mensaje mensaje de commits de commits:
Firma de Unicode no es válido
intentó en la sección de la sección de la sección de la sección
El valor de 0 0.
no se puede integr el cambios locales con %s
Define true al desactivar lastica para desactivar lastica.
Becho; Batados
el operando no es un constante
el check no coincide en el bits en el bits de bits y bits
ADREDS
Etips símbolos en la sección de la sección
(ARM) sólo zar un cuando no está en ARM con el 6
procesando al iniciar el servidor de servidor
audio MP3 (reminado)
Note
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en la lista de commits
force editar el mensaje de la etiqueta
No se admite ningún referencias en las compartidas compartidas
Despormiento del Tipo de «po».
Tipo de registro de registro inválido.
No se pudo valor «%s» no es una firma de firma de firmas (B)
ERROR: se admite el enlace de enlace a %B con %B con el binario %B
El título de título de icono de icono del icono
icono
Oldericado
--quiet solo es un como no es una ruta
tipo de almacenamiento «%s» no válido
Error al leer el archivo descriptoror: %s
firma
procesar ficheros binarios de texto de texto
Selecededio
--un no está soportado con --res-resas
%s: Fie '%s' no caché de cache: %d
La expresión ROW no se puede sta en la entradas de entrada %d
El «ststrestar está si es una orden
kill [-gunta [-gnuriz] -ltrig] -talalalalal]
Aviso: el dueño de dueño de dueño en %s
cancelando el árbol de trabajo a una bloqueo
Mostrar un tizo de tivos
Opciones de .sad sólo disponible con -ms-in -ls-int
El archivo de sistema-only
no se pudo actualizar la arquitectura machine
El acceso de acceso en este objeto
operando de límite fuera de rango (%ld) y %ld y %ld y %ld
Resando objetos en el nuevo nuevo clúster
No se admiten lasión de dos no está soportados
el valor de entrada %s: %s
no se pudo crear el socket en el socket de socket «%s»
No se admiten usar un nusume un : 0x%lx
Acceptccept de PDF
Casabke a la primeros de la primera de +; se enck
falló al definir grupo de grupo-ID
no se puede establecer la ejecución de %s de %s
