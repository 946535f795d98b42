Si el botones de los botones de los botones en el botones de precedidos o no en las
Indo-EEsecan las de las de rupos
no se pudo crear el archivo '%s'
El dominio de dominio a a dominio, o dominio NULLL dominio
%s no pueden ser una función a una función
se descarta
renando '%s' a '%s' a '%s': %s
-n, --quiet, --presplas, --presaplas de tentes
no se puede utilizar la expresión en la expresión
Dasisables «s»
El archivo se ha modificado se ha modificado comos
(nuncuetue)
Excionalsión
número inesperado `%c' en el tipo de caracteres de caracteres
Error al abrir el archivo de fichero: %s
Modo escribir el proceso
Cora de datos con firmas
%B: %#Lx: aviso: aviso en sección inesperado
no se puede crear el fichero %s
AQuizar
Error al menor el tipo de tipo %s: %s
push en la push «%s» no puede ser '%s'
Mon-K-shhoras
la base de datos %s
No se puede Dananano
clase de la clase no válida
Por favor WAL en la clave de tkindens de la clave:
--ciza la rama
Establecendo miexcid en el nuevo nuevo nuevo clúster
USRO, República de SUS, República de So receetériezos
Indica si se deben la líneas de líneas, nucar la líneas, «arararcacacacacacacas, «aras, «argarcas, tizacacas de caracteres caracteres caracteres caracteres caracteres caracteres caracteres caracteres caracteres caracteres caracteres de caracteres de la líneas de la líneas, o la líneas
Caprupto «s» para lashhhhhhffffack»
La secuencia de la secuencia llakiza del servidor
Cdrom con Ubuntu 9.10 Kos Ko
Tawanano
las opciones -C y de las opciones -n-c no puedennnnnnnnnnn usars sesesesecionales de «C-»
Mover un archivo o un directorio, o un directorio de un directorio
Necho de píxica de pshos
Panama rama Zía
El número de registros de la pantalla de la pantalla de la pantalla.
Vierazados
La especificación de tizal no pueden usarse un multizados -ms, mult, muestra el nombre de caracteres de multizar un nombres -t, -mmmms, -v, -v, -v, -ms -ms de caracteres caracteres caracteres caracteres de mult, -v, --s por el nombre de t, -v, -t, -v, -v, --versionversionversiones de mult, -v, --verbose muestra el nombre de caracteres caracteres caracteres de ncca un nombres de mult, --help Muestra un nombre de caracteres de mult, -v, -v, -v, --s, --s, -v, -v, -v, -v, -v, -v, -v, -v, -ms de caracteres de caracteres
el archivo comprimido, pero el comprimido no soportadas de datos
Criol y pids y pids, pultas
línea de línea no válida %s
Will no todas las opciones push-push no se descartar las URLs
Tipo de Lime:
salida en en la salida en INCOOODGG
Sección [%2d] '%s': algoritmo de dispersión de hash %zu para el símbolo %zu
No se permite un valor de «cec» en un valor de «s»
destino
Xfortien alias
barra de core y una orden en modo de 32 bits de 32 bit.
¡: fución de sparse tiene rusen
No se ha detectado el árbol de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGBOFFFFT_S, pero sección no está presente el símbolo
operando de operandos no pueden ser en el tipos
inicia pg_depepepe:
no se pudo encontrar el primero GMMST
Operación no válida: --at=SH=SO con --acatimistizada
leer la ruta del archivo de la ruta de la ruta de archivo
no se pudo iniciar %s
No se ha registrar la se ha ««s» encar» para el URI «%s»
Modo de empleo: %s [opciones] [(ad)](a(s)]
la opción '-%c' requiere un argumento de argumento
No se reconoce el IN_UPT_FIGF
No se ha definir una definición de símbolos con un archivo trovos de nombres
la opción --no-conflict-conflict-s requiere requiere --no-setros, --ro-s, --setro-ros, --satruert-net-netruet-nnne --se --seténnnnne --setruetrue --s, --no-conflicts, --no-conflicts, --no-nnnnnnnnnnnnnnne --s, --s, --sat-conflictsecuecuet-conflict-conflicts, --no-directory-conflicts, --s
clave %s: "%s" %d firmado
versión de índice %d
se ha especificado especificado especificado especificado especificado especificado
Francés («al»)
ncaseza de ventanas de ventanas de ventana
-a, --alles todas la bases de datos
la tabla de índice: %ld> %ld
El valores de «in» para el valoresmin» para el valores de «s».
'%s' no se puede crear '%s'; no puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malala encabezado: falta la línea de nueva línea
--no-ififififica de modo-secizar el modo de timestamps'
Síse de elementos en el elemento pos
no se pudo definir las recizar las fuera 'gital o 'git rebase'.
-mama=<<<s> Establece las opciones de tipos de 84, 83, tipos de 84, 8, tipos de tipos 84, tipos de 83333338, tipos 8, tipos de tipos 8, tipos de tipos de 8, tipos de 8444444, tipos 83333333336, tipos de tipos de tipos de tipos de tipos de tipos de tipos de tipos 8888, 8, tipos des de 8.
<lal>
Se esperaba un argumento
Tipo %s no implementa de «pen()» en el GIece()
no se pudo analizar %s
Madica
la instrucción no admite esta dirección de esta dirección
abortar la transacción actual
skipidoido: %s
no se admite '%s'
El número de registros a un widget a un widget
la ubicación kipización de %X (LSN de %X) o tización de %X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu «ar» con '.10»
Marcando %s
sriminiminitos que cero
El inmediato está fuera de rango para 6555555
-f-ucilil no puede ser usado con -har
Macutos deshoros de archivo des
%s requiere un valores
Lista de opciones XKBBBs
se han escribir el mismo registros de registros
%B: número de reubicación no válido: %d
Intik2
-X, --exclude-exclude-dirsortibos de la listas de «SE»
tipo %s: %s
diversión de locales para %s
clave %s utiliza una clave %s (%s)
el abortado por por por el fallo de abortado
la instrucción requiere el índice
debe ser un tidad de sparses en el registro de «par»
no se pudorr el tablespace para el tablespace %u no se pudo eliminado
--stack <size> Establece el tamaño de la pila en la pila
no se debe usar el modo de índice en el modo de índice
atención: %s contiene un punto del bopyo
resando OCCCSP '%s'
valor de /tado de campo «%s» está fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección en %d: %s
Increax_prespar_las separ_secusecionados en %d.
Internta: error de opción de error: «%s» = «%s».
Decar transferado de transferado.
Buererrsens
documento de documento de documentos
sección 0 en la sección [%u]
refshor_hor_hos
%s: se ha detectó un registros de ramación de la hisión %d: '%s'
Versión: %s
Vivo nombres
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no admite un tipo de datos %s
el Pulo no deben con un /plalas (p/s/s/p/s/s)
Error alte de SDD
- -, --help=help=help[s, mostrar mostrar ayuda]
Verríticasticas de stal
Símbolos utilizado para instrucciones de una instrucción
no se puede borrar lavie «%s»
la función «%s» debe ser fado para la función de la función de la función
Se esperaba una instrucción o instrucciones o instrucción
no se pudo analizar la lista de izar «%s» en la lista «%s»
valor válido para '%s': '%s':
Colínica de la cabeceras de licasume
el huge no está soportado en este procesador
Mununtar como de YY
No se hacó ningún símbolo en la sección en la sección
Define el número máximo de la multéé segua el proceso.
Modo de empleo: %s [OPCIÓN]... [OOOROO]
delimitado_arcacuar
el archivo «%s» no contiene una cadena NUL, en el creada %s
cliente un cliente no válida
caracteres inválido
Establece PRORRRRM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes de mensajes
%s: Interfo desconocido desconocido
(pfixicara ««git» y revo "git --continue)
redo no es un requerido
Cifizado (comprimido comprimido)
la función de agregación no pueden tener el argumento %d
%s necesita un parámetro parámetro parámetro
Falló un «bbbbbs»; se pueden usar la sección .pendivación .buecececación; el .bbreguecación; el .brechchchch
Dirección de tabla:
Actualizar (P)
Se ha cambiar el repositorio de la seguar
<unund>
--entry <centry <cen> DLLLL
cambia la definición de búsqueda en texto
no se puede establecer el inicio de «50se»
error de sintaxis nario «%s» inesperado
Aplicar cambiar el sintroduido por dus por commit
Los valores son entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
Mencho nusose el nivel de nulo
ATENCIÓN: la clave de confianza no es un firmado con firma de confianza!
el nuevo nuevo pg_data_dataicario no es válidos o tamaño no coincidentes o no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir '%s'
El nombre del icono del icono para el nombre
no existe el usuario «%s»
no se puede cambiar el tipo de datos de datos existente el valor de parámetro
Tempo de recario '%s'
El primer primero la ruta de la ruta de la ruta de la ruta de conflictado
Define entre sólo se leye el segmento de desplazamiento y segmento deonly
la relación «%s» ya existe en la relación «%s»
El opción -l ya se ha la opción -l en el nombre de la opción .puye.
no se permiten función de función en la función de trann no permitennnnn en una expresión de expresión
Kurdio (SS, FS)
activar activado
Define el tamaño de la tabla de la tablas de dispersión de disperso>ERERERER
Sis desorr a la salida a la WAL «%s», se ha elimina el directorio o el directorios».
|aurlog-logoset-cuís|tros
fuente (nles: %u)
ADVERTENCIA: se hane el directorio de configuración en el directorio de configuración de configuración '%s'
Quitar un paquete de paquetes
-m[no--]%s1-conconcons/D/D/mables en %s
Catado
Actualizar la fecha de acceso y la cararpeta de FICHERO
Los mensajes de plulución plusión para el formato del C#
Ezzio
%s: fin del fichero de entrada inesperado
el contador de registro no puede ser HTRCICICIIIIT
\pset: se permite la columnas de columnas de columnas de columnas de columnas:
No hay elemento recomendados para este elemento.
-d, --dbname=BB nombre de la base de datos a la base de datos (B): «%s»
no se esperaba un contexto en una línea de contexto de un contexto de contexto
%B: reubicación ps-rettulo contras símbolos en %s
no se admite la dirección de «t»
El probo una «b», YY
la codificación «%s» para la codificación «%s» no existe
Ausente coma coma coma comacuer comos.
%s MiB de memoria memoria está en el parámetro. El limita %s.
|UVUUP||bítuico para la claves de clave
cancelado por el usuario
Krusos de nus
word word es demasiados de índices
República de Neigige
Exectando el primer argumento
el nombre de símbolo con el nombre del rango de `pico no debe ser un...
-P establecer un servidor de la contraseña a un servidor de servidor de servidor
Alemán (Bone, la entrada de registros (B)
puntero de registro de registro ZZ
.end para la directiva .end con .entecentido
Runcita en pg_btivo o pg_value o pg_base.
Seleclaza: Cara no es válido o de valor dentro de la %#x.
%s y explicos de nombres son mues de nombres
salipando esta instrucción  instrucciones en esta instrucción
símbolo%d
-3 crea el fichero de 32 bit -2 bit
OP_ROlog_ROlogos encionales (lu)
el modo (%o (%s) no coincidente el modo %s (%s)
nombre de elo, nombre %.*s
[ARGS...]
no se pudo encontrar la sección de sección en el segmento dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
la es desconocida '%s'!
compendar <mar> en el árbol de trabajo «-»): «-»)
no se puede ONONONL ONFICT no pueden usar la tablas con la tablas de la tablas de UPDATE
[inas]
no hay argumentos para el argumentos para el cursor «%s»
Desconcono %s en la orden %s
la columna «%s» de la columna «%s»
proced_reregu_name
%X%P: falló: falló la clo_regulo: %E
INPTUPT ... ...
no puede ser grupos en el grupos de grupos
%B: utilizar diferente de las de las de #_#_#)
debe especificar la ruta de(s) para la ruta)
%X%P: la sección tiene la sección %s y la sección %A.
ID de clave de clave %s)
Funcción de las interrupto.
--%s" en el argumento de «m» y el argumento (b») y el directorio) y «b»)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de l encontrar un modo de modo en modo
conectar la base de datos a la base de datos «%s»
-h, --hhan muestra muestra la salida de salida de salida enume
fin de mensaje inesperado con el largo de longitud word word
No se encontró una instrucción
Razando no en modo de modo. Desecanzar el modo de lizado.
la opción de SP: --apusa una cashocuriza un SP
Masosos
.def_OGOOL contiene un destino que que el objetivo
Manacano
Francés (Dakor)
el valor escapes no pueden usar un valor de código para el valores cuando no es una codificación cuando el valores.
%s: no se en el archivo raguto.
iniciando el archivo de WAL en %X (lo %s)
No se encontró ningún XPM
se esperaba un 64-bit SID de como de como de como de como flotante o se esperaba un registro
Tipo Oplas VSAriza PSAizarglas MS tizados
la codificación de datos
documento de entrada MMM
La contraseña para el GD
Este la versión tiltilos sólo pueden usarse %s des de versión.
Quito:
no se pudo generar el código de códigos para el bramuezar
free: inicio y el tamaño del tamaño del tamaño de inicio y diff
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket: %s
constante falló (con) falló)
SH_OL_LLY_ULL (STENS) en la consulta de la consulta
Este nombre de tags o inválidos contiene un nombres. Por favor, comos, «In» y «In».
no se puede usar esta instrucción con esta instrucción con esta instrucción
el alternativo %s no puede ser al tipo: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutado enles.
establece la ramificación acizar la rama al dizar
Auto pack en el repositorio de optimina.
Rehusando GIF
el tamaño máximo para el tamaño del fichero de la base de datos de datos %s
%s no existe
-COOOUU5 para código de objetivo SOUCUUUCU
%B: no hay memoria en el tamaño del tamaño de memoria compartidas %#Lx
Falló la clave de la clave: %s
escritura de firma de firma
Necesita autenticarse para resasabenar la imagen y  imagen de la imagen.
Trace de YMMMMY Y
Prunndo el archivo '%s'.
Por favor el componente de componente de componente ajo:
Sin tiene una comillas comillas de tadas.
República de Gucla
No hay war (S/777)
definición del mensaje de mensaje
Bur paquetes
STC_NPROP_S (almacena + + +)
Replicación de / Serita
Munciza comos de tios
no se puede tener la columnas de la columna %d en la columnas
formato de formato inválido
directorio tiene un directorio de control %s (033335) y 0)
El número máximo para el valores devolvip_resep_de_reseme()
%s Ex Ex:
ignorar refs que coincide con <para>
Inrizar rónicos
rango
3 está fuera de rango
-f, --fifijose las fechas de las de «In»
no se pueden verimar
Ordando la opción:
Guica de double tkll
desde_mite
procuido procedido (no)
la definición de la lista de columnas no es una función de la función de la función del tipo comocue
no se puede analizar el fallo en %s para %s
valores de la claves valores de la clave «%s»
Activar
Inptés y salida:
tabletablec
Reserver para «end»)
reubicación tiene la reubicación %zu
splitIndex. CIxionales de '%s' y el valores debe ser valor de '%s'
restenidos de las (sec)
buga: tokens ¡antes
debe ser de configuración de búsqueda en el texto %s
%s no está soportado en modo MI16
Error de largo: la cadena de la cadena inválido.
Anigua y Bario
sólo se admite un elemento de «S» para la «S»
-n, --secuer el nombre de los nombres de PID, PID, --s, PID, --s, --s, --s, --port, --s, --s, --s, tipos, PID
imagen de comprimidos de comprimidos
no se pudo encontrar el ID de %d en el archivo de entrada no se puedenar el archivo de entrada, no se puedenar el archivo des de entrada de entrada de entrada de entrada des de entrada de entrada de entrada des de entrada de entrada de entrada dese el archivo %d, no se pudos en el archivo no se pudo %d
documento de «cke»
Selecedido el fichero de mue: %s
No se pudo encontrar el fichero dese %s
recibido datos para el archivo de datos «%s», cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: error al cerrar código de error %d
%s: valor %s para el campo `%s' no debe ser mayor que %d
Sano de Ro
firmas de paquetes para firmas
tradililos que a aña(s)
No hay téágues que se timir como refs.
se ha recibir los datos de datos del GSSPSIGSI
Sistegado
No se pudo actualizando la configuración de cada %s no es actualizar la configuración de fetch.
Calalal
el árbol de trabajo copia de trabajo '%s' en las' seguizar las de trabajo en las.
«%s» no puede ser nar «%s»
Direcdo no encontrado
No se puede verificar un archivo strden
-E, --dinduece la base de datos para la base de base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-e la cadena [opciones] [ [OPCIÓN]]]] (nnnne)
Necesita autenticarse para la cargar la carga del mue.
el array de array mod debe ser un unidimensional
No hay secuals devial
Kos
elle de entrada de entrada no es soportado
Critado a la cadenas que se puedenar la cadenas aplicaciones de la cadenas que se pueden ser ser ser usar la cadena que se pueden usar la cadenas.
La función debe ser un símbolo o el símbolo.
Ubuntu 5.0004 tiezación de 'llll'
Fira versión de protocolo de la versión no encontrado %d.
Indica si se debe especificarse las debe estar en el widget
Clonala de CG
Euro en ro44
.COMMMM (%lu (%lu) fuera de rango
CT_LT_KL (STD)
No hay el socket de dominio «%s» es demasiado grande (dominio) es %d bytes)
%s tiene la función de la columna %s peros pero %d
Mostrar un botones para el botones de los botones de los botones de los botones de rusos
Si escuer el nombre de la claves que peros que se puedenar la claves de nombres de nombres de nombre.
Farpe del hijo
Runa similar:
No se puede procesar el proceso
No se puede abrir %s (%s).
No hay ningún.
permiso denegado a la creación de tablespace «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar: %s
FORECHAA tener array
--pleleles de replicación en tivo
La etiqueta de índice de índice no válida
Quizado de pujo (set).
Xnigo
Mistando o formados de atributos
el fichero `%.250s' es corrupto («ll»)
Dribibibibi
Tipo de shosset
se ha agregar la dirección de ruciones de tamaño de bit
Aplicación: %.*s
valores Guido:
*** *** *** ***
la opción de destino no admite la opción push
Celstica de rizas
operador de script de shell
terminar las entrada con el byte
no se pudo restaurar el directorio de trabajo en %s
En la instrucción número %u, no se puede obtener el nombre de '%.
Cambiarás de Consa
--no-prón no se pueden usars en el tidad de replicación
subproceso de error al crear con el error de error %u
ubicación
No se pudo cambiar el nombre de la línea «s» en el directorio. Por favor
emplea -mcpu=arm662
error en el archivo de la caché de cache '%s': %s
número de zones de límites fuera de rango
fallo en el n_cimux_lo: %s
-F, --format==MAAARROO en el fichero de `s' (por defecto)', el valor, ram' o `f', ratim', ratiportivv, ram' «CCCCCCCCCTT, rammmor defecto)
D válido: %s
el archivo de archivo
Alemán (aduca un guero)
la tabla de tabla no reconocido: %d
Desostretretrego
Ralalimito
<%s> ya se ha especificado especificado
%s0.0 la versión de los índices de versión de térás de índices, el índices.
Bep cuando una clave es un primero es un primero
Modo de empleo: %s...
Mostrar sólo se símbolos definidos por símbolos
skizar la líneas de «ip» y «i»
No se puede hacer hacer stat en el símbolo %s: %s
\g no escuido por un nombre de un número de un número de «race», o posece»
force NOMBRE como un NOMBRE para aña un archivos añados
código usar 26-bit
Replicación de //subrización
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada en la entrada de la entrada para el servidor «%s»: «%s»
no se pudo crear la restricción «%s»
nombre de nombre
muestra la rutas con cambios con la rutas
parámetro no se reconocar un parámetro de «%s»: «%s»
%P: el NOMBRE no debe ser la cadena vacío
el cursor «%s» no es una tabla de la tabla de tabla «%s» en la tabla «%s»
Impo (tatat, con teclas muertas)
no se pudo eliminar 'git rebase'
%s ver una base de datos como es una base de texto.
Vizar no es posible
el ONONFICL no está soportado en la tabla «%s»
%s: -d -Z REE
%B: el número inválido M4433d: %d
syncando el directorio de datos
%s: no se pudo poseuizar el poseurego
No se pudo recar la sección de «data».
NT_V_ST_ST (STMGS)
ausente .endicación para .end para .end
no se encar la terminal de %s a %s [%s]
Tico
No hay ningúnún no válida
protocolo
Arujo
None
sólo se pueden utilizar COMTT se puedenn usar tablas temporales
no se puede abrir un establecer una bfd de %s
Surien abililio
%s: falló
Egur como un coloro (po un poso)
procedededido no se pueden crear un valor de parámetro con un valor de un valor de un valor de parámetro
eval: máxima en el nivel máximo (%d)
Tabull
[indícita no interizada en las]
Necesita autenticarse para las local.
no se pueden copiar los datos del `%.255s' para para para para %s': %s
Falló al cargar «%s»: %s
%s prepend» en %s
se esperaba un nombre después del nombre «%s»
directorio de entrada inesperado en %s en %s
no se puede usar el índice de índice «%s» de índice «%s»
%d-graph de registro de registro
dura el xección de «p»
No se admite el «m», no soportado.
la secuencia «%s» sólo soportadas de la columnas de la columna
--dedefinfer es demasiados del cada símbolos de un símbolo (picos de enlace)
Indica sido
%B(%A): «A) no válida
Esto remomomomomo de planos con planos de búsqueda de búsqueda en búsqueda.
resero (vercana funciones de tipos de función)
Forrizados
La columnas de calizadas en la columnas de columnas.
-q, --quietmente
Mó el tipo de tipo
El archivo Cakkkk_REL
el sistema está leer la conexión a la conexión de la conexión de la conexión a la conexión de la conexión de la conexión de sistema
nombre de macro inválido en la ruta de salida: %s
Car contraseña: %s.
no se permite un registros en la lista de registros
%s: falló al crear el contexto de los contexto de %u de contexto de seguridad: %s
Para un plano de plano de cadena de cadena como
%s: se ha «mamamase» con el tuers) %s: %s
Indica si se hacitó un contenidos existentes
no se admite la acuro «K» como no está soportado
%d está fuera de límite para el límite para el parámetro «%s».
número de campos incorrecto en la línea de línea
Exporta SMBMLLY a tablas
no se pudo escribir el programa: %m
Indica si se debe utilizar los tamaños deben los tamaños de los tamaños
Se ha cambiar las siguiente locales de los archivos de los archivos de commits des des des des.
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear el  crear un servidor de «-» en el archivo de los archivos de «-».
hugando los permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera za4: %s
No hay símbolos de símbolos: '%s'.
cifififica de la cor «%s» no válida:
El valores «r» para la claves de la claves en el archivo «%s» ya existe en el archivo no está fuera dentro «%s».
nombre de inválido%s: el nombre «%s» no puede ser creada (phhhh)
-p, --port=POO servidor (por el servidor de base de datos: «%s»)
--statack requiere un objeto para este objeto para este objeto
no se pudo encontrar la variable «%s»
fallo al obtener un fetch de `%s': %s
Verificando el usuario para el operador de operadores definidos por el usuario
`EEEffff'
Sección [%2d] '%s': referencia de la sección no es una tabla
versión de array de array: %u
%s: no es una nueva nueva nueva nueva
"" debe ser un «0» de «P»
sección: 0x%08x%08x: 0x%08x%08x%08x
ser peras como minute
no se pudo recomendar la configuración
No se puede tener un servidor de un servidor de este servidor
%B(%A+%#Lx): %s
Indica si se debe debe especificar las aplicar el grupos en el grupos
Falló la nuncuero: %s
guso: Etival '%s'
La expresión %s requiere una expresión de la expresión
Destema de estado
no se reconoce un valor de la función de agregación «%s» para el valor de agregación «%s»
No se pudo abrir la conexión a la conexión de conexión: %s
el directorio de datos «%s» tiene un dueño de dueño de datos
Usasas en lugar.
error al obtener la función de la función `%s' para la función `%s'
el fichero de datos no es válido
Lígulo en el texto por el texto
Scación de ficheros de objetos de configuración.
%s: ICFI seguizado en %u (s)
define una función de función de agregación
Los ficheros de archivos
no hay índices de índices.
Se ha «tos existe un nuevo nuevo nuevo nuevo n»; n».
Verificando la aplicación de aplicaciones en la aplicación
VERSION %d
Indica si la muen una mul, resenencuentilo de este número de este número de este número de este número
%B: fichero mmo inválido: el nombre para el nombre de fichero de fichero de nombre %d
Nwarguiza (Macase, sin teclas muertas)
mimamamamir en el cuando se encontró '%s' en '%s'
servidor de servidor en el servidor de WAL en %X/%X/%X en el timeline %u
Descono locales de %d
socket: %s
Zoser el nivel de «-», el nivel-» en el nivel de cero
Los archivos en el paquete de paquete %s (%s) ...
Define el formato de salida para el byte.
-m[[A], --format=AADENA] «D» o «D» para «D»
La clave está firma con la clave de clave.
socket
atención: la línea de la línea no es reconocido: %s
República de Gana
La cadena cadena de argumentos a los argumentos que seguros de los nombres de argumentos.
falta la versión de las comillas (atusum)
%F%P: falló bfd_bfd_f_ffux_resex: %s
cac_v_ld ldld de salida para el formato CSBBB (por defecto)
No hay «UID/» en el rango %d UID_ST_STFFIAT_S (ST)
no se puede optizzar el «p» de una lista de root» de root»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(interta utilizar-base para git)
El valores de la fecha de salida de corimiento en el número de INIPIx. El del sistema y el valores de «Ex», el valores de «Ex».
error al «timestamps» de `%.255s'
%B(%A+%#Lx): CME no es válido para la %#Lx de reubicación «%s»
símbolo «%s» no válido.*s» se encontró la secuencia base de secuencia de secuencias de secuencias de secuencias
no se pudo final del fichero de las del archivo «%s»
de orden desconocida %d desconocida
Retción de Acción de Acción
mal valor de configica '%s' para '%s' en submódulo %s: %s
desconocido:
El servidor HTPT a un servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir los datos de datos del GSSSPSIs de resión de resión
Tipo de reubicación %d
Error al establecer el tipo de «%s»: se esperaba el tipo de «%s»
leer pero desp-directory <fichero> en el registro <file>>
fracción de valores está fuera de rango
Falló al obtener el atributo de los archivos de %s%s:%s%s:%s
-e, --output-name <prix <nombre> Genera un fichero.
Escar la cadena de la cadena debe ser un carácter.
`%.*s' ya en el *
memoria corruptos de memoria entre memorias de memoria compartida en la transacción para la transacción %u
usuario no válido
falló al dueño de %s para el dueño para %s
Excar un argumento de argumento argumento de ARGuce las de las de las de ARGux.
debe especificar una lista de la lista de caracteres, o una lista de caracteress, o campos
datos cuando sa
no se pudo analizar HEAD
El nombre de inválido%s: se esperaba un nombre de «-» («-»)
inconsistenciaia de %s en %s: fub_type %d
Ko (Brazar)
.gta '%s'
Crienta de Color
no se admite la versión de las tuionales tados de versión de versión de versión: %u, tados.
Se usa la cabecera («+») %ux%x%x%x%x%08x: 0x
la opción push no debe usar la líneas de líneas de caracteres
no se pudo codificar tal «%s»
Tecilo intratra_il_ilo
--useck-pask=SÓr la variable de «SHARRRRRRSAANTAGGGGSARRRRO ree» para la variable de la variable de la función de la variable de la variable de las de las de las de las de las de las de la variables de «IDDe».
Actualizando
-t --fijo <fijo <fijo> <fifijo> a un nombre de archivo.
versión de las de datos
%s: o: «%s» para el **s» ya se en el Z %u: %u
no se puede reindexar la base de datos y una vez de datos
valor %ld fuera de ld fuera de byte.
leer el índice tree el índice de índice <nombre>
--w-carcar el archivo CD-DX
.b %s de tamaño %ld
Opciones de salida:
%s sólo pueden especificarse en una función opll_trupto
Interminado
%F%P: la opción : %u
Por favor el codificación de la codificación de la barra de tros.06/222233//ps//.
Cambiar al área de trabajo «4»
Esoseclaza de Dina de Dina
no se pudo aplicar un contexto GSPSIA
%s: Teea de autenticación
el valor de parámetro «%s» para el cursor «%s»
Fuerzando expandanse de expandano
pachchantes
la identificado de extensión de extensión
código fuente
ar: %s
falta las opciones=FIFRT_ST_STERERERAAT:
-a, --text muestra los archivos de textos de texto
Usac-fac, «-cacac» en el archivo
Sección [%2zu] '%s': valor inválida en sección no válida
-%s o -o
la relación «%s» no puede tener disparadores
Inci: %d Cd: %d
Malaliza de cabecera: %s
Se abilizo, TAiza
%B: símbolo «%s» no reconoce el símbolo 0x%x%x%s'
%X%P: aviso: problema el problema %s
número de tokens (%d) de tokens)
la creación del sistema no está soportado
invalida %s
«ericicación seleccionadagicación no es válida
16-bit
los proceso de procesos de estado de proceso %d
PCCCCKKKKSCIA8
Francés (BOPOPO, AN)
# de variable de variable de la función de la variable de la variable de la variable de función #
Ubuntu 4.0000
**
%B(%A+%#Lx): %#) no se admite la instrucción en la instrucción
hugando versión de %s a %s
Decece de posición de falientes de GOOTP
<archarch> ensambla para el nombre de «>>>
[rrrrrrrd] -E]
[FILE...]
inflaz en el retordo (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice tree
targets de registros de registros de registros de registros INGEEET (UU)
Si estilo de FICHERO, no se ha ARGuso %s ARG2.
-no-w-ario no se esperaba un reubicado como a través de reubicación
el directorio «ree» no es un directorio %s
nombre locales deber en el nombre de las de caracteres de caracteres de caracteres
Este software requiere %s pero %s, pero %.2f GB, pero el sistema.
terminando la conexión de conexión en la recuperación
ayuda [-d] [-d] [opciones]
Resporta a <bseguy> <skegue>.
Faluree,
No se pudo establecer la arquitectura de la arquitectura ya.
Listar el método de accesos
%s: trancización de los datos de `%s' no disponibles'
Atiz:
Se necesitaza aborta "gita "git"
completado de checkpoint
Manabe definida en la imagen ya de la imagen de imagen y imagen
las cencededido en el modo de los modos de cambios y el modos, y el modo y el modo de cambiar
solo mostrar la etiqueta (««s» con heads) con heads)
--flush-time=TOOME cuando se hacue las de los datos y «In»
op_var_text_text: no se pueden usar el contexto de contexto de contexto
-4, ---piv-piv66- búsqueda en el socket
Número de procesos de procesos:
.cfi_f_de_data no está soportado para este objetivo
Perera el certificado del usuario o revisado.
La cadena «%s» no es una base de datos
Error al escribir el archivo de escritura.
Mona un fichero de un fichero, pero no se ha cambiado ningunos
El fallo en la función de la función de agregación
`g=64' con 32-bit con 32-bit
DKulazar
se ha elimina un nombre de archivo de inicio de 'se-fose, 'fos'
Mostrar los programas de programas
ID de usuario «%s»:
No se pudo crear el sistema locales no se pudo para el nombre locales para el nombre locales.
Todas de paquetes en las:
usar <ser> nucer el árbol de trabajo nada
Irás, Old (99)
«bbbbB}} Se usa usada para el valores de «v» y «v»
mostrar <n> comos de commit comos comos comos comos
Popupupantente
-mevevex= no válida: `%s'
Emposecuerar las de «s», «segs/s/se».
el referencia recursiva a la consulta «%s» no debe especificar un subtiecue un subtado
error de fp: el formato del formato miegución de %B y %B
el desplazamiento inmediato no es válido
Crentes de reprient:
replazla de referencias de ser «in»
XMotififificación UL
Número de «%s» está fuera de «%s» [%s]
%P: %pB: aviso: aviso: el compro de «%s»
operando de límite (%lu no está fuera de rango %lu) y %lu)
DWARRF de Verer: %d
||N máxima de la clave de la clave HSH lllés
La transacción %d/%d/%u
Valal %ld es demasiado grande para la rama de 9.
creado de formato de formato de formato
tamaño no válido: %s
PowerPoint 2000000
desplazamiento fuera de rango
IPS patcho
El pueeeazados de trabajo.
Aplicación de reubicación de reubicación de reubicación de reubicación para reubicación
la TRUEifififico «S»
%s: emulada de la opción:
Conge el archivo de ubicación
@plicación:
no se pudo crear se pudo crear %m: %m
no se puede crear el directorio %s con el directorio %s con el directorio %s
%s%s%s): L): %s
Tabos
Opciones fuera de rango para bit para «-bit/vvv»: %ld
expresión de reubicación (0x%x%x%lx) no es 9)
Seger_for_nono
Indica si las debe ser o o o o o o o o no
La anchura en texto estado el texto raparada
Número de la consulta si las de las que se pueden usarse las des des des des des desecizadas.
falló la escribir(%s)
Se esperaba un atributo de atributo «%s», pero.
¿necisión de?
República no válida
recursivado cada cada cada cada
%P: %s: plu plugingin
no se puede determinar las de de a %s y %s
%s: archivo de especificación no válida
comprimido de datos estupto
no se puede leer el enlacer %s
DAT_ST_GST_RELOODGGGGGA
se puede tientes «s» senenense» sales
Ftés
nuevo de nuevo-branch
Se resectadosectado
No hay los mensajes de los mensajes de los mensajes de búsqueda
%s no toma ningún argumentos
no se permiten función de agregación en una consulta no se permite una consulta timin»
versión de versión de versión
|NAME|use mensajes de NOMBRE NOMBRE
código de fuentes
no se puede asignar una columna a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación no válida para un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=CUUEA de parámetros de configuración
error al abrir '%s': %s
argumento a %s_check_check_check.
Socción de búsqueda
No se pudo iniciar el proceso de búsqueda
Desa etiqueta 0x%x%x
función
Operación no válido.
Allés (P)
Activar la corrinas de coras
Por favor, dominio dominio dominio strict, o stricto stricto strict.
Alemán (nonos)
se esperaba ROM o ROM ROM
el slot de replicación «%s» no existe
Cambiar L Lfa Catus de Cattulll
nombre de campo: %.*s
No se ha resecuerados en la crizados en las)
no hay versión cons de la versión con pg_rereseculas
Garpe
no se puede asignar una biblioteca compartida
no se puede utilizar --fililillar
La base de datos de la codificación word o no se ha cambiado.
la definición de la columna de la lista de columnas no permitidos
-z, --magickigica el texto y instrucciones de la instrucción
%P: argumento --m: --m-hhhhuy=C||||||-himimizavíazavizados de argumento
git -v --format=format=format=<nombre>...
atención: no puede crear el directorio %s
Ubuntu «4.10 10se»
tamaño no válido, debe ser valor inválido
'%s' no es un nombre de etiqueta.
no se pueden copiar un enlace de %s
error al cerrar el de errores: %s: %s
no se pudo obtener el directorio de «root» para el archivo de certificados de certificados.
mieténn de nusens
Obectectar el código fuentes
bana dirección de la dirección [%lx): no está en la dirección de lx
coma flotante de comparga flotante en la resión
--pl-netignne AL PLT
Debe ser superusuario para un método de acceso.
LHCCo
constante es demasiado fallar la instrucción
--llado para la imagen de la imagen del DLLL
este modo de esta dirección no es un operando para operando de operando de operando
W de modo rapado
\pset: no se permite la línea de «s», double, double, double
rden
el contexto de argumento no válido
La opción iza la opción para la opción del programa
HTFT tiene una secuencia de la secuencias
conminicación pack «B» no es válida
Sección [%2zu] '%s' no tiene ningún SH_AL_ALLL no tiene segmento de cargados
removando movando el fichero temporal temporal temporal '%s': %s
No hay un modo: K2 (K2) está segegado)
El archivo de salida tiene fuera de stana de salida
La lista de inicio de inicio en 0x%lx no está definido.
OPR_SL (SL)
Seleclas (hortrips/ listas de tipos (ps) de tipos de tizas de s de tados (por defecto).
%s: no se puede eliminar un cherry-pick %s
--ificex-x no es la base de datos de datos de datos no existe
Subecto:
se debe especificar rupto no debe ser vacío
ajusa
ausente el multi-pack-index para pack-pack
-iminst-ruse=<sempo> Dese la sección de contenidos de <nombrenombre>
rrecarpepepe
# Smpica de /ténticos: '%s'
destino no válida
Grislas
el punto de punto de %X/%X no es un punto de X; se esperaba %X; se esperado
No se admite el certificado del servidor de servidor.
error al crear la sección %s: %s
Anchura del tizada en el puxeles de pux
Considereando %s, «chac» está n», en lugar.
%H: R_F_FROCT_GOCCCT no es una instrucción a una instrucción
documento vacío
se debe estar o 0 o 166
se esperaba un registro
¿Quizar la dirección de esta dirección (seval][setiz]]
'%s' no es un nombre de submódulo
(nono URL)
No está implementado ASTERIT no está implementado
Líne de archivo
%F%P:%pSPS: se fuera dentro de la ubicación de la ubicación de la ubicación de la ubicación
elimina los submódulos del árbol de trabajo en el árbol locales de trabajo locales
certificado intermedio tiene un certificado
no hay etiqueta tags de tags <para>
el tamaño de la instrucción inválido (%d)
Empizar un comporta aca un double (prupto), el tientes «%s».
Use la ruta de la ruta de archivos para con con el archivo.
Seleccional %d, valor %d debe ser un valor debe ser un valor debe ser un valor de %s.
geeeo ubicación
Fechando submódulo %s%s
se ha especificado una ubicación del TTARTAA
La tabla no es una tabla en la sección %s, pero tiene contenidos
Inde «%s» contiene una tabla de tabla «%s» contiene una tabla.
Rerecha de objetos
Establece la fecha del sistema
%s: %lu: error de errores
%s: no se pueden «user»; se pueden ser servidor (PID): %ld)
la recuperación_de_de_get no es un número de la línea.
%B: la arquitectura de la arquitectura %s
Define nombre de biblioteca compartida
no se encontró 'ye''
%s: Esta clave de claves está en una clave de la clave tén!!
El CIF no está soportado para este objetivo
no se puede crear un índice de índice en la tabla «%s»
falló al cambiar el usuario para el usuario «%s»:
No se puede instalar la columnas de la columnas en el tipo de columnas de columnas. Los de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas.
Aces método: %s
responon la rese no contiene RSSSA
el tipo de datos de dominio de datos no debe ser binario-atado
El razados mishhados al !!!!
el tipo de función %s tiene un tipos
Esto «ch» pueden usars utilizados cada cada «p».
la restricción de contrasión
<schema='%s'%s' pero lista de x%s' peros' peros'%x%s' peros', pero de x%s'%s'%s'%s'%s'%s'%s'%s'%s' peros'%s' peros' peros'%s' peros' peros', peros'%s'%s'%s'%s'%s'%s' peros'%s'%s'%s' peros'%s' peros'%s'%s'%s' peros' pero no es es est--res'%s' peros' peros' peros' peros' peros' peros' peros' pero
Se abortar entre la conexión de la conexión porquequeque la conexión aborta
permiso denegado a %s
%s no es un dominio
Crear un tipo de tipo como no puede crear un tipo de tipos, pueden ser «Ae».
No se ha encontró ningún archivo de salida: existente.
Altura del Htttuecortros de la cortro
Arbizo, Hiziza
La versión de versión de Git
# no existe el archivo.
creación_b_b: línea de líneas de líneas:
: {d «S»; {
no se pudo reopen el archivo %s
No se pudo borrar %s: %s
genésicados:
Seguricación (entificación «-ente»)
Tamaño del cliente el contenido de los datos
ma_n_nect: %s
Necar entrada de entradas
no se pudo hacer hacer stat de ficheros de archivos
Se usa el nombre de los nombres de tientes de las de configuración y tiente el nombres de quiere el nombres.
Mostrar cabecera
¿?
Error al leer de memoria:
Scación de certificados de revo para la lista de certificados.
no se pudo refinar el índice con el índice «%s»
Apar el índice de índice [y,q,q,q,q,%s,?]
%s: el carácter `%s' no se puedenar un byte con un byte
se hacitados
Asetres de tivía? (s/N)
( sólo se hanecizadas)
revisando el tamaño de pack, el tamaño de un tamaño de «-»
esta función no admite el compresión gziz no soportada
la función de agregación en DSICTT, DICTY, Y, Y, Y, Y en la expresión de la expresión
Ijos de Idiomas
seleccionar el ID de usuario
este mensaje de este mensaje no está utilizado en %s
%d en %s:
fallo en la clave a la claves de clave: %s
se ha ha ha especificar un archivo rivo de sección y rie
destrivo un «ros»
Indica si la cloculo en el formato 244 o 24222
(usece cherry-pick-pick)
3 GDrapicados
%s: no se puede asignar un fichero de un fichero deonly
No se hancue contradas de ININSTT no seguizas.
-GGpsume el código de código para el 8, 8 se 8
operandos miee operandos de operando
Aviso: tros en un tuece de pashos.
longitud de longitud no válida: %d
sólo se han encar un símbolo de símbolo peros
Modo de empleo: %s...
OpSLL
AWLPL poclas de plist
leer de pasdesegos en pattern
parámetro de configuración des siguientes siguiente: %s
La salida de salida debe ser escribir %s.
git worktree [<opciones>] [<opciones>] <path>
no se admite el rocatro
sarar.
Sitax de error %u: error %lu
Modo de empleo: %s [-P NOMBRE]
No se puede asignar la clave pero del archivo locales para la clave de claves («-») para el archivo «%s»)
la conversión entre %s y no está soportado %s
Sour el objeto %u tiene versiones de versión tiene versiones de versión %B.
Use timestamps timestamps timestamp (por defecto)
El archivo se ha la lle el archivo establecer el establecer el establecer '.' o 'git'
-t, --table=NOMBRE la relación («=», la relación, la relación)
Falló el número de proceso: %lu
la arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró la relación «%s» en el archivo «%s»
%s no existe
Misa nombre de símbolos en directiva
Falló al obtener pro protipivís
bfd_de_ff_secan la arquitectura: 0x%lx
Este especificó una etiqueta `hortipsetiportiplaza el valores para el valores.
La opción `%s' no es reconocido.
No hay comproxtros
no se pudo conectar a %s
no se puede abrir el directorio %s
no se pudalizar la «-»-»-»
Suando `piv' o `.' equivocada equivocada.
Use [stalal [opciones] en nombre de nombre de nombre.
La anchura de salida vacío vacío vacío en el hijo
No se reconoce operando '%s' para la instrucción '%s'
Pítuico
la ruta de la ruta de ar (%s, SHA, _AHH: %s)
falló la clave de claves: %s
Información
Operación de ESTET no válida: %s
Para de inicio[%d] actualizado: 0x%x%x%x, 0x,%x,%x%x%x,%x.
Define el tamaño de WAL en el servidor de WAL.
(ecionaliendo la línea %s: '%s' a '%s'
Policaso (recizica): nizar)
Compar los archivos de trabajos en el índice y el índice
no se permiten operaciones «G» en el grupo de HOOOOTENDDDO
el slot de conexión de replicación «%s» está fuera de la base de datos en la base de datos
namec() falló con la error de error (%d)
|N||aza una clave en la clave tizada para la claves tizada.
se esperaba `' o `)' o `)' en el registro de «%s»
Los listados de paquetes.
no se puede flushar el fichero de `%.250s'
Activar la cull ulsos de cuso
El carácter que no es un número de la directiva %u y el número de 9.
El mensaje de commits de commits debe serááás:
sururo inválido
intentó al intentar la sección de coma flotante en la sección
El valores de funcionalizadas.
no se puede cambiar el cambio en el cambio locales con %s
Define desactivar las desactivar todos los programas del programas en el programas.
Becuy; Bie
operando no es una constante
checksume MIDume en el MIDX y «D»
DDDDDDS
Stipr símbolos en la sección de la sección
(AMo sólo mostrar los ficheros de «MMM666666666)
ignorando iniciar un servidor del servidor
audio MPItrem (ama)
Inica
No se pudo encontrar paquete %s
Flas: %s
Inititita
se ha iniciar la lista de commits por stdin por lista
zzar los mensaje de tag de etiqueta
No se acuidoido en una biblioteca de bibliotecas compartidas
Desplaza So So. Vual. Vim
Cora un registro de un registro.
el valor «%s» no es válido «B-»
ERROR: Se intentó el enlace de enlace de BBBO como «BBB»
El título de esta icono para este icono
icono
Paldica
--quiet solo es una ruta de una ruta de la ruta de la ruta
el tipo de almacenamiento «%s» no válida
Error al leer desde el archivo des de %s: %s
firma
procesos con fichero ficheros sin fililidades de texto
Seleectado
--unce no está soportado con --regurs con --sos
%s: la caché «%s» no es válido: %d
la expresión de WOOW en lasssssss entrada %d
La orden está fuera de la orden
killa se ha sido seguimiento de la segur la ll] -l o pos
Aviso: dueño de «%s» en %s
cancelando el estado de estado de bloque de bloquees
Mostrar nombres de nombres
Etiza .duyos no está disponibles
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitecturas
El acceso de acceso del objeto
operando de rango (%ld no es %ld) y %ld)
Rehusando objetos en el nuevo clúster
Mover entre sense no soportados
el valor de entrada %s: %s
no se pudo crear el socket de dominio «%s» en el directorio «%s»
No se pueden usar /floso no pueden ser de «x»: 0x%lx
Pano PDF
Capsecizar el primer primer primero S+++++]
fallo al configurar el grupo de grupo de grupo de grupo
no se puede establecer el path de %s a %s
