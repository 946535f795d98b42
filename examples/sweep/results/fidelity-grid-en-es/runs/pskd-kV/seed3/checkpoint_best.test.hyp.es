Si se admite el botón del botones de los botones de los botones
Inmplalase las de rosos
no se pudo crear el fichero '%s'
El dominio para la restricción de dominio, NUL, NLL
%s no puede ser aplicaciones a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --silililililciones --preprepres, --prett
no se puede utilizar una expresión de téricación en expresión regular
Disasismes «regisisisis»
El archivos se ha modificado
(ecueatrita)
Extención de evens
caracteres inesperado `%c' en el tipo precación del tipo
Error al obtener los ficheros de %s: %s
estado de proceso procesos
firmas de datos externos con PAAKAAAAAAAA
%B: %#Lx: %#Lx inesperado inesperado en sección
no se puede crear el fichero temporal %s
SOIIIA
Error al obtener el tipo %d «%s»: %s
push para los refs '%s' para el '%s'
Monashados de Kmeras
la base de datos %s
Canadano Dano
clase de «local» inválido
Por se ha seleccionar la claves quierdas:
--tratrar un nombre de rama
Establecer el contador de miemerto en el nuevo clúster
República, República de SS, República Soviados
Indica si se deber las líneas encues de la líneas, se enccarácues o se encuarácues de las de las de las de las encuararararacues de la líneas encues de la líneas encas de cuando se encas encualalalalalizarcualalalalaliarios de la líneas de las de las de las de las de las de las de las de las de la líneas de las de las de las de las enccualalalizararararararcualalalalalalales de las encccccarararararararararararcccas
Cas Caculos Corgerrulos de clave (ffas)
La secuencia de secuencia para el servidor Xlla el servidor
Cdrom con Ubuntu «KKar».
Tawano
las opciones -CSP -reres y -tra--trasetros
Mover un directorio o s, un directorio o s o un directorio
Naxisiste la dirección de la dirección de la dirección
No se puede tener cuando se Zone
El número máximo de la pantalla después del preverización del lock.
Vierars
Nombre de la cacional no se pueden utilizar el nombre de multroca -timor defecto, -t, -val, -t, -t, -t, -dar el nombre de la cororororororororororororororor defecto, -t, emplea emplea emplea emplea emplea emplea emplea emplea emplea el nombre de mult, -t, -t, -t, -t, -t, -v, -v, -duerv, -v, -fororort, o o o o mult, mult, mult, mult, -v, -v, -v, -mmmmmmmmcccce el nombre de las que -fororororororororororororororororor defecto defecto, -d
el archivo de comprimido, pero este compresión no soporta compresión --l
Colols y polgidids de bases de bases
línea de líneas inválidos de líneas %s
No se descartar las opciones de ¡-push-push
Time acas:
salida en la salida en la salida de INDO
Sección [%2d] '%s': hash para cas': nombre de índice %zu
No se permite un carácter 'c' en 's' no se permite en el carácter
destino
Tipo de alias de alias
core y referencias en el conjuntos en el modo de 32 bit.
sparse: se admite un fililililtra el rmado
Nucados des que no buerrados.
Francés (Suza, sin teclas muertas)
local
Sección [%2d] '%s': nombre de sección .BO_SFIT_ST_S
el tipo de operando de tipos no puede ser cero
iniciando el pg_line: pg
no se puede encontrar el primer primer primer GTSTATAAAAAT
Descono: --aHSHDENA con --cadisist
leer el archivo de la ruta de la ruta de la ruta de archivo
no se puede de proxyxy %s
No se han leer el marcas por el marcador «%s» en la URI «%s»
Modo de empleo: %s [opciones](s)]
la opción '-%c' requiere un entero entero
No se reconoce INT_SECPION_FIGF
No se pudo añadir una definición de un fichero des con el archivo des -vos
opción --on-no-no-nono-se la opción --no-inin-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-in-e la opción --ne la opción --tartartartartartartartartartartartartartartartartartartartartartartartar-in-in-in-in-in-in-in-in-nnnnnn-in-in-in-inse lase
clave %s: la clave «%s»
versión de índice %d
Se especificó ningún protocolo de protocolo
Francés (alal)
Ratidades «veveveveveque ventana directamente
-a, --all muestra los bases de datos
<stringes de tabla: %ld
El valores de «sin» para el valores de «vevevevece».
'%s' existentes'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de encabezado de cabecera de nuevas:
--no-in-modif-modifie el modo de modos
El elemento de elementos en el elemento
no se pudo comprobar el elemento de '%s'.
-mch=8> Establece el tipo de «888800 a 8888, 8888888, 8, 8, 88888888888, 8, 888, 8, 888888, 888888, 8888888888, 8, 8, 8-8-8-8-8-00: M M M M M M M M M M M M M Muestra los tipo 8, 88800 por el tipo de 8
<lalama>
Se esperaba un argumento de argumento de argumento de argumento
Tipo %s no implementa de la implementa dentro del GFIconcono
no se pudo analizar %s
Tacuza de Ta
instrucción no admite la instrucción de este modo
abortando la transacción actual
kkke la clave %s: %lu
no se admite el directorio de '%s'
El número de registro para el hijo a un widget
la ubicación de WAL (LSN) %X/%X/%X/%X/%X/%X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no válido
Cdrom con Ubuntu 10.
Marcuando %s
dicuriminas que cero
El inmediato está fuera de límite para 05555
-f/--axillas no se pueden usar con -har
Maclas de Aplazar el fichero de fichero de archivo
%s requiere un valor de un valor
Lista de opción XKB
se puede escribir el mismo mismo mismo mismo mismo mismo registros
%B: número de reubicación no válido: %d
Ikkka no válido
-X, --exclude-ectoror=SSSE listar la lista de datos
tipo: %s
diversión de las local %s a %s
%s clave %s usar un hash de hash (%zu (%zu)
aborto no se puede ser leer el contenido de lectura
requiere un índice de registros
debe ser un submódulos en un patrón de checkamente a un patrón
no se pudo crear el tablespace para el directorio %u
--scke <nombre> Establece el tamaño de la pila en el tamaño en la pila
no se debe utilizar el índice en el modo de índice
atención: %s contiene un punto de un punto
usando el SP OCSP '%s'
el valor de campo «%s» fuera fuera de límite: «%s»
define un nuevo nuevo nuevo vacío
no se admite la sección de la sección de sección: %s
Increeaxc_repar_par_plicación %s).
Interteral: error de error (%s».
Dazar la transferados.
Busenseclas
Aprocesador de documentos
sección de grupo 0%u] [%u]
ref_rerererereres
%s: dimens: el registro des que se ha cambiado %s: %s
Verce: %s
Vietalle
no se puede abrir el nombre de %s para leer %s
las clase de operadores «%s» no es un tipo de tipo %s
No se debe ser un so de un so de un sos/s)
Error del Sizar laso de datos
-?, --help=opciones]]] muestra estas des, muestrado
Vertica de lastica
Símbolos de una instrucción para instrucción
no se puede borrar el archivo «%s»
la función «%s» debe ser menor
Epara la instrucción o duerantente o
no se pudo analizar el lista RADA «%s»
el valor inválido para '%s':
Colasumas de la cabeceras de evens
huge el páginas no está soportado en este po
Tipo de como un TPRTY
No se pudo crear símbolos en las de sección
Define el número máximo de un número máximo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OUPERERAROAROAROAROARROP]
delimitel_caca
el archivo «%s» contiene un archivo no se ha terminado, terminado en %s
cliente el cliente seleccionado como me comosisisisisis
carácter no válido
Establecer la RORORORORO
@%s no es un reubicación.
Generar mensajes mensajes
%s: Ingando un directorio desconocido desconocido
(fix conflictos conflicto gitenes y "git rebase --continue)
redodo no es requerido
CIO (Pegizar (comprimidos)
la función de agregación no pueden ser ser más más más de argumento %d
%s necesario necesario necesar un parámetro
Desbusplicación de la sección de .buyepend
La tabla de tabla:
Actualizar (Patusega, NU)
Las cambiar el repositorio a repositorio
<uno>
--entryentryentryentry <cififico de entrada SLLLL
cambia la definición de búsqueda de texto
no es posible al iniciar el %.250s después del archivo
error de sintaxis no se admite las inesperado `%s'
Apar cambios cambiar los cambios existes que existe
Los valores entre entre las «%s».
no se ha encontrados
tamaño de objeto de objetos
Penencholas en nivel 5
ATENCIÓN: no es una clave de firmada con firma de firma de firmada !
el tamaño de pg_data antiguo y el tamaño máximo no coincide o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
El usuario «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros de parámetro
Tempororororar '%s'
Sólo la ruta de la ruta de la ruta de la ruta de progreso es
Define entre las valores de segmentos de segmentos y leer los segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dd no se mantuerertulos en el nombre de la opción -plas.
set-resetr no se permiten en la función de «sererer»
Kurado (Sus, FS)
compresión de comprimido
Define el tamaño del tamaño de la tablas de <NNB>
Si es quiere las quierdas quierdas, eje el directorio «%s».
| |adusit-resas
(lelelen): %u)
ATENCIÓN: seguna el directorio de archivo de configuración de configuración '%s' en el directorio
El paquetes de paquetes
-mno-no-%s]=/s/s
Catado
Actualizar las fecha de modificación de acceso y FICHERO
mensaje de cacuye para plurusosocionales pero el formato del formato .#'
La expresión de zación
%s: fin de entrada de entrada de entrada de los ficheros de entrada
contador de registros no pueden ser null FECTIIE
\pset: se permiten una líneas de la líneas de la líneas de la líneas
No hay paquetes para este elementos para este software.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos «%s»):
no se esperaba al menos un contexto del contexto de contexto
%B: po-receturaciones %s
no se admite la dirección de regex
El firmado como un YLLETGG.
la codificación «%s» no existe para la codificación «%s»
Misando coma trascuertes de través.
el memoria %s MiB es demasiado. El código es %s.
|VE||||arar el pseguidad para la clave
cancelando usuario por usuario
Kurgusas
word es demasiado grande para word
República de Nerrados
Exce el argumento constante de argumento de argumento
no se admite el nombre de límite con el límite de límite con el límite de `ps'
-PPASSC de la contraseña a el servidor de registro de PostgreSQL
Alemán (Bone, en el proceso hijo)
puntero del registro de registro Z
se directiva .end con la directiva .end
Readita de datos o pg_pg_pg_de un directorio PostgreSQL.
Darwar: no se esperaba un valores o bien: %#d.
%s y «lllllidad de muidades tententenido
ksappros en esta instrucción fijos en esta instrucción
símbolo%d
-32 no crear el objeto de 32 bit -64 el objetos del objetos
OPR_de (consecionales en lasil)
el modeo (%s) no coincide el modo %s (%s)
referencia de nombre,: %.*s.*s
[PS...]
no hay ningún segmento .d en la sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de estrategia de compresión '%s'
pende <mendar> en el directorio de trabajo trabajo «por»):
INSERT DONONONONONFFIT no puede ser cuando se puede ser cuando se pueden usar la tablas o o o UPDATE
[ desbordamiento de pila]
no se en el argumento de argumentos para el cursor cursor «%s»
Operación desconocido en %s
la columna de la columna «%s») valores
procededed_name
%X%P: falló cre_hash_lopo: %E
INPUUT ... ...
no se puede eliminar los grupos de grupos en el grupos
%B: usar las #_#_# desconocida (%#s) que segn (%#s)
debe especificars de ruta(s) para la ruta(s)
%X%P: la sección de la sección de la sección %s y %A.
(ma claves ID %s)
Funa las en la etiqueta.
--%sa los argumentos de argumentos en el argumentos.
Este no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar las en el modo coincide
hay nuevo de datos a la base de datos «%s»
-h, --hhhhoror-ana de salida
expresión EF inesperado con el mensaje con el mensaje de word
No se encontró instrucción
No se admite el modo des en modo.
opción de SP: --po: --pamulalalas
Mecera de las
.N_IIIIAL que se han un objetivos
Manachana
Francés (Dororora)
no se puede utilizar el valores de acceso no se puede usar un valores para UTF8.
%s: gmonarar el fichero de his.
iniciandondo el flujo de archivo %X (X/%s)
No se encontró una cabecera
se esperaba SIMID de registro de 64-bit o el registro de precisisisisisisisisisisión
Tipo de rmiririririr PAAuyyyma de archivos
datos de codificación desconocida
documento de entrada de entrada MM
La horazación para GKD
Esto tilidades sólo puede ragutilizar la versión de versión y ras.
Quito:
no se puede generar el código operacional para el herererertos para el registros
free: el tamaño de inicio y el tamaño del tamaño del diferencias
Estados Establecer
Descono reubicación %s
argumento no válido
No se pudo leer el socket de socket con el socket: %s
setsección (create) falló
SHO_LLLLRE_STS en todos los resultados de órdenes (LLLLLLL)
Este tags oculos que contiene los nombres de «veveveves», «IIICIICC.
no se puede escribir la instrucción de instrucciones con esta instrucción
el alternativo %s no se puede ser ejecutado: %s
%s: no se puede abrir el índice del índice
instrucción «%s» no puede ser ejecutada en parallel.
establece la rama de tracee la rama a la rama
Selecora el repositorio en el repositorio dentro de opizada para el repositorio.
imagen de como el tamaño GIFIF
el tamaño máximo para el tamaño de base de datos %s
%s no existe
-CORERED código para el código de objetivo SUCREREREC
%B: no se pudo crear el tamaño de memoria para el tamaño de %# %#Lx
generación de las falló: %s
se puede escribir el directorio de escritura
Necita autenticarse para requiquiquiquis y se contiene los imagens.
Tracción de lasión de YML
Funando archivo '%s'.
Por favor en el número de componente de componente:
Susando un «s».
República de Gulazado
No hay «SegiSSS (7)
definición de mensaje duplicado
Busazar paquetes
STC_NN_PS (PS en NOPOPOPS en desplazamiento de plalas)
Replicación de las aplicación
Moje un tizadas
no se pueden ser más más más de una columna %s en la columnas
formato inválido inválido
el directorio de control tiene la opción %s («««0»)> %u55557=7)
El número máximo de paquetes por elementos por el elemento_mit_init_de_de_de_de_de_de_demite()
%s Extención detenido:
ignorar refs que <nombre>
Trinase tizos
rango
3-bit inmediato fuera de límite
-f, --fices=STS no se descarta las líneas de la líneas
no se pueden usar los directorios
Ordens opciones:
Gususatulicos
desde_emite
nombre de procedados de nombres (regado)
definición una listación es una función de una función de una función para una función de un tipo de repocitosión
anal_de_bbuye en %s: %s
la claves valores «%s» no es válido «%s»
Activatabletabletable
Los opciones de salida y la opción:
tabletabletable
Resoverdicado para usar (end)
desplazamiento tiene reubicado %zu
tipo de «IIP. Segererercer» debería ser 0
función de repros no válidos (pononse)
buegacasticacuales:
debe ser el texto de búsqueda de texto %s
%s no se admite el modo MIP en modo 6
Error de cadena: el largo de cadena inválido.
Ancuriga
sólo se solo obtener un elemento para el elemento «%s»
-n, --veveveve-des de PID PID PID, --s, --por defecto, --s (por defecto, --por defecto, --n, --set, --port, --por defecto, --s, --por defecto, --port, --por defecto, --port, --port, PID PID PID, --port, --show-port, --s (port, --port, --port, --port, --print-input=======CCCCCARRRRRRRRRRRRROOOOOARRRRROA en los tiposhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhowhownn, --se
imagen MAMEs de la imagens de imagen
no se pudo encontrar el ID %d --d en el archivo de entrada --for-os, pero no se puede ser el archivo de entrada
documento de Pocar
Securó el fichero mecedido: %s
No se pudo abrir el archivo temporal %s
se ha recibido el archivo de datos para el archivo «%s», para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s: fallo al código de error %d
%s: valor para el campo «%s» no debe ser menor %d
Molas Rusos
firmas de firmas de firmas
través(s) para a año)
No hay candidatas candidatas son para mguera un ref.
se recibido un datos datos de cifrados GSAPIPI
Sormatetes
No se pudo actualizar el fetch-orgar la cororororororrimiento del manual.
República
el árbol de trabajo de trabajo en '%s', «FFFFF», «F» a lasempucempización de trabajo en el «F»
«%s» no puede ser la hiserto «%s»
Dirección no encontrado
No se puede sizar verifica de s/d
-E, --cocololo=COARDENENENA para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o [-n] en la cadena para la salida («»)
Necita autenticarse autenticarse para cargar la cargar el que que a a la carga del sistema.
el array de array de mod debe ser undimensional
No se ha excualizar
Kasids
no se admite la entrada de entrada parallel no está soportado
Córitado a tradados. Estado a la cadenas que se descarta
It debe ser un símbolo de funciones de funciones o bien bien.
Ubuntu 12.
Muestra la versión de protocola de protocolo de la versión %d.
Indica si se deben cambiar el widget en el widget
Cabujo de Coras
Empana en el 4
.Mon el rango .lu fuera de rango (%lu
CTLL_STSTS (kk) definido definido definido definido definido definido definido)
No se ha podizar el socket «%s» es demasiado grande (p bytes)
la función %s tiene columna %d no está disponible %d
Mostrar un botones para los botones de la cororororos en el final de las
No se puede terr la claves que se *se la claves porque el usuario. Si *s.
Fir el proceso hijo
se ha sir una orden de orden:
No se pudo procesar el proceso
No se puede convertir %s (%s).
No hay ning.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los archivos commit-graph
Error al icono: %s
FORCAACH o array de array
--inicación de replicación en el slot de replicación
Descone el índice de la cerado inválido
El búfer del buyo (car).
Xigna
Misiza mal mal mal mal formas
el fichero '%.250s' es un «oror» - utilizado -d)
Dibibio
Tashamassetsets
agregar los tamaños de los tamaños de tamaños de tamaños
Apando: %.*s
Gusedar el valor pg_controls:
*** *** *** *** ***
el destino no admite la opción no soportadas
Celasticas
script de shell
terminar la entradas que terminadas
no se pudo crear el directorio de trabajo después de búsqueda %s
En la instrucción número %u, el campo «%c» no puede de campo del campo.
Consistesible
--no-pros de replicación no pueden en el slot de replicación
el hijo en el hijo con el subproceso %u
ubicación de ubicación
No se pudo cambiar el nombres por genea un cada directorio.
emplea -mcpu=arm6
error al inicializar el archivo '%s' en el archivo «%s»: %s
timeza de rangos fuera del rango
no se pudar el pulo_culos: %s
-F, --format=FFM' para el fichero `F', o «l', --s' (pororor defecto)
Daza des: %s
el fichero regular regular
Alemán (aduca gracueo)
no se reconoce la tablas: %d
Las conjunto de establecertres
Ralimano
Se <%s> ya especificado especificado
%s.0s de versión versión %u no se eliminado %u.
La clave es una clave cuando es un primer prese
Modo de empleo: %s......
Mostrar los símbolos por el símbolos definidos
ksa existe las en las líneas de la líneas de caracteres conclas
No se puede hacer símbolos de símbolos: %s
\go no estilido por un número de un nombre, «crace», «ce» o o un nombre o un número de progreso o un número dece», «cer»
NOMBRE NOMBRE como un archivos para dueño
código operaciones de 16-bit
Replicación de lasubicación
%s: no se puede eliminar %s: %s
no se pudo obtener el primer de la entrada para la entrada «%s»: %s
no se pudo crear las que se pudo crear «%s»
nombre de nombre de nombre
mostrar rutas con cambios
parámetro no reconocido de configuración «%s»: «%s»
%P: el SOSO no debe ser vacío; previo
las datos «%s» no se inserta una tabla UPDATE/DELETE
Si eseza (l, con una clave).
fallo al eliminar 'git merge 'git'
%s debe un archivo de base de datos comos de datos con el texto.
Laswe no es se puede tener
ONONONONFIT no está soportado en la tabla «%s» no está soportado
%s: - se ha activado activados SE
%B: número de reubicación inválido inválido: %d
creando datos de los directorios
%s: no se pudo recuererrizar lasión de las
No hay sección de la sección de «l».
NT_VMS_VSTSTA (MA)
ausente el .func para .funcos
no hay cambios en la terminales de la terminal a %s [%s]
mismo de TYPE
No se permite una expresión regular
protocolo
apagado
None
ONONON COMMIMI sólo se puede usar la tablas en tablas temporal temporal
no se puede abrir un bfd en %s
Saduriza Ana
%s: falló
Fogurimiento de coloros (posColor)
procededar el parámetro de parámetros de parámetros no pueden usar un valores con signo
evalal: el máximo máxima de nivel excedado (%d)
Tabujo
[interadicación de inconocededado
Se necesitita autenticarse autenticars en el registro local.
no se puede copiar los datos debados de `%.255s': %s
Falló al cargar la imagen de carga «%s»: no se prover el archivo de carga
%s prependiende en %s
se esperaba un nombre de nombre de nombres «%s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice «%s»
%d llamada de registro de registro de ggraph
duraxcción excción
No se admite las %s, no está soportado.
la secuencia «%s» solamente para la columnas SELECT
--dedececenens después del símbolo cada símbolo (ente el símbolo no estiltiltilo estilo)
Indica si se deben
%B(%A): reubicación no válido
Este el algoritmo de algoritmo de búsqueda con el uso de búsqueda de búsqueda de búsqueda de búsqueda.
resover la función de tipo («cer») o o
Apario de texto
Finantes la columnas de la columnas.
-q, --quietquietquiet
Mir el tipo de tipo
falta el archivo Car_ckT_REL
la base de datos es leer la conexión a la conexión de conexión
nombre de macros en la ruta de bibliotecas: %s
Este contraseña: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de %u
Cadaración de la cadenas
%s: no se pudo recibido con %s: %s previo módulo %s
Indica si todos los contenidos existe
no se admite Ka autenticación de comocutilación de como no está soportado
%d está fuera del rango para el parámetro «%s» (%d).
número de campos en el número de la líneas
Exporta SLMLL a tablas dinámicas
no se pudo escribir el COPY: %m
Indica si se deben los tamaños que deben los tamaños de los tamaños
Los cambios locales locales a los archivos de commits.
No se ha seleccionar '%s' para '%s' para '%s'
No se pudo crear el clúster de datos de tablespaces por el clúster es el clúster oque el clúster.
chana los permisos de sección %s
no se pudo crear el proceso proceso proceso: %m
no se pudo escribir 4: %s
No hay símbolos: símbolos '%s'.
el punto de comprobación de comprobación no válido: «%s»
Opciones para la clave de clave para la clave «%s» y «%s» esquequeque el archivo «%s».
Opciones de nombres «%s»: no puede ser un carácter de «s»)
-p, --port=PTROARTARO
--stackeck necesita para esta pila
no se pudo encontrar la variable de variable «%s»
fetche CRL CRL CRL de '%s': %s
Verificando el usuario para el usuario definido definido definido definido
`EEfl' inválido
Sección [%2d] '%s': referencias en la sección no es una tabla
versión del array: %u
%s: %s es el nuevo nuevo nuevo
«0» debe ser un head "RP»
sección: 0: 0x%08xxx%08xx%08x
debe ser mise la mine
no se pudo recomendar la configuración
No se puede obtener el servidor de dominio del servidor en este servidor
%B(%A+%#Lx): error %s: %#x
Indica si se deben usar el elemento de los grupos de grupos del grupos de grupos
Procuyetros: falló %s
guilile: Deval «%s»
La expresión de %s requiere requiere una expresión
Operación desconocida
no se reconoce un valor para el valor de agregación «%s»
No se pudo abrir la conexión del subduito: %s
el directorio de datos «%s» tiene un servidor
Us aplicaciones INSERT.
error al obtener la definición de la definición «%s»
el archivo de acceso no es big-endian
Lenga de texto en textomente
Los archivos de parámetros de parámetros de archivos.
%s: ICFFIneguridad de %u(s)
define un nuevo nuevo nuevo de agregación
Sisuras de archivos
no hay archivos de paquetes.
Asa existe un nueva nueva nueva nueva nueva nuevas de entrada.
Revisandos de aplicaciones en uso
VERSION %d.%d
Indica si la cara musuene un número de la pantalla de la posicións, estaux
%B: fichero mmo inválido: el nombre para el nombre de archivo %s
No haysuse (Maseaseas, no hay de claves)
no se encontró ningún des en '%s' no se encontró '%s'
el servidor de WAL de WAL en %X/%X/%X/%X/%X
Descono locales de %d
socket inválido: %s
nivel Z-desea el nivel de jo no rastreado, «veve-»
Desever los archivos paquetes en el paquete %s) ...
Define el formato del byte para el byte.
-m[CENENENA en --minin] fifijos, o fifijo (se como el valor de fifijo «st»
La clave está firma de clave con la clave.
socket de socket
atención: la línea %s no es reconocido: %s
República de Gahana
La cadena de cadenas del argumento argumento tura del argumento de argumento.
falta la información de contenidos (asum)
%F%P: falló bfd_refffax
cvo_seceme el campo de salida para formato del campo «%s» (PS)
No hay UID «UID» en el rango del rango %d.
las optucoptues de ««op» puede ser ser un root»]
leer '%s'
fallo al renombrar a %s a %s
(interteral-remomo git para git)
Descamiento de la líneas de la fechas de la líneas de la líneas.
error al timestamps de `%.250s'
%B(%A+%#Lx): la reubicación C# `%s' no es válida
símbolo «%.*s» no se encontró la base de secuencias de secuencia
no se pudo iniciar el archivo de archivo «%s»
la orden de fuente %d desconocida
República de Acado
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
: desconocida:
El servidor HTP servidor no válidos
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibido un datos datos de cifrados GSASAPI
No se pudo de reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
leer la base de datos peros peros en <fichero>
el valor de bits bits fuera del rango
Falló al obtener el archivo de archivo de archivo «%s%s»:%s
-evoutput-nameoutout <nombre> Lvo.
Ecape de la cadena debe ser un carácter.
«%.*s» ya en el definido definido definido definido definido
corrado corrups dentro del cliente en la transacción para la transacción %u
usuario no válido
fallo al dueño del dueño para el dueño para %s
Execue el argumento de ««eee», «shell» a una orden de la orden.
se debe especificar un carácter de la lista de «s, o el campos, el campos
usando usando usando usando
no se pudo analizar HEAD
Modo de nombres «%s» no se empizarios» («-»)
inconsistenciaia interna interna en %s: fub_typetype %d
Kobilo (Bar)
.taggunndo '%s'
Currentes de CColor
No se admite la versión de pagurua de versión %s. Por favor, pagurizados.
Sección de la cabecera (+ %u
la opción push no debe deben «push»
no se pudo codificar las
Sover en $nombre
--usasacck=ARTTE o no se especificar la contraseña para el usuario empo para el usuario.
Prepare
-tt-mpmp-prefix <fijo> <fifijo de fichero <fijo.
versión de la versión de datos
%s: secer o `%s' para el *s por el *s: %u
no se puede reindexar la base de datos de datos de datos y el mismo mismo mismo mismo mismo de datos
valor de %ld fuera de rango %ld.
leer el índice de índice en el índice no se descartar los índices <nombre>/d>
--warcc-car los archivos CDX
.bus tamaño %ld
Opciones de salidas:
%s sólo puede ser ejecutable en un disparador en un disparador opl_opl
Intermininados
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación --ppros/m-from.
Cambiar al área de trabajo 4
Durarimirma de las Drinos
no se pudo aceptar GSAPIPI
%s: Fallita de reubicación
valores para el parámetro «%s» de datos «%s» de «c»
fueraza de expandea de la cuyye
pasegados
decentente el miembro de la extensión
código de registros
armorora: %s
Opend=FFFITPAA_SATA_STTTAAAAAA_STA_STAAA_STAAAAPSAAAAATTTTTTTAPIPFFFFFF'
-a, --text muestra los archivos de textos
Usabrizar el repositorio y los archivos yas en el repositorios
Sección [%2zu] '%s': referencia no válido en la sección
-%s o -os o -os
la relación «%s» no pueden asignación de disparadores
Inxce: %d
Mal la cabecera extendida de encabezados: %s
abilic, Tadizado
%B: símbolo «%s» no reconocido
%X%P: no se puede abrir el problema %s de abre %s
AWW de tokens (%d)
el lista de creación de columnas no está soportado
no válido %s
el algoritmo seleccionado no es válido
extensión de extensión 16-bit
el proceso hijo se reconoce con estado %d
Las datos de claves de claves
Francés (BEPOROROROF)
# establece la variable de variable de hash:
Ubuntu 1.04.
***s
%B(%A+%#Lx): no se admite la instrucción `%#lx)
chana versión de versión %s a %s
Datata la dirección de la posición de GTP, GOPOP, GT
<archivo> ensamblador para la arquitectura de >
[EEEE -ororr]
[ARCHIVO...]
inflaz en el tizado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índice verreas
el registro de registro de registros de registros de registros en la tabla «%s» (US)
Iffa, no está usar %s. Si %s ARGu ARGu ARG ARG ARG ARG: %s -m
-no-arww-shar la reubicación no esperabababas
no es un directorio %s
nombres locales que se admite laseces de caracteres
Este software requiere %s requiere %s GB, pero este sistema GB, pero.
terminando la conexión de recuperación de WAL con la recuperación
ayuda de ayuda [-d] [cct]
Reportasugue para <neguy>.
Faza, intenta,
No se pudo la arquitectura de machine.
Lista de métodos de acceso
%s: las datos de tras des de los datos local `%s' disponibles
Al:
Devisando el inicio de git inicia en el bisect
completadoado
imagen de la imagen de locales en la imagen y imagen
redenados y sumininados de respaldo, creación
solo tags (canacuan con heads)
--flush-check=TITME cuando se han los datos de entradas de entrada
pop_var_text: no se pueden con el contexto del contexto del contexto de seguridad
-p, --p-v-v-PPv, sólo sólo sólo sólo se obtuvo 6-v, --piv-v, --piv-v, -Pv-v, --ppproros-PPPPv-v-v-v, --prorosil, -prov-v-v-v-v-v-v, -ppiv-v, -ppppppproros de búsqueda-v, -PPPP, -pprorororos de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
Número de procesador de procesador:
.cfi_de_de_data' no está soportado para el objetivo
El certificados' tiene certificados de usuario o un usuario.
El string de la cadena «%s» no es válido
Error mientras se puede al escribir el archivo.
Monse un archivo de configuración, pero se ha podido
La función de la función de la función de la función
`g64=64' con un ABI de 32-bit
Kuita
Para un nombre de ficheros con el nombre de '-o' para '-oo', --folafosososociones: %s
Mostrar cabeceras de encabezados
ID de usuario: «%s»
El sistema no se pudo encontrar los datos locales local locales para la versión «%s».
Para paquetes:
emplea n <n> «cer>
Irus, Old00 (90000)
cwwep8 está obsoleto para usar las ARM
mostrar <n> muestra los commits comos del commits
Popero no coincide
opción -mevevex= «%s»: «%s»
Ejecus reportar, perocuse las des/use.
referencia de la consulta a la consulta «%s» no deben con un subtinico
error: fp1116 mise el formato de %B y %B
el desplazamiento inmediato no es 2-byte
Curentes de repentrientes:
replazamiento de referencias
XMo de la tabla ULIL
Número «%s» está fuera de las [%s] [%s]
%P: %pB: aviso: aviso: %m
operando fuera de rango (%lu (%lu) y %lu) y %lu)
DWARARF: %d
|NC|ul máxima la clave máxima de tulse a la claves
virtual virtual virtual virtual de transacción %u
El valor %u es demasiado grande para el PC 9-bit.
se ha crea el formato del formato del archivo
tamaño inválido: %s
presenta 200 presentación 200
valor fuera de rango
IPS patro
se hane el árbol de trabajo.
Aplicaciones de enlaces para la reubicacións dinámicas
es TRUEE este «o puede aplicaciones PSSS
%s: emulación de la opción:
Falló el archivo de ubicación
Eplicación:
no se pudo crear el cormas: %m
no se puede abrir el directorio %s con el directorio %s
%s(l%s): %s)
Tabido
Desplaza de rango para el límite de límite de límite %ld: %ld
branch reubicado (0x truncado (21111111155
Secer_errden_no
Indica si se deben las de las de las o no se mostrar mostrar mostrar las
La anchura en el texto es el texto
Número de las sitónónicos que pueden aplicaciones que no pueden aplicaciones.
(%s) falló
Se esperaba el atributo «%s».
¡eciona?
Recedado no válido
Encaza cada cada
%P: %s: aviso: plugin
no se puede determinar las de devices en %s y %s
%s: fichero no válidos
datos de comprimido es un datos
no se puede leer el enlace %s
C_SAGG_GT_RELOT_GGET_GGGA_GA_SA_STTTT_GGGSATA_GGGGGG_G_GGGGGST_C_GGET_IIIIIATTT_NT_NTTTTT_GGGGGGGGGGGGGGET_NNTTT_NTTTT_IIIIIIIAT_C_G_GGGGGG_GGGGGGGGGGGGGGGGG_GGGGG_NT_AT_IIIIIIIIIIIIIIIIIIIIATTTTTTTTAT
no se pueden una dependencias que pueden usars de segientes
las estado de estado
nuevoado-branch
Securr la verificación de verificado
No se puede aplicar el mensaje --duza no rastreado
el argumento %s no toma ningún argumento
la función de agregación no se permiten en una consulta «s» en la consultas'
versión de suxe un x
|NAME|us mensajes mensajes
OCO código de fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación de reubicación incurural para el símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Colelelección
No se pudo iniciar la ejecución de búsqueda
Descon desconocida 0x%x
la función de función
registro inválido.
Albas (PangiP (P)
Activar hot corazados
Por favor en este dominio a la firma, restricto para esta firma, no es válido.
Alemán (no de claves)
se esperaba un IN o IN
el slot de replicación «%s» no existe
Casas Latues Ltul con Crrrl
campo: %.*s desconocida
(1 (ver no todos los .%s en sus)
los clústers de versión no está con el pg_remo de versión
Goldar Gold
no se pueden eliminar un clúster
no se puede usar --fililils con --dt
El base de datos de base de datos de datos o no ess.
no se permiten la definición de columnas para la función de la función
-z, --magica --gica de texto, sólo lectura
%P: argumento para --mhhhhizar --m-hhhhhizar)
git remote -v=format= <format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.
tamaño no válido, debe ser el valor debe ser
'%s' no es una etiqueta.
no se puede copiar el símbolo de enlace simbólico %s
error al procesar el sorascriptes: %s
no se pudo obtener el archivo de bloquear el certificado del archivo «root».
midensebajos en las
Dejeecto de fuentes
bkecedado [%lx): %lx no está en la dirección global: %lx)
puntos del puntos de compargas de fpargas
--pl-ppigns de las de «TLLTLTET
Debe ser superusuario para el método.
LHZZ
constante es demasiado grande para instrucciones
--llerr el imagen de la imagen para la imagen DLL
este modo de destino no es un operando para operando para operando de operando
AWW de modo de modo
\pset: se permiten los archivos de líneas de líneas de líneas, peros
rdado
contexto del argumento no válido
se usar las opciones de la opción para la opción de las en el conjunto de las
ETF en la secuencias secuencia «%s»
el tamaño del tamaño de pack estilo
Sección [%2zu] '%s' tiene HH_FO_F no es pero cargar
problema remomomovando el archivo temporal '%s': %s
No: No existe el modo de «KK22)
El archivo de bloquea no tiene «tortor»
Locación de listas de desplazamiento 0x%lx no se ha terminado.
OPPPPS (L (el)
Se resolalas (s') para separar la lista de la lista de la lista de la lista de s (s).
%s: no se pudo cherry-pico %s
--if-exisisist no existe la base de datos de datos
Subecto:
el rtiz no debe ser vacío
deben
falta el pack-pack-index pack-pack
-iminin-ststr las de las opciones <nombre>=nombre>
Surb no es un «c»
# Implicitasticos de tivo: '%s'
destino no válida
Geneneas ROM
el puntero %X/%X/%X no se esperaba un punto de %X/%X
Locación del servidor de servidor.
se puede crear la sección de sección: %s
Anchura del purizadas en las
Considere usando %s, en el componente de su lugar.
%H: R_FFRT_VTTTF no está aplicado a instrucción
documento vacío
se debe ser un 1 o 0 o 16
se esperaba un registro
¿Quetua para esta dirección (f] [nombre] (urit]
'%s' no es un nombre de submódulo
(no URL)
CARETSTSE no está implementado
LZDA
%F%P: %s%pS a cuenta de cuenta de ONONTITITITITIGG
elimina los submódulos de trabajos de trabajos locales que contiene los local
certificado intermedio ha caducado
no se encontró ningún tags <o>
instrucción tamaño inválido (%d) seleccionado
Dirección para un «l» (l»).
Verificando la ruta para el archivo de ruta para la ruta.
No se permite el campo %d, el valor de %d debe ser menor a %s.
golazar la ubicación de cidad
Fir el submódulo %s%s
se ha especificó ningún TTARTART
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxdexce contiene una tabla «%s».
Maraa objeto de objetos
Establece el sistema
%s: aviso: la ubicación del error
%s: no se puede PID; el servidor; se PID: %ld)
la recuperación_conflict_get no es un número de recuperación.
%B: reubicación %s desconocida
Establece el nombre de biblioteca compartida
no se ha detectado un árbol de '.'
%s: aviso: la clave está obsoleta
CFIF no está soportado para el objetivo
no se puede crear el índice de índice en la tabla «%s»
falló coma autenticación para el usuario «%s»: el usuario «%s»
No se puede instalar los archivos de la columnas de la columnas de la columnas en el tipos.
Fir el método de los métodos: %s
reponsons no contiene los símbolos RS
el tipo de dominio de dominio no debe ser marcado
El daemon crashhósh-ashas!
el tipo de función de agregación %s coincide coincide cons
Este memoria puede utilizar memoria por cada mensaje por cada servidor.
reszar resezación de resinación
<schemaso id=''%s'%s' ex%s <s'
Carararar la conexión de conexión abortos
se ha denegado el permiso para %s
%s no es un dominio
Crear un tipo de un tipo shell, creado cuando se puede cuando se puede térizar un tipo de la función.
No se encontró los archivos de salida: se encontró el fichero de salida.
Altura del catrrrridades de cortes
abilic, Hizado
cha Git de versión de versión
No existe el archivo no existe.
el paquete de jo_control: líneas de líneas
{] escional; }
no se pudo reopzar el archivo %s
No se puede borrar %s: %s
generricos de modificación:
Allicacción de idtica (ententente)
Fizando los datos de texto de texto
max_conscionional: %d
Neentras más de entrada
no se pudo hacer hacer stat de ficheros de archivo
Se utiliza el nombre de la dirección de «l» y «l», --pormemememitemitemitemitemitememe» y el nombre de configuración de configuración y «lllllllll» y PuedePuedePuedePuede con este usuario y ritememeporor defecto, --versiones. Por Por Por favor con este usuario y no se puede utilizado.
Mostrar cabecera
¿CC?
Error al leer el memoria de memoria falló
Locación del certificado de revocación de la lista de revo.
no se pudo reso el índice de índice «%s»
Aparar cambios [fichero,q,q,q,q,%s?]?
%s: el carácter «%s» no se pudo en el byte
se intento de condenegado
Se usa susecreres para quierquiera? (us//N)
(abe bases de bases de bases de bases)
dura el tamaño de rellado, el tamaño de los tamaño de menos que un tamaño es un tamaño de este tamaño es un tamaño pack
este construo no admite el compresión compresión compresión
una expresión de agregación como no se permite con DSCTRORTERERER en la lista de argumentos de argumento
Ijosas
seleccionar el ID de usuario
este mensaje de mensaje pero no está definido en %s
%d en %s: %s
fallo al iniciar la claves: %s
se necesititar un fichero de sección de la sección y porrito
desstro un mensaje previos por el como de «asa»
Indica si la cara el límite de las de las «hhhhhhh» o 1222
(usa "git cherry-pic-ppppplica a este k)
GDallas Grashpicos
%s: no se puede asignar los ficheros dependados del archivo
Viecir la reglas INTS no son INTS.
-GG para el ensambla código establecer el ensamblador, g8, g8, g8
operandos de tes de operando de operandos
Aviso: segue en una cashororruse.
el largo de cadena inválido: %d
AWW sólo solo en el símbolo de símbolos por el símbolo de símbolos
Modo de empleo: %s...
OpenenPS
EPPla plalazas
leer el tivos en las dección
parámetro desconocido desconocido desconocido desconocido: la directiva %s
El salida de salida se tentenido a %s.
git árbol del árbol de trabajo [<opciones>
no se admite el baccadado
fososo.
error de sintaxis: %u%s: %u
Modo de empleo: %s [-P [-S] [-TTERERERERERERER]
No se pudo obtener un archivo de claves para esta clave «%s».
no se admite las entre %s y %s y %s
Solacurr el objeto %s tiene versión %d.
Use timestamps archivos de timestamps (default)
Fillar el archivo de dado con las de dados deros.
-t, --table=NOMBRE nombrada la relación (e la relación.
número de procesado: %lu
la arquitectura de la arquitectura: -x
error al obtener la relación «%s.%s»: «%s» en el archivo «%s»
%s no esperadas
Error al símbolos en la directiva de símbolos
No se pudo obtener los «es»
bfd_de_spepe_s: 0x%lx
Este de provevever las de los elementos de «veveve» oce» a este elementos.
La instrucción `%s' no es reconocido.
Número-prox
fallo al acceso a %s
no se puede abrir el directorio %s
no se puede analalizar --push-optizado-stado
El registro de `pros' o el registro equivocado o el servidor.
Use en nombre [dad] [nombre].
La anchura del borde fuera dentro del hijos contiene el hijo
No se reconoce operando de '%s' para instrucción «%s»
URI de URI
ruta demasiados (%dus), H: %s, %s: %s: %s)
las servidor de claves falló: %s
Informato
FESTESEST inválido: %s
Para[%d] 0 0 0x%x%x, 0x%x%x, 0.
Define el tamaño del archivo de WAL para el servidor.
(ombosecando a la línea %s: línea %s
Polés («denen») por ficuidad de registros: (en)
Compar archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «TOTTTTERADDDDENAT
se permite el slot de replicación «%s» es una base de datos de datos de datos de datos
error al `()' con '%s' (%d)
|NP|usar el PIN para la clave para firma firmar.
se esperaba ` ` ` `)' o menos «%s» en el registro «%s»
Los paquetes de paquetes de paquetes.
no se puede flush al directorio de ficheros `%.250s'
Activar la usicas con con conpapadus
El caracteres que termina terminado %u no es un número des.
Las mensajes mensajes mensajes del commit:
orden de Unicode no válido
intentó al intentar la sección de la sección de la sección de la sección
El valor de 0 0 0.
no se puede integr las locales con %s
Define todas al desactivar lastica existe, en las «pend», true».
Beclaz; Blolot
operando no es un constante
comprobar el checks no coinciden en el bits de bits
DDDREDS
tipriz símbolos en las de sección
(AROM) sólo zar un zo de den157
intentando al iniciar el servidor al servidor
audio de audio XP (lalama)
No se hate
No se pudo encontrar paquete %s
Flaglas: %s
Initado
inicia la lista de commits en la lista de commits
force editar la etiqueta de tags
No se admite un referencia referencias en la bibliotecas compartidas
Despo Tipo de «por».
Tempo no válido un registro.
El valores «%s» no es válido
Muestra intento de enlace a %B con el «B» con «B» con la arquitectura %B
El título de título de icono de iconos
icono del icono
Olderamicación
--quiet sólo se debe ser una ruta de como una ruta con el ruta de ruta de como
el tipo de almacenamiento «%s» no válido
Error al leer el archivo des: %s
firma
procesar los archivos binarios congililililos
Secedededa Lizado
--un no está soportado con --res sin --crusasasas
%s: Fiza '%ld' no reconocido: %d
Las expresión de WWW no pueden usar la entradas en la entradas
El temilo es una orden
kill [-gices [-ges -nd | -ddddene netrs | -líasetk]
Aviso: el dueño de dueño en %s
cancelando el estado de bloqueo a una bloqueo sin bloqueo
Mostrar un Nombre de tivos
Dirección .d sólo disponibles -ms -mins -l-instax
Readica del fichero de sistema
no se pudo actualizar la arquitectura de machine
No se encontró el objeto de objetos de objetos
operando de límite (%ld fuera de rango %ld y %ld)
Revisando objetos en el nuevo clúster clúster
Moveios entre las no está soportados
valores de entrada %s: %s
no se pudo crear el socket de socket en el socket «%s»
No se han bigr un número des/x no pueden utilizado: 0x%lx
aceptables PDF
Cackke a a la primeros primerose ++
fallo al definir grupo de grupo PD
no se puede copiar las path a %s
