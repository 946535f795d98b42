Si segur el botones de los botones en el botones de pres
InEEsecros de lasión
no se pudo crear el archivo '%s'
La dominio a dominio a dominio, o dominio o dominio o dominio
%s no puede aplicar a una función
ignorado
problema resando «%s» a '%s': %s
-n, --quiet] --prespilentes, --presaslas
no se puede usar la expresión en la expresión
Dacasisbles «s»
El archivo se ha modificado un archivo de modificado
(secuatura)
Excionasión
el tipo de `%c' en el tipo de `%d'
Error al establecer el fichero: %s
plano escribir el proceso
la valida de firmadas de datos
%B: %#Lx: aviso: se in sección en sección
no se puede crear el fichero %s
posición de Y
Error al abrir el tipo %s de tipo %s: %s
push en la función despec de '%s' no es '%s'
Mon-izzashhas
base de datos %s
No se puede Dano
clase de clase inválido
selecciona seleccionado de la claves de claves de claves de claves:
--case un nombre de rama
Define el valor de xid en el nuevo nuevo clúster
USRR, República de SUSos
Indica si se deben todas las líneas de las de las encasión, «al»
Caccionas de Cacional (shhos)
La secuencia de secuencias de «ll» para el servidor
Cdrom con Ubuntu 9.10 10 Kos
Tawano
las opciones -C y -C1--s1-cas1 no pueden utilizadose utilizados de nnnnnn usars de las des des des des des de las de las junas de lasecas des des de las de las de las de las de las des des des des des des des opciones no puedennnnnnnnnnnnnn usars jjjunas des des des des des des des des de lase utilizar/--/--cional - no pueden utilizar/--/--/--/--/--/--/--/--/--/--/--/--casecional - no puedentatas opciones opciones opciones opciones opciones no puedentas opciones opciones opciones
Mover un archivo de archivo, o un directorio
Numíxisvalales de la dirección
Paaama alanano
El número de registros después de la pantalla después de la pantalla.
Viezados
Las aplicación de formatos en el formato de multimina de multado, -ms, intente un nombre de mult, --print--recace, --print-print-print-casececección de caracteres de multal -tal -tal -tal -tal -tal -tal -tal, --se, --se, --s, --version M M Muestra un mensajese, --se, --version Muestra el formato formato formato de ncasecacace, --version Muestra el formato de mult, --dual -ecional, --help M M M Muestra el formato de lasecionional -tal -t, --help -tal -tal -ual -ecion
el archivo es comprimido, pero hacer que pero no soportadas de este compresión
Crol y polsentes y pididfiles
línea no válida en el línea %s
no se admite la riza no todas las push)
Timeeza :
salida de página en INOCDO en la salida
Sección [%2d] '%s': hash de dispersión para el símbolo %zu que sennnnnn de símbolos
No se permite el valor 'c' en el valor de «s» en el valor de «s»
destino
Xfortialias
core y se copr en el longitud de 32es de 32.
¡: se admite la soportadas de «in»
Autos de catotos de trabajo.
Francés (Suiza, sin teclas muertas)
localo
Sección [%2d] '%s': AL_GGFFFOOFIGF, pero sección sección .T
operandos de operandos' no puede ser en el tipo
iniciar el inicio de pg:
no se pudo encontrar la orden de primero GMST
Invalida no válida: --atis=SH=S con --acatistizat
segmento de ruta de la ruta de archivo
no se puede iniciar %s
No se hancar las de carpepepepepepepepepes «%s»
Modo de empleo: %s [opciones] [(s)](s)]
la opción%c' requiere un argumento de enteromente
No se reconoce INPT_UTFIGF
No se permite una definir un símbolo en el archivo dulo o invocivosezado
las opciones --no-conflicts en la opción --no-setrua, --sace --sión
clave %s: "%s" %d firmado
versión de índice %d
Se especificó ningún protocol
Francés (alalal)
Raceas de ventanas de ventana desliza una ventana
-a, --allallar la bases de datos
índice de tablas: %ld>
El valor «%s» para el valor de «e» de «se», valores «ace» cacional».
«%s» no se puede crear el crear '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
Malaldicación de la cabecera: en modo de línea
--no-ifififificase el modo de izadas
Estado de elementos en el elementos de poltal
no se pudo hacer actualizar el HEAD o 'al «%s»'.
-mamach=<<<<883338, tipos de tipos de 88, 888, tipo 38, se 38, 38, tipo 3888888, 8, tipo 8, tipo 8888, tipo 3888, tipo de tipo de tipo de tipo de 888, pero 38, tiposh6666666666666668, se 8, pero 8, se se 33888888, ses des despapapapaparerererererererererererererererererererererererererererererererererererererererererererererererererereps
<lal>
Se esperaba un argumento de PRRRa
Tipo de %s no implementa de genene() en el GID en el Ge()
fallo al analizar %s
Maxa
instrucción no admite esta esta dirección
aborta la transacción actual
kipimiento de claves: %lu
no se admite la publicación '%s'
El número de registro a registros a un widget a un widget
kskizio (LSNe %X/%X o debe ser LSN o %X)
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu ar 10.10 «10»
Marcando como %s
discriminiminas de cero
El inmediato está fuera de rango para55555
-ff-axililo no puede ser usados
Macutos deshos de archivos
%s requiere un valor
Lista de XKBBs
se ha escribir el registros de registros
%B: número de reubicación no válido: %d
Ikuso k22
-X, --exclude-dir-vies=SIASEs opciones de listados
el tipo %s: %s
diversión de locales %s a %s
%s de clave %s utilizadas (%s)
abortido por el punto de una orden de legado
instrucción requiere el índice
debe ser actualizar un árbol de sparse-check-checkamente
no se pudo eliminar el tablespace para %u
--stace el tamaño de la pila> en el tamaño de la pila
no se debe utilizar el índice en el índice
atención: %s a un punto de bulelecertratrante
husando OCCSP sin '%s'
el valor de campo de campo de campo «%s» fuera de rango «%s»
define un nuevo nuevo conjunto de operador
no se admite la sección en %s: %s
Incaresex_repar_resetados (sececional %d)
Interteral: errores de errores de errores: «%s» en la «%s».
Dace transferado de transfera.
Bendice acersens
documento de Aplicaciones
sección 0 en la sección de grupo de sección [%u]
refsh_h_h_hos
%s: dicensacen versiones de hitenación: %s
Verasión: %s
Vie nombres
no se puede abrir el nombre de trabajo %s para %s
clase de operadores de operadores «%s» no debe ser un tipo %s
Path no debe ser un busión (sho/ho/s (s/h/h/h)
Error de GDdecización
- -, --help=help=help=help] o mostrar mostrar mostrar mostrar mostrar mostrar mostrar las de ayuda
Verticasticastica
Símbolos utilizado para una instrucción
no se puede borrar «%s»
la función «%s» debe ser menor
Cambiaplas o instrucciones
no se pudo analizar la lista de secreto «%s»
valores de opción para '%s':
Columnánticas de cabeceras de tlll
el huge no está soportado en este procesador
Mununund como una orden de vololume
No se admite las símbolos en la tarjeta
Define el número máximo de un árbol de trabajo en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOOORORORRRO] o bien: %s...
delimitace_aceaca
el archivo «%s» no contiene una cadena de cadena, «LL», en %s
cliente un client reubicaciones SLLLAAAAA
clase de caracteres inválido
Establecer PRRRRRAM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes de mensajes
%s: %s desconocido
lista de tésas yagit --continue)
rese no está instalado
CIOIOF (comprimido comprimido (comprimido)
la función de agregación no pueden «s» que el argumento %d
%s es un parámetro parámetro
Falló un rebido a través devisación .bocación; .brechchchchchos
Direcdo:
Actualizar (Pusecana, NUL, NA)
El repositorio de cambiar el repositorio
<ununda>
--entryentry <objeto> empocer si si si si un punto de entrada
cambia la definición de búsqueda en texto
no se puede establecer el inicio de inicio de inicio en el inicio de 50s
sintaxis de sintaxis no se admite el tokens inesperado `%s'
Aplicar las cambiados porguido por alguido
Los valores son y valores «%s» y «%s».
no se encontró ningunas des
El tamaño de objetos
Tamaño de chousos
ATCIÓN: la clave de confianza no es un firmado con la base de confianza!
el nuevo nuevo pg_control y el tamaño de «data» no coincide con el tamaños
%s: no se pudo encontrar sección %s
no se pudo escribir '%s'
El nombre del icono de icono para el registro
LDAARR no existe
no se puede cambiar el tipo de datos de dueño del objeto
Tempo de recorar la resinando '%s'
El primer primer primero la ruta de la ruta del conflicto
Define las debe ser un segmento de la orden de segmentos y no esonly
la relación «%s» ya existe en la relación «%s»
El nombre de opción -l ya no está en la opción -duy. El nombre de los ficheros que se han en el fichero.
setse no se permiten función en la función en la función de la función de expresión
CKruda (S, rizado)
activar activado
Establece el tamaño de tablas por el tamaño de tablas de dispers MUMB
Si de quiere a los directorios de WAL, se elimina el directorio «%s».
|usad-log-retus||us|Bnces
fuente (s: %u)
ADVERTENCIA: se encontró un directorio des en el directorio de configuración de configuración de configuración '%s'
Qu un paquete de paquetes
-m[no-[%s1-7E/D/D %s
Catt
Selecionar la modificación de acceso y la función de FICHERO
mensaje no tiene los mensajes de pluluego del C#' pero para el formato .#' pero el formato .#
Lazzio
%s: fin de fichero de entrada de entrada se puede leer el fichero de entrada
contador de registros no puede ser HS en las WITHSTIIIITT
\pset: no se permiten líneas por líneas de double, líneasión
No se remendar un elemento de software para este software.
-d, --dbname=BAADA a la base de datos («B»: «%s»
no se admite el contexto de la línea de una línea de contexto de contexto de contexto
%B: la reubicación %c-rerettttivo dinámica dinámica dinámica dinámica dinámicas %s
dirección no está en una dirección
El firma firmado probo una FORGGG.
no existe la codificación «%s» para la codificación «%s»
Mista comacterterteríntes.
%s MiB: el memoria de memoria. El marco %s está está está en %s.
|VUUEA NOMBRE|UFF  clave
cancelando el usuario por por por omisión
Krusos de Kus
word es demasiado grande para el índice
República de Nina de Ne
Exceectar el argumento
el nombre simbólico con el valores con el valor de «s» no debe ser usado
-P ININ a una contraseña de servidor
Alemán (Be, tizasión de registros)
puntero de registro de registros
.end_ende una directiva de .ent' de directiva
Rununas en pg_base o pg_izados de datos.
Rewwar: Ta no se admite o bien: RMMx
%s tambil y archivos son muicaciones
kskipar esta instrucción en esta instrucción
símbolo%d
-33 crea el fichero de 32 bit bit bit bit bit bit bit bit bit bit
OPRIO (ROtrico) o entér o incción)
el modo (%s) el modo %s no coinciden (%s) con el modo %s)
telando nombre, nombre: %.*s
[ARGSSS...]
no hay encabezado en segmento de sección dinámica dinámica dinámica
Necesita autenticarse para el repositorios
Necesita autenticarse para el sistema.
estrategia de es válida '%s'
compendar <mend> en el árbol de trabajo de trabajo de trabajo (por defecto)
el ONONONF ONFICT no pueden usarse con la tablas que no se puedennn cons cons que se pueden usars cons cons cons que no pueden ser ONONF.
[Fujo de pila
no hay argumentos para el cursor para el cursor «%s»
Descaza %s en %s
la columna «%s» que el valor de la columnas
procedido
%X%P: falló al hash_rek_uplo: %E
INPTUP de entradas ...
no pueden usars en grupos de grupos
%B: usar las de configuración de #_#) el campo de campo (%s)
debe especificarse la ruta de la ruta(s)
%X%P: no se admite la sección de la sección %s
(se clave %s)
Funcción de la interrupo.
--%s" en lugar de argumentos de argumentos («» y el directorios) y «b» y «s)
Este está está en el modo %s.
no se puede abrir el fichero temporal %s
El modo inmediato se pudo encontrar cons en el resultados
conectar a la base de datos «%s»
-h, --ho mostrar mostrar la salida de salida
no se esperaba un mensaje inesperado con word
No se encontró ningún instrucciones
Runcando en el modo no en modo. Marguizada
SPUUC: --apusasumura del emulada
Mecera de Mar
.DEFAULT_GOOOAA que contiene una que el destino
Manatano
Francés (Dava)
el valor de «capepepepe» no puede ser un código cuando se pueden usar un valor cuando se pueden usar cuando se pueden usar un valores.
%s: aviso: el archivo está en el fichero.
iniciando el flujo de flujo de WAL en %X (X)
No se encontró ningún encabezamiento de encabezamiento
se esperaba 64-MID o «D-» de coma flotante o in incisiónión
Tipo OAirtizado RAAA
base de datos de datos
documento de entrada de entrada
El valor por omisión para GD
Este se puede analizar la versión pueden usars de versión a %s.
Quito:
no se pudo generar un código de radusezados
free: el tamaño de inicio de inicio y el tamaño de objetos
Muestra las interna
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket: %s
setscono (con)
SH_W_ALLLLY_SULLLL o la consulta de la consulta (ST)
Estea etiqueta o no hay un nombre de «s». OSInevícevías, «In» y «s» y un nombres» y «In».
no se puede usar la instrucción con esta instrucción
el alternativo %s no puede ser so: %s es un s
%s: no se puede abrir el índice
instrucción «%s» no puede ser actualizado en la instrucción.
establece la ramificación por la ramificación a una ramas teros
Auiza el repositorio en el repositorio de al repositorio.
La imagen de imagen GFIF tiene cero
fichero máximo para el tamaño del fichero de base de datos %s
%s no existe
-SCRERE5 para código para el objetivo SUCUUUUUU
%B: no se utilizar el tamaño de memoria en el tamaño de objeto de %#Lx
Tección de la clave: %s
la acción de firmado
Necesita autenticaritite para rese la imagen y  imagen y  imagen.
Tipo de raciones YMB
Priunndo el archivo '%s'.
Por favor el número de componente de componente de componente a ningo:
Etando tiene un incrulos.
República de Gol
No hayguna (S777)
definición de mensajes
Bros de paquetes
STC_NPOPO (SSOLLLLL + + +)
Replicación de k/sas
Mununs comos de comos
no se puede «vevever» en la columna %s
formato de mensaje inválido
el directorio tiene un permiso de control de control %u (5555>5577777)
El número máximo de puseosecionado por omisión
%s Exx:
ignorar ref refs que con <s>
rininregosho
rango
3 está fuera de límite
-f, --fifijose la opción=SIAADENT; el campo de la opción -s)
no se pueden «vever»
Orulosas:
Gutientes kl
from_itemite
stat procuido con el nombre (no)
la lista de definición es una lista de columnas en el tipo de columnas
no se anal_ferferfer en %s para %s
el valor de claves de claves de partición «%s» no existe
Activar la ventana
Opciones de salida ya de salida
tables
Resaserzios para usar (end)
reubicación tiene %zu tiene la desplazamiento %zu
CIndexxxxiones. El valor de objetos debe ser valores GCCCegados debe ser valores y 1'
reseclas no válidas (secon)
bugión: se esperaba el tokensa de tokens
debe ser de configuración de búsqueda en el texto %s
%s no está soportado en modo MIS1
Error: la cadena de cadena no válida.
Anulos ya
sólo se admite un elemento de «S» para «%s»
-n, --susecor los nombres -t, peros (port, muestra los nombres (port, --s de este nombres de este nombres de este nombres, --nononononononononononononononononononononononononononononononononononononononononono-én, peros, --t, peros, peros, peros, peros, peros, peros -t, --os (port, peros, --help M Muestra los nombres, peros, peros, peros, peros, --al, --tratratratratratratratratratratratratratratratratratras -t, --nononononononono
imagen de ME
no se pudo encontrar el ID de bloque %d en el archivo de entrada de entrada de entrada, se pueden en el archivosezar el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, no se puedenar el archivo no se puedenar el archivo no se puedenar el archivo no se pueden encontrar un archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, puedenar el archivo no se pudo
documento de Pucetti1
Se esperaba el fichero de : %s
No se pudo de empleo empleo empleo empleo duplicado %s
recibido datos para el archivo de datos «%s», cuando se datos «%s»
no se pudo abrir el fichero «%s»: %s
%s falló: código de error %d
%s: el valor de campo «%s» no debe ser un campo de %d
Obusasiza Ro
firma de firmas de firmar
tra traser(s) aña(s)
No hay hay candidatas que se guizar un refs que «s».
se recibió un datos de datos de datos GSIASS
Sistema de tiempo
No se ha actualizando el «default-» en %s. Por favor actualizar las de configuración de configuración des está soportado.
Realals
el árbol de trabajo de trabajos' en las de trabajo seguizarzasión de trabajo rax
«%s» no puede ser a «%s»
Dirección no encontrado
No se puede verificar final de verifica
-E, --lladue el base de base de base de base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-ex] [PATRÓN] [PATRÓN] (line]
Necesita autenticaritita para cargar el co una co carga del menú.
el array mod debe ser un array
No se pudoxuentes
Ksids
el parallel de parallel no está soportado
Critados a las que se deben en las aplicada comos que se pueden usar las encizar las deben usar las de las debe ser un coma flotante.
Si debe ser un símbolo o cuenta de símbolos o símbolos.
Ubuntu 0.04444
Cajo no se esperaba un protocolo de versión en %d.
Indica si se debe usar las aplicaciones en el widgets en el widget
CarGa
Euza en 4
la instrucción .onongululución es fuera del rango
CTTT_ST (DL) en la ubicación de ubicación de ubicación
Cix-dominio de la ruta de dominio «%s» es demasiado grande %d bytes
la función %s tiene una columna %d tiene pero %d
Mostrar un botones para los botones de los botones en elbos de los botones en el finales
Si es posibles que tiene una clave des que no pueden usar la claves de nombres des des.
Foldendo el hijo
Ramilila de orden de orden:
No se puede procesar un proceso
No se puede abrir %s (%s)
No existente.
permiso denegado a la relación «%s»
no se pudo encontrar todos los archivos commits
Error al cargar: %s
FOREACCC téntes
--replicationleleleles de replicación en tro
La etiqueta de índice no está activador
Quidad de la recuerado).
Xnnos
Maliendo o de atributos en el atributo
el fichero de `%.250s' está llacor el archivo de caracteres (tra %d)
Dibibibio
Tipo demins de «s»
añruse el tamaño del tamaño de 64bit
Aplicación: %.*s
Gusados pg_control:
*** ***
el destino no admite la opción no soportar pushs
Celticastica
shell
terminación de «L» con el byte
fallo al cerrar el directorio de trabajo en %s
Para número de directiva %u, no puede usar un campo de campo.
Cambiarázadas
--no-prosetiza no pueden en el replicación
el subproceso de error de error contrado %u
ubicación
No se pudo cambiar el directorio que se pudo hacer un directorio. Por favor en el directorio de línea en la línea de línea de línea.
emplea -mcpu=666
error en la caché del archivo de cache '%s' para lectura: %s
número de zzza de za de rango
fallo en el th_uxcik_cex: %s
-F, --format=FAAA' para el formato de `poror defecto)'
Datatacbase: %s
el archivo de archivo
Alemán (acadue un gu)
no se reconoce la función de tabla de tabla de tabla de tabla de tabla de tabla des: %d
Pontttretrecho
Rimal
<%s> se hance ya existe
%.0 versión del índice des de los índices des des des que se han aplicaciones %u.
La clave de claves cuando es una clave
Modo de empleo: %s...
Mostrar sólo símbolos definidos por símbolos
kskizar la líneas de «op» y «s»
No se puede efecto stat en símbolos: %s
\gra no es un número detenido por un número, o racrabotado, o un número de rararara, o potado
forceforcese un NOMBRE para añados añados
código operacional 26-bit
Replicación Subr/subrbos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: «%s»
no se pudo crear una restricción de "%s"
nombre de nombres
mostrar la rutas con la rutas
no se reconoce un parámetro de no reconocido: «%s»
%P: el SO no debe ser vacío; el ke
el cursor «%s» no es una tabla en UPDATE
Impaca (tén, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s es un archivo de base de base de datos, no es un fichero.
Viza está puedenizar
ONONONFFFIC no está soportado en una tabla «%s» como se admite una tabla de tabla de tabla tabla tabla «%s»
%s: %s requiere al Linux con Linux
%B: %B MSP433333332: %d
syncando directorio de datos
%s: no se pudo «regu» con el pu»
No se recuar la sección de la sección dección.
NT_V_SEMMSMMM (ASE tablas)
ausente .end para .end para .end
no se insecedededido a %s [%s]
icono
No hay expresión regular
protocolo
Arbido
None
ONONONMIMIT se pueden usars usados en tablas
no se puede abrir un bfd en %d
Saudio
%s: falló
Fo una corrónónico un color (pocadkColor)
procedededido OTTT no puede especificar un valor de un valor dentro de un valor de un valor de intentar
evval: máxima un nivel máxima de xval (%d)
Tabb ll
[intería no está intertiis]
Necesita autenticar en la información de local.
no se puede copiar los datos de `%.255s' para %s': %s
No se pudo cargar el archivo «%s»: %s no segu
%s pres pend' en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada de entrada «%s» en %s
no se puede usar el índice de índice «%s» que el índice «%s»
%d-graphgraph de registro
durante la referencia de ix
No se admite la soportado, no está soportado, kipsime %s.
la secuencia «%s» sólo soportadas»
--dededeface el símbolo después de símbolo (picos cada enlazado de enlace)
Indica si se debenn
%B(%A) no es válida
Esto algoritmomomo hash en el planos que restex
reserados («ve» o la función de nombres)
Ayeetadas
Lasalización del estado de cal de columnas de columnas.
-q, --quietquiet
Mó el tipo de tipo
No se admite un archivo CT_T_REL
el sistema es a una base de conexión de conexión de conexión de WAL
macro no válida en la ruta de salida: %s
Opciones: %s
PC no se permite una lista de registros
%s: aviso: fallo al obtener el contexto del contexto de %u de %s
Para la definición de la cadenas de una cadena
%s: fallado mientras se con un módulo %s: %s con el módulo %s
Indica si se debe usar el contenido en el contenido
Kabebe KEEse no está soportado
%d está fuera de límite para el límite de «%s» (%d).
número de campos en el campo de línea
Exporta el símbolo SMBLLY a símbolos
no se pudo escribir la programa de programa: %m
Indica si se deben aplicar los tamaños deben los tamaños del tamaños
Suse cambio locales a los archivos siguientes seguizarsos en el commit %s: %s
No hay accesando '%s' para '%s'
No se pudo crear un establecer un clúster de «s» en el archivo de tablespace.
hugando los permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de cabecera: %s
No hay símbolos: '%s'.
comporta la cificación de comprobación «%s» no válido
Crió una clave para la clave de claves%s" en la clave ún archivo no está en el fichero dentro «%s».
Nombre de ca «%s»: no debe ser un «-» (-»
-p, --port=POORRRRRRRRRRR): la base de datos «%s»
--stataccionabe ser «exec» para esta esta ventana
no se pudo encontrar la variable de variable «%s»
fetch `%s' fallo en %s: %s
Verificando el usuario para el operador de operadores de operadores de usuarios
`EEET inválido
Sección [%2d] '%s': referencia no está soportado en la tabla no está soportado
el array de array de array: %u
%s: Direcdo no es el nuevo
el «0» debe ser «P» de «P»»
sección: 0x: 0x%08x%08x%08x%08x%08x
ser minuso
no se pudo recomendó la configuración
No se puede establecer un servidor de dominio de este dominio
%B(%A+%#Lx): %s %#Lx no coincide con la instrucción
Indica si se debe estar las aplicar los grupos de grupos
Proíxtéda de error %s: %s
gucilo: Euvante '%s'
La expresión %s requiere una expresión
Desconativo
no se reconoce un valor de un valor de agregación «%s» para el valor de agregación «%s»
No se pudo abrir la conexión conexión a un subujo: %s
el directorio de datos «%s» tiene un dueño de datos
Use las fuentes en lugar.
error al porta la función de definición `%s'
el fichero de base de datos no puede ser endian
Lugada en el texto en el texto en el texto
Se usa el archivo de fichero de configuración des.
%s: ICCFo regadonte la(s)
define una función de agregación de agregación
Los archivos de archivos
no hay índice de índice.
Austash stash no existe un stash.
Revisandos en esta aplicación
VERSION %d
Indica si el mulo se deben un buítica este número de pox
%B: el fichero de mmo inválido para el nombre de fichero de se especificóóó %s
No hayguiga (Macase, sin teclas teclas muertas)
mimamatén en cuando se encontró revisa «%s»
servidor de WAL en el WAL en %X/%X/%X en el timeline %u en el timeline %u
Fporta de localo %d
el socket inválido: %s
Zosewa el nivel de «-in», cabo ser un nivel de «n», pididid-»
Reubicar archivos en el paquete %s (%s) ...
Define el formato de byte para el byte.
-m[[], --mgr, --format=ENAAAAAAAAA] o «s» para valores»
El firmado está firmado.
socket
aviso: la línea de la línea de establecer no es reconocido: %s
República de Gha
La cadena de refsera a los argumentos que seguros en el argumentos.
faltantes («a»; (a)
%F%P: bfd_cox_h_h_h_regujo %s: %s
no se pudo fijo el campo «S» para el campo de la salida (VVVVS)
No hay UID/10 está disponible en el rango %d (SSSSTFICCCC) -S)
ocoptimiento de la se puede ejecutarse un «root» [PATRÓN]
leyyendo '%s'
fallo al renombrar el renombrar %s a %s a %s
(interalalal--base para git
La variable de locales de la línea porqueque no es un número de depuración PIGPL.
error al establecer el `%.255s'
%B(%A+%#Lx): reubicación %#Lx no es válido para la reubicación %#)
símbolo «%s» no válida.*s» en la secuencia de secuencia base de secuencia secuencia secuencia secuencia secuencia de secuencia de secuencia
no se pudo final de la zar el archivo de configuración «%s»
desconocido %d fuente %d
República de Alacción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP del servidor inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos de «SSS» con resillasión
No hay reubicación %s
Error al establecer el tipo de «%s» no se esperaba el tipo de «%s»
atención que peral-directory> encurró un <fichero>
fracción es fuera de rango
Falló el atributo de obtener el archivo de atributo %s%s: %s%s
-ez --output-pox <nombre> Genera Genera un archivo.
Escape de cadena debe ser un carácter.
`%.*s' ya está en el «tos»
corrupto de memoria en el modo de memoria %s para la transacción en %u
usuario no válido
no se pudo prevever %s para %s
Excucar un argumento de argumento de la función de la contraseña. Esta a la barra de la función de la opción ««.
se debe especificarse un campo de la lista de caracteres, o campos, o campos
tamaño de tér
no se pudo analizar HEAD
Nombre de ca «%s»: seguizasión (««-»)
inconsistencción de coma %s en %s: %d
KKo (Brac)
.gido el objetivo '%s'
Crurento
NOTE: se admite la versión de térue la versión de versión %s a %u.
Sección de la cabecera %u (%u%08x%x%x%x%x): 0x%x)
la opción push no debe usar la líneas en el «s»
no se pudo inicializar el tal
Este cosilo en $il_t
--use-acasask=SAADA o la variable de variables y «S» no es un usuario.
Actualizando
-t-fijo> --fifijo <prepresempose el archivo de <fijo.
versiones de datos
%s: o bien: «%s» ya.*s» ya existe en el : %u
no se puede reindexar la bases de datos y el mismo de datos
valor %ld fuera de byte %s fuera de byte.
el índice de breetree en el índice <delolo>
--w-arccar la índice CDX de índice
.bsbo tamaño %ld
Opciones de salida:
%s sólo pueden usar en un disparador en un disparador en el disparador trulo
Interminado
%F%P: la opción de : %s
Por favor de la codificación de la codificación de lasión de cortro-ros.0
Cambiar al área de trabajo4
Usononamiento de Dizamina
no se pudo una etiqueta GSIASPSI contexto de contexto
%s: Error de la imagen de la salida
el valor de parámetro «%s» para el cursor de «s»
Encuarcrereando de bananos
papasezas
el identando el miembro de la extensión
código fuente
armor: %s
'--spar=SFFIAATERERTAATERATERERERATP
-a, --text muestra todos los archivos de un archivos
Use rc-facazando archivos en el repositorio y enterf
Sección [%2zu] '%s': referencia no es válido en sección en sección
-%s -%s
la relación «%s» no puede «s»
Inde: %d Cta: %d
Malaldación de cabecera inválido: %s
Arbo, Tazo-cizoA'
%B: no se reconoce el símbolo «%s»
%X%P: aviso: se puede abrir un como %pB
número de irglagadonte (%s)
el tipo de creación no está soportado
%s inválido
el cificatificación de algoritmo de inicio no es inválida
extensión 16-bit
el proceso proceso de proceso no reconocido con %d
PKCCCAS8
Francés (BOOOFOOF)
# ejecución de variable de variablees de variables:
Ubuntu 4.014 «N»
****
%B(%A+%#Lx): instrucción %# (%#) contiene instrucción instrucción instrucción
hugando versión de %s a %s
Direccionamiento de la dirección de posición de DO-endiente, «Pe»
<archivo> ensamblador para el nombre de arquitecturas>
[Errrd -E]
[FILEFILEFILE
flazadodo (%d)
no se puede eliminar una relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el objetivo se admite la secuencia de el niveles de la relación «%s» para el INGGS)
Si tablas no es %s, usar %s ARGu, ARG222.
-no-w-rene no se admite el ww no está utilizado a través dentro dentro dentro dentro dentro dentro dentro dentro dentro dentro dentro dentro dentro-wwwwwizio
el walizar el directorio %s no es un directorio
nombre de locales debe ser «s» en el nombre de las
Este software requiere el software %s, pero %B, pero el sistema.
terminando la conexión de conexión a la recuperación
ayuda de ayudas [-d] [opciones] [...]
Rea cportagus <> <buye.
Falureando,
No se pudo encontrar la arquitectura y la arquitectura de arquitectura.
Listado de acceso
%s: «%s» no hay locales decación `%s' no disponibles
Aso:
Esta actualizar el archivo de inicio por «git»
complericado de checkpoint
Debebe locales y contienene y resera de imagen
el dencededido en el modo de «m» y el hijo y el hijo
mostrar la etiquetas («in» con o heads con heads)
--flush-time=ME=OOAAADENENENENENENENT, los datos de las que se han utilizando lasión de los datos de los datos y «UUUUUUUUUUUUE, se han utilizando las de lasión y «IIIIIIIDeeeee» y lasión de los datos de los datos de las de las que se han utilizadas de las de lasión de lasión de las de las de las de las de las de las de las de las de los datos de los datos y «IIID» y «ID» y se se se se se se se se han» y «ID» y re rececus de los datos de los datos de los datos
p_f_var_text: no se pueden usarsecional no es un contexto
-4, -p-piz, en el socket de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de 6PPP466-v6-vv66-v6-vv66-6-6-6-v6-v6-v6-v6-v6-v6-v6-v666-v6-v6666666-v666-v, no se puedenizarizarizarizarizarizariv6-pppp.
Número de procesos de :
.cfi_ffde_data no está soportado para el objetivo
La certificados almacenadas que el usuario o durante un usuario.
La cadena «%s» no es un «B-»
Error al abrir el archivo de archivo.
Malibsa un fichero, pero no pudo cambiar el archivo de paquetes
La biblioteca a una función de a una función
`pp=64' con un bit con 32-bit
Kuiza DKa
Para nombre de un nombre de inicio de iniciar el nombre de '-fos', '-f' para '-fose-f' para '-fososose-fose-fo: %se-fose, --fose, --fose, --ose, --foce, --fo t-fose, --f', --fo sososose, --fo «o t-po el nombresocezar-f', --ocezar el fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero ficherose, --oce, --oce-bit
Mostrar los programas del programas
ID de usuario: "%s"
No se pudo encontrar un sistema local locales para el sistema.
Para paquetes de paquetes:
usar <niz> nucera con el árbol de trabajo de trabajo
Irol, 9 (99)
el wbbbbwww, usar y el «b» y «vv»
mostrar los commits <n> comosponon el commit
Píacupup coincidentes
opción -mexex= no válida: `%s'
Empla de bigus, «s» y «porchchchchchamin».
la referencia recursiva a a la consulta «%s» no debe ser compilada
error: fp16 mipB6 mie el formato %B y %B y %B
desplazamiento inmediato no es 2-8
Crentientententes:
referencia replas de referenciadas
XMotificos
Número «%s» está fuera de la opción %s [%s, %s]
%P: %pB: %pB: aviso de «%ps»
operando fuera de límite (%lu) no es %lu) y %lu) y %lu
DWARRFF: %s
|N|No máxima la clave HSH funcional
documento %d/%d
Valal %ld es demasiado grande para la rama 9-bit.
creado el formato de creado
tamaño no válido: %s
PowerPoint de PowerPoint 27
valor de desplazamiento fuera de rango
IP patén
Tezamar al trabajo.
Aplicarización de reubicacións para reubicación dinámicas
SEEe vifica que se puede «EE» «S»
%s: emulaciones de la opción
Congura del fichero de ubicación
Opciones de @:
no se pudo crear se pudo crear el procesador: %m
no se puede sobre sobrescribir el directorio %s con el directorio %s
%s(s):%s): %s
Tabos
Depaza de rango para bit/-bit/vvab: %ld
conjunto de reubicación reubicada (0x0x%lx) [-1-8 2 21-6]
Segur_inado
Indica si no se debe estar o o o o no es o o o no es
La anchura de anchura estado el texto
Número desacanas que no se puedenar lase en el multizar las antes des des des des des des que pueden usars des des des des des que pueden usars des des des des des des des des des des des des des des des des des des des des des que pueden usars que pueden usars que puedenar.
fallo en la escribir falló)
Se esperaba el atributo de atributo «%s» pero se encontró «%s».
¿rcisa?
República de fuden inválido
limito de como cada cada
%P: %s: plugingin
no se puede determinar las determinar en %s y %s
%s: el fichero des inválidos
el datos de comprimidosorado
no se puede leer %s
DAT_DAT_SEEGMRROGGGGAAATT_GGGAAADA
no se puede analizar la dependencias contras de dependencias
peticiicación
nuevo nuevo nuevo no está
Se recrrados de verificado
No hay mensajes de mensajes de HEAD
%s no toma ningún argumento
no se permiten funciones de agregación en una función «s» en una consulta «min»
versión de versión de versiónx
|NAME|use el mensaje de algoritmo de algoritmo
código de fuentes
no se puede conectar a una columna de sistema «%s»
mostrar archivos de cachés en la salida (por defecto)
literal de reubicación no escuals para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VO en el parámetro de configuración
error al abrir el '%s': %s
argumento de %s a %s.
Socción de propieda
No se pudo iniciar la búsqueda en el proceso de búsqueda
Desaca 0x%x%x%x
función
Tipo de registro inválido.
All ba (P)
Activar cororrinas
Por favor, dominio a esta firmado para esta esta etiqueta o o o o o bien «strict».
Alemán (atusas)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
waplaf Wté con Wttttén
nombre de desconocido: %.*s
(1 no caveveverizado(s.%s»
no hay versión de pg_inizas de versión con este pg_indados
Goldoldar
no se puede asignar un clúster
no se puede usar --fillas con --dtrar
La base de datos word-word o no está soportado.
el definición de la lista de columnas no permitidos para la función
-z, --magicagico instrucciones Margo instrucciones instrucciones tra través de datos y instrucciones
%P: argumento --m-comy-h|-h|||||||||||wwwww|||||||-hhh)
git git --vvformat=<format=format>............
atención: no se puede crear el directorio %s
Ubuntu.10.10
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar un enlace simbólicos
error al cerrar el área de errores: %s
no se pudo obtener el directorio de certificados en el archivo que se puede cambiar el archivo de servidor.
mineras que cierra
códigoectectectectectar el código de fuente
bikecionada [%lx) no está en la dirección actual: %lx
coma flotante de compars en reparsos
--pllt-nnngal PLT PL a línea línea línea de líneasisma de líneas
Debe ser superusuario para un método de acceso.
archivador LH
constante es demasiados a una instrucción
--llentabletable a la base de datos para LLLs
este modo no se admite un modo de iplica
W de modo rap
\pset: se permiten la línea de líneas de líneasión de líneas
rddado
el argumento no válido
establecer el valor de la opción usada en las del programa
HTFFo de secuencias no tieneda
dimum pack «B» no está «B»
Sección [%2zu] '%s' tiene segmentos' pero no se pudo cargar el segmento de cargado
problema de resinando los ficheros temporals del fichero '%s': %s
No hay modos: «222» («-»)
el archivo dentro de archivo tiene fuera de salida
La lista de inicio en la lista de inicio 0x%lx no esda.
OPRRRL (S)
Aslas (hashos/ecional («as»)
%s: no se puede cherry-pick %s
--ificexist-xo no existe la base de base de datos
Ejeecto:
intenta no debe ser vacío
solo una orden
falta el multipack-index de pack-index
-iminst-cruy-<-duy==> Desvíasvasvía de sección
prc4:
# Impo de térticas/titos: '%s'
destino no válida
Genensis
el puntero deX %X %X; se esperaba un punto de %X; se esperaba %X
Locación del certificado del servidor.
error al crear la sección de sección %s: %s
Anchchura al área en el poxeles
Considereza %s, «azas» está activados en core.
%H: R_FRRROCT_OCCCCT no es un instrucciones a una instrucción
documento vacío
sólo debe ser 0 o 16
se esperaba un registro
¿Whatiza para esta dirección? (pricadi1][[[[[AAA][[[[[A]][A][A][A]]]]][AA][qqqqqqqqqqqqqqqqqqquuuuuía?][[[[[[[[[[[[[[[[[[[[[[[AAAQQQQQQQQQQQQQQQQQQQQQQQQQQQuía?][[[qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqquííía?
'%s' no es un submódulo
(nocha URL)
CREATATEEEE no está implementado
LOOOA
%F%P:%pSo una ubicación de la ubicación no está fuera de la ubicación
descarta los árbol de trabajomente con el sistema locales con el cambios locales
certificado intermedi intermedio
no hay tags que cons de etiqueta>
instrucción no válido (%d)
Empiza un comporta flotante (prizacizado, «up», crup»
Actualizar la ruta de la ruta de ruta de ruta.
Se con campo de campo %s, recual %d debe ser un valor debe ser un valor debe ser un valor de %s.
geeo ubicación
Fambiando submódulo %s%s
la ubicación de ubicacións de ubicación-TAATAA
La tabla es un contenido en %s, pero %s, pero tiene contenidos
Index «%s» contiene una tablas que contiene una tablas.
Líaza de objeto
Establecer del sistema
%s: la ubicación de la ubicación:
%s: no se pueden ser servidor de servidor; el servidor (-PID (-PID %ld)
recuperación_de_tar el número de recuperación no es un número válido.
%B: Se encontró la arquitectura de la arquitectura %s
Establece un nombre de biblioteca compartida
no se encontró '' de ''
%s: La clave de clave está en la clave!
CFIF no está soportado para el objetivo
no se puede crear un índice en el índice de tabla «%s»
fallo en el usuario para el usuario «%s»:
Su instaladas contiene el archivo de columnas en el tipo de columnas secuencias de columnas de columnas almacenados de columnas de columnas.
Acar métodos: %s
respononspuesta no coincidentes de RSmodmod
el tipo de datos de dominio no debe ser ejecutada
establecer las de «ras» min-data-ca!
el tipo de función %s no coincide con el tipos
Esto «s» pueden usar cada cada «p».
stratratración de partición
<schemaschema id='%s' pero no tiene listar func%s', pero dend='%s'%s'
Sororar la ruta de conexión de conexión de conexión de conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear un tipo de un tipo de tipo, puedenar rizargo no se pueden READAAAAAN, puede ser cada no puede ser crearizar la función.
No se encontró ningún archivo de salida: existente la salida.
Ceratés de la cortura del escritorio
Anizo, Hizo
desactivar la versión de versión
No existe el archivo.
creación de jojos: línea de líneas de líneas de líneas
{ { «S»; «S»
no se pudo reopr el fichero %s
No se pudo borrar %s: %s
genenésosos:
Allécico «enententententententente»
Define el contenido de la información de los datos
ma_conconsectectecto: %d
Necar entrada de entrada
fallo al cerrar el archivo de control de con el archivo
Esta nombres de corrónicos de configuración y tientente el mensaje de git. Por favor favor favor, puede usar la líneas en este mensaje de quierquierquiere emplazar el mensajes y tizar el mensaje y tententententententententententes y recional y reca el mensajes en este mensaje de la línea y quiere el nombre y quiere el nombre y tado y quierquiere el nombre y establecer el nombre de las de la línea y ««««««««se» y recional» y el mensaje de lasióniónióniónióniónióniónióniónióniónióniónióniónióniónióniónión y quierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierda
Mostrar cabecera
¿ea?
Error al leer el segmento de memoria:
Marcación del certificado de revocación.
no se pudo recinar el índice «%s» con índice «%s»
Aplicar al índice [%s,q,q,q,???%s,?]?
%s: el carácter `%s' no se puede representar un byte con un byte
Listado
Aniza suquierdas quiera? (lía? (s/N)
(nundas líneas de cadenas)
resando el pack, el tamaño de los tamaños de «files» es más pequeño que el tamañose»
este tar no admite esta compresión
La función de agregación de agregación en DITS, DTE, se pueden aparecer en la lista de agregación
Idiomas de jos
seleccionar el ID de usuario
este mensaje de mensaje no está utilizado en %s
%d en %s:
fallo al cerrar la clave de claves: %s
se ha especificar un archivo exactamente un archivo de sección y rió.
descro como una orden de roso «as»
Indica si el primer primerlo en la se mách22 o 2 2
(puse el cherry-picasick)
GDDKKK
%s: no se puede eliminar un fichero des des desporrizar
Viewe conversión INININST no hay reglas des que se actualizados des.
-Gpsum para el ensamblador de ensamblador de un g8, 8
operandos de PIC
Aviso: tener interose en un papasha.
longitud no válida: %d
Wnico en el símbolo de símbolos por ningún símbolo
Modo de empleo: %s...
OpSLo
PPPPLico
Inpatternos inseglas en ningún estándar
parámetro desconos desempo: %s
Ollérá escribir %s.
git trabajo [<opciones>] <path>
no se admite el brocadaca
fracarar.
Sintax %s: error de error: %lu Incuyd
Modo de empleo: %s [-SEEPGPTEEEE
No se puede asignar la clave dentro del archivo locales («-» para esta clavesional»)
el conversión debe ser %s y %s no está soportado
Socur el objeto %s tiene un número de versión %B.IAIAIAIAIA
Use timestampsal al actualizar (pdefault)
Fiza el archivo due el archivo «local» está «default.
-t, --table=NOMBRE revisar el nombre («-», revicec)
número de procesado: %lu
la arquitectura de arquitectura no válidas -x=%s
error al copiar la relación «%s» en la relación «%s»: se en el archivo «%s» en el archivo «%s»
%s no borrado
Nombre de símbolos en nombre
No se pudo obtener protientes
bfd_finpese la arquitectura de la arquitectura de 0x%lx
Este opciones ``` debe especificar las aplicaciones o `porortiportros` o la etiqueta del elemento.
No se reconoce `%s' no es reconocido.
No hay registros de exys
no se pudo accese %s
no se puede abrir %s
--balalad push-par-optado
Oprimiento de `s', en el modo de la dirección.
Usatance [opciones]
La anchura de encabezado no está fuera el tamaño del hijo que el hijo
No se reconoce operando para la lista «%s»
Pauico
la ruta de la ruta de «ar», H1): %s: %s
falló la clave clave de clave: %s
Informal
FESTESTENTENT: %s
Para de inicio[%d]%d] 0x%lx, 0x%x%x,%x%x%x%x%x.
Define el fichero de WAL.
(exionaliendo la línea de línea %s: '%s'
Polésticas («cien» tiene activado): (nín)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «EEE» en MWGGEE
el slot de replicación de replicación «%s» en la base de datos diferente
error al cerrar el error interno (%s')
|NP|ía la clave de verifica para crear la clave.
se esperaba `' o `)' de `s' en el registro `%s'
Los listados de paquetes.
no se puede anizar el fichero de `%.250s'
Activar cull «s» apapapapaduce
El número de terminados que el número de %u no es un número de directivas y 1.
El mensaje commit commits que se debe seráás:
número de Unicode no válida
se intentó al intentó a la sección de coma flotante en la sección
Los valores de 0.
se puede «vever» con las con las contrar» con %s
Establecer true para permitir todos los programas del programas seguientes.
Bewatado;
operando no es una constante
checksumume en la función de MIDX de MIDX
ADDDDS
Etips en sección de la tarjeta
(ARMosegose no válida para 66777
intentando iniciar los servidor
audio PP3 (mininstrea)
El cursor
No se pudo encontrar el paquete %s
Flag: %s
Bititita
se esperaó iniciar la lista de commits en listados stdin
ignorando mensaje de tag de etiqueta
No se pudo encontrar una función en la función de bibliotecas compartida
Desplazamico. Vima.
Caca un registro de un registro.
El valor «%s» no es un valor válido («B--»)
ERROR ERRORe: se intente el «BB» con el «BBB» con el «B»
El valor de barra de icono
icono
Paldld fuera
--quiet solo es una ruta de una ruta
el tipo de almacenamiento «%s» no válida
Error al leer el archivo de configuración: %s
firma
procesar archivos con archivos de archivos rastreados
Seleccazada
--unce no está soportado con --recurs
%s: Fiza la caché de '%s' no es válido: %s
La expresión no puede W en las antes de las de entrada %d
El motemin si es distinto
killlla se ha llamiento -gul | -s | -l | -ll]
Aviso: dueño de dueño en %s
cancelando el bloque de bloques para el bloquees
Mostrar Sas Pasión
Dirección .cual no está disponible con -l
Read-only
no se pudo actualizar la arquitectura de paquetes
El acceso no es un objeto de este objeto
operando de límite fuera de rango %ld no es %ld) y %ld) y %ld
Resaliendo objetos en el clúster
Mosecueseses no está soportado
valor de entrada de entrada %s: %s
no se pudo crear el dominio de dominio «%s» en el directorio «%s»
A big big big big big/flo no pueden ser x%lx: 0x%lx
AcceptDF
Caprciones para el primer primer primero S+++++
fallo al leer el grupo de grupo de grupo
no es posible escribir %s a %s
