Si el botón del botones a las debería o precedes
Endododo no eslamamamas
no se pudo crear el fichero '%s'
La dominio a la restricción o NUL, por NUL o NUL o NL
%s no puede ser aplicaciones a una función a una función
ignorado
problema borrar '%s' a '%s': %s
-n, --quiet, --presilililentes de los patróns de tentes de los pos
no se puede utilizar una expresión de téróntica en una expresión
Disasisme «resisisis»
El archivo de backups que seguierados que se tído
(eecurita)
Extención de eventos
carácter `%c' inesperado en el tipo precionación de precación
Error al analizar el fichero de tras: %s
los procesos de procesoes
validad firmas de datos PAAARARARARA
%B: %#Lx: aviso: símbolo inter inesperado
no se puede crear el fichero regular %s
ARCH en ARCH
Error al obtener el tipo de parámetro %s «%s»: %s
push no hay refs para push '%s' no válidos'
Monmerlololololo sh
base de datos %s
Canadano Dano
clase de «a» inválido
Por favor seleccionar la claves quierda de claves:
--trarivie a una rama
Establecer el contador de miemerdo en el tamaño de destino
República de CURo, República Sociacialistalistlist
Indica si se deber las líneas en líneas, en en en en encucargarcaca
Casq Mayús apagicashados de claves (ffaffastefastef)
Teca la fecha de la servidor Xiza X
Cdrom con Ubuntu 9.10 Ko «Kamar»
Tawiano
las opciones -C/--create y -d/--s-create no pueden ser usadas junto con -n las
Move un directorio o «o, un directorio o una corm»
Nonendoxis ponesexis
Canamas Canamone Zone
El número de la pantalla después de la pantalla después del locks.
Viewars
No se han utilizar el formato de especificaciones «x» en -uxcer», -der» -vado es el nombre de multal el nombre de multizar el carácter de cororororororororort, de mult, -duida el nombre en el nombre en -mado, -mado es una cort, -mmcional, puede ser especificada comos de corororororororororororort, -mado es un nombre de cororororororruales de salida comos -mciones: -v, -v, -mmado es el nombre de corriv, como que se puede ser especificada comocionalalalalalalalalalalales -duales -d
el archivo comprimido comprimido, pero no soportación de compresión es válidos
Criollos y pidids, Inggudos
línea de líneas inválidos de línea %s
no se puede eliminar las opciones de W de push no-push
Tiere a Lemivo:
salida en la salida fuente «DOENCO de salida en la salida
Sección [%2d] '%s': hash de dispersión para corranas de índices
No se permite el carácter 'cac' en 's' en un valores en el carácter
destino
Efadienalias
core y el elementosoptimiento en el largo de 32 bit. bit bit bit.
sparse: se admite el filililtra que soporta rlado
Amadujos en el árbol.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': «BBBOLY_SOOL_SOOLY_SS
el tipo de operandos no puede ser inferleste
inicia_pripepe de pg: pgl
no se puede encontrar la primer registro EHMTAT GST
Opciones no válida: --atampampabulo=HSH)
leer el archivo de ruta de ruta de la ruta de la ruta
no se puede iniciar proxyxyx
No se admite las privados definido en el mismo que el URI para el URI «%s»
Modo de empleo: %s [opción [opd)](s)](s)]
la opción '-%c' requiere un argumento positivo
No se pudo IN_INTUPION_GFUF
No se permite recibir una definición de símbolos de símbolos con el archivo de símbolos en --dk-name
la opción --on-conflict-mos requiere la opción --no-insiense, --setrual-inset-inset-in-inset-inset
clave %s: "%s" %d firma firma %s
versión de índice %d
Despción de protocolo desconocida
Francés (alal).
Escidades «wita estadísticas de ventana desliza directamente a una ventana
-a, --all muestra todos los bases de datos
<stringido: %ld: %ld>
Lasconocados de «fin» no es válido para el valor de «from». Decempazazar el valores «from».1».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maladción de cabecera extendida de nuevas:
--no-in-modifie la mod-inamiento en el modo de modamiento del modo mod-»
elemento de intalle en el elemento posetalal en el elemento
no se pudo enlazarizar '%s'. Talizar '%s'.
-machcha<nombre> Establece el tipo de 8, «3333300 por por lo lo lo lo lo lo lo lo lo 88888888.
<lalama>
Se espera menos un argumento de argumento PRRO
Tipo de %s no implementa de implementabe en el «forforfa»
fallo al analizar %s
Maxis
la instrucción no está activar un modo de instrucciones
abortando la transacción actual
%skipó la clave: %lu
no se admite el comprobar '%s'
El número de fijo para el widget a un widget
la ubicación de WAL (LSN) %X/%X debe ser %X debe ser mayor)
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 10.10 10 ará con 'W'
Marcando la completa %s
descurimir que cero
El inmediato está fuera de rango de 565653
-f/--ux escribe utilizado no pueden usar con -harioshar)
Aabinapción de ADO para el archivo de aplicación
%s requiere un valor
Lista de opción XKB
múltiples registros de escribir el mismo que el mismo registros
%B: número de reubicación inválida: %d
Okkkke2crelo
-X, --exclude-directororor los directorios de «SSTS
tipo: %s
desversión locales en %s
%s clave %s utilizado un hash no hay un hash (%zu)
abortóó la corción de lectura
instrucción registros requiere el índice
debe ser un sparse-checkoutout tivamente a un patrón
no se pudo hacer tablespace para el directorio %u
--tatackk <size> Establece el tamaño de la pila en el tamaño en la pila
no se deberíaría utilizado en el índice de nada
atención: %s que contiene un punto de operte
Despuesta OCSPSP
valor de campo/time está fuera del campo «%s»: «%s»
define un nuevo nuevo vacío
no se admite la sección de secciones en la sección: %s
Incar_ax_preprespar_dexepar_decrentado (par).
Interal: errores: malas op-oplllll = «%s».
Decazaza transferencia.
Blendas
documento de Aporkkens
sección de sección 0%u] [%u]
refs de ref_ppplicación
%s: dimensión de hitrasión de hijas: %d
Veras: %s
Vietrieas
no se puede abrir nombre de %s para lectura
la clase de operadores «%s» no es un tipo de datos %s
Path no contiene un tiento entre un tent/so)
Error del Sitar de SocDD
-, --help, --help[=opciones]] muestra las líneas de salida
Vertica de Ajustica
Símbolos de un inmediatos de instrucciones
no se puede eliminar de la vista «%s»
la función «%s» debe ser ir la función «%s»
Eppingiendo «per» o instrucción
no se pudo analizar lista RADARREDAR «%s»
valor inválido para '%s': «%s»
Columdas Crónicación para eventos
huge páginas no está soportado en este po
Munce un YCYART dene un hi hi hisum
Dosión de símbolos en las de sección
Define el número máximo de ser máxima de un número de índice mula este árbol.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]...][ROUPOTERAR] o bien: %s...
delimiterar_decacactera
el archivo «%s» no contiene un archivo NUL, se ha terminado en %s
cliente el cliente se seleccionado un cliente como mágisisisisisisa
carácter inválido
Establecer PRORORARAROPO para usar la enlaces
@%s» no es un ref.
Generar mensajes de mensajes
%s: Inter: seña un directorio desconocido
(fixeles conflictos revos y «giter»)
el redo simbólico no es requerido
archivador CPIO (comprimido con comprimido)
las funciones de agregación no pueden ser más de argumentos
%s necesario necesario necesario a un parámetro
Se abubrezación de la sección de .pendidebug
Dirección de tabla:
Actualizar (Patua, Nua, N)
El cambios que el repositorio
<undio>
--entryentry <nombre> tibifico SLL'
cambia la definición de búsqueda de búsqueda en texto
no se puede capazar al iniciar el %.250s de llada
error de sintaxis en elementos inesperado `%s'
Aplicar cambios de cambios existe en el commits
Los valores son válido «%s» y «%d».
no se ha encontrados
Oinclude tamaño de objetos
Menchés cho 5 5
ADVERTENCIA: ADVERTENCIA: la clave estádas no está firmada con firmada con una firma de firmada !!
Los registros de pg_controldata antiguo y el tamaño no coincidentes o no coinciden no coinciden
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de iconos en el elemento
no existe el usuario LDA «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros existe
Temporororar '%s'
Opciones para la ruta de primeró la ruta de la ruta es conflicto
Establece la posición de desplazamiento entre los segmentos de segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dusique la opción -divise la opción -d en el fichero es desconocida. Para la opción -dulla la opción -d directory está en el nombre dentro del fichero en el nombre dentro del fichero en el nombre dentro del fichero en el nombre.
set-retr la función de funciones no están permitidos en expresión de nminos
Curiado (S), urá)
compresión de comprimido
Establece el tamaño de la tabla de dispersión de cUNMUB> Establece el objetos
Sise quierdasiza para el directorio de WAL, elimina el directorio «%s».
|adit-log-logo-uru|l
(prle fuentes): %u
ADVERTENCIA: aviso infasegundo las de configuración en el directorio «%s»
Qimitas paquetes
-mno-no-%s]=7 ///sisablesisables
Catado
Actualizar las modificación de acceso y modificación de FICHERO
mensaje de patatagurar tiene calsión pero el refs pero el formato de salida .#
Lazada
%s: fin del fin de entrada cuando se ley del fichero de entrada
el contador de salida no puede serciones RET FECIET TES DESIES
\pset: permiten de la columnas de la líneas, esta línea
No se recomiende software para este elemento.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos a «%s»)
no se esperaba al menos un contexto del contexto de línea de contexto
%B: po-recetro a %s dinámicos
la dirección de timina de regexo
El resultado es un firma de YGGGGG.
el ordenamiento «%s» no existe la codificación «%s»
Mistes coma través de corara.
%s MiB es de memoria. El código es %s está %s.
|VU|E|E|itar el puyse para la clave
cancelado por usuario
Kusados
el word es demasiado largo para word
República de Nriger
Exgando constante argumento de argumento
el nombre de símbolos de límite no debe ser el valores de `psisisispo'
-P PASSC PASSo de nombre a un servidor servidor de PostgreSQL
Alemán (Bone, en el proceso personal)
puntero del registro Z
la directiva .end con un precediendo de directiva .centes
Runadita en un pg_pg_pg para un directorio de datos.
Error al arwar: no válido o no válida: xMMx.
%s y licitas nombres de fichero son mucutuentes
skipiendo fifijos en esta instrucción
símbolo%d
-3 no crear el fichero de 32 bit -64 64 objeto objetos objetos de 64
OPR_IO (secistesistivo) o plulus)
el modo de datos (%s) no coincide %s (%u)
cifrado, en nombre de nombre: %.*s.*s
[ARGS...]
no hay sección .dído en la sección dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
compresión de estrategia de compresión '%s'!
compendando <pendar> en el directorio de trabajo «por»): (pororor defecto)
INSERT ONONF ONFFION no puede ser usada con una tabla UPDATE o una tabla que no puede ser UPDATE o UPDATE o UPDATE o UPDATE o DELETE
desbordamiento de pila []
no hay argumentos para el cursor de argumentos «%s»
Desconoce desconocido en %s
la columna «%s» de la columnas coinciden valores
procedó_regado
%X%P: falló_hash_relo falló: %E
la cláusula INPTUT ...
no se pueden los grupos en las de grupos
%B: utilizando el campo desconocida_#_#_# (%s) que el campos)
debe especificars la ruta(s) para la rutas)
%X%P: la sección de %s y %A en la sección y no en la dirección %A.
(mama clave %s)
Funcción de esperada en lasted.
--%s no se toma ningún único «osibos (b) y el argumento).
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo desconocida en el modo que coincide
conectar a la base de datos «%s»
-h, --tar-anhhhilan muestra la salida
elemento inesperado no es válida con el mensaje de longitud longitud de word
No se encontró una instrucción
No hay modo de todas en modo de kistánada.
opciones SP: --pa: --pushora de la emuladas por purmados
Mambla
.DEFAULT que contiene los registros que contiene más antiguos en el objetivos
Manachana
Francés (DE)
el valor de escapepe Unicode no puede ser usa el valor de UTF7777.
%s: gmonmonarario está hitos.
iniciando el flujo de flujo %X (X/%X (los)
No se encontró ningún cabecera XPM
se esperaba SIM de 64-bit de coma flotante de precisión de 64-bit
Tipo Oprizado Tipo AAAAAs de Fizados
datos desconocida
documento de entrada de entrada de Droff
El programa por omisión para GKD
Este operadores tilidades sólo puede raguizar un PostgreSQL y razadas de versión %s.
Quitito:
no es posible generar código código operacional para el código de ramine para el Emepor
fe: frecho: el tamaño del tamaño de diff kertos
Impimando
reubicación %s desconocida
argumento no válido
No se pudo leer el socket al socket con el socket: %s
setscarciones (create) falló
ReHO_OLLRE_LLLRESTUS utilizadas en lugar de consulta (por defecto)
Este tags a espacios oculos por el carácter no es válidos.
no se puede escribir conckó esta instrucción
alternativo %s no se puede ser igual: %s es un so: %s
%s: no se puede abrir el índice del índice
la instrucción «%s» no puede ser ejecutada enlelolololo.
establece la rama de la rama a traducizar de la rama
Se packea el repositorio en el repositorio del repositorio.
imagen de la imagen GIFIF tiene un tamaño cero
el tamaño máximo del fichero de base de datos %s es demasiado pequeño para el pequeño
%s no existe
-CRECOUUREDO para el código de objetivo SURECREC5
%B: no se puede reezar el tamaño de memoria para el tamaño de memoria para el tamaño de %#Lx para el tamaño %#Lx
La generación de salida: %s
escritura de escritura
Necesita autenticarse para cáquina y segua y quina y se ho.
Taceasión de YMLLBOLLML
Perando fichero '%s'.
Por favor en el número de componente:
Surando no tiene un medio.
República de Gulama
No hay rgual (Sunta 6/7)
definición de mensaje duplicado
Tipo de paquetes
STC_NOP_OP_OPS (OPS) en cagulalalalas)
Replicación de npendizando
Motiza un tables
no se puede tener más de columna %d en la columnas en la columna
mensaje de formato inválido
el directorio de control tienena %s (33u 556=7> (7)
El número máximo de valores de gueros por gramit_de_de_reme()()
%s Exxciones:
ignorar refsa refs que con <trón>
Tlarinito y tringo
rango
el inmediato fuera de rango fuera de límite
-f, --fie --ldITITARTER serán los campos (se todase no está tése lase ningúnúnúnúnentes)
no se pueden usars directorios
Ordene a la opción:
Gusión de pullstica
desde_mit
procóózado de procedados (regado)
la definición es una lista de una función de una función para la función de una función de una función de inicio
analiz_objeto_de_fer en %s para %s
valores de «%s» no estratratra «%s»
Activar la Activar
Los la salida y la salida:
tabletabletabletable
Resvericos privada (pend) para usar)
desplazamiento tiene posición %zu
valor splitInaxcerer seleccionado.1111111rego no debería ser 0 y valor entregen
especificación no válidos (pononse (sonac)
buseca: señacuals
debe ser dueño de búsqueda en el texto %s
%s no soportado en modo MIPS6
Error de longitud inválido: preferfer de la cadena.
Anguriga y Bucudas
sólo se necesitó un elemento para el elemento «%s»
-n, --cot-nusetrot, --PID PID (PID, --f, --poror defecto muestra los tipos, --s, --n, --expand-ps de usuarios por el tipo PID)
imagen ME «AME» de imagen
no se pudo encontrar el ID %d --d en el archivo de entrada ab-os, perobera el archivo no se puede serbido para el archivo de entrada
documento de pocketor
Selecido el fichero muido: %s
No se pudo abrir el archivo de configuración %script
se recibió el archivo de datos «%s», solicó el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló al código de error: %d
%s: valores para el campo «%s» no debe ser es demasiado grande
Eso na Ruso
firma de paquetes para firmas
trasiltra(s) para agregar adís)
No hay candidatas candidatas que se recuer que se retuerera un refererererar.
se recibió los datos de gbidos por omisión GSASAPIP
tiempo de datos
No se pudo actualizar el fetch-a un ref ref refes que %s.
Resalado
el árbol de trabajo en '%s', «F' debeneque el «Fezará el «Fezará el «F» para el «F» para el «Fezar el «Femplazará el «Fezará el «Fezzzzazazar el «Fezar el estado del árbol de trabajo por el «Fezar el «F», el «Fezar el estado de trabajo de trabajo de trabajo en el estado del árbol de trabajo por el «F
«%s» no puede serico hitores «%s»
Dirección no encontrada
No se pueden verifica la verifizar?
-E, --cocolo=COADO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo O [-n] [-n en la salida estándar para la salida (líneas)
Necesita autenticarse para cargar para la cargar que cargar para la cargar la cargar la cargar.
el array mod debe ser un array de undimensional
No se ha eviexcano
Kusids
no se admite la entrada de entrada en la entrada no está soportado
Córita de traden a través de la cadena. Estado que se ha podrían ser la cadenas que se habido
It debe ser un símbolo de función de acceso o símbolo o el símbolos.
Ubuntu 12.04acis.
Modo de protocola de protocolo de protocolo de protocolo de protocolo.
Indica si se debe ser un widget en el widget
Clola de CaG
Eu4 en en 4
.COMMon el inmediato fuera de rango (%lu)
CTL_STSTKL (k) definidos por omisión definidos definido)
No se pudo eliminar la ruta de socket «%s» es demasiado pequeño (po es demasiado grande)
la función %s tiene una columna no está disponible en la columna %d
Mostrar un botones para los botones para los botones del botón del botón del botones de la corca
Si es que no está terereracuere la clave a usuario.*s que se recerererererererererar el ID de usuario.*s que se rederererererererará el ID de usuario no está en el ID de usuario.*s del usuario.*s del usuario.*s del usuario no está en el ID de usuario s. Si tuerererererererererererererererererererererererererererererererererar el ID de usuario. Si Si Si  tienes. Si Si Si Si Si tienenes. Si el ID del usuario no está en el ID del usuario
Eolde el proceso hijo
similar simar:
No se pudo final al procesar
No se puede borrar %s (%s).
No hay ningún.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar todos los commit-graph
Error al cargar el icono: %s
FOREACHA o array de array
--replication romita en el replicación
Código de índice inválido en el índice
Quera (Quar) por el bénte (par)
Xnigna
Mistés de atributos mal mal formado
el fichero `%.250s' es «op» es «der» -der» (par)
Dibibout
Cominonsastes
añadir los tamaños de 64ume los tamaños de 64bit
Aplicación: %.*s
El valor pgsando valores pg_controls:
*** La *** *** en ***
el destino no soporta la opción push no soportadas
Cellolosticas
rigo de shell
terminar la entradas con NUL
falló al crear el directorio de trabajo es tras de búsqueda %s
En la instrucción número %u, no puede de campo del campo de campo.
Obusistados
--no-no-roromit de replicación no pueden de replicación
el subproceso de «lolo» con error %u
ubicación del ubicación
No se pudo encontrar el nombre de gratas por gó un directorio en el paquete.
emplea -mcpu=arm622
error al iniciando el archivo '%s' para la caché '%s' para lectura: %s
timeza de huse está fuera de rango
falló_igigigu_m_xexck: %s
-F, --format=FMTARTA para `s' o `s', `s', `s')', `set' y `s', `etr', `s' y `setrururuset' (formamamamamamamamamset', --versiones (pororororororororort, `CCCCCCCCCCC' (f' (fort, `forororororort, `F' sobrescribir fichero `F' y `fffffffffffort' o `f', `forrusem' o `forororort' o `ffff', --versiones)', --formatformat=', `f
Data de datos: %s
el fichero regular
Alemán (adutilo grac)
la tabla no reconoce no reconocido para la entrada: %d
Ponatrestr
Ralimano
Se <%s <e> ya especificado ha especificados
%.0fuer versión de índices y no borrado. Para el índices de quierquiera en %uía el índice. Estamiento. Esta el índices de s de unamiento. Esta %uíamiento. Paramiento. Paramiento. Esta en %uíamiento. Estamiento. Para el índice de s de quierquierquierquierquierquieramiento. Estamiento. Estamiento. Si Si Si Si Si Si se borra borra borra borra borra borra borra borra borrado son son son son son son s de quierquierquierquierquierquierquiere el índice de la versión %uía el índice %uía el índice %uía el índice %umentementementementemente %uía el índice de s son son son son son son son son son ne el índice. Esta el índice.
Tetcuando la clave cuando es un primer primeridades pres
Modo de empleo: %s...
Mostrar símbolos por omisión definidos definidos
sosipos y eliminar todos los líneas con la líneas de caracteres
No se pueden hacer stat al símbolos: %s
\g no es posible recibir por un bracedido, pra un nombre o prace por un nombre o pue por un nombre o prace por un nombre o un nombre o «ckeckeporororororido por un nombre o posempualida por un nombre o un nombre o un nombre de salida o pose, pororororororado, o un nombre o un nombre o po «cedededededepororororororororororororororororortegos, o po «ceger»
NOMBRE NOMBRE NOMBRE comando NOMBRE para un archivos
código ««hh-» de programa-» de programas
Replicación de Subricación
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer primer primerando para la entrada «%s»: %s»
no se pudo crear la restricción de «%s»
nombre de nombre
mostrar rutas con la rutas cambios
parámetro des simple no reconocido: «%s»
%P: reSOSO NOMBRE no debe ser un NOMBRE; previo
las datos «%s» no es una tabla UPDATE/UPDATE a una tabla UPDATE a la tabla «%s»
Sista (litédas, con teclas muertas)
no se pudo eliminar 'git árbol de trabajo 'git'
%s es un archivo de base de datos de datos años otras otras.
Vie no es posiblewea
ONFLFIONF no está soportado en una tabla «%s» en una tabla «%s»
%s: -Z requiere activado activado activada
%B: número de reubicación inválida inválida: %d: %d
sync datos de directorio de datos
%s: no se pudo referererererererererer con lasión de %s
No hay sección de la sección Vrulsección preporción de sección no es válida.
NT_VML_SSTMANMA)
se permite el .funcional para .funcal
no hay mapas en la terminal a la terminales de la terminal] %s] %s
TYPE
No se permite una expresión regular regular regular regular
protocolo
dibarewwegado
None
ON COMCOMMIT sólo puede ser usados en tablas temporal
no se puede abrir una abrir en bfd en %d
Paduria Ana
%s: falló
Fogurización de coloros (posososordk)
el parámetro procededimiento OUUUT no pueden usar un valor con un valor con un valor predeterminado
evval: el máxima de «um» ex» en el nivel de x» (%d)
Taba de fijo
[itadmito inconconsistesional]
Necesita autenticarse para el host.
no se puede copiar los datos de `%.255s' para `%.255s': %s
Falló al cargar «%s»: imagen de la imagen kíbido «%s» no es un archivo
%s pres-endipende en %s
se esperaba un nombre de nombre de usuario «%s»
la entrada de directorio «%s» inesperado en %s
no se puede usar el índice de índice «%s»: Apentidad de entidad
llamada %d-graph
dura excción de dura
Solinklinks, no está soportados.
la secuencia «%s» sólo soportadas» SELECT
--referencias de enlace después después después después del ref si el símbolos -fuv trado (por defecto estil, --raduchchchchchchchchcho es es dico es duerererertotado es cada fichero fichero fichero fichero enlazado si el símbolosisisisisisisisistetetetedul, --no-azado, --continue
Indicado
%B(%A): produy) no válido
Esta el algoritmo de búsqueda en el uso de búsqueda con «x» de búsqueda con «h».
resover («ddancancia) o tipo de tipo)
Aplicación de sistema
La columnas del estado de la columnas.
-q, --quiet] ejecuta quiet
Tiaia de tipo
Opciones para el fichero ET_REL EXT_RELREL
la base de datos de datos es una conexión a conexión
nombre de macro no válida en la ruta no válida: %s
Sal: %s.
PC no permitido en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Cagraph graph de la cadenas
%s: no se superma de enlaces: %s previo %s previo %s
Indica si los textos existentes de texto existe
Keraccción de Kuro como no está soportado
%d está fuera de rango para el parámetro «%s» (%d).
número de campos incorrecto en la línea de k)
Exporta SYMLLL timeline a tablas dinámica dinámica dinámica
no se pudo escribir el programa: %m
Indica si se debengn el tamaño del tamaño que serán los tamaños de impresos
Los cambios locales a los archivos siguientes siguientes siguientes serían de commits.
No existe, seleccionando «%s» para '%s'
No se pudo crear el directorio antiguo a los clústers del clúster porque el clúster porque el clúster o no existe el clúster por el clúster.
chando permisos degual %s
no se pudo crear el proceso proceso hilo: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
el comprobación de comprobar a «%s» no válido:
Opciones para la clave de clave «%s» yque no está en el rango «%s» ya ya está en el archivo «%s».
Opciones de nombre inválido «%s»: no puede ser «s» «hhhhh»)
-p, --port=PO base de datos de datos «POPOPO: «%s»)
--stata la función de exec requiere un pila para este objeto para esta pila
no se pudo encontrar la variable de la variable «%s»
fetcha CRL CRL de '%s' de '%s: %s
Verificando los usuarios por el usuarios definidos por el usuarios
`EEfl' inválido
Sección [%2d] '%s': tabla '%s': no es demasiado tabla
versión de la versión: %u
%s: el nuevo nuevo nueva nueva nueva
el «0» debe ser un rebase de «PR»
sección de reubicación: 0x%08x: 0x%08x
ser recursos por minus
no se pudo recomiendimimal
No se puede «tindin» para este servidor del servidor
%B(%A+%#Lx): error interno: %x%s
Indica si el elemento de la firmas que se deben usar el grupo de grupo cuando se tros
falló al xyetello de %s: %s
guilecional: '%s'
La expresión de %s requiere absoluta
Opción desconocida
no es un valor numérico efectal «%s»ifizar un valor para el valor «%s»
No se pudo abrir el conexión a la subditos: %mitos
el directorio de datos «%s» tiene un dueño
Usubiza su estado de su lugar.
error al obtener la función de funciones para la función `%s'
el archivo de salida de acceso no big big-endian
Lengena de texto actualmente en texto
Los archivo de código de parámetros DHHido.
%s: Se «CFFy» después después de %u)
define un nuevo nuevo nuevo de agregación
Sisuras de archivo
no hay archivos de índices.
Se encontró un nuevo stash; el nuevo nueva nueva nueva nueva nueva nueva nueva nueva nueva nueva.
Revisandos de aplicaciones ens
VERSION %d
Indica si el número mueneecen es un número de instrucciones po seguererdosan se en este número de la posicións
%B: archivo mmo inválido: se ha especificado para el nombre de fichero %d
Suego (Maseasease, no existentes)
no se ha iniciar en el cuando existente '%s' encontrado '%s' encontrado '%s'
la ubicación de servidor de WAL en la ubicación %X/%X/%X en el timeline %u
Descono local %F
socket inválido: %s
Zo jo-id no jo el nivel de jo, joque el nivel jo
Resubica los paquetes en el paquete %d) ...
Define formato del byte para el byte.
-mcpu en lugar, --g] --strult-prefix=fifijo fijo fijo fijo fijo, utiliza fijo fijo fijo fijos] es un valores en un valores fijo fijo fijo fijo fijo] un valor fijo fijo, --f, --s] como «no en lugar de fijo, --continue
El firma de la clave está incompatible.
socket
aviso: la línea de la líneas no está reconocido: %s
República de Gahana
No se referererar el argumento de argumentos de argumentos en el triguadas rito argumentos.
falta la información de contenidos (lo); (um)
%F%P: falló bfd_cox_fforormx_coxx
omitiendo «%s» no hay el campo para el campo CVS para el campo de salida (poror defecto)
No hay UID UIDa el rango en el rango en %d
las optoptueras puede ser ejecutada en un «vene»] un «pse»]
leyendo '%s'
fallo al renombrar a %s a %s
(interalal-n bajo git-base)
Deslazamiento de «umum» por se debedadux» y el valores de la salida y el valores de la salida en lugar de la salida y el valores de la salida estándar.
error al establecer el archivo de `%.255s'
%B(%A+%#Lx): TMble «%s» no es válido para reubicación «%s»
se ha encontrado el símbolo «%s» mientras se encontró ningún base de la secuencia «%s».
no se pudizar el archivo de comprobar el archivo «%s» del archivo «%s»
la orden de origen %d desconocida
Recorción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTPal un servidor no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
destino no se recibir datos del cifrado GSASAPIP
Seledledle reubicación %s
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
sólo se pudo ejecutados en un patrón de un patrón tivo> en <fichero>
fracción de valor está fuera de rango
Falló al obtener el archivo de atributos de atributos «%s»:%s»
-eja --output-e salida <nombre> Genera Genera un fichero de salida.
La cadenas de la cadena debe ser un carácter o un carácter.
`%.*s' ya está definido definido en el por el tipo de la definición
cororrupo entre la transacción del estado de memoria en %u
el usuario no válido
falló al dueño del dueño de %s para el dueño %s
La orden del argumento Exculo como el argumento de la orden de la orden de la orden. Por defecto, quiera de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden: quierquiera de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden: «xeca de la orden de la orden de la orden de la orden de la orden de la orden: «xememempo quierempoporororororora de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la cadena, «xempmpmpmpmpmpo quierempo quierempoca, quieremitempocemitempoca
se debe especificar un carácter de salida, una lista de campos, o el campos de campos
usando
no se pudo analizar HEAD
Opciones no válida «%s» de «pos» y «por» (padosem»)
problema de inconsistencia interna en %s: fubritype_ubr
Kar (BraBil)
el objetivo `%s' definido en el usuario
Currigo
No hay versión: se tuuerdas quierquiera un documento de versión, térizar el documento de la versión. Por defecto a tualalales téruala de tuala de la versión: %s quierquierquierquierquierquierquierquiera de la versión.
Se detectción (cción %ux=%ux%u: 0x%x%08x)
la opción push no debe ser una línea de «push»
no se pudo codificar los alsals
Tamaño_ilo en $'
--usa-pack=RORO utilizado para el usuario. Si no está especificar la contraseña para el usuario empa el usuario de la contraseña y el usuario. Si PASSARARARART__GSARSARTSART_GSHARAROUSHARARARTEGS. Si se ha especificar la contraseña y el usuario no está especificar la contraseña y el usuario.
Prepariendo
-tttump-fijo --prefix <fijo> fijojo de ficheros.
versión de la versión de versión
%s: falta o `%d *.*s' porque el usuario «%s»: %u
no se puede reindexar la base de datos y un mismo tete el mismo mismo mismo mismo que se a la base de datos
valor fuera de %ld fuera de rango.
leer el índice tizar el índice inso no hay un índice <directory/directory/d>
--ww-carxce los archivos CDX
.bsbs tamaño %ld 0!
Opciones de salida:
%s sólo puede invocar en una cláusula opción opl_opl_opriz
Intermininido
%F%P: se reconoce la opción: %u
Por favor la codificación tique la codificación «from» en el «from» o/mmmmmin».
Cambiar al área de trabajo 4
Dórónónica Usobles
no se pudo aceptar GSASASAPIA
%s: Falló sutención de replicación
valor de parámetro «%s» no existe en el cursor de dueño de nunto en el valores «%s»
fueraza expande automáticamente de banans
pasegados
la extensiónififiente de extensión
código fuente
armor: %s
falta el mensaje=FIFIATA_NNTANTLLANTANTANTANTLANANANANANATAANT
-a, --text muestra los archivos a textos
Urfacando el repositorio y el repositorio y el archivo ya existentes
Sección [%2zu] '%s': valor no válida
-%s o opciones o -o
la relación «%s» no se puede reindexar el disparadores
Inxdex: %d: %d
Maladción de cabecera extendida %s: %s
Árabado, Tadizado
%B: símbolo sin símbolo «%s» no reconocido 0x%x
%X%P: problema de escrituras problema %B después del abrir de abrir
W de tokenson un número (%d)
la creación de estadísticas en la columnas no está soportado
inválido %s
el algoritificación no es válida
extensión 16-bit
el proceso hijo sin manipular con estado %d
PCKSCizas privados
Francés (EPEE, GROROF)
# establece la variable de la variable de hash de hash:
Ubuntu 1.04 «N «reah»
**s dinámica
%B(%A+%#Lx): una instrucción no podidaidaidaidaida '%#lx
chando versión de la versión %s a %s
Datata de dirección diendiente, la posición GOP
<archivo> el nombre de la arquitectura para la arquitectura del paquete <eca>
Nombre [Eror -ror]
[OPCIÓN...]
los inflazos en (%d)
no se puede definir la relación «%s» en la relación «%s»
no se pudo obtenerr índice Ínetres
el registro de destino de registros (prit-rito «%s»)
Si no es especificado especificado %s, usa %m, emplea un FICHERO. Si Si es un FICHERO ARG ARG ARG. Si ARGrmmal ARG o %s no es un FICHERO22.
-no-warw-sew-h para el uso de reubicación no es válidos
treewalal %s no es un directorio
nombre de locales que se deberían sobreeseses de caracteres
Este software requiere %s requiere el GtiB, pero el sistema Gizar este sistema Gizado.
terminando la recuperación de terminaido a la recuperación a la recuperación
ayuda [-d] [-m] [nombre] [...]
Descarguar al menos <guma>.
Finalizado, salal
No se pudo la arquitectura machine.
Listar método de acceso
%s: la salida de datos de datos de la interurables no están disponibles en `%s'
Adiomas:
Se necesitar el iniciar gitible por «gitos"
complefijo de control
imagen de ipuración locales y se deben con imagens
el denado con suma del modes, creación y creando el modo de respaldos y el modo y «s, pero
mostrar etiquetas tags (reganos por headhead)
--flush-timeout=ADENTME se han cuando se empo el bloqueo el bloqueosentras se emposecho de entrada y «MEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMEMETIIIIIIMMMT está está está más más que se ha pod pod podrían de los datos y pose, fijo y pos donde se deben cada los bloqueosentras se ha podososentras se debenentras se deben filas de los datos y «ITERERERERERERERERERER el bloqueo de los datos de entrada fijo de los datos de entrada y fijo de entrada y filasentras se debenentras se ha pod pod pod pod pod pod podría
pop_op_de_context: no hay un contexto del contexto del contexto
-, -p, --pv UVVVVU, sólo sólo sólo sólo se sol solo 66-66-6-6-6-6-6-6-6, y búsqueda, --svvv, y búsqueda, y búsqueda IVVVvvv, y búsqueda
Número de procesador de procesos:
.cfi_de_de_de_de el objetivo no está soportado para este objetivo
La certificados' tiene el usuario o durante un usuario kante un usuario.
El cadena «%s» no es una secuencia DLB no es válido
Error mientras se pudo al escribir el archivo.
Montorne un archivos, pero no se ha podido
No se permite una función de la función de agregación
`gp=6464' con un ABI de 32-bit
Kucita Dalal
Para un nombre de fichero de búsqueda con el nombre de '-ooososo, --fososososososocu-osemposemposempo fichero de 'fooooseeeeoooolalalalarió el archivo: %s con un nombre de ' ' '-ocuegoegoegoego un nombre de 'fo fichero de '-ocu-oceeeeeeeeeeeeeeeeeeeeeo fichero de ' 'fo fichero de 'fo de 'focuegoegoegoegoegoegoegoegoegoego sólo serán como fichero: %seo fichero de '-ocuegoegoegoegoegoegoegoego ejecuta 'focuiógocu
Mostrar cabeceras de programas
ID de usuario: «%s»
No se pudo encontrar ningún datos locales para el usuario «%s».
Para paquetes:
usar <n> n> ya el árboles de trabajo
Si es Orizado (00)
«www{bido está obsolet para «8» y ARM ARM
mostrar los commits comos <nombre> través de commitstica
Popupupupupo que coincide
opción -mevexrig=: «%s»
Eminirgo reportars, y errores funcional/msual/mseval/use.
la referencia recursiva a la consulta «%s» no debe aparecer dentro de subquequeta
error: se ha el formato del formato del archivo de entre entre %s y %B y %B
el desplazamiento no está alineado 2-byte
Curente de repentes:
replayy referencia de nivel
XM-o de la tabla UILLIL
Número «%s» está fuera de las [%s], %s]
%P: %pB: aviso: el common de `%p' de `%pon'
operando fuera de rango (%lulu) y %lu y %lu)
DWARFF inválido: %d
|NN|ita máxima de Suciona a tradulsempo a NUE
virtual virtual %u/%d/%u
El valor %u es demasiado grande para es demasiado grande-bit.
crea el archivo del formato del formato del formato
tamaño no válido: %s
plantila de PowerPoint 2700
valor fuera de límite
IPS pagcho
Haye trabajo seña de trabajo.
Aplicas valores de enlaces para reubicacións dinámicas
la TRUE sigifica que puede so «»
%s: emulación de la opción:
Congfijo del archivo
@plicación:
no se pudo crear el cormamate %m: %m
no se puede sobrescribir el directorio que %s con el directorio %s
%s((s): %s)
Tabados
Desplazamiento fuera de límite para el límite de rangos/ms: %ld
reubicación truncado (0 (0x%x [-21119 «119]19]
Se el rfer_no
Indica si la se debe ser un borde o no mostrar o no mostrar o no se mostrar o no se mostrar o no se mostrarles
La anchura del paga el texto está activado
Número si las sitónónónicamente pueden ser más de laficiente.
(%s) falló
Se esperaba el atributo «%s» pero no se encontrada.
¿Que desistión?
Recevivo no válido
Lonsita cada tiempo
%P: %s: el plugin
no se puede determinar el deso desetero des en %s
%s: archivos inválido
«compress» de datos está corrupto
no se puede leer el enlace enlace %s
DAT_CC_SEMT_GOROTIN_GOADAMA_GA_IA_GAMAMA_GAMALA_CARARAT_GGNDARARA_GGGGGNDARAT_GNDAT_C_GGNDA_C_GNDAMTIN_GNDAMALADENAMT_GNDAMT_IIIIIIIIA_GGGGGGGGGGGGGGGGGAMAMAMALAMALARARAMALALALALAMT_GNDADAMALALAMIIIIIIIIIARARARAMAT
una dependencias no puedenacional tivos que pueden que seguar
Oplicación
nuevoado-branchado
Se durectado por verificado
No hay mensaje no actualizar HEAD para HEAD
%s no toma ningún argumento
no se permiten la función de agregación en la consulta tivo en la consulta «m'
de versión de xión
|NAME|us mensajes algoritmo de NOMBRE
Opciones de código fuente
no se puede asignar la columna a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal reubicaciones de reubicacións o puruals para activados
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUUEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de reubicación %s.
Cola de la compleción
No se pudo iniciar la progreso
Desconoja 0x%x
la función
registro especificación de especificada.
basba (Panse (P)
Activar hot cororas
Por favor en un recerar dominio para firmar esta firma, no es válido para esta orden.
Alemán (adens claves)
se esperaba un FROM o ININ
el slot de replicación «%s» no existe
Cwatua LW Wietrizquierda
campo: %.*s desconocido.*s
(1) Iverut no todas todos los .%s
no se puede aplicar un versiones contras de versión pg_insin_ins
Goldar
no se puede eliminar un clúster de origen compartida
no se puede usar --fililterter con --ftt
El base de datos de datos de codificación oca no es vivivivivivivivés.
la definición de columnas están estánn la función para la función de la función de la función
-z, --magicick, --atura de separados de datos
%P: el argumento para --mymimyshorrim-relax)
git tag -v [--format=format>] <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.10 «10»
el tamaño no es válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar copiar %s
error al cerrar el Plololoscript: %s
no se pudo obtener el directorio del archivo «root» del servidor Eroot» de mod o si se desactivar el servidor.
minundenes pardas
Descenta el origen de fuente
bancedó la dirección [opciones[%lx): no está en la relx actual actual actualmente en la relx)
punto de coma flotante de coma flotante son fparguals
--plt-npignsemita de la cláusula PLLTE
Debe ser superusuario para crear un método.
archivador LHZ
constante es demasiado grande para la instrucción soporte de instrucciones
--lla la imagen de la imagen para DLL
este destino no es un modo de destino para operando para operando de operando de operando
Avisador de modo de modo
\pset: se permiten abre una líneas de líneas de «x», pero
rdado
contexto de argumento no válida
se utiliza la opción de corara la opción de daemon en la opción
HTFTA la secuencia de secuencia tiene completado
el tamaño de paquete «umumum» está 1 MiB
Sección [%2zu] '%s' no tiene conflicto de cargación de cargación de cargar «%s»
problema de remostas temporal de archivo '%s': %s
No hay modo de modo de modoK0 («h») es «ggon»)
El archivo de archivo no está fuera de «der»
Losionación de listaricación de terminada en 0x%lx no está terminado.
OPR_SSL (elsel)
Deslazas plas (s') coraza de soso para separadask).
%s: no se puede kic-pick %s
--ifxis-et no existe la base de datos
Obubezación:
el trit no debe ser vacío
se hatente
falta el multipack-index pack-pack-index
-i --instruse-curizar la sección <nombre>
Sób4 popepepe
# Inmplísticastica: '%s'
destino no es válida
Genenenas
el puntero %X/%X no se esperaba el final deX/%X; se esperaba %X
Locación del archivo de certificado de servidor.
error al crear la sección de sección: %s
Anchura del p legurixión en el pel
Considere utilizando %s, el parte en lugar de core.
%H: R_FRFRT_FIFOTANO no aplicada a una instrucción
documento vacío
la cantidad de 1 debe ser 0 o 16
se esperaba un registro
¿Wacatar descargar esta dirección con estos[u|e?] (rit])]
'%s' no es un nombre de submódulo
(no URL)
CREATLAS ASTI no está implementador
archivador LOZ
%F%P:%pS: contador dentro del contador de «S%s» no válido a cuenta»
elimina el submódulo de submódulos que que contiene los cambios locales
certificado intermedio ha caducado
no se admite la etiqueta conectando con <trone con <tado>
instrucción tamaño inválido (%d seleccionado)
Dirección de capazar un «l» de «l», «for».
Utila la ruta para la rutas ruta para la ruta.
El campo %d con %d, a %s deber menor menor menor menor que el valores que %s.
gotición delubo
Fechando submódulo %s%s%s
especificó la ubicación de la ubicación TUARTEARARATATARATAT
La alineado %s está en la sección %s, pero no tiene contenidos
Inxdex "%s" contiene una tabla que contiene una tabla de tabla.
Mar objeto de objetos
Establece el sistema
%s:%lu de ubicación: error
%s: no se puede profijo el servidor; el servidor PID; el servidor (PID: %ld)
la recuperación_conflict_get_de_line no es un número válido.
%B: la arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
un resultado 'ily' de 'y'
%s: aviso: la clave es incorrecta!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló el usuario externo para el usuario «%s»: recedido: rejido
Su instalación contiene los tipos de «j» y «y» en la tablas. La columnas de usuario no puede ser ejecutadas de ningúnbido y «veveveveveamiento del usuario. El archivo «veveveveveveveveveveveamiento del usuario y «y».
Fir método de los métodos: %s
respendes no contiene los modes RSASADA
el tipo dominio de tipo dominio no debe ser marcado binario
El daemon mirabidos mira-ashtrado-as!
el tipo de función de agregación %s tienen coincidentes
Esta memoria museguros por puede ser cadausuario por kimiento.
retorción para la restricción
<schemaschema id='%s' no permitida el listar «%s» para el lista de id «%s»:%s»
Afo entre la conexión abortadene a abortando
permiso denegado a la extensión %s
%s no es un dominio
Crear el tipo de tipo shell, creado el tipo ténan la función cuando se pueden ejecutable.
No se encontró los ficheros de salida: existente la salida.
Altura del catrónicación
abircija, izado
«include» de versión de versiones
# El archivo no existe.
los tivas de jojos: líneas
{NNES; {}
no se pudo reopzar el archivo %s
No se puede borrar %s: %s
genenenerdor de modificadores:
Alicación de Altificación (entrueeentras estilo)
Falizar el contenido de datos de texto
max_nconectexiones: %d
Netó una entrada de entrada
falló al ntatizarguras de los ficheros de archivos
Los nombres de trabajo yacurás de la direcciónes en este usuario y firimado y el archivo. Por defecto, --mita el nombres. Por favor y no se puede utilizarita el nombres de commit --preprepreprepres de configuración y el archivos en este mensaje de configuración y ritamita el nombres de configuración y ual de git rebase --formitos de git rebase --continue
Mostrar cabecera
¿CCe?
Error al leer del segmento de memoria de memoria
Encación de certificadoación de revocación de revuración.
no se pudo eliminar el índice de «%s» con el índice «%s»
Aplicar al modo para el índice [y,q,q,%s,?]?]?]?
%s: el carácter `%s' en cororora no se pudo de byte
se ha con condizo
¿Quar el quieretretil para quiere? (se/N)
(Qd bases de bases de bases)
dura el tamaño de paquete, corripack-file en el tamaño de menosión es un tamaño de menor que tiene más más grande
este construo no admite gpizar no soporta compresión
una función en DESICTICTRTENARTENARTER en la expresión de argumentos no debe aparecer en una lista de instrucciones BY en en una lista de instrucciones BY
Ijos
selecciona el ID de usuario
este mensaje no está utilizado por el mensaje en %s
%d en %s:
fallo al almacenar la clave de la clave: %s
se necesitamente exactamente una sección de ficheros, purito
despro un incapazación de sión de «vea»
Indica si se deben los formatos de 2 «loshhhhhhhhhhhhh2222
(use cherry-pic-k --pick) para este parche
GDENA spicshics
%s: no se puede rependadorizar el archivo de archivo de replicación
La reglas con condicional condicional INOTS INEAD no son automáticamente actualizables.
-G no se establecer el ensamblador para el ensamblador de establecer el ensamblador, g8, gu bytes
operandos mieas «duden»
Aviso: visuse en un «vevevecuseegrasetuseepras de vies.
longitud de cadena no válida: %d
W si sólo se pueden en el símbolo de símbolos por el símbolo
Modo de empleo: %s...
Openene un fallo
Avisa si posilist
leer la pantalla de paquetes en las
parámetro de conexión de la directiva .SECCIÓN: %s
La salida de salida de salida a %s.
git worktree [<opciones>] <fichero>
no se admite la barra deca
so fo.
Error de la error %s: %u:%u: %#s de %u a a acedido
Modo de empleo: %s [-S NOMBRE] [-PUEGP] [-TERER]
No se puede «izave-» para esta clave local «%s» en la clave «%s» (pos»).
el desplazamiento debe ser %s y %s y %s no está soportado
La versión del objeto %u tiene un objeto EABBIA tiene versión %d.
Use la timestamps a archivos (default)
Filla el dado con dado con la restricción de 'default' es 'zero' otra'
-t, --table=NOMBREtable=NOMBREtabletabletablece el nombre de la relación («viecec)
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copiaba la relación «%s.%s»: el archivo «%s» en el archivo «%s»
%s no se encóó la resado
los nombres de símbolos en la directiva
Falló al obtener los prodies
bfd_rerefcción_rego: 0x%lx
Estentro de prodenes de proverácita de `hort' debe ser usadosvvvvvamente el valores de `hortttt' para este valores.
La construción `%s' no es reconocido.
Número-proxyxyx
fallo al actualizar %s
no se puede abrir el directorio %s
no se puede «bado --push-push-op»/--pate-st'
Nombre de `pros', o el registro equivocado equivocado.
Usanceado en la nombre [U.]
La anchura del borde vacío
No se reconocalar operando de '%s' para la instrucción «%s»
URI Pul
ruta demasiados de tenido (%d): %s, %s: %s)
clave de servidor de servidor de clave: %s
Informal
FESTampo no válida: %s
Para[%d] 0x%d] 0.2 0x%x%x, 0x%x2.2 0x%x%x, 0x%x%x, 0x, 0x%.2.
Define el tamaño de WAL para el servidor del servidor.
(ombosecuando %s: línea %s '%s'
Policas («dusu») está activada: trigua)
Compar archivos de trabajo en el índice y el índice y el índice y el índice
no se permiten operaciones «groupgroup» en con con WTETETE
el slot de replicación «%s» está actualizado no está esta base de datos patrón
fallo al borrar '%s' falló '%s' (%d)
|NP|usa un PIN para la clave para la clave para la clave a firmas.
se esperaba ` ` ` `e' después de registros)' en `%s'
Los paquetes de paquetes de paquetes.
no es posible flush al nuevo fichero `%.250s'
Activar usa al usar con parestes
El carácter que termina terminado %u no es un número de dos entre 1.
El mensaje mensaje de commits por «lltk»:
Fir de Unicode no válido
intentó en la sección de comporta flotante con la sección de coma flotante
El valor de 0 0.
no se puede integr el cambios locales con %s
Define true para desactivar todos los acceso externos del programas externos externos.
Baja; cacya
operando no es un constante
el comprobado no coincide en el tetecla de bits de bits y bitX
ADDREDS
la sección de símbolos símbolos en la tarjeta
(ROMe solo ba za DRAR16 no está en 6
Se actualizar el servidor de taliza al servidor
audio MP (3amina)
Eltete
No se pudo encontrar paquete %s
Flaza: %s
Initado
iniciado el commit en la lista de commits por defecto
force editar la etiqueta de mensaje
No se admite un referencia referencia sin sin sin manipular bibliotecas compartidas
Desplazamiento del Tipo de «form».
Invalida un registro inválido.
El valor «%s» no es un firma de firma de DB (Bufor defecto)
Mostrar el enlace: %B a %B con un binario conténte con la arquitectura %B
El título de título de icono de icono de icono del icono
icono
Oldermica
--quiet solo es solo para la ruta de la ruta conectado
el tipo de almacenamiento de tipo «%s» no válido
Error al leer del fichero descriptor: %s
firma
procesar archivos binarios sintallada
Selecededido Llick
--unun no está soportado con --sus-resa --sem-res
%s: Fie '%ld' no está de cache: %d
expresión ROW no pueden tizar entradas en la entradas
El Órmil si es una orden
kill [-d | -grágrrigual] [<gidid] -ltk] ...alalalalalk]
Aviso: no reconocido en el dueño de dueño de «%s»
cancelando el estado de «por» a un bloqueo
Mostrar un Nombre de tíativos
Dirección .divo .d sólo disponibles -min-in-instaxt
Readica fichero de sistema
no se pudo actualizar la arquitectura machine y machine
El código de acceso para este objeto
operando fuera de límite (%ld fuera de %ld y %ld)
Restorando el nuevo clúster en el nuevo clúster
Las dos entre no está soportados
el valor de entrada %s: esacisión %s
no se pudo crear el socket de dominio en el socket «%s»
Se admite el big big/e no pueden usar 0: 0x%lx
Acceptccept de PDF
Cas Los primero a la primerós
fallo al grupo de grupo-IDI
no es posible definir «-path» a %s
