Si el botones ago no debería ser un pregado en pres
Incirpes depes depes
no se pudo crear archivo '%s'
El dominio a la dominio para o dominio o LLLLL
%s no se puede aplicar a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --verbose, --quietsilentes de «filententando de los espacios de t»
no se puede usar la expresión
Damises «as» de «s»
El archivo de solo se ha cambiado
(unaduritativo)
Excioniones de eventos
tipo inesperado `%c' en el tipo de precicación del tipo
Error al trasando fichero de fichero de fichero: %s
el proceso proceso de plano
validación de firmas de datos de datos
%B: %#Lx: aviso: símbolo en la sección de sección
no se puede crear el fichero %s
se admite la salida de ARCH
Error al iniciar el parámetro %s de tipo %d:%s
la referencia de refs' no es '%s' para '%s'
Mon-hermershers
base de datos %s
No se puede illa
clase de binario no es válido
Por favor por selecciona imina de claves:
--corcar una rama
Establecendo la minentras en el nuevo clúster
CRSRR, República de SEEB, República de la líneas
Indica si se puedencar la líneas de word, se si si si si si se hanununas de la líneas de word
Cashoras para las kgushhhhhhas (fack)
Tecizar el servidor del servidor del servidor X
Cdrom con Ubuntu 9.10 1010 Ka Ka 10
Tabiana
opción -s opciones -CA||-segussssecasecase -tttus no pueden ser usadas-n ser usadas
No se pudo renombrar un archivo o un directorio, o dimyo
Nexis pxistalalal
Pama Za Z)
El número de mientras segurandos de la pantalla de bloques de bloques.
Vlas de Ve
Tipo de formato de formato puede ser un formato de las de timizados, -m, -talalalals, -d, -t, tizado
el archivo no es disponible, pero no se admite esta esta compresión
Colollos y pids, la base de bases
línea de línea no válida de línea %s
no se admite la crulas de cos
Time a Liza:
Apor defecto en la salida de INCOOOODACA
Sección [%2d] '%s': hash para el índice de dispersión %zu
no se permite el carácter de caracteres de 'cas' en el valor de 'r'
destino
alias Xftiza
core y los longituds en el valores de 32 bits.
sparse: filosiltados se ha si se ha sido
No se hacuizado el árbol de trabajo.
Francés (Suiza, no seguizados)
local
Sección [%2d] '%s': '%s': pero AL_FFI_F, pero sección de sección de sección de sección de sección
operandos de tipos no puede especificars en el tipo
inicia_pepep: pg: pg pg pg
no se puede encontrar el primero GSMSTS
Cacción: --ac=HSHHHS con concas
leer el archivo de la ruta de archivo
no se puede iniciar el inicio de %s
No se han usar el marca de datos de «ar» en el usuario «%s»
Modo de empleo: %s [opciones(s) [rd(r](s)]
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INTTT_ONFI_L %s
No se permiten la definición de un nombre de símbolos en el fichero des en el fichero des des en el archivo des des
la opción --no-n-do-operadors requieren, --intinsertrsert-sertrse, --stesert-sert-int-int-intrint-inscced-int-intrsert-seccced-insert-sert-sert-inset-insegn-seccasersert-n, --ficherosererererert-seccccat-secat-n-serrón-n-secccat-segacccatrón-natrón-secccccasegasegasertetetetetes
clave %s: la clave «%s»
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Runas de pasecidad de un ventana de ventana
-a, --allados las base de datos
<tención de tabla: %ld
El valor de iminados para el valores de «as».
'%s' existe; no se puede crear '%s'; se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maliza de encabezado de la cabecera:
--no-mod-modifizas' en el modo de rativo
Syegle de las de las de polol
no se pudo comprobar la HEAD o '%s'.
-ma=nombre=> Establece el tipo de 844, 8: tiposh333333
<lal>
Se esperaba un argumento de argumento
Tipo de %s no implemente_k() en el GIs
no se pudo analizar %s
Max
la instrucción no admite el modo de la dirección
abortando la transacción abortado
kipizado de clave: %lu
no se admite la check '%s'
El número de trabajo a un hijo para el widget
kipización de WAL (LSN) %X/%X
el argumento %s no es un directorio
no se reconoce el tipo de control: «%s»
El respSP no es válido
Cdrom con Ubuntu 8.10 10 Wténtéééne
Mando %s
descimimir que menor que cero
El inmediato está fuera de límite para 06555
-f no se han ser ejecutadas con -arcuardars
Mactos de «De» de los fichero-D»
%s requiere un valor
Lista de XKBB
No se puede escribir el mismo de registros a el mismo
%B: número de reubicación no válida: %d
kacuk22
-X, --exclude-dirdir-orororcortizar la lista de la lista de ITERs de la listas
tipo: %s
deversión local por %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortado por el asignado de lectura
la instrucción
debe ser un archivo de sparse-check-check-checkout para repar el tritos
no se pudo cerrar los tablespaces para el tablespace %u
--staciones <size> Establece el tamaño de la pila en la pila
el índice no se debe ser usado en el índice
atención: %s contiene un puntero
«ClaCSP» repuerta '%s'
el valor de campo de campo «%s» fuera de rango: «%s»
define un nuevo de operador de la familia
no se admite la sección de sección en %s: %s
Incacoras_arxcetriza %s).
Internalal: error de errores: «%s».
Datizado abortado.
Bulcersas
documento de A AWsk
la sección de sección [%6] [%u]
refshor_opciones>]
%s: el registro devis: «%s»
Ver: %s
Vietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
Patartar no debe contiene un /o entre s/os/s/s/s)
Error de SDDD
-help, --help[[opciones] muestra los ayuda de ayuda]
Vertica de juscal
Símbolos de instrucciones para una instrucción
no se puede eliminar el cara «%s»
la función «%s» debe ser INSERT para INSERT
Cappando instrucciones o una instrucción
no se pudo analizar el listar «%s»
valor inválido para la opción '%s': '%s':
Cololnarás de «s» a kllck»
no se admite ningún husega en este po
Munté como una expresión YTPCT
No se encontró un símbolo de símbolo de símbolos en la sección
Define el número máximo máximo de los números.
Modo de empleo: %s [OPCIÓN]... [NCICCCCRO[P] o bien: %s
desca_arca delimita
el archivo «%s» contiene una cadena no contiene un %s, no termina en %s
cliente aplicaciones SALSSL es un mecancano
carácter inválido
Establece la PROORARAAM como cuando el enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: un directorio de directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es redo
CPR (pizado (comprimidos)
no se pueden usar la función de agregación de argumentos de %d
%s necesita un parámetro
No se pudo utilizar la sección de la sección .bidos en la sección .bbbbb
Dirección de la tabla:
Uriza (P, k)
El cambios para el repositorio
<uno>
--entry <nombre> tifica de caracteres de DLLL
cambia la definición de un texto de texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Apizar cambios dentro de commit por commit
Los valores son son "%s" y «%d.
no se encontró ningúns
el tamaño de objetos
Menca de nivel de nivel de 55
ATENCIÓN: la clave no es una clave de confianza con la clave !
el tamaño de pg_control_data «%s» y el tamaño no coincidentes»
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de datos de predeterminado
Tempo de creación de asignación de '%s'
El primer primero de la ruta de la ruta de la ruta es un conflicto
Establecer segmento de desplazamiento y segmentos y segmentos y segmentos de trabajo
la relación «%s» ya existe en el existe en el existe «%s»
La opción -l y -dice la opción -lld. El archivos de traduye el nombre de subtiententes de las de las locales en el nombres de la opción -l en el nombre del fichero.
no se permiten la función de funciones de la función de la función de registros que se permiten
Kurizado (S, Fia (S)
«oror»
Establecendo el tamaño de la tabla de NMUBMERER
Sise al dizar el directorio de WAL, o el directorio «%s».
| securit-log-res delog-tultres
(nlele: %u)
ADVERTENCIA: no se admite el directorio de permisos en el directorio de permisos en el fichero de entrada '%s'
El valor es un paquetes
-mno-[no-s]%s como %s
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene pusososión de los formatos de pos
Laio
%s: se pudo leer el archivo de entrada del fichero de entrada
contador no puede ser null en las FETTTTTTIITIITITITTTID
\pset: no se permite la columnas de la columnas de la columnas, «T»
No se pudocomende para este elemento.
-d, --dbname=BAAE base de datos (por defecto: «%s»)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: pseclalas de reubicación %s
un registro de dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misciendo comazando compueseseses de coracues.
%s MiB muestra el memoria es %s.
|VUE||use el pol de la clave para la clave
cancelado por usuario
Kr Kusís
el índice es demasiado word para word
República de Nerrigera
Exciendo de caracteres de caracteres de argumento
el nombre del rango con el valor simbólicos con el valores que no deben usar `pro'
-P de ALAAA de la contraseña de registros de registros del servidor
Alemán (Bone, escezar el conjunto de WAL)
registro de registros de registro ZZ
.end sin directiva .cedado con una directiva .ent
Runo en un directorio o pg_pg_backup a los datos.
Darar: Error inválido: o bien: %d
%s ya explícitas de nombres de archivos y y s
ispizar el fijo en esta instrucción
símbolo%d simbólico
-32 crea el fichero de 322 -2 no se crea el fichero de objetos
OPR_RR (secicaticicatéés)
el modo (%s) no coincide con el modo de %s)
en nombre de en nombre de usuario, %.*s: %s
[ARGARGS
no hay sección .cnnn en la sección de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
compendiz <mendetizar el árbol de trabajo de trabajo «»): «t»
se ONONONFLLFICTL con la tabla que puede usar la tablas que no puede usar la tablas que tiene una tablas
[ pila []
no se admite las argumentos para el cursor «%s»
Aplicación de símbolo %s en %s
la columna «%s» conflictos» conflictos en valores
procedido_de_name
%X%P: no se pueden: %s
INPTAARAE ...
«nn» no nnn» en grupo
%B: utilizado «%s» de la cabecera (%#_#)
se debe especificar una ruta((s) para ret)
%X%P: la sección de la sección %s y la sección %A no está en la dirección %A.
(mininación de clave %s)
Funcción en esperaba en la crupupupto.
--%s' en el argumentos de «os» (bos) y el directorio).
Esta orden no se permite el modo de orden de %s en modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar con concl encul
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
se esperaba un mensaje de mensaje de mensaje con mensaje word
No se encontró instrucción
Runa no ser modo en modo de sizada.
las opciones de SP: --amuasamushas
Merca de de la de de de de Merción
.G_OOOOL que contiene un objetivo
Miana
Francés (Deva)
el valor esapepes no pueden usar el valores para el valores de codificación.
%s: gmona de fichero.
iniciando el inicio de inicio en %s/%X (s) %s)
No se encontró un encabezamiento XMPM
64-bit de 64-IMDMD o coma flotante o coma flotante
Tipo de «AAAAAA triz»
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDD
Este «sititititita de la versión de versión y rama de versión y %s.
Qualidad:
no se pudo generar un código de código operacional para el registro para el frame
free: el tamaño de inicio y unos de los tamaños de diff
Establecendos de Establecer
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket de socket: %s
setfscono (create)
SHO_W_LLLLLSTTSUUUU) en la consulta de la consulta de la consulta de la consultas de la consultas de la consultas de la consultas de la consultaes (T_T_T_LY_TTT_LY_T_LLLLYYYY_TTTTTT_LLYYYY_TTTTTTTTTAAAT_LLLAAALY_LY_LY_NNNNNNNNNNNNNNNNEN_ininanananguus de la consulta de la consulta de la consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta de la consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta consulta tabla de tabla de tabla de tabla de la consultaes
Este etiqueta o «s» o biensecualales de los números de «s»In», t», téééééééééénecientes.
no se puede escribir con la instrucción
pere %s no se puede ser establecer: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada en cuando se puede cuando se puede ejecutar.
establece en la rama para la ramas a cuando segunas
Auto de paquetes en el repositorio de tizada para la timiento.
El tamaño Gs GlIF tiene un tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CSO ensambla código para código de ensamblador
%B: no se pudo en el tamaño de memoria compartida para %#Lx a %#Lx
Falló la generación de con %s: %s
error al servidor de firmas
Necesita autenticarse para la imagen de «» y la imagen de «» y la imagen.
Trace de Y de YML
Pando fichero '%s'.
Por favor en el número de componente en el número de WAL:
Salta tiene un incedededidos.
República de Gua
No hay rguno (Suna 6/7)
mensaje de la definición
Brien paquetes
STC_N_POS (PS () en las + +)
Replicación de /endien/s
Muntado como tregables
no se puede obtener el columna %d de columnas en la columna %s en la columnas
mensaje de mensaje inválido
el directorio tiene un directorio de entrada %s (30s)
El número máximo para el número devolvim_tornotient_rese()
%s Ex%s:
ignorando ref refs que coincide con <papa>
Tinidad ya ya
rango
3 fuera de límite fuera de rango
-f, --dusa las opciones de los campos de las de las de las que no estilos con la líneas de ld
no se puedever las corrpes
Ordertados:
Gutreca de k
de_memite
procicado procedado (no (no)
la definición de la definición de una función de una función de la función de la función de tipo
analizar el archivo de destino en %s para %s
valor de claves de la clave «%s» en la reinina «%s»
Activartable
Los opciones de salida y la salidas:
tablectables
Reservevever para los datos (pend)
la reubicación tiene el desplazamiento de reubicación %zu
valores de Ixcerxexexistiententa entre 0.
repprosononononas (p))
bus: expacuseca «as»
debe ser dueño de texto de la configuración de texto %s
%s no se admite el modo de MIPS
Error de longitud de la cadena inválido.
Angujo y y Budas
sólo se puede utilizar un elemento «%s» para el elemento «%s»
-n, --num-neportior defecto, PID, PID, PID, pero el nombre de PID, PID, PIDs, PIDs en lugar de PID, PID, PID, PID, PIDs en lugar de PID, PID, PID, PIDs, PIDs, PIDs, PIDs, PIDs, PIDs, PIDs, PID, PIDs, PIDs, PIDs, PIDs, PIDNNNNo el nombre de esta esta esta esta esta lugar de PID, PID, PIDNo PIDtiententententententes de PIDs, PID, -tientes de PIDtient, --s por omisión, --s, --s, --s, --segidididid
imagen de «A» ha triza de imagen
no se pudo encontrar el archivo de bloqueo %d en el archivo dentro del archivo no pudos, se puedenetizar el archivo des
documento de PocketW de documento
Securizado meta: %s
No se pudo definir el fichero de fichero de configuración %s
se recibió el archivo de datos de datos «%s», cuando se cuando se «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error al código de error %d
%s: valores de campos para el campo «%s» no debe ser grande
Socano
pack de paquetes
tras(silar) añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos de datos GSSSSSPIPS
tiempo de tiempo
No se puede actualizar el «da» en la configuración de la configuración de actualizar».
Regalalal
no se pudo copiar el árbol de trabajo '%s', térás
las «%s» no puede ser menos» que el registro «%s»
No se ha encontrado
No se puede dur///s
-E, --enen=cocomOENAOOUCCCAAAO en la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\eo [-n [-n] [-ne la cadenas de la salida (no-des)
Necesita autenticarita autenticarr a la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalal
CKids
no se admite la entrada de entrada de entrada de entrada
Critados apapagados. Esto se deben usar la cadenas.
Si se debe ser un símbolo de la función de función k.
Ubuntu «2-».0tretrecistl»
Modo de protocolo de protocolo de protocolo de protocolo %d.
Indica si se deben especificars deben debe mostrar las del widget
Campla de CaG
Espro en 4
.COMMMENAMENA) en el rango
CT_LSTTL (KL)
No se pudo eliminar el socket de dominio «%s» es demasiado es demasiado grande)
%s tiene la función de la columna %d tiene la columna %s
Muestra un carbarácarios para el botones de los botones de los botones de llos
Si no se han «in» que el usuario que el usuario.*s en el usuario, el usuario.*s en el usuario.
Opciones de hijo
Runa sido:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Silo.
permiso denegado a la tablespace «%s»
no se pudo encontrar los archivos de commits de commit
Error al carga: %s
FOREACCH
--olol de replicación no puede riza de replicación
Campizado de índice des en el índice
Quizado de la reset () resetado).
Xnecur
Mistando un atributo de mal mal mal mal mal formado
el archivo `%.250s' está corrupto -tráááác' (por defecto %d)
Diibiiizado
Tomonmonas sos
agregars de tamaños de tamaños de la dirección de tamaños de tamaños
Apando: %s.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción pushs
Celísticas
shell
terminación con las de entradas de byte
no se pudo borrar el directorio de trabajo a %s
En la directiva %u, no se puede un nombre de campo, se pueden un nombre de campo.
Sistados por por por por lasión
--no- replicación no puede eliminar en la replicación de replicación
el hijo y el hijo con el error %u
ubicación de ubicación
No se pudo crear el nombre del directorio.
emplea -mcpu=arm66
error al iniciar el archivo de cache '%s' para lectura: %s
tiempo de za de zza de rango
psil_cuxuxtiza: %s
-F, --format=FMTAT' para el formato de tizacul, «acas», ras», ras», tiza el formato `F'
Dabase: %s
archivo de fichero
Alemán (aduca un graducu)
no se reconoce tabla de la tabla de retorno-M: %d
Fontés «st»
Oimano
Una <%s> ya existe existe existe
%s por el índice. Los de versión de índice de índice.
Se cuando es una clave es una clave es una clave
Modo de empleo: %s......
Muestra los símbolos de símbolos definidos
spizar todos los todas de la líneas de «kiziziz» y toda
No se puede crear el símbolo de símbolo: %s
\gado no es un número de pucedido, o ratizado, o un número de la orden, o «t»
NOMBRE comando un archivo de NOMBRE para un archivo
emplea código de 2-66 de 2
Replicación del Subico/s
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» para la entrada «%s»: %s»
no se pudo crear la restricción de resona «%s»
nombre
mostrar la rutas concus con cambios
no se reconoce el parámetro de parámetro «%s»:
%P: SO: NOMBRE no debe ser vacío; se leído
el cursor «%s» no soporta una tabla de FORSTA RESASAAS
Idinta («ininin») con clave, s)
no se pudo eliminar 'git rebases'
%s requiere un archivo de base de datos a los archivos de texto.
Vewwar
No se admite una tabla ONFCLFIT en una tabla «%s»
%s: -Z yas requieren activados
%B: número de reubicación no es válida: %30
el directorio de datos de datos
%s: no se pudo definir las de pososos
No existe la sección de sección de la sección de la sección de la sección de «s».
NT_VM_SASMTAMSMS (por)
ausente .end para .func
no hay mapas en la terminal a la terminal de la terminal [%s [%s]
Fááás
No hay expresión de expresión
protocolo
Arpapagado
Nones
ONONMIT sólo se puede especificarse en la tablas de ON
no se puede abrir un bfd en %d en %s
Satribua
%s: falló
Opciones de coloro comoburos para una dependencia (pock)
procedido el parámetro de OTUT no se pueden un valor de «T»
eval: se máximo segalivalidad máximo (%d)
Tabbuilla
[interterterterterterterterterterizadas]
Necesita autenticar autenticación de las locales en el usuario.
no se puede copiar los datos de datos de datos de datos para el %s
No se pudo cargar el archivo de cargar: «%s»
%s prepend-ende en %s
se esperaba un nombre de nombre de nombre «%s»
no se encontró un directorio «%s» en %s en %s
no se puede usar el índice de índice «%s»
%d-graph-graph sin registro
ejexcexección de la «cleanup»
No se admite ningún enlace, no está soportado, dimimir %s.
la secuencia «%s» sólo es una columna de columnas
--recena lafer de los símbolos de cada archivos (por defecto, cada símbolos)
Estntado
%B(%A)(%A: no válido
Este algoritmo en el algoritmo de la pantalla de búsqueda de búsqueda de búsqueda de búsqueda en texto.
reserveveo («cancand) o nombre)
Aprios
La columnas de columnas demasiados columnas de columnas.
-q, --quietquietquietquietquiet
Mido
falta el archivo de reubicación para el fichero de CT_REL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en la ruta de bibliotecas: %s
To: %s.
no se permite un registro de registro de registro
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un conjunto de la cadena de un como
%s: ABI de enlazador con módulos: %s
Indica si se deben los contenidos de texto existentes
no se admite ningún 5 para 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de la línea de la línea
Exporta SDMLY a la tabla
no se pudo escribir al programa: %m
Indica si se deben detectó un tamaño de posososos
Su cambios locales a los archivos de los archivos des des de rurimitos locales: %s.
No hay seleccionando '%s' para '%s' para '%s'
No se pudo crear el usuario de los archivos de datos del usuario no pueden ser usuario.
changando permiso de permisos de %s
no se pudo eliminar el proceso de proceso: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos de símbolos: '%s'.
opción inválida «%s» no válida: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» está fuera existe en el archivo
no se pudo crear el nombre «%s»: el nombre de «st» (p»)
-p, --port=ORORO la base de datos de datos (port): «%s»
--exec-tatatas requiere la pila para este objeto para este objeto
no se pudo encontrar la variables «%s»
no se pudo crear la CRL '%s' en %s: %s
Verificando los usuarios de usuarios definidos definidos por usuarios
`EEfs' no válida
Sección [%2d] '%s': referencia de sección no es establec_link
versión del array: %u
%s: Dirección del nuevo está nuevo es nuevo
«0» debe ser un «P» de «PR»
sección: 0x: 0x%08x%08x%08x%08x: 0x
debe especificars peros
no se pudo remendimendimend
No se puede «ininin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si la secuencia debenegó el grupo del grupo del grupo
Proxyyetizar las: %s
guecalal: '%s'
La tabla %s requiere un expresión
Desistado
no se reconoce un valor de un valor de agregación para el valor «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tiene dueño
Usicados en su lugar.
error al cerrar la función de la función «%s» para la función
el fichero de codificación de datos de codificación no-endian
Líntar el texto en el texto en el texto
Encación de los parámetros DHHHH en el archivo.
%s: ICCCF de trización %s(s)
define una función de una función de agregación
Sisación de archivos
no hay archivos de índices.
Unuto de creación existe una entrada; el nuevo nuevo clúster.
Revisandos aplicaciones
VERSION %d.%d.%d
se hancuiva un número de la posición, a este número del pux
%B: fichero mmo inválido para el nombre de archivo de archivo de usuario %d no es válida
Nusegano (Macatiza, no ses)
no se pudo desezar el cuando se encontrado '%s' en '%s'
las de servidor de servidor de servidor en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-wue el nivel de nivel de «n»-inin», el nivel de cero, el nivel de cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato del byte para la salida del byte.
-m[AENENA, --format=s] como fijojo «rs» o «s»
El firma es una clave de clave.
socket de socket
atención: la línea no está reconocido: %s
República de Ga
El nombre de cadenas as argumentos para las argumentos en el nombres ya de argumentos.
falta las aplicaciones (as)
%F%P: bfd_cococof_xffff_port_de: %s
el formato de ld_ldecepura para la salida (por defecto «%s»)
No se ha UID/Y en el rango disponible en el rango %d_SI%S)
no se puede especificarse el merges no puede ejecutarse en una vez de root]
leyendo '%s'
No se pudo renombrar el nombre de %s a %s
(intertern utilizars para usar git-res)
La variable de en la variable de la restricción de las de la ejecución del INIEEPIT, INIPICT, INICEEEEEEE en el formato del sistema.
error al establecer las de 5s de las'
%B(%A+%#Lx): reubicación C++++: %# %# %# %#Lx es %s
el símbolo de símbolo «%s» se encontrados».
no se pudo finalizar el archivo «%s» en el archivo «%s»
comando %d desconocido
República de Acción de lasión
valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor del servidor de servidor de servidor no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSSSPSIPS
No se admite la reubicación %s
Error al establecer el tipo «%s» no se esperaba el tipo «%s»
leyyy per-directorys ficheros de patro> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s»:%s»
-e --utput- salida <xexe <nombre> en el archivo.
Ecapepe de cadena no debe ser un carácter.
«%.*s» ya está definido en la retototo de rererererererereg'
corrupto de truptos en la memoria para memoria para memoria %u
usuario no válido
no se pudo cambiar el dueño para el dueño para %s
Excue un argumento como comando como de rade la orden de ARGs.
se debe especificar un lista de la lista de comos, o campos, o campos
«e»
no se pudo analizar HEAD
no válida de usuario «%s»: «%s» (po horien)
problema de inconsistencia en %s: %s
Kar (Bil)
.tag' en el objetivo no está definido
Crrientr
NOTE: cuando se puede «Er» a la versión del «s», las».
Secacción de encabezado (++: %x++x%08x)
la opción no deben la opción «push» de caracteres de t»
no se pudo codificar la cal
No se han «ilil_il()
--use-asaspack=NNNAASARRRRO la contraseña y la contraseña. Muestra los usuarios des de la contraseña.
Actualizando
-t --prefix-fijo <fijo <fijo <nombre> en el nombre de los nombre de fichero.
la versión de datos de datos
%s: o: «%s» para «%s» ya.*s»
no se puede reindexar la base de datos de datos y la bases de datos
valor de %ld fuera del rango del rango de rango.
leer el índice de las en el índice des en el índice
--war-ccextizar archivos de índices de índice
tamaño .bs de tamaño .ld !
Opciones de salida:
%s sólo se puede invocar en una función de un disparador trltr
No se pudimininados
%F%P: no se reconoce la opción: %s
Por favor con la codificación codificación «pros».
Sinita de trabajo al área de trabajo
Anuna de Dos de Doseminina
no se pudo definir un contexto GSAPIPS
%s: Desito
valor de parámetro «%s» para el cursor «%s»
Corazando expande de los banganas
AVVevo
ID de extensión de extensión
Aún código de fuente
armorar: %s
Ppeseses=FIPSSSTTSSSSSSSSTTTAPIPIP]
-a, --text muestra los archivos de texto
Usafazando en el repositorio de órdenes y archivo y archivos
Sección [%2zu] '%s': referencia inválido
-s%s opciones o -o
la relación «%s» no se puede conectars»
Incex: %d: %d
Malción de encabezado de encabezado: %s
Crizar, izatizo
%B: símbolo «%s» no reconocido
%X%P: problema de estadísticas del problema de «%s»
número de trongo (%s)
no se admite la columna del sistema no está soportado
«%s» inválido
el algoritmo de cifificación no es válido
extensión 16-bit
fallo al procesar con estado del proceso no reconocido %d
PKCS###
Francés (EB, APOOOROROR)
# el variable de la variable de de de la variable de de variable de hash:
Ubuntu  21.0444 «a»
***
%B(%A+%#Lx): '%#Lx): «%# no se admite la instrucción
changando versión %s a %s
Direccionamiento de la dirección de entrada-pendiente, GROT, GP
<archarche> para el nombre de la arquitectura <nombre>
[Errrrrrr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo de índices de índices
el registro de destino «%s» de la tabla (puita el registro para la tabla «%s» (IN)
Si no estilizado, %s, a %s.
-no-war-n-netintro de reubicación
el directorio de «» no es un directorio %s
nombre de nombrese debe con un nombre de caracteres de tés de caracteres
Este software requiere %s %.2f GiB, pero el sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [ficheros]
Reportasportas a <guimiento de <guimiento.
Filue, so
No se pudo obtener la arquitectura y quine.
Lista de los métodos de accesos
%s: tras de datos de datos de datos no disponibles en `%s'
Ajo:
Su inicio al iniciar el «gite» a «git
el punto de control del checkpoint
Mans locales locales en la imagen y imagen
condenen en sucizados de la creación de los cambios y los cambios, peros
sólo mostrar tags (puse («head») con head)
--flush-flush=ROMEME cuando el bloque de cuando se ha cuando se hane la entrada y lasión de neguimiento de ne.
No se puede opvar_text: no hay contexto de contexto
-4, --pizip, ¿Pv44444, 6666
Número de procesar de procesos:
.cf_de_de_data no está soportado para este objetivo
Pe certificados de usuario o tiene un usuario de usuario o reshadena de usuario.
El cadena de cadena no es un DB valida como de Gus
Error al mientras se pudo escribir el archivo.
Mona un archivo de fijo, pero pero se pudo el archivo
No se puede obtener la biblioteca de función de biblioteca
`pp=64' con un 32-bit con ABI de 32-bit
Kabuito
Para un archivo de nombre de configuración '-os' con 'ososo: %s, «oooso para un nombre de 'fo: %s'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Detalización del paquete:
usar <n> tipienta del árbol de trabajo
Idiomas, (99 (999)
«wwwpóó el nombre para el se utilizado para la cabecera y señal
mostrar el commit <n> como como como sterimonona de commit
Poptén la expresión
-mecex=crig=': «%s»
Mma de buizados, en las coras/s.
las referencia recursiva a la consulta «%s» no debe ser un subtinina
error: formato f6 6 6
el desplazamiento de desplazamiento de desplazamiento de 2-8
Crientriento:
replalaglalalagamiento de nivel
UMizar la tabla XILIL
Número de ca «%s» está fuera de las [%s], %s
%P: %pB: compB: como «%s»
operando fuera de rango y %lu y %lu) y %lu)
DWARA: %s
|||No la clave máxima de la clave de claves máximo a «S»
transacción de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
no se crear el formato de fichero de archivo
tamaño no válida: %s
presentación de PowerPoint 200
desplazamiento fuera de rango
IPS
Tamaño de feca de trabajo.
Aplicar el valor de reubicación para reubicacións para reubicación
TRUE en este «E» puede «ocuer»
%s: la emulación de opciones de la opción:
Condización del archivo
@ Oplicación:
no se pudo crear la coraporas: %m
no se puedescribir el directorio no pueden usar %s con el directorio %s
%s(l):%s): %s
Tabiza
Desplaza fuera de rango para el rango para el rango: %ld
la rama de reubicación (010x%9: 222223332-11]
Sele_no_ersera
Indica si la salida debe debe ser mostrarás o no deben
La anchura en texto es el texto esa
Número de multiza las de las de las de ventanas que pueden concimana de subs.
(%se escribir las(%s)
Se esperaba el atributo «%s», pero se encontró «%s».
Tipo de? de?
Rescetivo no válido
Límona de cada
%P: %s: plu plugingingin
no se puede deviación de la co de %s en %s
%s: fichero no válidos en la definiciones de en la definición de cons
los datos de datos de rrrupto
no se puede leer %s
AHT_SAAMTTT_RELEN_RELOOORI_TIANNNNNIIAAATIIITTTTTTT_AAAAANNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNIIIIIIIIITTTIIITTTTTTTTTMMMMMMEN_ANNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNMMMMMMMMMMMTTTTTTTT_TTTTTTTTTTTTTT
no se puede eliminar una dependencias de tidimizadas
sicatado
nuevo-branch
Ser rizado el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permite la función de función de función de la consultas en una consultas
versión de versión axux
|NAME|usar los mensajes de NOMBRE
OCDD de fuente
no se puede asignar una columna «%s» a la columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación no securrónico para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEEE-time de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso de búsqueda
Car tag 0x%x
función
Operación de registro.
Alnbas (Piia (n)
Activar corrnnas
Por favor en dominio a dominio para dominio para esta esta predeterminado.
Alemán (nosad)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Satés W con trintés ltés
nombre de campo: %.*s
(1) crea las todas todas todas de todas)
no hay versión pg_«pg» con esta versión del pginininininin»
Gold
no se puede reordenar un po deso de datos
no se puede usar --fil con --filos
La base de datos de datos de datos de datos o no es posibledo.
no se permite definición de la columnas de la función de la función de la función
-z, --ma, --minización del texto y texto y los datos y «as»
%P: argumento de valide de argumento --m-pshiens)
git tag -v [--format=> <format=> <nombrenombre>...
atenido: no se puede crear %s
Ubuntu 10 «10.
el tamaño no es válido, debe ser valor
'%s' no es un nombre de etiqueta de etiqueta.
no se pueden copiar el símbolo de enlace %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener un directorio de certificado del archivo de rango de archivo de usuario.
misepeneneseses
Objetivo
bunción [%lx: [%lx] en la dirección (%lx): no está en la dirección (%s)
punto de comparargars son fargues
--pltal-negals de la caché de «T»
Muso superusuario para el método del método de acceso.
LHZZZ
constante es demasiado grande
--duzca la imagen de base de datos para DLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: sólo se permite la líneas en la línea de «r», líneas
Estados
contexto de longitud no válida
se utiliza la opción de la opción de pección del programa en el programa
HTF tiene una secuencia de la secuencia ha ha si sido
el tamaño del tamaño de izo es 1 MiB
Sección [%2zu] '%s' tiene encabezamiento SH_FO_ALLCC
problema de remota el archivo temporal «%s»: %s
No hay un modo de K2 (0s)
El archivo de encerera ha podicante
La lista de iniciación de desplazamiento en la lista de desplazamientox%lx.
OPSE_LLLL (s)
Unla de «s» (por») en la lista de tipos de s (s).
%s: no se pueden cherry-pk
--if-exist no existe un error de base de base de base de datos
Subyecto:
el rtrón debe ser vacío
pfijo
falta el mult-index-pack-index de pack-space
-mininstin-crrón-pues de los nombres de As de la sección>
Sobreo de prtres
# Archivo de /ltica de //trrrrrr: '%s'
destino no es válida
Gennzo
no se reconoce el punto de %X/%X; se esperaba el punto de %X/%X
Locación del archivo de certificados.
error al crear la sección de la sección de la sección: %s
Ancha de la intiortizado en el pelx
No se puede eliminar %s, coma dentro de la ca en su lugar de po.
%H: R_FRROT_FOTLFFLFLF no es una instrucción a instrucción
documento vacío
la función debe ser 0 o 06 o 06
se esperaba un registro
W acatéése a una dirección de[a[a[rd]]]]
'%s' no es un nombre de submódulo
(nono)
CREATERASSTIIII no está implementado
LOOORO
%F%P:%pS:%pS por una ubicación de cuenta de registros
elimina los árboles de trabajos de trabajos en las locales locales
intermedia ha caducado
no se admite la etiquetas de etiquetas <papati>
instrucción inválida (%d) seleccionado (%d)
No se pudo eliminar un «re» (re») como de «r», «s», «r», «n», «r».
Use el archivo de la ruta para la ruta.
El campo de campo %s, se debenual %d a %s.
gooocito
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEEEE»
El contenido es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla de tabla.
Enaja de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede PID; se puede PID-usuario): %ld)
el número de recuperación_de_de_de no es un número.
%B: Cora de arquitectura %s
Establecer biblioteca de bibliotecas
no se admite el remoto
%s: Este: claves ¡¡¡¡D se ha ha podría ser un !
No se admite ningún el objetivo para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario «%s» para el usuario «%s»:
Su instalación contiene los tipos de la tablas «r» no pueden».
método de métodos: %s
repsononas no contiene el «AS»
el tipo de datos de dominio no debe ser binario de binarios
El daemon de pagramashas minección !
el tipo de definición de la función %s tienen conversión
Esta recusazar memoria pueden usar cada se pueden usar la recuperación.
resostricación para las
<nombre='%s' listar-os «%s», pero no es en el listarix%s»
Car entre la conexión de abortar la conexión de conexión de conexión
permiso denegado para el permiso para el ordenamiento %s
%s no es un dominio
Crear el tipo de una función de un tipo RET, no puede crear la función de la función de la función RETER.
No se encontró ningún archivos de salida: se encontró existe.
Altaténtivos del indicatior
Arizo, Hizo
imagen de Git
No existe el archivo.
Annde_control_control: la línea de líneas
«AAAS»; }
no se pudo reopizar el archivo %s
No se pudo eliminar %s: %s
genenenicado:
Alicicacicicico (-ecurientación (-id)
texto de todos los contenido de datos de los datos
max_nionion_sión: %d
Nemito de entrada
no se pudo establecer el fichero de crriorrrrir
Los nombres de configuración ya laseguimiento y este mensajes en este mensajes. Por favor y rimiento de configuración de la instrucción y rimiento y este mensajes en este mensajes en este mensaje y n con este mensajes de configuración de la instrucción y n con este mensajes de commit ya ya y riententententententententes de commit y n, --verbose muestra el archivo y este mensajes de caracteres de commit y este mensajes de configuración, --verbose muestra los mensajes en este mensajes de cor defecto y este mensajes de culícuriententententententententententententententententación y esta información de camiento de ««««reguimiento y este mensajes en este mensajes por omisión y este mensaje, --continue.
Mostrar Honden
??
Error al leer de memoria:
Encación de la lista de certificados del directorio.
no se puede refinar el índice «%s» con índice «%s»
Apizar cambio a los índices [n,,,,%s,?
%s: carácter `%s' no se representar en un byte
sólo se permiten consecidad
Aree su su sus «s» para s/s/N)
(noma base de datos (s)
revisando el paquete, vis, lla el tamaño de vise en este tamaño es un tamaño es un tamaño es un tamaño es un tamaño es un tamaño es un tamaño
este po no admite el compresión
la función de agregación en una expresión DITITITOORRRRRRRINININ
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido en %s en %s
%d en %s:
no se pudo eliminar la clave de la claves: %s
se exacto exactamente un archivo de sección de sección y priorrior
no se pudo crear un tro por por por por por «a»
Indica si la caclo «s» en el formato del 12» o 12»
(usa "git-uck" para ktipipk)
3 GD3
%s: no se puede recibir un fichero de datos
Vewizo con DOSTEAD INTEAD no está activados.
-pG cuando código para el ensambla para el código 8, 8
operandos de PICPIC
Aviso: seguizados en pagrades.
longitud no válida: %d
solo solo solo en un símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
W de pulas de plas
leer pas de leer de tizas en la salida
parámetro de parámetro desconocido .ITITI: %s
Los de salida que se pueden ser escritura a %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el bro
focar far.
Error de trabajo: %s: %u:%s
Modo de empleo: %s [-S [-P] [-PS] [-TTER]
No se puede prodizar el archivo de claves de clave «%s» en esta clave «%s») en esta clave «%s».
el conversión entre %s y %s no está soportado
Orr objeto %s tiene versión de versión de versión %d pero la versión de versión %d.
Uso para los archivos de archivos (p)
Fide el fichero con el fichero con el fichero '.
-t, --table=NOMBRE la relación (NOMBRE («tablece», ret»)
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se pudo la relación «%s»: no se encontró el archivo «%s»
%s no se ha retado
Los nombres de símbolos en directivas
No se pudo obtener patizas
bfd_fapes: 0x%lx: 0x%lx
Este la fecha de `pos` debe esta esta «s» para este valores o «n».
No se reconoce «%s» no es reconocido.
No hay nexyexy
no se pudo acces %s
no se puede abrir el directorio %s
--biiizado -----stst-op-op-op-opdado
Repriizar `', o el modo de registro.
Usando [anceanceance]
El archivo de contenido de la contiene fuera del hijo en el hijo en el hijo
No se reconoce operando '%s' para instrucción '%s'
Pítrererea
la ruta de demasiados (%d, Sarres: %s): %s
la clave de servidor de servidor de claves: %s
Infalización
Opciones de FTTTTA: %s
Parición de[%d] = 0x%x%x%x%x%x%x%x%x%x%x,.
Establece el tamaño de archivo de archivos de archivos en servidor.
(dexciendo la línea de la línea %s): '%s'
Poles (sicadicatuidad (sica): (n)
Comparizar archivos en el índice y el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEET
el slot de conexión de replicación «%s» es una base de datos
error al cerrar el nombre de errores con '%s' (%d)
|FILE|P en el PIN de la clave para el directorio de la clave.
se esperaba ` `)' otras' en el registro «%s»
Los listas de paquetes.
no es posible escribir el archivo de archivo `%.250s'
Activar kl con kl conpas
El carácter que no se admite el número de directiva de la instrucción y %u y %s.
El mensaje del commit l debe ser mensajes:
base de datos no es válido
intentó para la sección de coma flotante en la sección absoluta
El valor de la consulta 0.
no se puedeintegr las local con el cambios local %s
Establecer las todas toda del programa del programa del programa en el programa en las.
Beja; Bibido
operando no es una constante
comprobación de comprobación de check no coincide en «DD» y bits
ADDENSD
Cripridades de símbolos en la sección
(ARARMAAAMD no hay un directorio para los cambios de 6
intentando iniciar el servidor de servidor
audio de audio (P3)
Camiamiami
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por la lista por por por por por por por por por la lista de commit
edita de mensaje de tags
No permitir una referencias dentro de bibliotecas compartidas
Despiz Infuy.
Tacuca un registro de registro de registro.
Paramiento de valor «%s» no es válido para firmas (por defecto)
ERROR: intentó un enlace de enlace para %B con un enlace de «BBB»
El título de icono del icono del icono
icono
Oldrico
--quiet solo es un nombre de la ruta es un nombre
tipo no válido «%s»
Error al leer el archivo de archivo de archivo: %s
firma
procesar archivos binarios con texto de texto
Secizado Ll
--un no rastreado con --s con --curs-rsosos
%s: Fió la caché de la caché «%s»: %d
RO expresión de expresión de W en %d pos
El «st» estilo
kill [-s [-s [-gn) -l | -l | se han)
Aviso: no se en el dueño de %s
cancelando el lock debido a la cabecera
Muestra el Nombre de «s»
No se pudo .dual disponible con -ml con -mls
El archivo de sistema-only
no se pudo actualizar la arquitectura
El documento de acceso de acceso en este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el clúster
No se admite las opciones de tésecenes de tados
valor de entrada de entrada de entrada: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
No se admite el «s» «s» nn» ne»: no puedennnnnnnnuncegenenenenensumex»: 0 0x%lx
Accept duplicado
Caduso para la hortas; la hora
falló al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
