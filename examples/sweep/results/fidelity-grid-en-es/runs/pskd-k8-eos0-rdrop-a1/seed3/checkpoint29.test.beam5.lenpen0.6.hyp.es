Si se deben el botones de los botones en el preguados
Indo-prosepepes
no se pudo crear el fichero '%s'
El dominio para dominio en el dominio o NULL, NULL, dominio
%s no puede ser aplicaciones a una función
ignorado
problema redando '%s' a '%s': %s
-n, --quiet, --presilililentes de las de los tros de los cambios
no se puede utilizar la expresión de subtrico
Dasisistbles «sis»
El archivo de se ha sidosicicados
(echadito)
Extización de eventos
el carácter inesperado `%c' en el tipo predicado
Error de través de fichero de tras: %s
los procesos de procesos
valida de datos no válidos con PAAAAAAAAAAA
%B: %#Lx: aviso: símbolo inesperado en la sección
no se puede crear el fichero regular %s
ARCHRR
Error al parámetro de parámetro %s: %s
pushpush para '%s' no está disponible para '%s'
Monsas de Kiminas
base de datos %s
No se puede dano
clase inválido
Por favor seleccionar la claves de clave:
--tra el nombre de rama a una rama
Establecer el número minuxid en el nuevo clúster
República de SUR, República Sociaciaciaciaciaciaciacia
Indica si se deben a la líneas de la líneas de la líneas de la líneas de la líneas de las en enccuiarcas de la líneas de la líneas
Cas Losharguse a la claves de la claves des (fatizas)
La secuencia de la secuencia a la secuencia Xizadiza el servidor X
Cdrom con Ubuntu 9.10 10 10 Ko Ka
Tuano
la opción -C no se pueden utilizar las de las des opciones des des de jección y no pueden ser usadas de las opciones
Mo renombrar un directorio o un directorio de un directorio o s, so
Nexiste pusicals
No se pueden dual
El número de las seguidad de la pantalla de la cas de la pantalla.
Viece
Tras formatos de especificadas en el nombre de «cer», -mer», -mecus, -mir el nombre de las, -tiza el nombre de las que -acuercual, -tizar el nombre de las de «secual, -tizar el nombre de los que -tizar el nombre de lasecual, -tizar el nombresecual, -tizar el nombre de las que se puedenecuercuales de lasecual, -tizar el nombre de los que -tizar el nombre de las que -ticuercualcuales de lasecuales de lasecuercuales
el archivo comprimido de comprimido, pero no soportadas de compresión
Crol y pids y pids, Ingus
línea de líneas no válida
Will no se pudo todos los URLs de push
Time aso:
salida en la salida de la salida en la salida de INDC
Sección [%2d] '%s': hash de dispersión de hash %zu para el índice %zu
No se permite el carácter de 'c' en 'c' en el valor de caracteres en el valores
destino
Xfnzados
core y optros en la cadenas de 32 bit.
sparse: se ha detectado un fililado opl
Seculo deserdas no en el árbol.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': la sección AL_BOROROL_STT_B, pero el símbolo de sección .SSST_FFIIICTT_ROFFFFIIIIICT_RRRRROT_RROAROROOOTT_B: no está presentetusetusegunununununo (posececegegusetualalalalegegus': .eguer_B: no se pudo (plalalazzzzzzar_ROROANNNNNNNNNNTTTT_ROIIIIIIIIIIIIIIIIIIIIIC
el tipo de operandos no puede ser en el tipo
inicia_deprección: pg
no se pudo encontrar el primer primer primer primer primer GHT
Operación inválido: --acatuet --HSHO con --gatualiza
lectura de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se pudo leer el marcas por el marcador de kens por el k»
Modo de empleo: %s [opciones] [ad](s)](s)]
opción '-%c' requiere una opción positivo
No se reconoce INT_NTFION_NTF
No se admite la definición de una definición de un símbolo de sosos en el archivo
opción --on-set-se la opción --no-intinin-ins, --no-in-in-int, --se la opción --n-in-int-in-in-in-in-in-in-inse la opción --set-in-inse la opción --setizat-set-se la opción --no-set-set-set-set-set-ininsetalalalalal-inse las opciones opciones opciones opciones de la opción --no-s opciones de la opción --nonnnnnnnnnnualalivalalal-se la opción --no-nnnnnnnnnnnnnnnnnnnnnnnnnn
clave %s: la clave «%s»
versión de versión %d
Se especificó ningún protocolo
Francés (al)
Recuse una ventana de la ventanas de una ventana
-a, --all muestra los bases de datos
<stringe tabla de tabla: %ld
El valores de tininapes de las de lastica de las de las de «fin». Sin». Sina de laseasea de las de laseacuea de lastica de lasea de lasea de laso de las de lasión de tina de rango. Sina de las de lasea de las de las de las de las de las de lasión (pororororora de lasión de las de lasccccccccccionales de las de lasemininininterterterterterterterterterterterterterterterterterterterterterterterterteradosecionaliza
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
falta la cabecera de cabecera de cabecera:
--no-no-modififiizados en el modo de nizado
Selecional de elementos en el elemento
no se pudo comprobar las configurar '%s'.
-mamas=nombre> Establece el tipo de 8 8, 88, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8 8, 8, 88, 8 88888, 8, 88888, 8, 8, 88 8, 8, «3333333333333300000000 8, M M Mnnnnnnnnniza el tipo de 8 M Muestra el tipo de 8 8.
<ma>
Se esperaba un argumento de «RR»
Tipo %s no implementa de la implementa de las de GIFIfaceefas
fallo al analizar %s
Macuxce
instrucción no se admite el modo de instrucciones
abortando la transacción actual
ksipicados: %lu
no se admite la definición de '%s'
El número de registros que se a un widget
la ubicación de WAL (LSN de WAL %X/%X/%X) debe ser tizar)
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válida
Cdrom con Ubuntu 104.
Marcando %s
dicrimiminas que cero
El inmediato está fuera de límite a 033555
-fajuxililus no pueden usar con -har con -har)
Maclas de Apresos de los archivos
%s requiere un valor
Lista de opción XKB
se pudo escribir al mismo mismo registros
%B: número de reubicación no válida: %d
Ikkkkke2
-X, --exclude-ect directorios de datos=LITITIC
tipo: %s
desversión de las local %s a %s
%s clave %s para usar un hash de hash (%zu)
abortaqueque no se puede ser leer
instrucción registro de destino requieres
debe ser un check-check-checkout tivamente para recitos
no se pudo tablespaces para el tablespace %u
--stack <size> Establece el tamaño de la pila en la pila
no se debe ser usado en modo de índice
aviso: %s contiene un puntero
usando un respuesta de '%s'
el campo de campo/inina de rango: «%s»
define un nuevo nuevo vacío
no se admite la sección de la sección en %s: %s
Increcax_prepresepar_prescurusetado (par)
Interno: error de errores opcalal-optipor «%s».
Datizados.
Blsense
documento de Aporks
sección de sección 0%u de grupo [%u]
ref_rerereopciones
%s: dibusión de lasión de '%s' debe ser un registro de hiso: %s
Ver: %s
Vietivos
no se puede abrir el nombre de nombres para %s
la clase de operador «%s» no es un tipo %s
Path no contiene un tiento no contiene un secientes (se)
Error de la función SD
-, --help[help=opciones] muestra los ayudas]
Verticasticas
Símbolos de instrucciones de instrucciones para instrucción
no se pueden borrar las devie de «%s»
la función «%s» debe ser menor
Esputando o instrucciones
no se pudo analizar el lista RAIADENAGG
la opción inválido para '%s': «%s»
Casumes de cabeceras de cabeceras de evenls
no se admite las páginas en este plas en este po
Munduse un YTRTP
No se pudo hacer símbolos en las de sección
Define el número máximo de mentras se ha multéna de trabajo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [UROUP] [OPCIÓN] [OPCIÓN]...: %s]
delimiter_de_cacar
el archivo «%s» no contiene un archivo NUUL, terminado en %s
un cliente no válida
carácter inválido
Establecer el enlace PROROROARROAG
@%s no es un reubicación.
Generar mensajes de mensajes
%s: Ingando un directorio desconocido
(fixando conflictos y «giter»)
redado no es válido
CPIO (comprimido)
la función de agregación no pueden ser más de argumentos de %d
el parámetro %s
Se abubbbbusación de la alineación de la sección .pendibusetización de la sección
La tabla de tablas:
Uruse (Patuse, NLLA)
Las cambios para el repositorio
<nombre>
--entryentry <rececevo de la entrada DLLLL
cambia la definición de búsqueda de texto
no se puede izar al iniciar el «s» a través de ll
error de sintaxis de la sintaxis no inesperado `%s'
Aplicar las cambios que existentes de commits
Los valores entre las «%s» y «%d».
no se encontró entradas
el tamaño de objetos
Mencho de cho 5s
ATENENCIÓN: no es una clave de firmada con un firma!
el nuevo pg_pg_data antiguo y el tamaño máximo no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos del parámetro
Tororororar el reso de '%s'
Desca la ruta de la ruta de la ruta de la ruta de la ruta es conflicto
Establece la desplazamiento debe ser ejecutables y los segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -lse -duse el nombre de la opción.
la función-res de la función de la función de las no se permitenadas
Kurizado (SS)
comprimido
Establece el tamaño de la tabla de la tablas <UB>
Ifuzar el quiere el quierdo de la WAL, eliminado «%s».
|adusit-puset-Buruse
(llll: %u)
ADVERTENCIA: no se admite el directorio de configuración de configuración en el directorio de configuración '%s' en el directorio «%s»
El paquetes de paquetes de paquetes
-m[no-%no-7]1//sisisisisisisis
Catado
Actualizar la fechas de acceso y modificación de modificación de FICHERO
el mensaje de catuso tiene plurimina de lasión de lasión de lasión de posión de las de lasión de lasión de lasión de la cacuralalalalalales de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de las de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión tiene tiene tiene tiene tiene tiene un mensajesión de lasión de lasión
Ezario
%s: fin del fichero de entrada de entrada de entrada
el contador de registros no puede ser «TICCTITITIC
\pset: se permiten la columnas de la líneas de «s».
No se puede recomendado para este elemento.
-d, --dbname=NOMBRE nombre de datos a la base de datos a la base de datos «%s»)
no se esperaba un contexto de la línea
%B: plas de reubicación plasatizada %s
no es válida
El probo es un YGTERTER.
la codificación «%s» no existe para la codificación «%s»
Descusce comascujojo de la cas.
%s Mizar de memoria es demasiados. Las.
|VEE|use el pulse la claves para la clave
cancelado por usuario
Krusos
word es demasiado grande para el índice
República de Nriger
Exce el argumento de argumento de argumento
el nombre de nombres de límite con el valor de `ps' no debe ser usado
-P PASSPASSFILE de la contraseña para el servidor del servidor
Alemán (Bone, en el tiza de registros)
puntero de registro ZZ
la directiva .end con un precedededido
R_unditado o pg_pg_pg_de un directorio de datos.
Darwar: Error de «h» o no válido: %#xMMM.
%s y «llllicitite» son mutusión de tus
ksipros en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit bit bit
OPR_IO (segicos encionales)
el modo (%s) no coincide el modo %s (%s)
en nombre de nombre,: %s.*s
[ARGS...]
no hay sección .ddy en la sección de segmento
Se necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendimendar <nombre> en el directorio de trabajo «por» (por»):
no se puede ONONFIONF ONF no pueden usar con una tabla de tabla UPDATE o no se pueden usar con una tabla
[ desbordamiento de pila]
no se en el argumento para el argumento «%s»
Desconoce en el símbolo %s
la columna «%s» de la columnas" valores de la columnas
procedido
%X%P: no se pudo crear_refo: %E
INPPTTER ... ...
no se puedenzar grupos en grupos
%B: se utilizar las diferente de campos desconocido (%###Lx)
debe especificars rutas de ruta(s)
%X%P: la sección de la sección %s y %A en la sección %A.
(inma clave %s)
Funacción en la crupta.
--%s toma los argumentos en el argumentos de argumentos.
Esta orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo de modo se encontrar el modo en el modo
conectar a la base de datos «%s»
-h, --hher muestra la salida
EOF inesperado con el mensaje de word
No se encontró instrucción
No hay modo de nunacana. Muestra el modo.
SPUP: --pamusos de la opción --purusepo
Mecerdo
.DEFAULT_NGOALALAN
Manacho
Francés (Dororora)
el valor de escapes no pueden utilizado para el valor de codificación de codificación 8.
%s: falta un fichero de his.
iniciando el flujo de WAL en %X/%X en %s (s)
No se encontró una cabecera
se esperaba 64-bit SMID de 64-bit
Tipo de «AAAAAAAddiza de archivos
codificación desconocida
documento de entrada MMM
El programa para el GDK
Este sutilo sólo puede racutilizar la versión de la versión y %s.
Quito:
no se puede generar el código operacional para el código de código de ramine
free: el tamaño de inicio y el tamaño de diferencias
Estados
Des reubicación %s desconocida
argumento no válida
No se puede leer el socket de socket: %s
setfres falló (con)
SOH_ALL_LLLLLL_RETTENS para todos los resultados de la consulta (por defecto)
Este tags que contiene los nombres de nombres de espacios que no válidos.
no se puede escribir la instrucción con esta instrucción
el alternativo %s no se puede ser un tula de %s: %s
%s: no se puede abrir el índice
instrucción «%s» no puede ser «d» enlololo.
setce la rama de la rama a la rama
Secue el repositorio en el repositorio para el repositorio.
Resusando GIFIF tiene el tamaño cero
máxima el tamaño máximo para la base de datos %s
%s no existe
-SCRE código para el ensambla código de objetivo SUUCREREREC
%B: no permitir el tamaño de memoria para el tamaño de memoria %#Lx
fallo al «s»: %s
No se pudo escribir
Necesita autenticarse para la imagens locales.
Traciones de YMLL
Prerando fichero '%s'.
Por favor en el número de componente de componente a:
Susando no tiene un double.
República de Guma
No hay rgico (SS)
definición de mensaje duplicado
Bros paquetes
STC_NP_NPS (PPeguse en el posego en el procesador)
Replicación de /rendriend
Mose un tuntizables
no se pueden recar una columna de columnas en %d
formato inválido
el directorio de control tiene permiso de control %s ««««h» (0»)
El número máximo de objetos deben ser un elemento gue_recetrit_de_de_de_de_de_semit_se()
%s Exciones:
ignorar refs que <fichero>
Tinina de ringurie
rango
3-bit fuera de rango
-f, --fijo --ld=PITENS, se hacuera las líneas de la líneas de las de las de las de las que -t, --s que -ne las de la líneas de las que -f, --s de las de las de la líneas que -necueracueras de la líneas que -f, --s que -ne la líneas de las de las de las de las que -f, --s de las de las de las de la líneas que -f, --fififijo, --s de las de las que -f, --fijo, --fifififijo -f, --s que -SIIIIIIIInnecececececece
no se pueden usar las directorios
Opciones de la opción:
Gestul doublesico
de_emite
proculicados (regado)
la lista de columnas es un nombre de una función para la función de la función de nombre de tipos de tipos de tipos
destino_de_de_de_busef en %s
valores de claves no válidos en la clave «%s»
Activatabletable
Inpujos y la salida:
tabletable
Reserricados para usar (endiend)
reubicación tiene reubicado %zu
splitInecax.xe las valores de las de lasume «PIC' debe ser 0.
respuesta no válida (ponsetés
buca: señacionals
debe ser dueño de búsqueda de búsqueda %s
%s no está soportado en modo «PS16
Error de cadena: longitud de la cadena.
Antigiga
sólo se pudo un elemento para el elemento «%s»
-n, --nset-secues PID por el nombre de PID, --port, --port, --port, --s, --s, --s, --s de PID, --port, --s, --port, --port, --nuset, --set, --nuset, --net, --port, --port, --s de la salida PIDset, --set, --netrientes de PID PID PID PID PID PID PID PID (portrientes de PID, --port, --segne el nombre de PID PIDshow-nnegnnnegnegnnnecuset
imagen de «AA» compresión
no se pudo encontrar el bloque de bloqueo de bloqueo de entrada en el archivo de entrada --deros no se puede ser el fichero de entrada
documento Pockort
Securó el fichero megurado: %s
No se pudo cerrar el archivo de «s»
se recibir datos de datos para el archivo «%s», o «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser demasiado grande
Descuso Ros
paquetes de paquetes
trasilados) a años)
No hay candidatas son son musecuse que seguizada.
se han recibir datos de datos de GSASAPS
paquetes
No se pudo actualizar la cororororción de la corororororora de las.
República
el árbol de trabajo en '%s', tizaráán de trabajo de trabajo «Fecuse»
«%s» no puede ser hise nizar «%s»
Dirección no encontrado
No se puede verifizar «/s»
-E, --cocoden=CCAROENCADENENCA para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o [-n] [n] cada fichero de cadenas de salida (n)
Necesita autenticarse para la cargar el que la carga de carga a la carga.
el array de mod debe ser un array
No se ha viecuso
Ksids
la entrada de entrada de entrada de entrada no está soportado
Critado a la cadenas que Estados. Estados de la cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas que se deberían que se deben que se pueden acuricados.
It debe ser una función de destino o deben usar un símbolo.
Ubuntu 12.044.
Tipo de protocolo de protocolo no se encontró %d.
Indica si se debe deben usar las que mostrar el widget de widget
Culo de CGa
Eucha en 44
longitud .MA (%lu) fuera de rango
CT_TSTSTL (seck)
Cix-dominio el socket de la ruta de la ruta de la ruta de la ruta de dominio «%s»)
%s tiene columna %d tiene columna %d pero %s
Mostrar un botones para los botones de los botones de la carguibara de los botones de los botones de las de los botones de las de las de las de las de la carcururucararario
Ituse es que la claves que el nombre de la claves de usuario.
Foldar el proceso hijo
Rarmilar:
No se pudo final
No se puede conectar %s (%s).
Sililo.
se ha crea el permiso de tablespace para la tablespace «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
FOREACHA de array
-- slot de replicación en el paquete de replicación
Cadicado inválido
Quueryyye (cecar)
Xnigna
Masis mal mal mal formados
el fichero `%.250s' está corrupo de lla de ll)
Dibibizar
Camononshastes
añadir los tamaños de la direcciónsume
Aplicación: %.*s
Gusados pg_pg_pg_pg:
*** *** ***s
el destino no admite la opción push
Celasticos
shellshell
terminadas entradas con NUL
no se pudo crear el directorio de trabajo después de búsqueda %s
En la instrucción número %u, no se pueden tizar el nombre de campo «%s».
Esistados
--no- replicación en el slot de replicación no pueden usar en el replicación
el hijo ya de error en %u
ubicación
No se pudo nombre se pudo ser un nombre de la línea.
emplea -mcpu=arm66
error en el archivo de cache '%s' para la caché de '%s': %s
tiempo de za de husea de rango
no se pudo definir el pux_x_cuse: %s
-F, --format=FM' para el formato de `curusecuse' (por defecto), --secusecr, --so, --secuer', --secuerto)
Datado: %s
fichero regular
Alemán (aducue un gracujo)
no reconocido la tabla de tablas: %d
Fontés de establecer
Ralimano
A%s> ya> ya especificado
%s de versión %s de la versión fuera de la versión %u de la versión %us. Para de la versión %s de la versión de índice %u de la versión %s de la versión %us de la versión %uiza de la versión %us de la versión %s de la versión %us de la versión %us de la versión %us.
Bepar la clave es un como
Modo de empleo: %s...
Mostrar los símbolos por el símbolos definidos
ksipros y líneas de la líneas de tizas de la líneas
No se pudo hacer stats: %s
\g no está permitir por un nombre de un nombre de racedado, racedado o un número de un nombre o un nombre o un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de racuerado o corororororororortado o cororruero, racedido
NOMBRE NOMBRE como un archivos de dueño
el código de 26-bit
Replicación Subicados
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer primer de la entrada para la entrada «%s»: %s
no se pudo crear las': «%s»
nombre de nombre
mostrar la rutas de rutas de rutas
no se reconocar la configuración de parámetro «%s»: «%s»
%P: el SOSO no debe ser un NOMBRE; se ha podido
el cursor «%s» no es una tabla «S» UPDATE» en la tabla «%s»
Ilitano (sinind, con teclas muertas)
no se pudo eliminar 'gitgit árbol de trabajos'
%s debe un archivo de base de datos a un archivo de datos otras.
Viwe está tener
la tabla ONONFIT no está soportado en la tabla «%s» en una tabla «%s»
%s: -Z requiere un SE
%B: número de reubicación no válida4430: %d
el directorio de datos
%s: no se pudo encontrar las que coinciden las de exec
No se revisar la sección de la sección de «por».
NT_V_VMSSTTTTA (sea tablas)
ausente .endend para .funcional
no se pudo en el mapeamiento en la terminal de la terminal %s [%s]
Tamaño
No se permite una expresión regular regular
protocolo
Aprogado
Neone
ONONONT sólo puede ser usadas en tablas en tablas temporal
no se puede abrir un bfd en %d
Baduriza
%s: falló
Foguruo como un colores (po no es un Gdk)
procededido OUUT no pueden de un valor de un valor de «T
eval: se hacue el nivel máximo de nivel de nivel de nivel (%d)
Tabujo
[inmitadicicación en eliste]
Necesita autenticarse para las local.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar el imagen de la imagen de la imagen de «por», no se han»
%s-pendipende en %s
se esperaba un nombre después del nombre de «s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice «%s»
%d función de registro-graph
duraxcción de lasepción
No se admite las symipros, no está soportado %s.
la columna «%s» sólo soportadas SELECT
--dedecrececha de cada fichero de cada símbolos de cada símbolos, --no-radue el cada fichero de rachchchchchcho de radens de raduecue el rachchchchchcha el radue el radense el cada fichero de ratiza del símbolo (no-a el cada fichero de rararadensechchchchchchchcho de rarararace el enlace de cada fichero de cada fichero de cada enlace
Indica si se deben
%B(%A): tabla no válida
Esta existe el algoritmo de búsqueda para planos de búsqueda.
resover (candico o tipos de función de tipos o o «s)
Aplicación de salida
Finir el estado de la columnas de la columnas.
-q, -- [--quietquiet
Tipo de tipo
falta el fichero de CT_ckT_REL
la base de datos de datos de datos a una conexión
nombre de macro no válida en la ruta no válida: %s
Ca contraseña: %s.
No se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto de %u
Cadicación de la cadenas
%s: no se encontró ningún enlace con %s: %s
Indica si se deben sobre los textos de textos existe
Kerca autenticarsecación de «5» no está soportado
%d está fuera de límite para el rango «%s».
número de campos de campos en la líneas en la línea
Exporta SLMY a la tabla SLLLLL
no se pudo escribir al programa: %m
Indica si se deberían los tamaños de los tamaños de los tamaños de los tamaños
Los cambios locales a las siguientes siguientes siguientes siguientes de las de turitos de las de tuales de la rama: %s.
No existe, seleccionar '%s' para '%s' para '%s'
No se pudo crear el clúster de tablespace para el clúster antiguo.
chanando permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir 4: %s
No hay símbolos de luluso: '%s'.
comprobación no es válida: «%s»
Over la clave de clave para la clave «%s» y «%s» no está especificado en el archivo de «s».
Nombre de nombres no válido: se pueden strizar el carácter de «-s» (por)
-p, --port=PROAARTER el servidor de datos: «%s»)
--statack requiere un desbordamiento de la pila para este pila
no se pudo encontrar la variable de variable «%s»
no se pudo dese el fetch de '%s': %s
Verificando el usuario para el operador de operadores de usuarios
`Ellll' no válido
Sección [%2d] '%s': referencia en la sección de sección no es una tabla
versión de la versión: %u
%s: El nuevo nuevo nuevo nuevo nuevo
«0» debe ser unhead de «PRP
sección: 0x%08x: 0x%08x
debe ser misecustes
no se pudo recomendiendado
No se puede eliminar el servidor de destino a este servidor
%B(%A+%#Lx): error %s)
Indica si el elemento deberían usar el grupo de grupo cuando se cuando se cuando se cuando el grupo de grupo
falló lasión de jeleles: %s
guilile: '%s'
La expresión de la expresión %s requiere
Opción desconocida
no se reconoce un valor para el valor de agregación «%s»
No se pudo abrir la conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño
Usubizar el estado de su lugar.
error al crear la función para la función `%s'
el archivo de codificación de codificación no válida
Lenga de texto en el textomente
Se encontró el archivo de parámetros DHHH.
%s: ICFveritado de %u después de %u)
define un nuevo nuevo nuevo diccionario
El archivo de archivos
no hay archivos de paquetes.
Se encontró un stash; existe una nueva nueva nueva nueva nueva nueva rama.
Revisandos aplicaciones en usar
VERSION %d.%d
Indica se debe ser un subenenenenena un número de la posición, este número de la cux
%B: fichero mmo inválido: el nombre de nombre de fichero %d no válida
No hay rguso (Masea, no hay claves)
no se ha encontrado en '%s'
el servidor de WAL en la ubicación en la ubicación %X/%X/%X/%X/%X en %u
Descono locales de %d
socket no válido: %s
Zo el nivel de jo-id-ina el nivel de jo de jo, acuera el nivel de Z, Z, na el nivel de nivel de nivel de trizar el nivel de nivel de Z, Z, Z, nacueracueracuera el nivel de bajo de Z, Z, Z, Z, nacuera el nivel en el nivel de bajo de lase el nivel de bajo de nivel de nivel de nivel de nivel de bajo de nivel de Z
Resubicado por archivos en el paquete %s (%s) ...
Establece el formato de salida para la salida.
-m[[, --grmin] --gric-prefix=DENA en un valores fijo fijo fijo de fijo de fijo de filas, --s]
La clave está vacío.
socket
atención: el línea de línea no es reconocido: %s
República de Gana
La cadenas del argumentos para el argumentos de argumentos de argumentos de argumentos.
ausente las solicos; (ase)
%F%P: falló bfd_reff_x_rereresos: %E
sv_fifijo_ld de campos para el campo de salida (por defecto)
No hay UID UID «S» en el rango %d.
no se pueden optusecuse en un «vevevenecece» [n»]
leyendo '%s'
fallo al renombrar a %s a %s a %s
(interalizar git-res)
Descuerdos de la fechas de las de las de las de «IPIIIC.
error al establecer el directorio de `%.255s'
%B(%A+%#Lx): la reubicación CLMAB: la reubicación «%s» no es válida)
símbolo «%s» no válida.*s»
no se pudo iniciar el archivo «%s» de archivo «%s»
orden desconocida %d desconocido
Recricado
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TPT servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibir datos de datos de GSASAPS
No se pudo reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer el «-» en el patrón de cada <fichero>
fracción de bits fuera de rango
Falló al obtener el archivo de atributos de la%s: %s%s%s
-e --output-se salida del fichero <nombre>
Esca la cadena de la cadena debe ser un carácter.
«%s» ya existe en el * en el *
corrupo de la transacción de la transacción de la transacción en el estado de memoria %u
usuario no válido
no se pudo dueño del dueño de %s
Excue un argumento de la orden como argumento de la orden de la orden de la orden de la orden de la orden.
debe especificar una lista de la lista de la lista de campos, o campos
usando
no se pudo analizar HEAD
Nombre de nombre de nombres no válido: «por»
problema de reubicación en %s: %s
Kano (Bar)
el objetivo objetivo «%s» no está definido
Currentado
No se pudo crear la versión de la versión de la versión de la versión de la versión %s.
Se cabecera de encabezación (sacusea %ux%x: 0x%08x)
la opción no deben push
no se pudo codificar
Fir_ilililos en $
--usas-papapascizados de la contraseña de la contraseña.
Actualizando
-t --t-fififififijo <fijo> a <fijo.
acción de datos
%s: falta o `%d.*s' ya en el usuario *s: %u
no se puede reindexar la bases de datos y la bases de datos y el mismo mismo mismo de datos
valor %ld fuera des fuera del rango.
leer los índices en el índices en el índice de índice
--warc-c-ce fichero de índice CDX
.bsbs tamaño %ld!
Opciones de salida:
%s sólo se puede ser una función en una función opl_oprtr
Intermininado
%F%P: se reconoce la opción %u: %s
Por favor especificar la codificación «por», --from» o --fromhhhhh» en un «pora.
Sambiar el árbol de trabajo 44
Desscrizos Drinos
no se pudo asignar GSSAAAPI
%s: Fallo depuita
el valor de parámetro «%s» de la columna «%s» en el cursor de la «n»
fuera expanda de expanda de expande
pasegados
entententiendo de la extensión de la extensión
código fuente
armor: %s
'--pagese=FITPA_NAAAATA_NTATAAAATATATATAAAAAATAAAAAAAA_GSTAAAAPIPITAAAAAAAATATATAATATATAAATATATATTTTATATATATATATATATATATATTTAAAAARRRRRRRRTATA_GPITATATAATAAAAAAAA_GSAAAAANNNNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
-a, --text muestra los archivos de textos
Usasacurizar el repositorio y «facacacas
Sección [%2zu] '%s': valor de sección no válida
-%s o -os
la relación «%s» no se pueden usar un disparador
Inxdex: %d
Mal formados de encabezado: %s
abircizado, Tizados
%B: símbolo «%s» no reconocido
%X%P: aviso: problema de error %s después del problema de abrir
Wongona de tokens (%d)
creación de columnas en la columnas no está soportado
inválida %s
el algoritificación seleccionado no es válido
extensión 16-bit
el proceso hijo no reconocido con estado %d
PSCC de claves de claves
Francés (BBPROOOROROO)
# establece la variable de en la variable de hash:
Ubuntu 2.044.
* **s
%B(%A+%#Lx): se ha la instrucción '%#lx' en la instrucción #T_#'
chanando versión de versión %s a %s
Data la dirección de la dirección de la posición de la posición de la «POPT
<archivo> ensamblador para la arquitectura de la arquitectura>
[EEror -orrr]
[FILE]
inflazado en el retor (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
lista de registros de registros de registros de registros de registros en la tabla «%s»)
Si se ha especificado especificado especificado %s, utiliza %s. Si %u es ARGu ARGs, -mm ARG, -m, ARGus.
-no-wars-hartizar la reubicación no se en la reubicación de reubicación
trecha «root» no es un directorio %s
nombre de nombres de locales debenn tues de caracteres
Este software requiere %s y %s, pero el grupo GB, pero este sistema.
terminando la conexión debido a la recuperación
ayuda [-d] [-d] [fichero...]
Descuerrbuse a <guso>.
Fatalizando,
No se pudo la arquitectura de la arquitectura.
Lista de acceso de acceso
%s: las datos de tranus de datos `%s' no están disponibles
At:
Se necesitar el inicio «gitar» en el bisect
restadoado
imagen de la imagen locales de la imagen de la imagen
redenados aminados de un modo temporal, creación y «s»
sólo se mostrar la etiquetas de etiqueta (secues)
--flush-flush=TITME cuando se hanuse la entrada de entrada, cuando se hanuse la entrada
pop_invar_text: no se pueden usar el contexto del contexto de seguridad de seguridad
-p, -p-v-v-v, IP44, se han 66-v, --po
Número de procesos:
.cfi_de_datadata no está soportado para este objetivo
El certificados que tiene un certificado de usuario o «der».
La cadena de cadena «%s» no es válido
Error al escribir al escribir al archivo.
Mostrar un archivo de un archivos, pero se ha podido
La función de la función de biblioteca
`p' utilizado con un ABI de 32-bit
Kucita
Para un nombre de un nombre de un nombre de fichero con '-oseos, --fos', --fo el nombre de 'refo el nombre de la orden: %s' para utilizarifo el nombre de 'refoceo el nombre de la como el nombre de la orden de la orden de 'fo el nombre de fichero de la orden de '-o el nombre de 'foceoceo el nombre de 'fo el nombre de 'foceo el nombre de la orden: %seoseo .-oseo .es de 'git rebase: -focecuerero fichero de 'fo el nombre de fichero de fichero de la como el nombre de la como fichero de laseoseoseoseoceoceo fichero de las
Mostrar cabeceras de programas
ID de usuario: «%s»
No se pudo copiar los datos de sistema no pudos locales para el nombre de sistema «%s».
Par paquetes:
utilizar <n> ya de trabajo n>
Iruse (ld)
spar{b está utilizado para el 8 y 8
muestra los commits <n> comos
Popupo no coincide
opción -mecrx=: `%s'
Espusilo des, reportós, «spus/sasega.
la referencia recursiva a la consulta «%s» no debe aparecer en un subtina
error: el formato del formato de formato de formatos de error %B y %B y %B
el inmediato no es 2- bytes
Crientrientente:
replalaza en la referencia de nivel
XM-otifififico
Número de «%s» está fuera de las [%s,%s] %s]
%P: %pB: aviso: «%pB» de `%pononononononons' para las»
operando de límite fuera de rango %lu entre %lu y %lu y %lu y %lu
DWARAR: %s
|N|eden máxima de la claves máxima de la claves
petición de transacción %u/%d/%d
El valor %ld es demasiado grande para demasiado grande para 9.
crea el archivo de formato del formato
tamaño inválido: %s
plantilación de PowerPoint 200
desplazamiento inmediato fuera de rango
IPS
Desclas de trabajo.
Aplicas valores de reubicacións de reubicacións de reubicacións
estilo sificación «S» no se puede «S»
%s: emulación de la opción:
Congó el archivo de WAL
Oplicación:
no se pudo crear la cormas: %m
no se pueden usar el directorio con %s con el directorio %s
%s(l%s): %s)
Pabuso
Desplaza de rango para el rango de s de s/ld: %ld
ramificación reubicado de reubicación (0x%x] [-16 [-1119] 9]
Befer_no
Indica si la se deben usar las de lasión o no se deberían usar
La anchura en el texto
Número de multónónicos que puedennnulos de las que no pueden porque las de subtientes.
(%s) falló
Se esperaba el atributo «%s» pero se encontró «%s».
Tasisistiza?
Recevo no válido
Lonminados
%P: %s: el plugin
no se puede determinar el devise en %s y %s
%s: archivos no válida
compresión de datos de comprimido
no se puede leer %s
C_AMAGT_GOA_RELIT_C_NNNT_C_GGGGG_C_C_C_C_CAAAAAAAAAA_C_NNNIIIIIIIIIIC_NNNNNNNNNNNT_C_GGGGGGAADDDAATTTTTTT_GGNNTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG_C_GGGGGAAAAAAAAAA_GGAAAAAAAATT
una dependencias no se pueden usar tusegos
el estado del estado
nuevo-branch
Secrizado el verificado
No se pudo hay mensaje --ducuerrizada
%s no se encontró ningún argumento
la función de agregación no se permiten en la función «s» en la consultas'
de versión de versiones
|NAME|us mensajes de NOMBRE
OCC fuente
no se puede asignar el sistema a la columna «%s»
mostrar archivos en la salida (por defecto)
literal de reubicación concurus para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUUEEEE de parámetro
error al abrir '%s': %s
argumento %s para directivas.
Colelección
No se pudo iniciar la búsqueda de búsqueda
Des etiqueta desconocida 0x%x
función
Opciones inválido.
Allnus (Pan)
Activar hot corororrror
Por favor en un dominio para este dominio o esta firma, «stricte».
Alemán (noasa claves)
se esperaba un IN o o IN
el slot de replicación «%s» no existe
Catiza Letrizquierdo con Crtrl
nombre de campo: %.*s
(1) I1 no todos los .%s»
no hay versión de versión con este pg_reres de versión
Gold
no se pueden usar un clúster compartida compartida
no se puede usar --filililse
La base de datos de datos de datos o no es válida.
no se permiten la lista de columnas de columnas para la función de la función
-z, --mamagicico de la instrucción de separación, sólo lectura y zar los datos
%P: el argumento de argumento --shhh-relax-relax-relax-relax)
git etiqueta -vv <format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 104.
el tamaño no debe ser un valor
'%s' no es una etiqueta.
no se puede copiar el enlace de símbolos de enlace %s
error al cerrar el sor descriptor: %s
no se pudo obtener el directorio de «root» de «root» a los archivos.
minusegensas
Obbetivos de fuentes
banzado la dirección [%lx): %lx no está en la dirección de «lx)
coma flotante de compargados en la regas
--pltrign-se las de las líneas de las de las de la líneas de las de la líneas de las de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de las de las de las de las de las de las de las de la líneas de las de la líneas de la líneas de la líneas de las de la líneas de las de las de las de las de las de las de las de las de la líneas de las de la líneas de la líneas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de «ns
Debe ser superusuario para el método de acceso.
LHZZ
constante es demasiado grande para la instrucción
--llación para la imagen de la imagen DLLLL
este modo de la dirección no es un destino para operando de operando de operando
Avisar modo de modo
\pset: se permiten usar la líneas de la líneas de «s», double
rdado
el contexto del argumento no válida
se usar la opción de la opción de la opción para la opción de programa
Se encontró una secuencia de secuencia tiene la secuencia
el tamaño de paquete de paquetes es 1
Sección [%2zu] '%s' tiene la sección SHH_FF no tiene segmento de carga
problema de remostas de fichero temporal %s: %s
No hay modo de «K2» (por»)
El archivo de WAL tiene «er» fuera»
Los listas de inicio en la lista de desplazamiento 0x%lx no está terminada.
OPR_SSL (selel)
Asashlas («/») de serererer» (secuseecusecuse de secuso de sosecusecuerererertosecusecuseecuseeeeeecusecusecuse de secuertose de «nonononononononononosecuer»).
%s: no se puede dic-pico %s
--if-sexist no existe la base de datos
Subicación:
el triz no debe ser vacío
barra
falta el pack-pack-index
-i --instr-curuse la sección de los contenidos de la sección
Cac44
# Implicitasticos de tico: '%s'
destino no válida
Genensis
no se esperaba %X/%X/%X/%X no es un puntero; se esperaba %X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección: %s
Anchura del purizados en el purizados
Considere usando %s, en la parte de la parte de core.
%H: R_FROROT_FFFTFITTTTF para SO a una instrucción
documento vacío
cantidad de las debe ser 0
se esperaba un registro
Quizarca para esta dirección (se[h]?] (urite] (se)]
'%s' no es un nombre de submódulo
(no URL)
CARETASTITITENST no está implementado
IZ)
%F%P:%pS: la ubicación de la ubicación de la ubicación no válida
elimina los submódulos de trabajos de trabajos que contienen locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido (%d) seleccionado
No se pudo obtener un «lllll» para «l», «l», trup»
Use la ruta para el archivo.
El campo %d con %s, debe ser un valores de %d a %s.
gocito de ubicación
Fetando submódulo %s%s%s
Falló ningún punto de ubicación TETARTARTART
La tabla es una tabla en la tabla %s, pero no tiene contenidos
Indexde «%s» contiene una tabla.
Marca objetos
Establece el sistema de sistema
%s:%lu de ubicación: error
%s: no se pudo ejecutar el servidor de servidor; el servidor PID: %ld)
la recuperación_de_de_line_line no es un número de un número.
%B: la arquitectura desconocida %s
Establece el nombre de biblioteca compartida compartida
'read' inesperado
%s: la clave es una clave ! es cero
CFI no está soportado para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló latención de usuario «%s»: el usuario «%s»
Su instalación contiene los tipos de la columnas de la tablas de la tablas de la tablas de la tablas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas.. ««s de la columnas de la columnas de «veveveveveveveveveveveas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas que no pueden».
Acas métodos: %s
responon no contiene el «S»
el tipo de dominio de dominio no debe ser cero
El daemon cusas-hos minaseclas!
el tipo de función de función %s tiene función de tipos
Esta de memoria pueden usar las de memoria por cada biplas de memoria.
resosezación de acceso
<schema id='%s'%s': la lista de la lista de ids'%s'
Descarios de conexión abortadens
permiso deneegado de «collations» para %s
%s no es un dominio
Crear un tipo de un tipo de shell, creado «AAAAAnuse el tipo de la función.
No se encontró los ficheros de salida: se ha encontrados.
Altura del catrrustes de corturas
abilicizado,
La versión de Git
# no existe el archivo.
ribar_de_resos: líneas de líneas
{NNN {};
no se pudo reopenar el fichero %s
No se pudo borrar %s: %s
genados de modificado:
El lico de idicico (entente)
texto del contenido de las de texto
max_consiones: %d
Netado de entrada
no se pudo hacer hacer stat de los ficheros de ficheros
Se utilizar el nombre de la dirección de la dirección de «por» en este mensaje y «se». Por favor en este mensaje: --mita el nombre de lasetrimita el nombre de laseporororororor defecto y «pororor defecto y «se» y «se» y «por defecto, y «por defecto y «semmitecuer».
Mostrar cabecera
La clave?
Error de memoria: falló
Cucación de certificado de revocación de la lista de la lista de certificado.
no se pudo resezar el índice de índice «%s»
Aplicar al cambiar el índice de la índice, [%s,%s,?]?]?
%s: el caracteres `%s' no se pudo representar con un byte
código requerido
¿rese suse quiere quiere quiere quiere? (se)
(only de bases de datos)
durante el tamaño de paquetes, pack-file es un tamaño de este tamaño pack es un tamaño de este tamaño de este tamaño es un tamaño
esta instrucción no admite la compresión gpizada
una expresión de agregación en DITITITRTRTIN, en la lista de argumentos en la lista de 32
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
fallo al borrar la claves: %s
necesitamente exactamente un fichero de sección y purito
desosye un trogos por el «a»
Indica si la se deben usar el formato de «ck» o «hhhh»
(usugit cherry-pic-pice --pikkizar)
GDArapicación de GD
%s: no se pueden usar un fichero dependado
Vise con condicional condicional INTST INS no son automáticamente automáticamente.
-pG para el ensambla ensambla ensambla ensamblador de ensamblador de 8, se está 8, 8
operandos de «d» no válida
Aviso: seguado en un «sepuseprasepus.
longitud de cadena no válida: %d
Qar sólo se puedenar el símbolo en el símbolo
Modo de empleo: %s...
OpenenpSS
W WL plas
leer las tivos de entrada en la salida
parámetro desconocido .TSECCIÓN: %s
Losutputs de salida de salida a %s.
git árbol de trabajo [<opciones>]>
no se admite la cacaca
so fo.
error de sintaxis %s:%u: %u
Modo de empleo: %s [-S] [-P] [-TERERP]
No se pudo obtener la claves de la claves de claves para esta clave «%s».
el valor entre %s y %s y %s no está soportado
Socure objeto %s tiene la versión de la versión %AIIB.
Ustimestamps archivos de timestamps (por defecto)
Fillar el archivo con el archivo de dizado con las de las.
-t, --table=NOMBREtabletabletablece el nombre de la relación de la relación (viset, --cecet, --tablec)
número de procesado: %lu
la arquitectura de la arquitectura no válida
error al copiar la relación «%s.%s.%s»: se encontró el archivo de la relación «%s»
%s no se recadoado
Nombre de símbolos en la directivas
Falló al obtener los protizados
bfd_de_crerescección de arquitectura: 0x%lx
Esto de produce el «por» para este valor de «por».
La instrucción `%s' no es reconocido.
No hay mensajes-prox
fallo al acceso a %s
no se puede abrir el directorio %s
no se pueden eliminar --d-optip-optizados
Desprivo `s', o el registro equivocado.
Use en nombre del nombre [OPCIÓN].
El ancho de la anchura está fuera del proceso hijo
No se reconoce operando '%s' para instrucciones '%s'
URI
la ruta demasiados de ducepar, SHA (%s): %s)
la clave de servidor de clave: %s
Inmalal
FESTENTESTA: %s
Paras[%d] 0 0x%x%x, 0x%x, 0x%x.
Define el tamaño del archivos de WAL para el servidor.
(pocue la información de la línea %s: %s
Policas (securita de registros: (se)
Compar archivos en el índice de trabajo y el índice
no se permiten operaciones «groupgroup» en «EEEECH
el slot de replicación de replicación «%s» es un slot de la base de datos de datos de datos
error al «name» con '%s' (%d)
|TP|usa un PIN para la clave para la clave para firma firmas.
se esperaba `, `' o `s' después de base de registro `%s'
La lista de paquetes de paquetes.
no se puede flush con el fichero de nuevo `%.250s'
Activar usicados con use apadus
No se ha terminar el número de la directivas de la directivas y no es un número de 1.
El mensaje de commits de commits debe serás:
suprrros de datos no válida
se intentó en la sección de coma flotante de coma flotante
El valor 0 0.
no se pueden ucrar el cambio locales con %s
Establecer true para desactivar todos los programas externos externos en el programas.
Beclas
operando no es una constante
comprobación no coincide en las con el bits de bits de bits
REDS
Etiprizados en la sección
(ARMo de DDAM) no está eliminar 7
procesando al iniciar el servidor del servidor
audio MP3
Elte
No se pudo encontrar paquete %s
Flas: %s
Initado
iniciar la lista de commits en la lista de commits
Oforce editar el mensaje de etiqueta
No se pudo referencias en un referencias compartidas
Desplazación So. Salimalimiento So de «sepo.
Suce un registro inválido.
Para el valor «%s» no es un «B»
Mización: se pudo el enlace de enlace %B con «BBB
El título de la barra de icono
icono
Olderica
--quiet está solo es una ruta de una ruta conector
tipo no válido «%s»
Error al leer el archivo depor de archivo: %s
firma
procesar ficheros binarios de texto
Selecedededido
--und no se admite con --segurursasas
%s: Fizar '%s' no existe: %d
expresión ROW no se pueden tener entradas de entradas en la entrada %d
El stor si se es una orden
kill] [-gurif | -guriza de tiza de la si seguriza de la corriza de nizadose de niza de nizados (prizadosetizadosetiza de la si nizados [preprepresnizados [ficheronizados [nombrenombrenombrenombrenombrenombrenombrenombre]
Aviso: un dueño de dueño de «%s» en %s
cancelando el estado debido a tiempo tiempo
Mostrar cabeceras de tivos
Opciones .dut sólo disponible con -ms -min-intixins
Redado-only de sistema
no se pudo actualizar la arquitectura de la arquitectura
El acceso fuera de acceso en este objeto
operando de límite fuera de rango (%ld) y %ld y %ld y %ld)
Restorando objetos en el nuevo clúster
Moves entre no está soportados
el valor de entrada %s: %s
no se pudo crear el socket de socket en el directorio «%s»
No se pueden usar un /sumume sex%lx: 0x%lx
Asccept de PDF
Casobuye para el primer primer primer primeros de ++
no se pudo definir grupo de grupo de grupo
no se puede establecer el «-» a %s
