Si el botones de los botones de los botones de preguidos o no en el botones
Indo-EEsecias
no se pudo crear el archivo '%s'
El dominio de dominio a a dominio, o dominio NLLL dominio
%s no puede usar una función a una función
se descarta
renmando '%s' a '%s' a '%s': %s
-n, --quiet muestra los cambios de las de tentes de patentes, --pattern
no se puede usar la expresión de subempar en la expresión
Dasisables «s»
El archivo se ha modificado se modificado comos
(nununatiue)
Exclusión
el carácter inesperado `%c' en el tipo de caracteres
Error al abrir el archivo de fichero: %s
Modo escribir el proceso
Cora de datos con firmas
%B: %#Lx: aviso: aviso: se en sección
no se puede crear el archivo %s
AQuizado
Error al menor el tipo de tipo %s: %s
pushse especificada para '%s' no puede ser '%s'
Mona de K-shhh
la base de datos %s
No se pudo obtener Danano
clase de la clase no válida
Por favor WAL en la clave de claves de clave:
--cizar un nombre de rama
Establecer el «n» en el nuevo nuevo nuevo clúster
USRO, República de SUS, República de Socetérios
Indica si se deben la líneas de líneas, nucar la líneas, o «arararcacacacacas
Caprupto «s» ackhhhhhhhhk (fffas)
La secuencia de la secuencia llakiza del servidor
Cdrom con Ubuntu 9.10 Kos Ko
Tawanano
las opciones -C y de las opciones -n1-ca no puedennnnnnnnnn usars sesese de seccción y sección de lasección de lasección de las opciones
Mover el archivo de un directorio o un directorio, o «m»
Necho de ppicosevalización
Panama rama Zano
El número de registros de la pantalla de la pantalla del bloquees.
Vierazados
La especificación de tizal no pueden usarse un multizarpes, --s de caracteres de multims, -v, -v, -t, --s de multims de caracteres de ne el número de caracteres de caracteres de multimmms de caracteres de multal comos por el nombre de caracteres de caracteres de caracteres caracteres, -v, -v, --help Muestrauestra el nombres, --help Muestra el nombre de mult, --verbose muestra el nombre de caracteres caracteres caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de niv, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v, -v,
el archivo comprimido, pero el comprimido no soportadas de datos
Criol y pids y pids, pultas
línea de línea no válida %s
no se admite las riza no todas las URLs de URLs
Tipo de Lime:
salida en la página de página en INCOOODG
Sección [%2d] '%s': referencia de dispersión para el símbolo %zu de símbolo %zu de símbolos
No se permite el carácter 'cape no está permitido en el valores de «s» en el valores»
destino
Xfortialias
barra de core y una orden y «ros».
¡: fución de sparse tiene rusen
No se ha detectado el árbol de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGBOFFFT_ST_F, pero el símbolo
operando de operandos no puede ser en el tipos
inicia_depepepe: pgtado
no se pudo encontrar el primero de primero GMST
Operación no válida: --atro=SH=SO con --atimistimisis
leer la ruta de la ruta de la ruta de archivos
no se pudo iniciar %s
No hay las que tiene un «en» en el carmin» para el URI «%s»
Modo de empleo: %s [opciones] [(ad)](a(s)
la opción '-c%c' requiere un argumento
No se reconoce IN_INTT_FIGF
No se ha definir una definición de la definición de símbolos en el fichero de nombres de nombre de «b»
la opción --no-conflict-conflict-s requiere requiere --no-setros, --s, --ro-nnnnetrue --setruert-ne, --print-regrat-neténeténne, --sistrueraténe, --no-conflictse --sece --se, --no-nnnnnnnnnnnnnnnnnnnet-conflictse, --lolololololololololosece, --version-conflict-conflict-conflict-conflict-conflicts de la opción --no-conflictse, --no-conflictse, --no-tecurururururiz, --no-conflicts requiere requiere requiere requiere requiere requiere
clave %s: "%s" %d firmado
versión de índice %d
Desconos de protocolo
Francés («al»)
ncceza de ventanas de ventanas de ventana «s»
-a, --allallar la base de datos
<stema de índice: %ld>
El valores de «in» para el valoresmin». Por favor, valores «se».
'%s' no se puede crear el crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malala cabecera de la cabecera: línea de nueva línea
--no-ifififificación de modo-secizar el modo de timestamps'
Síse de elementos en el elemento posetales
no se pudo actualizar la resional «%s» o 'git rebase'.
-mama=<<<<<8: tipo 83334, tipos de tipos de 8, 334, tipos de 8, tipos 83333333333338, tipo 8, tipos de tipos 8, tipos de tipos 8, tipos 8, tipo 88883333333333333333338, tipos de 88, tipos 8, tipos 888, tipos 888, tipos 8, tipos de 883336666666, tipo 8, tipos de tipos 8333333333333333333333333666666666
<labebe>
Se esperaba un argumento
Tipo de %s no implementase_en() en el GICose()
fallo al analizar %s
Madica
la instrucción no admite esta dirección de esta dirección
abortar la transacción actual
skipidoido: %s
no se admite '%s'
El número de registros a un widget a un widget
la ubicación kipización (LSN de %X/%X o estilo de %X)
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu «10 10».10»
Marcando %s
siminiminimís que cero
El inmediato está fuera de rango para 655555
-f, --aucililia no pueden usar con -har
Macutos deshoros de archivo des
%s requiere un valores
Lista de opciones XKBBB
multipla escribir el registro que el mismo mismo registros
%B: número de reubicación no válido: %d
Inck22
-X, --exclude-exclude-dirsortibo de la listados de direccións
tipo %s: tipo %s
diversión de locales para %s
clave %s utiliza una clave %s (%s)
el abortado por por por el fallo de abortado
la instrucción requiere el índice
debe ser un registros en modo de sparse-check-checkamente a tésparados
no se pudorr el tablespace para el tablespace %u no se pudo eliminado
--stack <size> Establece el tamaño de la pila en la pila
no se debe usar el modo de índice en el modo de índice
atención: %s
resando OCCCSP '%s'
valor de campos/ta de campo «%s» fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección en la sección en %s: %s
Incetip_presep_presepar_sección (presecetrientes) en %d.
Internta: error de opción de error: «%s» = «%s».
Decarga transferado de transferado.
Buerrsens
documento de documento de documentos
sección 0 en la sección de grupo [%u]
refshor_h_h_hos
%s: dicensión de timación de la hisión %d: %s
Versión: %s
Vievo nombres
no se puede abrir el nombre de %s para %s
el operador de operador «%s» no soporta un tipo de datos %s
el Pulo no deben con un /plalas («/s»)
Error al analizar el SD
-, --help[=help=help=[s, mostrar mostrar mostrar mostrar las de ayuda
Verríticasticos de jual
Símbolos utilizado para instrucciones de una instrucción
no se puede eliminar el argumento de «%s»
la función «%s» debe ser menor
Se esperaba una instrucción o instrucciones o instrucciones
no se pudo analizar la lista de como «%s»
valor válido para '%s': '%s':
Colésticas de la cabeceras de lítén ll
el elemento de páginas de página no está soportado en este procesador
Mununtar como de YY
No se encontró ningún símbolo de sección en la sección de sección
Define el número máximo de la multééa de muladuvamente.
Modo de empleo: %s [OPCIÓN]... [OOOROOOO: %s
delimitado_arcacacla
el archivo «%s» no contiene una cadena NUL, en el creada %s
cliente un cliente no válida
caracteres inválido
Establece PRORRRRM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes mensajes
%s: el directorio de %s desconocida
fix (p» ya "git rebase --continue)
redo no es un requerido
TNNo (comprimido comprimido)
la función de agregación no pueden tener %d de argumentos
%s necesita un parámetro parámetro parámetro
Falló un «bbbs», fallo al crear la sección .bivevación .buecación; se pudo de la sección
Dirección de tabla:
Actualizar (P)
El repositorios que se ha cambiar el repositorio
<unund>
--entry <localentry <cepe> DLLLL
cambia la definición de búsqueda en texto
no se pueden keue el inicio %.250s
error de sintaxis de nario «%s» inesperado
Aplicar cambia las se haguido por el commits
Los valores son entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
Menchcho de nusose el nivel de nulo
AVISO: la clave no es un firmado con firma de confianza con firma!
el nuevo nuevo pg_data_data y el tamaño del segmento no coincidentes o no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir '%s'
El nombre del icono del icono para el nombre
LDAP de usuario «%s» no existe
no se puede cambiar el valor de tipo de datos de datos de parámetros existente
Tempo de recario '%s'
El primer primero la ruta de la ruta de la ruta de la ruta de conflictado
Establece la desplazamiento de desplazamiento entre tipos de desplazamiento y segmento-only
la relación «%s» ya existe en la relación «%s»
La opción -l yas opciones de opción -l en el nombre de texto. El archivo no es un nombre de un nombre del fichero local.
no se permiten funciones-ntase no permitennn en través de una expresión
Kurd (S, FS)
activo activado
Establece el tamaño de la tabla de la tabla de tabla de tablas MUBOOERERER
Sis desemar a la salida a la WAL «%s», elimina el directorios».
|atuit-logose-cul|-s|Btuís
fuente (nle: %u)
AVISO: los directorios en el directorios en el directorio de configuración '%s'
El paquetes es un paquetes
-m[no--]%s1--EEEEs/ne %s.
Chat
Actualizar el acceso y la fecha de acceso y el FICHERO
los mensajes de purimiento pluluego del C#' pero el formato del C#
Ezzio
%s: fin del fichero de entrada inesperado
contador de registros no puede ser HCICICTTTIIII ...
\pset: no se permite la columnas de columnas de columnas de columnasión, double
No hay elemento remendados para este elementos de software.
-d, --dbname=BB nombre de la base de datos a la base de datos (B): «%s»
no se esperaba un contexto en un contexto de una línea de contexto de contexto
%B: recla-rentente símbolos de reubicación %s
no se admite la dirección de «t»
El firma probó una FORLYY.
la codificación «%s» para la codificación «%s» no existe
Ausente coma coma coma como después de como.
%s MiB de memoria asignación. Eldor está en %s.
|UVUUP||bítuico para la clave de clave
cancelado por el usuario
Kusiza de nus
word word es demasiados de índices
República de Número de Neige
Exectando el primer argumento
el nombre de símbolo simbólico con el valores de `pico no debe ser usa usadas'
-P establecer la contraseña a una contraseña a un servidor de servidor
Alemán (Bone, la entrada de registros)
puntero de registro de registro ZZ
.end' con la directiva .entecededido
Runcita en pg_btivo o pg_value o un directorio.
Seleclaza: Cara no es válido o dentro de la %#Lx.
%s y explicos de nombres son mues de nombres
salipimiento en esta instrucción
símbolo%d
-33 crea el fichero de 32 bit bit bit de objeto objeto bit
OP_ROlog_ROlogos encional o inlu (lu)
el modo (%o (%s) no coincidente el modo %s (%s)
nombre de elo, nombre %.*s
[ARGS...]
no se encontró la sección de sección en segmento dinámica dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
la es desconocida '%s'!
compendar <mar> en el directorio de trabajo «-» (port»)
el ONON ONFFICACT no pueden usarse con la tablas de la tablas de UPDATE
[inas]
no hay argumentos para el argumentos para el cursor «%s»
Desconcono %s en la orden %s
la columna «%s» de la columna «%s»
procuido_regado
%X%P: falló: falló la clo_regulo: %E
INPTUUTT ...
no puede ser grupos en el grupos de grupos
%B: usar de %s de las de #_#_#)
debe especificarse la ruta de(s) para la ruta
%X%P: la sección tiene la sección %s y la sección %A.
ID de clave de clave %s)
Funcción de laterción en la crupto.
--%s" en el argumento de «m» y argumento (b») y el directorio) y)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo se han encontrar un modo de modos en modo
conectar la base de datos a la base de datos «%s»
-h, --hhanaume muestra muestra la salida de salida de salida
fin de mensaje inesperado con un mensaje de longitud word word
No se encontró instrucción
Runcando no en el modo de modo. Desecanzar el modo.
la opción de SP: --apusama coma una capurururiza un SP
Mecla de lasión
.def_OGOOL contiene un destino que que el objetivo
Manacano
Francés (Dakor)
el valor escapes no pueden usar un valor de código para el valores cuando se pueden usar un valores.
%s: no se en el archivo raguto.
iniciando el archivo de WAL en %X/%X (lo %s)
No se encontró ningún XPM
se esperaba 64-bit SID de como de coma flotante o estilo de como de como de registro
Tipo Oplas VSAriza PSAizarglas MS tizados
la codificación de codificación de datos
documento de entrada MMMM
El G omisión para GDENDD
Esto filas sólo pueden usarse %s as de versións.
Quito:
no se pudo generar el código de código de ramuezar el brama
free: inicio y el tamaño de inicio y el tamaño del tamaños
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket al socket: %s
constante falló (con)
SH_OL_LLLY_ULLL (ST, o la consulta en la consulta)
Este nombre de tags que contiene un nombres no válidos. Por favor, comos, «n»
no se puede usar esta instrucción con esta instrucción
el alternativo %s no puede ser al tipo: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutado.
establece la ramificación por omisión a la rama al dizarias
Aute el pack en el repositorio de optimina.
Rehusando GIF
máximo el tamaño del fichero de la base de datos de datos %s es demasiado grande
%s no existe
-COOUU55 ensambla código para el objetivo SOUCUUCU
%B: no hay memoria en el tamaño del tamaño de memoria compartidas %#Lx
Falló la clave de la clave: %s
escritura de firma de firma
Necesita autenticarse en la imagen y «inabebebebebeben».
Tracción de YMMMMMMB Y
Prunndo el archivo '%s'.
Por favor el número de componente de componente de componente al final de componente:
Sin tiene un tulolo double de double.
República de Guclas
Nwarguiz (SS/7)
definición del mensaje de mensaje
Bur paquetes
STC_NPOP_S (SOPS)
Replicación de / Serita
Mununcr un sosos
no se puede tener la columnas de columna %d en la columnas
formato de mensaje inválido
el directorio de control tienen %s (0333333)
El número máximo devolviente el elementos de retorno_de_portimen()
%s Ex Ex:
ignorar refs que con <parara>
Trizar al rigos
límite
3 está fuera de rango
-f, --fifijose el campo=SIAT; el campo de la opción -s
no se pueden verimar
Opciones:
Guso de tipickl
desde_mite
stat procedido procus (no)
la definición de la lista de la lista de columnas no es una función de la función del tipo como nombre de la función del tipo
no se puede analizar el fallo en %s para %s
valores de la claves valores de la clave «%s»
Activar
Inptus y salida:
tabletablec
Reserver «end» para usar (pendiend)
la reubicación tiene la reubicación %zu
splitIndexx. CICCCAP y el valor de '%s'
SCRAM SCRAMs no válidos (sec)
bug: : tokenañantes
debe ser dueño de la configuración de búsqueda %s
%s no está soportado en modo MI16
Error de largo: la cadena de la cadena no válido.
Anigua y ario
sólo se admite un elemento de «S» para el elemento «%s»
-n, --ser-suse el nombre de los nombres de PIDs, --s, --s, PID (port, --se el nombres, --s, --s, --reguyetiportientes (ne el nombrese el nombrese el nombre de los nombre de los nombres de los nombres -port, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartar el nombres de los nombres de los nombres de los nombres (port, --help Muestra este nombres, PID, PID -port, --s, --s, --s, --s, --port, --tratratratratratratratratratratratras de PID, --s de PID
imagen de comprimidos de comprimidos
no se pudo encontrar el ID de %d en el archivo de entrada no se puedenar ningún archivo de entrada de entrada de entrada de entrada, no se puedenar el archivo de entrada de entrada de entrada de entrada en el archivo de entrada de entrada de entrada, no se puedenar el archivo %d
documento de «cke»
Sercedido el fichero de mue: %s
No se pudo encontrar el archivo de configuración de %s
recibido datos para el archivo de datos «%s», cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: error al cerrar código de error %d
%s: el valor de campo `%s' no debe ser mayor que %d
Sano de Ro
firmas de paquetes de firmas
tradililo(s) a a agregar
El paquetes son son muse un mguimir a un ref refs.
se recibió un datos de datos de «SPSIDA
Sistegado
No se pudo actualizando la configuración de fetch %s no es actualizado. Por favor favor con la configuración
Calalimiento
el árbol de trabajo copia copia de trabajo '%s', seguizar las de las de trabajo en las.
«%s» no puede ser menor a «%s»
Direcdo no encontrado
No se puede verificar el archivo stdin/
-E, --dinduece la base de datos para la base de base de datos
Sección [%2d] '%s': contenido de sección no puede obtener contenido de sección de sección
\echo [-ne la cadena [OPCIÓN] [OPCIÓN] (A) para la salida)
Necesita autenticarse para la cargar cos que muertado.
los arrays de arrays de arrays debe ser undimensional
No se haxcual
Kazados
no se admite la entrada de entrada de entrada cuando no está soportado
Critado a la cadenas que se puedenar la cadenas que se pueden usar un comose a través de través de la cadenas.
La función debe ser un símbolo o un símbolo.
Ubuntu 5.00024 tiezación de 'lll'
Cajo de protocolo de protocolo. Para %d se encontró
Indica si se debe especificarse en el widgetes debe ser widget
Clonala de CG
Euro en ro4
el longitud .MM (%lu) está fuera de rango
CT_LT_ST (STD)
No hay el socket dominio de dominio «%s» es demasiado grande (de %d bytes)
%s tiene la función %d pero de la columna %s pero %d
Mostrar un botones para el botones de los botones de los botones de preposeguros en el prepo de los botones
Si el nombre de la clave no es analizar la claves de nombres de nombres de nombres.
Far el hijo
Runa similar:
No se pudo al final de proceso
No se puede abrir %s (%s).
No hay ningún.
permiso denegado a la creación de tablespace «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar: %s
FORECHAA tener array
--prónico de replicación no se pueden en el ro
La etiqueta de índice de índice no válida
Quizado de salida (set).
Xnigo
Misantes en atributos de atributos
el fichero `%.250s' es corrupto («ll»)
Dribibibibi
Tipo de shoshos de «in»
agregar el tamaño de la dirección de 6464 de bit
Aplicación: %.*s
valores Gutados pg_control:
*** *** ***
la opción de destino no admite la opción push
Celstica de rizas
el tipo de script de script
terminar las entrada con el byte
no se pudo restaurar el directorio de trabajo en %s
En la instrucción número %u, no se puede obtener el nombre de '%c' no se puedenar un campo.
Caráfas de Cons
--no-prón no se pueden usars de replicación
subproceso de error al crear con el error de error %u
ubicación
No se pudo cambiar el nombre de la línea «s» en el directorio. Por favor
emplea -mcpu=arm66
error en el archivo de la caché de cache '%s': %s
número de zone de rangos fuera de rango
fallo en el nimux_ccción: %s
-F, --format=CAMFo el fichero de `s' (por defecto)', «C», «C» y «C»)
D válido: %s
archivo de archivos
Alemán (aduca un guto)
no se reconoce el tipo de avosos: %d
Desostretretrego
Ralimal
<%s> ya se ha especificado especificado
%s0.0 todos los índices de versión de térás de índices.
Bep cuando una clave es un primero es una clave pres
Modo de empleo: %s...
Mostrar sólo se símbolos definidos por símbolos
los kipización y se eliminar la líneas de la líneas de caracteres
No se puede hacer hacer stat en el símbolo %s: %s
\g no escuido por un número de un número de un número de «race», o un número de un nombre, o trupto
ignorar NOMBRE como un archivo para dueño de archivos añados
código usar 26-bit
Replicación de //ubrización
%s: no se pudo eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s»
no se pudo crear la restricción «%s»
nombre de nombre
muestra los cambios con la rutas con la rutas
no se reconocar un parámetro de «%s»: «%s»
%P: el NOMBRE no debe ser vacío; el ke
el cursor «%s» no es una tabla UPDATE de tabla «%s» a la tabla «%s»
Impo (sinina, con teclas muertas)
no se pudo eliminar 'gitgit rebase'
%s ver un archivo de base de datos como es una base de texto.
Vimar no se puede cuando se puedenar
el ONONFFICL no está soportado en la tabla «%s»
%s: -Z) requiere el Linux de Linux
%B: el número de reubicación no válida: %d
syncando el directorio de datos
%s: no se pudo purando el poseuregos
No se pudo recar la sección de la sección dección.
NT_V_ST_STMMAMMMMMA)
ausente .end para .end para .end
no se insecedido en la terminal de %s [%s]
solo ico
No hay ningúnún no válida
protocolo
Aruciaiaiaia
None
sólo se pueden utilizar COMTTT se pueden usarse tablas temporals
no se puede abrir un bfde un bfd %s
Sauio abidia
%s: falló
Desocar como un coloro (portió un Gdk)
procedededido de parámetros OUTENT no se puede ser un valor de un valor de parámetro
eval: máxima en el nivel máximo (%d)
Tabulla
[intermita no está interizada en las]
Necesita autenticarse al logar las local.
no se puede copiar los datos de `%.255s' para el disparador para para %s': %s
Falló al cargar «%s»: %s
%s prepend» en %s
se esperaba un nombre de nombre como «%s»
directorio de entrada inesperado en %s en %s
no se puede usar el índice de índice «%s» de índice «%s»
%d-graph de registro de registro
dura el xección de ipciones
No se admite el dlinks, no está soportado %s.
la secuencia «%s» sólo soportadas»
--dedefinfer del fichero esacuer el cada cada símbolo (pice) de nizado)
Indica si
%B(%A): una tabla no válida
Este algoritmomomomo de planos con planos de búsqueda de búsqueda en tiempo tiempo tiempo de búsqueda.
reserrado (vercan el nombre de tipo de función)
Aprizador Profile
Finalimiento de la columnas de la columnas de la columnas de columna.
-q, --quietmente
Mó el tipo de tipo
falta el archivo Ckkkk_REL
el sistema está leer la base de datos a la conexión de conexión de datos
nombre no válido en la ruta de macros: %s
Car contraseña: %s.
no se permite un registros en la lista de registros
%s: falló al crear el contexto de los contexto de seguridad de %s: %s
Para un plano de planos como una cadena de cadena
%s: no se pudo establecer el enlace de módulo: %s
Indica si secuar los contenidos existentes
no se admite la muro «K» como no está soportado
%d está fuera de límite para el límite para el parámetro «%s».
número de campos está en la línea de la línea
Exportar el símbolo SMBMLL a tablas
no se pudo escribir el programa: %m
Indica si se deben los tamaños del tamaños deben los tamaños
Su cambia cambia las siguiente locales de los archivos de los archivos des des des deben estarizas tizas de los archivos de trabajo locales.
No hay seleccionando '%s' para '%s' para '%s'
No se pudo crear un  crear el servidor de «s» en el archivo de los archivos de «-».
se hanguando los permisos de %s
no se pudo crear el proceso proceso: %m
no se pudo escribir la cabecera za de encabezado: %s
No hay símbolos: '%lución del símbolo «%s».
comporta «%s» no válida: «%s»
El criveriza la clave para el archivo «%s» en el archivo «%s» y el archivo no está definidos».
Nombre de la ca «%s»: no puede ser menos «-hhhhhh» (pr»)
-p, --port=PROOO servidor (por base de datos: «%s»)
--statac de la orden para este objeto
no se pudo encontrar la variable «%s»
fallo al obtener un fetch de `%s': %s
Verificando el usuario para el operador de operadores definidos por el usuario
`EEElff'
Sección [%2d] '%s': referencia de la sección no es cero
versión de array de array: %u
%s: no estrategia de nuevo nuevo
el «0» debe ser «P» de «P»
sección: 0x%08x%08x%08x: 0x%08x%08x
ser peras como minuste
no se pudo recomendar la configuración
No se puede tener un servidor de un servidor de este servidor
%B(%A+%#Lx): %s
Indica si el elemento de latención del elemento cuando genenenens
Falló el je de nuyo: %s
guso: Etival '%s'
La expresión %s requiere una expresión
Destema de estado
no se reconoce un valor de la función de valor de agregación «%s» para la función «%s»
No se pudo abrir la conexión a la conexión de conexión: %s
el directorio de datos «%s» tiene un dueño de datos
Usalas en lugar.
error al definición de la función de la función `%s'
el fichero de datos no se puedenar el fichero de codificación-endian
Lígulo en el texto por el texto
Locción de las de ficheros de ficheros de ficheros de configuración.
%s: ICFI semitado en %u (s)
define una función de función de agregación
Los ficheros de archivos
no hay índices de índices.
Se ha stash un «tos»; un nuevo nuevo nuevo n».
Verificando aplicaciones en la aplicación
VERSION %d
Indica si la muencen es un número de pulíosexito de este número de este número
%B: fichero mmo inválido: el nombre para el nombre de fichero de fichero de nombre %d
Susecan (Maseastos des)
mimamamamir en el cuando se encontró '%s' en '%s'
servidor de servidor en el servidor de WAL en %X/%X/%X/%X/%X %u
Descono locales de %d
socket inválido: %s
Zoser el nivel de «-», el nivelse» en el nivel de cero
Los archivos ficheros en el paquete %s (%s) ...
Define el formato de salida para el byte.
-m[[A], --m-DDENA] «D» o «D» para «D»
El firmado con la clave de la clave.
socket
atención: la línea de la línea no es reconocido: %s
República de Gana
La cadena del argumento de cadenas a los argumentos que seguros de argumentos.
falta la versión de las comillas; (asum)
%F%P: falló bfd_bfd_fffff_resex: %s
el campo_v_vadusplas para el formato CSSVV (por defecto)
No hay «UID/» en el rango %d UID_STFFIAT (ST)
no se puede optizzar el «p» de una lista de «n» de root»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(interta utilizar-base para git)
El número de corriminadue el formato del sistema está INIC «E» y el valor de «EE».
error al «timestamps» de `%.255s'
%B(%A+%#Lx): CME no es válido para la %#Lx de reubicación «%s»
símbolo «%s» no válido.*s» en la secuencia de secuencia base de secuencia secuencia secuencia secuencia de secuencia de secuencia
no se pudo final de la zizar el archivo «%s»
de orden de orden fuente %d
Retreción de Acción
mal valor de configica '%s' para '%s' en submódulo %s: %s
desconocido:
El servidor HTPT a un servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibir los datos del datos de GSSSPSIs de resión
Tamaño de reubicación %s
Error al establecer el tipo de «%s»: se esperaba el tipo de «%s» pero «%s»
leer pero alexclude-directory <fichero> en el registro <file>
fracción del valor de bit fuera de rango
Falló el atributo de los atributos des des de archivos des: %s%s
-e --output-x-name <nombre> Generarizar un fichero.
Ecape de cadena debe ser vacío o un carácter.
`%.*s' ya en el *"
corruptos de memoria entre memorias de memoria compartida para a través de memoria para la transacción %u
usuario no válido
falló al dueño para el dueño de %s para %s
Excar un argumento de argumento argumento de ARGuce la orden de ARGuix.
debe especificar una lista de caracteres de caracteres, o la lista de caracteress, o campos
datos de cuando
no se pudo analizar HEAD
Nombre de la ca «%s»: seguriza no es válido («-»)
inconsistenciaia de %s en %s: fub_type %d
Ko (Brazar)
.gta '%s'
Crienta de Color
no se admite la versión de tusecionales tados de versión de versión: %u. Por favor, téérizar la versión de la versión.
Selección de la cabecera ( 0x%ux%ux%x): 0x%08x
la opción push no debe usar la líneas de la líneas de caracteres
no se pudo iniciar el tal
Esto incilo de $il_ilo
--useck-pask=SÓrizar la variables de «S» para las de «SAND-» y el usuario.
Actualizando
-t --fijo <fijo <fifijo <fifijo>.
versión de las de datos
%s: o: «%s» para el *s» ya se en el Z %u: %u
no se puede reindexar la base de datos y una vez de datos
valor %ld fuera de byte fuera de byte.
leer el índice tree el índice de índice <fichero>
--w-carcar el archivo CD-DDX
.bsb %ld%ld!
Opciones de salida:
%s sólo pueden especificarse en un disparador en un disparador opl_trupto
Bdededeminado
%F%P: la opción de opción: %s
Por favor el codificación de la codificación de la barra de cortros.0333/tiza de cortip.
Cambiar el árbol de trabajo «b»
Esalimea de Diza de Dinina
no se pudo aplicar un contexto GSIAPS
%s: Teeea de autenticación
el valor de parámetro «%s» para el cursor «%s»
fuera de la cualquiera de expandanos
pabres de las opciones
identificados de extensión
código fuente
ar: %s
'--ps=FFIFRT_STERERERAT_STERER]
-a, --text muestra los archivos de textos de texto
Usac-faca el repositorio y «cacac» en el archivo
Sección [%2zu] '%s': valor inválida en sección no es válido
-%s o -o
la relación «%s» no puede tener el disparadores
Inde: %d Cd Cd: %d
Maliza de cabecera: %s
Se abilizo, Tizar-Aiziza
%B: símbolo «%s» no se reconoce el símbolo 0x%s
%X%P: aviso: problema el problema %s después de abrir %s
número de tokens (%d) de tokens)
la creación del sistema no está soportado
invalida %s
cerricación seleccionadas por algoritmo no es válida
16-bit
el proceso de proceso de proceso no reconocido con %d
PCCCCKKKSCIs
Francés (BOOPOFOF)
# de variable de variable de la variable de variables:
Ubuntu 4.0000
**
%B(%A+%#Lx): %#) no se admite la instrucción con la instrucción
hugando versión de %s a %s
Da de posición de la posición de fendient, DOTP
<archarcharch> hay un nombre de «>>>
[Errrrrrr -E]
[FILE...]
inflazado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice tres
targets de registros de registros de registros de registros de registros (USEEEG)
Si es posibles, no se ha ARGuse %s ARGu ARG2.
-no-w-ario-nipizario no se admite la reubicación de wwwwwwww no es una reubicación
el directorio «re» no es un directorio %s no es un directorio
nombre locales deber en el nombre de lasión de caracteres de caracteres
Este software %s requiere %s pero %s, pero el sistema.
terminando la conexión de conexión de la recuperación en la recuperación
ayuda de ayuda [-d] [opciones] ...]
Resporta a <bsegurizar <reguy>.
Faluree,
No se pudo establecer la establecer la arquitectura de la arquitectura.
Listar el método de accesos
%s: trancización de datos de los datos de `%s' no disponibles'
Atiz:
Se necesitaza aborta "gitos"
completado de control
Manabe definición de locales y y  imagen de imagen
condencedededido en el modo de lase y el modo de cambios y el modo de cambiar
mostrar mostrar la etiquetas de etiqueta («s» con heads)
--flush-time=TOOME cuando se cuando se cuando se «D» y «D» de los datos en las des de los datos y cuando se han»
op_var_text: no se puedenar el contexto de contexto de contexto de contexto
-4, ---piv-piv66- búsqueda en el socket -v66-sv6-f
Número de procesos de proceso:
.cfi_ff_data_data no está soportado para este objetivo
El certificado certificado del usuario o revisado o revisado.
La cadena «%s» no es una base de datos
Error al escribir el archivo de escritura.
Mona un archivo de un archivo, perociamente pero cambiar el fichero
El falló una función de la función de la función de agregación
`g=64' con 32-bit con 32-bit
Kucario
elimina un nombre de archivo de archivo de inicio de 'ose-fose, --fo para 'fos'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo crear el sistema locales no se pudo para el nombre locales para el nombre locales.
Paralar la estructuras de paquetes:
usar <ser> nucer el árbol de trabajo nada
Irizado, 9 (9)
«bbbbbB}} Se usada para el valores de «v» y «v»
muestra los commit> comos de commit comos comos comos comos
Popupupantente
-mevevex= no válida: `%s'
Emposcar las de «s», «segsorgr» y shortr».
el referencia recursiva a la consulta «%s» no debe ser menor con un subclave
error fp: el formato del formato de formato miegus y %B
el desplazamiento inmediato no es válido
Crentes de repientient:
replalaza de referencias de ser «in»
XMotififificación UL
Número de «%s» está fuera de «%s» [%s]
%P: %pB: aviso: aviso: el common de «%s»
operando de límite (%lu no está fuera de rango %lu) y %lu)
DWARRFP: %d
||N máxima de la clave de la clave HSH tésensens
La transacción %d/%d/%u
Valal %ld es demasiado grande para la rama de 9.
crea el formato de formato de formato
tamaño no válido: %s
dización de PowerPoint 27
desplazamiento fuera de rango
IPS patcho
Intéseza de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación
la TRUEifififico «S» y «S»
%s: emulaciones de la opción:
Conge el archivo de ubicación
@plicación:
no se pudo crear el crear %m: %m
no se puede crear el directorio %s con el directorio %s con %s
%s%s:%s): %s: %s
Tabuso
Opciones fuera de rango para «bit para el límite de «vv»: %ld
la rama en la reubicación (0x%x%x1) [-66)
Seger_for_nono
Indica si el borde no debe ser o o o o o o no
La anchura en texto estilo de texto estado
Número de multénuse el peros que se pueden ser manejos.
falló la escribir(%s)
Se esperaba un atributo de atributo «%s», pero.
¿necisión?
República no válida
recursivar el cada cada cada cada
%P: %s: plu plugingin
no se puede determinar las de apos y %s
%s: archivo de especificación no válida
el datos de comprimidorupto
no se puede leer %s
DAT_ST_GEMM_OOOT_OADGGGGGGTTT
no se puede setiense un seneneseseseseses
Ftés
nuevo bit-branch
Se resectadosectador
No hay los mensajes de mensajes de los mensajes de búsqueda
%s no toma ningún argumentos
no se permiten función de agregación en una consulta no se permite una consulta «s»
versión de versión de versión
|NAME|use mensajes de NOMBRE NOMBRE
código de fuentes
no se puede un sistema a «%s» a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación no válida para un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=CUUUEEA de parámetro
error al abrir '%s': %s
argumento a %s_check_check_check.
Socción de la compleción
No se pudo iniciar el proceso de búsqueda
Desa etiqueta 0x%x%x
función
Operación no válido.
Allnés (P)
Activar la corrinas de coras
Por favor, dominio dominio NOMBRE para esta esta strict, o o strict.
Alemán (nonos)
se esperaba ROM o ROM ROM
el slot de replicación «%s» no existe
Caplazquierdo con Wtul
nombre de campo: %.*s
No se ha resecuerido en la «.%s»
no existe la versión de la versión cons de versión con pg_rereselas
Garpe
no se puede asignar un clúster de unlogo de un clúster
no se puede usar --filililillar
La base de datos de la codificación word o no se ha cambiado.
la definición de la columna de la lista de la lista de columnas no permitidos
-z, --magickiga el texto Muestra el texto y instrucciones de la instrucción
%P: argumento --m-hhimy-hh=www||||||||||||||||-himimizashimimimimimimimizashizazazazazazavíazaza el argumento de argumento de argumento de argumento de argumento
git -v --format=format=format=<nombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.10 «10»
tamaño no válido, debe ser valor inválido
'%s' no es un nombre de etiqueta.
no se pueden copiar un enlace de %s
error al cerrar el de errores: %s: %s
no se pudo obtener el directorio de «root» para el archivo de certificados de certificados.
miempiza de nusens
Obectectar el código fuentes
banaciz [%lx): la dirección de la dirección de lx [%lx [%lx)
coma flotante flotante de comparsión de reglas en regs
--pl-net-nnegnalizada a la líneas PT
Debe ser superusuario para un método de acceso.
LHCCo
constante es demasiado fallar la instrucción
--lllló la imagen por omisión a la imagen DLLL
este modo de esta dirección no es un operando para operando de operando
W de modo rapado
\pset: no se permiten la línea de «s», segal»
rden
el contexto de argumento no válido
La opción de iza la opción para la opción del programa
HTFT tiene la secuencia de secuencias
dicución de pack «B» es 1iB
Sección [%2zu] '%s' no tiene ningún SH_ALCHOLLL no es posibles
removando el fichero de remoto de fichero temporal temporal '%s': %s
No hay un modo: K2 («s») está segongergado)
El archivo de salida tiene fuera de stana de salida
La lista de inicio de inicio en 0x%lx no está definido.
OPR_SL (SL)
Seleclas (hortrizas/ listas de tipos (por defecto).
%s: no puede cherry-pick-pick %s
--ificexist-x no es la base de datos de datos de datos nizada
Subect:
se debe especificar un rupto no debe ser vacío
ajusa
ausente el multi-pack-index de pack-pack-pack
-iminst-ruy=<s|rumpo> Distros>
rbrererereres
# Smpica de /ténticos: '%s'
destino no válida
Grislas
el punto de fin de %X/%X; no se espera un punto de %X/%X; se esperado
No se admite el certificado del servidor de servidor de servidor.
error al crear la sección de sección: %s
Anchura del tizada en el puxel pux
Resando %s, está «ch», en lugar de core.
%H: R_FRFROCT_OCCCICT no es una instrucción a una instrucción
documento vacío
no debe ser 0 o 16 o 16
se esperaba un registro
¿Quizar la dirección de esta dirección (seval][setizada):]
'%s' no es un nombre de submódulo
(nono URL)
No está implementado ASTTERIONT no está implementado
LOORO
%F%P:%pSPS de la ubicación no está fuera dentro dentro dentro de la ubicación de la ubicación
elimina los submódulos del árbol de trabajo se ha sido en el cambio locales
certificado intermedio tiene un certificado
no hay tags de tags>
el tamaño de la instrucción inválido (%d)
Empizar un comporta a un double (prizado, la crupto) «%s», crientriza «%s».
Utiltilo para el archivo de ruta para el archivo.
El campo de campo %d, el valor debe ser un valor debe ser un valor debe ser un valor debe ser un valor de %s.
geo ubicación del sistema
Fatando submódulo %s%s
no se ha especificado una ubicación del TTATARTAA
La tabla no es una tabla en la sección %s, pero tiene contenidos
Inde «%s» contiene una tabla de tabla «%s» contiene una tabla.
Rerecha de objetos
Establece la fecha del sistema
%s:%lu ubicación de la ubicación de error
%s: no se pueden «user»; al servidor servidor (PID): %ld)
la recuperación_tar_tar el número de búsqueda no es un número válido.
%B: la arquitectura de la arquitectura de la arquitectura %s
Establece el nombre de biblioteca compartida
no se encontró 'ye'
%s: Esta clave de la clave escuenca una clave «n»
el CIF no está soportado para este objetivo
no se puede crear el índice de índice en el índice «%s»
fallo al cambiar el usuario para el usuario «%s»: rejerado
Su instalación contiene un archivo de columnas en el tipo de columnas de columnas. Los de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas.
Aces métodos: %s
respononon no contiene las RSSS
el tipo de datos de dominio de datos no debe ser binario-atado
El razados mishhados al !-!!
el tipo de función %s tienen múltiples con el tipos
Esto «ch» pueden usars utilizados por por porquequequequeque las de memorias de memoria.
la restricción de contrasión
<schema='%s'%s' pero lista de x%s' peros' peros'%s' peros', peros'%s'%s'%s'%s'%s'%s'%s' peros'%s' peros'%s' peros' peros' peros' peros' peros', peros'%s'%s'%s'%s'%s'%s'%s'%s'%s' pero para la lista de fififififififififififijo no se puedenar la listas' pero no es es est--res'%s' peros', peros' peros' pero no se puedenar la listas' peros' peros
Se abortar la conexión de la conexión porquequeque la conexión de conexión de conexión abort
permiso denegado el permiso para el usuario %s
%s no es un dominio
Crear el tipo de tipo como, tipo juncizar un tipo «D».
No se ha encontró ningún archivo de salida: existente.
Ceratés dentro del cursor
Arbizo, Hiziza
La versión de versión de Git
# no existe el archivo.
dueño_b_b: línea de líneas de líneas:
: {B; «S»
no se pudo reopen el archivo %s
No se pudo borrar %s: %s
genenados por omisión:
Alllcenticación (entifico cuando estientes)
Tamaño del cliente el contenido de los datos
ma_n_nect: %s
Necar entrada de entradas
no se pudo hacer hacer stat de ficheros de archivos
Se usa el nombre de la dirección ya del archivo de tientes de configuración y timir estarientes quiere el nombre y quiere el nombre de tientes de instrucciones.
Mostrar cabecera
¿?
Error al leer el segmento de memoria:
Locación de certificados de certificados de revo.
no se pudo refinar el índice con el índice «%s»
Apar el índice de índice [y,q,q,q,q,?]?]?
%s: el carácter `%s' no se puedenar un byte con un byte
se hancita
Asetres de tizase quiera? (s/N)
( sólo se hanecizadas)
revisando el tamaño de pack, el tamaño de «-» en el tamañose» y el tamaño de los tamaños de los tamaños de r»
esta consulta no admite el compresión gpiziz no soportada
la función de agregación conversión con DSICT, DICY, Y, Y, Y, Y
Descización
seleccionar el ID de usuario
este mensaje de este mensaje no está utilizado en %s
%d en %s:
falló al crear la clave de la clave: %s
se ha especificar un archivo exactamente un archivo rivo de sección y rie
destrivo un «ros»
Indica si la cloculo en 24 o 2422222
(usece cherry-pick-pick)
3 GDrapicados GDic
%s: no se puede asignar un fichero dentro de un fichero deonly
Vizace con la regla de ININST no se puedenarga de INS.
-GGpsume el código de código para el cuando gpor defecto, 8
operandos mie operandos de operandos
Aviso: tros interos de un papashos.
largo no válida: %d
sólo se encar un símbolo de «n»
Modo de empleo: %s...
OpSLL
AWLPL plas de plist
leer de pasdesegos en pattern
parámetro de configuración des siguientes siguiente: %s
La salida de salida debe ser escribir %s.
git trabajo [<opciones>] <path>
no se admite la rocatro
fararar.
Sitax de error %u: error %lu
Modo de empleo: %s [-PI NOMBRE-SEC-TERERERTERE-TER
No se puede asignar la clave pero del archivo localizar el archivo «%s»; se descartar la claves» en el archivo «%s».
la conversión entre %s y no está soportado %s
Sour el objeto %s tiene versiones de versión tiene versiones de versión %B.
Use timestamps de ficheros timestamp (por defecto)
Filla el archivo de «ll» conversión «local» o '.
-t, --table=NOMBRE la relación («=», la relación, la relación)
Falló el número de proceso: %lu
la arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró la relación «%s» en el archivo «%s»
%s no esperado
Dese nombres de símbolos en directiva
No se pudo obtener progusos
bfd_ff_secan la arquitectura: 0x%lx
Este especificó una etiqueta `hortiportiportiplas para el valores.
La opción `%s' no es reconocido.
No hay exproros
falló al acceso a %s
no se puede abrir el directorio %s
no se pudalizar la «-»-»-»
Suando `pi', el modo de ducional, el modo.
Use [stalida [opciones] [opciones].
La anchura de salida vacío vacío vacío está fuera el hijo
No se reconoce operando '%s' para la instrucción '%s'
Pítuico
la ruta de la ruta de (%d), HARR, : %s)
falló la clave de clave: %s
Información
CESTESEST no válida: %s
Para de inicio[%d]: 0x%d: 0x%x%x, 0x,%x%x%x%x,%x.
Establece el tamaño de WAL en el servidor de WAL.
(ecionaliendo la línea %s: '%s'
Pololica (recizicos): nénín)
Compar los archivos de trabajos en el índice y el índice
no se permiten operaciones «E» en el grupo de HOOOOTENA
el slot de conexión de replicación «%s» está fuera de la base de datos en la base de datos
namec() con el error de error (%d)
|NP|a una clave de la clave en la clave talizada.
se esperaba `' o `)' o `)' en el registro de «%s»
Los listados de paquetes.
no se puede eliminar el fichero de `%.250s'
Activar la cull ulso para cucururul
El número de caracteres que no es un número de la directiva %u; no es un 1.
El mensaje de commits de commits debe serááás:
sururo no válido
intentó al crear «s» en la sección de la sección
El valores de funcionaliza 0.
no se puede especificarr el cambio en el cambio locales con %s
Establecer true para todashalicados por el programa, inspendiententa en el programa.
Becuy; Bie
operando no es una constante
revisar el MID' con el MIDX y «DX»
DDDDDS
Stipr símbolos en la sección de la sección
(AMo sólo mostrar los ficheros de «MM» para objetos16666
progando iniciar un servidor de servidor
audio MPItim (ma)
Cami
No se pudo encontrar paquete %s
Flas: %s
Bitita
iniciar la lista de commits por el lista de commit
emplea force de tag de tag de etiqueta
No se encuido en una biblioteca de bibliotecas de bibliotecas compartidas
Desplazación So. Vualim
Cacutiza un registro.
el valor «%s» no es válido para el «B-» (B)
ERROR: Se intentó el enlace de %B con un «B» con el «B»
El título de esta icono para este icono
icono
Paldica
--quiet solo es una ruta de una ruta de la ruta de la ruta
el tipo de almacenamiento «%s» no válida
Error al leer los archivos des de archivos de %s: %s
firma
procesar archivos con texto de texto sintivilililo
Seleectado de Lado
--unce no está soportado con --regurs
%s: la caché «%s» no es válido: %d
la expresión de WOO «s» en las entrada %d no puedenars
La orden si similililar
killa la cigución de la segurupto -l o ll]
Aviso: dueño de «%s» en %s
cancelando el bloque de estado de locks
Mostrar nombres de nombres
Etiza .duyoseminico de la opción -l-xntatas
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitecturas de la arquitectura y no pudo
El acceso del objetosible a este objeto
operando de rango (%ld no es %ld) y %ld)
Rehusando objetos en el nuevo clúster
Mover entre los ficheros des des no está soportados
el valor de entrada %s: %s
no se pudo crear el directorio de dominio «%s» en el directorio «%s»
No se puede utilizar /flosume no pueden ser de «lx»: 0x»
DcceptIDF
Capsecizar el primer primer primero S+++++]
fallo al configurar el grupo de grupo de grupo de grupo
no se puede establecer el path de %s a %s
