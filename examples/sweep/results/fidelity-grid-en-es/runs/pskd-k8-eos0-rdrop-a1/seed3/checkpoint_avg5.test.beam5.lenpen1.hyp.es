Si se deben el botones de los botones en el preguados o no deberían
Indo-prosepepes
no se pudo crear el fichero '%s'
El dominio para dominio en el dominio o NULL, NUL o dominio
%s no puede ser aplicaciones a una función
ignorado
problema redando '%s' a '%s': %s
-n, --quiet, --presililentes de tentes de los cambios
no se puede utilizar la expresión de subtuse en una expresión
Dasisistbles «regis»
El archivo de segicados que se modificado
(ecuegurito)
Extización de eventos
el carácter inesperado `%c' en el tipo de precuicación
Error al traso de fichero de tras: %s
los procesos de procesos
valida de datos no válidos con PAKAAAAAAAAA
%B: %#Lx: aviso: símbolo inesperado en la sección
no se puede crear el fichero regular %s
ARCHRRA
Error al el tipo de parámetro %s: %s
referencias de refs para '%s' no está disponible para '%s'
Monsas Kiminas
base de datos %s
No se puede duano
clase inválido
Por favor seleccionar la claves de claves:
--tra el nombre de rama a una rama
Establecer el número mixid en el nuevo clúster
República de SUU, República Sociaciaciaciaciaciaciadas
Indica si se deben a la líneas de la líneas en la líneas de la líneas, encarcuiarca
Cas Losharguse a la claves de la claves (fas)
La secuencia a la secuencia de killa el servidor X
Cdrom con Ubuntu 9.10 10 10 Ko Ka
Tanano
las opciones -C no se pueden utilizar las des descción y no pueden ser usadase las jCC
Mo renombrar un directorio o un directorio de un directorio o s, s
Nexistemita de la dirección
No se pueden danaso
El número de las solo después después de la pantalla de la pantalla.
Vieclas
El formato de especificaciones de «s» no pueden», -msecutizar el nombre de multizar el nombre de los que -t, -tizar el nombres, -t, -tororort, -t, -t, -t, -t, -dualcual, -tizar el nombres, -t, -tizados, -t, -t, -t, -t, -mmmmmmmmmalal de las de las que se pueden usar el nombre de las de las de las -tizar el nombre de los que -tizar el nombre de las que -ticacacualcualalalalalalcualalalalalalalalales -du
el archivo de comprimido comprimido, pero no está soportado --l
Crol y pids y pus, Ingués
línea no válidos de línea %s
Will no se pudo todos los URLs de push
Time asos:
salida en la salida de «CCCCOCOCDINDENC
Sección [%2d] '%s': hash de dispersión de hash %zu para el índice %zu
No se permite el carácter de 'c' en 'c' en el valor de caracteres en el valores
destino
Tipo de alias de alias
core y opizas en la cadenas de 32 bits.
sparse: se admite el fililo se han opripado
Seculo deserdas no en el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': la sección AL_BOROOL_SST_B, pero no se presentegegusegual_SST_SSSST_B, pero la sección .TABLE_SSSSSST_RROROFICCCCT_B, pero sección de sección .TABLE, perosegoset
el tipo de operandos no puede ser en el tipo
inicia_deprección: pg
no se pudo encontrar el primer primer primer primer primer registro GHT
Cacción: --at=HHSHO con --sistatualaliza
leer el archivo de ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se pudo leer el marcas por el marcador de kenos en el k»
Modo de empleo: %s [opciones] [(s)](s)](s)]
la opción '-%c' requiere un número entero entero
No se reconoce INT_NTFION_GF
No se admite la definición de la definición con la definición de fichero con el fichero con -vos
opción --on-serdo-s requiere las opciones de la opción --no-int, --no-in-in-int, --in-in-in-in-int-int-in-in-in-in-in-ins, --s, --s, --set, --setintinset-setinset-int, --no-in-in-in-in-in-insetinset-inset-intienset-in-in-insetizzar la opción --nonnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn
clave %s: la clave «%s»
versión de índice %d
Se especificó un protocolo de protocolo
Francés (al)
Rascita de ventanas de ventanas de ventanamente
-a, --all muestra los bases de datos
<stringe tabla de tabla: %ld
El valores de tinininados de las de las de las de «fin». Sin» está fuera del rango.
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de cabecera de encabezado: falta el nuevo nueva línea
--no-no-modififiiizados en el modo de las de netizadas
Seleciona de elementos en el elemento de palos
no se pudo comprobar las configurar '%s'.
-mas <nombre> Establece el tipo de 8 8, 88, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 88, 8, 8, 8, 8, 88888, 8, 8, 88 8, 8, 8, 843333333333333000000
<lama>
Se esperaba un argumento de «RR»
Tipo de %s no implementa de las dentro de GIFIneefaceceea
fallo al analizar %s
Maxiso
instrucción no se admite el modo de esta dirección
aborta la transacción actual
ksiplicación del nuevo: %lu
no se admite la definición de '%s'
El número de registros para el hijo a un widget
la ubicación de WAL (LSN) %X/%X/%X) debe ser mayor que %X
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 104.
Mar el recando %s
dicrimiminas que cero
El inmediato está fuera de límite a 035555
-fajuxilas no pueden usar con -har con -har)
Maclas de ADepos de los ficheros de archivos
%s requiere un valor de un valor
Lista de la opción XKB
se pudo escribir el mismo registro de registros
%B: número de reubicación no válida: %d
Ikkkke no válido
-X, --exclude-ect directorios de listas de la lista de la lista de «SST
tipo: %s
desversión des local %s a %s
%s clave %s para usar un hash de hash (%zu (%zu)
abortando no se pudo leer el aborto de lectura
instrucción registro de destino requieres
debe ser un check-check-check en un tivamente a un recitos
no se pudo tablespaces para el directorio %u
--stack <size> Establece el tamaño de la pila en la pila
no se debe ser utilizar el índice en el modo de índice
aviso: %s contiene un puntero
usando un respuesta de respuesta de '%s'
los campos de campos de campos de rango «%s»:
define un nuevo nuevo operador de operadores
no se admite la sección de la sección en %s: %s
Increcax_prepresepar_prescuruse (par).
Interno: errores de errores opcal-optipor «%s». = «%s»
Datizado abortados.
Blensecens
documento de Aporks
sección de grupo de grupo [%u5]
ref_rerereopciones
%s: dibusión dentro de lasión de hiso: %s
Ver: %s
Vivose
no se puede abrir el nombre de nombres para %s
la clase de operadores «%s» no es un tipo %s
El na no contiene un tientes que contiene un /clas/s)
Error del So de tarcibo
-, --help[help=opciones] muestra estas, muestra las de salida
Vertica de lasticas
Símbolos de instrucciones de instrucciones para instrucción
no se puede borrar las devie de «%s»
la función «%s» debe ser menor
Sutando con instrucciones de instrucciones
no se pudo analizar lista RAIAD
la opción inválido para '%s': «%s»
Casumes de cabeceras de tipicas
no se admite las páginas en este plas en este po
Mano un YTPRRTAAT
No se pudo hacer símbolos en la sección de la sección
Define el número máximo de mána de un número de trabajo multuramente.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN][ROUUP] [OPCIÓN] o bien: %s]
delimit_de_carcaca
el archivo «%s» no contiene un archivo NUL, terminado en %s
un cliente seleccionado de la musisisisisis
carácter no válido
Establece el enlace PRORORRROAGA a un enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: Ingando un directorio desconocido
(fixando conflictos y «giter»)
redodo no es válido
CPIO (comprimido)
la función de agregación no pueden ser un argumento de %d
%s en el parámetro %s
Se abubbbbusación de la sección .pendización de la sección
La tabla de tablas:
Uruse (Patuse, NLLA)
Las cambios para el repositorio
<uno>
--entryentry <recevo de la entrada DLLLL
cambia la definición de búsqueda de texto
no se puede izar el inicio de inicio de «s» a través de ll
error de sintaxis de la sintaxis de targar `%s'
Aplicar las cambios de cambios de commits en el commits
Los valores entre las «%s» y «%d».
no se encontró entradas
tamaño de objetos
Mencho soso 55s
AVENENCIÓN: no es una clave de firmada con un firma!
el tamaño de pg_data antiguo y el tamaño máximo no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetro
Torororora el reso «%s»
Desca la ruta de la ruta de la ruta de la ruta es conflicto
Establece la desplazamiento debe ser entre los segmentos y los segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -duse -d. El nombres de la opción es un nombre de nombre de la opción
las funciones-res de la función de la función de las no se permitenadas
Kurizado (SS)
comprimido
Establece el tamaño de la tabla de la tablas <UB>
Sise quierdase el quierdas, «re» o «re».
|adus-segurit-Busas
(llll: %u)
ADVERTENCIA: no se admite el directorio de configuración en el directorio de configuración '%s' en el directorio «%s»
El paquetes de paquetes de paquetes
-m[no-%s]16-//sisisisis/s
Catado
Actualizar la modificación de modificación de modificación de modificación de FICHERO
el mensaje de catal tiene posión de lasión .#' pero .#'
Ezario
%s: fin del fichero de entrada de entrada de entrada de entrada
el contador de registros no puede ser «TICTITITSS
\pset: se permite una columna de «s», double de la línea
No se recomendizar el elemento de software.
-d, --dbname=NOMBRE base de datos a la base de datos a la base «%s»)
no se esperaba un contexto del contexto de línea
%B: plas de reubicación posegurica %s
no es válida
El probo es un YGTTER Y.
la codificación «%s» para la codificación «%s» no existe
Misando coma trascustes.
%s Mización del memoria es. El valor es %s.
|VEE|EEEEEs de la claves de clave para la clave
cancelado por usuario
Krusasos
word es demasiado grande para el índice
República de Nriger
Excando el argumento de la constante de argumento
el nombre de límite sin valores de «ps» no deben».
-PPASSC de la contraseña de registros de «ce» a el servidor
Alemán (Bone, téneca de registros)
puntero de registro ZZ
la directiva .end con un precededededido
Rundita de pg_pg_pg_de un directorio de datos de datos.
Darwwar: no válido de so de «MMM» o %#x.
%s y «llllll» son musión de tusión
ksipando fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit bit bit bit
OPR_C (segicos encionales o tales)
el modo (%s) no coincide el modo %s (%s)
en nombre de nombre,: %s.*s
[ARGS...]
no hay ningún segmento en la sección de sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendimendar <nombre> en el directorio de trabajo «por» (por»):
no se puede ONONFI ONONF no pueden usar con una tabla de tablas con una tabla UPDATE o no se pueden usar con una tabla UPDATE o una tablas DELETE
[ desbordamiento de pila]
no se en el argumento para el argumento «%s»
Desconoce en el símbolo %s
la columna «%s» de la columnas de conflictos
procededido
%X%P: no se pudo cerrar_rego: %E
INPPTER ... ...
no se puedenzar grupos en grupos de grupos
%B: se utilizar el campo %s de campos (%###Lx)
debe especificars rutas de ruta(s)
%X%P: la sección de la sección %s y %A en la sección %A.
(inma clave %s)
Funacción en lasión.
--%s toma los argumentos en el argumentos y el argumentos.
Este la orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo al encontrar el modo tiene en el modo
conectar a la base de datos «%s»
-h, --herer muestra la salida de salida
expresión EF inesperado con el mensaje de word
No se encontró una instrucción
No hay modo de nuncana. Muestra el modo.
la opción --USP: --pamuso de la opción --puruso
Mecla de las
.DEFAULT_NGOALAAN que un objetivo
Manacho
Francés (Dororora)
no se puede utilizar el valor de «cabo no se puede usar el valor de codificación 8».
%s: falta un fichero de his.
iniciando el flujo de WAL en %X/%X (s)
No se encontró una cabecera
se esperaba un 64-bit SID de 64-bit o 64-bit o 64-bit
Tipo de «AAAAAAAdizza de archivos
codificación de datos desconocida
documento de entrada de entrada MMM
El programa por omisión para GDD
Este sutilo sólo puede raguizar la versión de la versión y %s.
Quito:
no se puede generar el código código operacional para el cliente
freso: el tamaño del tamaño del tamaño de diferencias
Establecer la impres
Descono reubicación %s
argumento no válida
No se puede leer el socket de socket: %s
setsar el «create» (con»)
AH_OLL_ALLLLL_RESE en la consultas en su lugar de resultado de la consultas (s)
Este tags que contiene los nombres de nombres, no válidos.
no se puede escribir la instrucción con esta instrucción
el alternativo %s no se puede ser un tula de %s: %s
%s: no se puede abrir el índice de índice
la instrucción '%s' no puede ser «lololololo.
establece la rama de la rama de la rama acuís
Secuando el repositorio en el repositorio de optizar el repositorio.
El tamaño de la imagen de GIFIF tiene tamaño cero
el tamaño máximo de la base de datos %s de datos %s
%s no existe
-SCRE código para el ensambla código de objetivo SUCCREREC55
%B: no se pudo crear el tamaño de memoria para el tamaño de memoria %#Lx
Falló las falló: %s
No se pudo escribir
Necesita autenticarse para la imagens locales.
Traciones de YMLLL
Prerando fichero '%s'.
Por favor en el número de componente de componente a:
Susando no tiene un double de double.
República de Guma
No hay rgano (SS)
definición de mensaje duplicado
Bros paquetes
STC_NP_PS (PPSS en NOOT en el pos)
Replicación de spendrientes
Motés un tizables
no se pueden recar una columna de columnas en %d
formato de mensaje no válido
el directorio de control tienena %s (0s ««««3») y 55» y 57)
El número máximo de objetos por el elemento gue_recetimit_de_de_de_se()
%s Exciones:
ignorar refs que <fichero>
Tinina de ringurie
rango
3-bit fuera de rango
-f, --fijo --ld=PITENS está fuera los campos de la líneas que segos que -t, --s, --s, --s que -t, --s
no se pueden usars directorios
Opciones de la opción:
Gultul de doublesico
de_emite
proculicados (regado)
la definición de una lista de una función de una función de una función de una función de un nombre de repos
no se pudo anal_de_debus en %s para %s
el valor de clave «%s» no existe
Activar la Activa
Inpujo la salida y la salida:
tabletableces
Reserricados para usar (endiend)
reubicación tiene reubicado %zu
el valor split de «CIP.00 no deberíaríaría ser 0.
resoconon no válido (seac)
buca: señacionals
debe ser dueño de búsqueda de texto %s
%s no está soportado en modo de modo 6
Error: la cadena de la cadena inválido.
Ancuriga
sólo se pudo un elemento para el elemento «%s»
-n, --nat-setuse el tipo de PID, --port, --s, --port, --port, --s, --s, --port, --s, --port, --port, --port, --s, --s, --port, --set, --nuset, --no-port, --port, --port, --set, --port, -t, --port, --set, --set, --port, --port, --port, --port, --port, --port, --port, --show-nnnnnnnnnnnnnet, --nnnnnnset
imagen de compresión «AA» no se imagens
no se pudo encontrar el bloque de bloqueo de bloqueo de entrada en el archivo de entrada --dero no se puedenuizar el fichero de entrada
documento Pockortizo
Securó el fichero megado: %s
No se pudo abrir el archivo de archivo %s
se recibió el archivo de datos para el archivo «%s», o «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: error al código de error %d
%s: el valor para el campo «%s» no debe ser demasiado grande
Cosuso Ruso
paquetes de paquetes
trasilados) a años)
No hay candidatas candidatas que seguer que tés que las que se jecuens que ténada.
se han recibir los datos de datos de GSSAPS
Estetetes
No se pudo actualizar la cororororción de la cororororororaza de las.
República
el árbol de trabajo de trabajo en '%s', «FFegus», «F»
«%s» no se puede ser nizar «%s»
No se encontró ningún no encontrado
No se puede verifizar «/s»
-E, --cocoden=CCOROENCADENCA para la base de datos de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o [-n] [n]
Necesita autenticarse para la cargar el que la carga de carga de carga.
el array de mod debe ser unidimensional
No hay viso devisos
Kasids
la entrada de entrada de entrada de entrada no está soportado
Critado a la cadenas que Estados. Estados de la cadenas de cadenas de cadenas que se deben de cadenas de cadenas.
It debe ser un símbolo de función deben usar un símbolo.
Ubuntu 12.044.
Tipo de protocolo de protocolo no se encontró %d.
Indica si se deben usar el widget de widget en el widget
Culo de CGa
Eté en 44
el inmediato de longitud de límite (%lu) fuera de rango
CT_STSTTA (seck) definido definido definido definidos en la ubicación
Cix-dominio el socket de la ruta de la ruta de la ruta de la ruta «%s» (por)
%s tiene la columna %d tiene columna %d peros
Mostrar un botones para los botones de los botones de los botones en el árbol de la cargos
Si es posible que la claves que el nombre de la claves de usuario.*s en el nombre de usuario *s.
Fartas hijo
Rarmilo:
No se pudo procesar el proceso
No se puede conectar %s (%s).
No hay ilado.
se ha denegado el permiso para la tablespace «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
FOREACHA de arrays
--formato de replicación en el slot de replicación
Cadizado inválido en el índice
Se Queryyye (carcuar).
Xnigna
Masis mal mal mal formados
el fichero de `%.250s' escurizar el carácter de llado %d)
Dibibizar
Camononshoras
añadir los tamaños de a los tamaños de la direccións
Aplicación: %.*s
El valores pg_pg_pg_pg_des:
*** *** *** en ***
el destino no admite la opción push
Celasticos
shellshell
terminadas entradas con NUL
no se pudo crear el directorio de trabajo después de búsqueda %s
En la instrucción número %u, no se pueden tizar el nombre de campo «%s».
Esistización de Consación
--no- replicación en el slot de replicación no pueden en el replicación
el hijo ya de error en %u
ubicación
No se pudo hacer un nombre de «us» en la línea en el directorio.
emplea -mcpu=arm66
error en el archivo de cache '%s' para la caché de '%s': %s
tiempo de za de husea de rango
no se pudo definir el pux_secue: %s
-F, --format=FM' para el formato de `setus', «l», tuse», za `CCCCCC', tusecuer', --a `cuer' (porororor defecto), tuer'), tuer', «por defecto, ««po el valores de `CCCCCCCCOOOOOOOOOOOOOOOO'
Datado: %s
el fichero regular
Alemán (acue un gracuc)
no reconocido la tabla de tablas: %d
Fontés establecer
Ralimano
A%s> ya> ya está especificado
%s de versión %s de la versión fuera de la versión de índice %us. Para de las de índice %us s s s de las de las de las. Para de las de índice %uiza de la versión %us s s s «s «sazaza de la versión %us de la versión %us de la versión. Para de la versión %us de la versión %us de la versión %uienenenenenenenenenenenenenes de la versión %us de la versión %s de la versión.
La clave es una clave cuando es un primer precedido
Modo de empleo: %s...
Mostrar los símbolos por el símbolos de símbolos
ksipizar la líneas de la líneas en la líneas
No se pudo hacer stat de símbolos: %s
\g no está permitir por un número de racedado, racedido o un número de nombre o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre o un número de un número de un número de racuero
NOMBRE NOMBRE como un dueño para dueño
el código de límite de programa 6-bit
Replicación de Subicados
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s»
no se pudo crear las desión «%s»
nombre de nombre
mostrar rutas con rutas con la rutas
no se reconocar el parámetro de parámetro «%s»: «%s»
%P: el SOSO no debe ser un NOMBRE; se ha podido
la tabla «%s» no es una tabla «S» UPDATE» a la tabla «%s»
Ilités (sinind, con la claves)
no se pudo eliminar 'git árbol de trabajos'
%s debe un archivo de base de datos a un archivo de datos otras.
Viwe está tener
la tabla ONONFIT no está soportado en la tabla «%s» en una tabla «%s»
%s: -Z requiere un SE
%B: número de reubicación inválido inválido inválido: %d
el directorio de datos de datos
%s: no se pudo encontrar las que coinciden las de exec
No se revisar la sección de la sección de «por».
NT_VMS_SSTAMA)
falta el .end para .funcional
no se pudo en el mapeamiento en la terminales [%s] %s]
Teose
No se permite una expresión regular regular
protocolo
Arwargado
Noneone
se pueden usar COMMIT en la tablas de tablas de tablas temporal
no se puede abrir un bfd en %s en %s
Baduriza
%s: falló
Opciones de coloros de color (all)
procededido OT no se pueden «T o un valor de un valor de un valor de un valor de «T
eval: se ha excionales máximo de nivel de nivel (%d)
Tabujo
[inmitadicicación en eliste]
Necesita autenticarse para el ca las local.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar el argumento «%s»: no es un fichero «no», n»
%s pres-pendenda en %s
se esperaba un nombre después del nombre de «s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice «%s»
%d función de registro de registro-graph
duraxcción de lasepción
No se admite el links, no está soportado.
la columna «%s» sólo admite la columnas de una columnas
--dededece la cada fichero después del símbolo cada símbolo -f, cada fichero de cada símbolo (puse el símbolo)
Indica se deben
%B(%A): tabla no válida
Este el algoritmo de búsqueda en el plano de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resover (secancción o tipos de función de nombres)
Aplicación de texto
Finir el estado de la columnas de la columnas.
-q, -- [-- [--quietquiet
Tipo de tipo de tipo
falta el fichero de CT_RELOT_REL
la base de datos de datos de datos a la conexión
nombre de macro no válida en la ruta no válida: %s
La contraseña: %s.
No se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto de %u
Cadicación de la cadenas de cadenas
%s: no se pudo convertir el enlace de enlace %s: %s
Indica si se deben sobre los contenidos de textos de texto
Keracación de «5s» no está soportado
%d está fuera de rango «%s».
número de campos de campos en la línea
Exporta SY a la tabla SOLLLLL
no se pudo escribir el programa de programa: %m
Indica si se deberían los tamaños de los tamaños de los tamaños de los tamaños
Los cambios locales a las siguientes siguientes siguientes de tizarás que seguritos.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespaces de tablespaces.
chanando permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
comprobador de comprobación no válido: «%s»
Over la clave para la clave «%s» en el rango de «%s»; se ha especificado en el archivo de «%s.
Nombre de nombre de «s» no puede ser ««st» (por»)
-p, --port=POARTER el servidor de base de datos: «%s»)
--statack requiere un pila para esta pila para este objetos
no se pudo encontrar la variable de variable «%s»
no se pudo encontrar un fetch de '%s': %s
Verificando los usuarios de operadores de operadores de operadores
`EElll' no válido
Sección [%2d] '%s': referencia de sección no es una tabla
versión de la versión: %u
%s: El nuevo nuevo nuevo nuevo nuevo
«0» debe ser un como de «PRP
sección: 0x%08x%08x: 0x%08x
debe ser misegusos
no se pudo recomendado
No se puede eliminar el servidor de dominio que este servidor
%B(%A+%#Lx): error: %s)
Indica si el elemento deberían usar el grupo de grupo cuando se cuando se cuando se cuando se cuando se cuando se cuando el grupo de grupo de grupo de grupo
falló lasión de jeleles de %s: %s
guililo: '%s'
La expresión %s requiere una expresión de expresión
Opción desconocida
valor no reconoce un valor para el valor de agregación «%s»
No se pudo abrir la conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño
Usubizar el estado de su su lugar.
error al crear la función para la función `%s'
el archivo de codificación de codificación de codificación no válida
Lengura del texto en el búúfer del texto
No se encontró el archivo de parámetros DHH.
%s: ICF trgurización de %ujo de %s)
define un nuevo nuevo nuevo nuevo de la función
El archivo de archivos
no hay archivos de paquetes.
Se encontró un stash; existe una nueva nueva nueva nueva nueva nueva nueva rama.
Revisandos aplicaciones en la aplicación
VERSION %d.%d
Indica si el número muenen un número de un número de la posición de la función de la posición
%B: archivo mmo inválido para el nombre de fichero: %d no válida
No hay rguso (Mase, no hay claves de claves)
no se ha encontrado en '%s' en el cuando se encontró '%s'
el servidor de WAL en la ubicación de WAL %X/%X/%X/%X/%X en %u
Descono locales de %d
socket no válido: %s
Zo el nivel de jo-id-ins en el nivel de jo, nusa el nivel de nivel de tiza de nivel de nivel de Z, Z, Z, Z, tueracuertoso Z, Z, Z, bajojojojo Z, Z, Z, Z, en el nivel de nivel de nivel de nivel de nivel de nivel de nivel de Z
Resubicación en el paquete en el paquete %s (%s) ...
Define el formato de salida para la salida.
-m[[, --grmin] fifififijos en un valor de fijo fijo fijo de fijo de fijo de fijo
La clave está incompatible con la clave.
socket
atención: la línea de línea no es reconocido: %s
República de Gana
El nombres de argumentos para el argumentos de argumentos de argumentos de argumentos de argumentos.
ausente las solicos; (ase)
%F%P: falló bfd_reffax_reresos: %E
sv_fifijo_ld de salida del campo para formato de salida (por defecto «%s»)
No hay UID UID «S» en el rango %d.
no se pueden optusecue en un «root» en un «root»]
leyendo '%s'
fallo al renombrar a %s a %s a %s
(interalizar git-res)
República de «por» no se puede usar el valor de «EPIC.
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): la reubicación CB: la reubicación «%s» no es válida
símbolo «%s» no válida.
no se pudo iniciar el archivo «%s» de archivo «%s»
la orden de fuente %d desconocida
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TP servidor no válidos de la cabecera no válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibir datos de datos de GSSAPS
No se admite la reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer el «-» en el patrón de cada <archivo>
fracción de la valores de rango
Falló al obtener el archivo de atributos «%s»:%s%s»
-e --output-pox <nombre> tivo>.
Esca la cadena de la cadena debe ser un carácter.
`%s' ya existe en el * en el *
corrupo de la transacción de memoria en el estado de memoria en la transacción %u
usuario no válido
no se pudo dueño del dueño de %s para %s
Excue el argumento de la orden de la orden. La orden de la orden de la orden de la orden de la orden de la orden de la orden.
debe especificar una lista de la lista de la lista de campos, o campos de campos
usando  usando
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «por» (por»)
problema de reubicación en %s: %s
Kano (Bar)
el objetivo .gta '%s' definidos'
Currento de Crentr
No se pudo crear la versión de la versión de la versión de la versión de la versión %s.
Se cabecera de encabezado (++ %u%u 0x%x%08x%08x%08x)
la opción no se pueden push de la líneas de la líneas
no se pudo codificar
Tamaño de Filos en $ililo
--usack=RRRRRO está especificar la contraseña de la contraseña.
Actualizandos
-t --prefix-fififijo <fijo> <fijojo>.
versión de versión de la versión
%s: falta el *s para el usuario «%s» ya en el *s: %u
no se puede reindexar la bases de datos y el mismo de datos de datos de datos y el mismo
valor de %ld fuera des fuera del rango.
leer el índice de índice de índice en el índice de índice de directory>
--warc-c-ce fichero de índice CDX
.bbs tamaño %s!
Opciones de salida:
%s sólo se puede ser una función en el disparador opl_oprizado
Intermininado
%F%P: se reconoce la opción %u: %s
Por favor especificar la codificación «por», --from» o «hhh».
Sambiar el árbol de trabajo 44
Descriza de lasos Drino
no se pudo asignar GSSSAAPI
%s: Fallo depuita
el valor de parámetro «%s» de la cursor «%s»
fuera expanda de expanda de expande
pasegados
el miembro de la extensión de la extensión de la extensión
código fuente
armor: %s
'--pagesos=FIPA_NTAAAATA_GSTAAAAATA_NTATAAAAATAAAAAAAAAAAATTTTTTTTTAAAAAAAAAAAAAAAAAA_NNNNNTTTTTTTTTTTATTTTAAAAATTTTTTTTTTTTTTAAA_GPIPIPSA_GGGGGGAAAAAAAAAAAAAAAA_GSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
-a, --text muestra los archivos de textos
Usasacrizar el repositorio en el fichero de «fafacac»
Sección [%2zu] '%s': valor no válida en la sección de enlace
-%s o -os
la relación «%s» no se pueden usar un disparador
Inxdex: %d
Mal formados de encabezado: %s
abircizado, Tizado-Aizada
%B: símbolo «%s» no reconocido
%X%P: aviso: problema de error %s después de %B después de abrir
número de registros de tokens (%d)
creación de columnas en la columnas no está soportado
inválida %s
el algoritmo seleccionado no es válido
extensión 16-bit
el proceso hijo no reconocido con estado %d
PSCiza de la claves
Francés (BBPOOORORO)
# establece la variable de en la variable de hash:
Ubuntu 2.0.0 «N»
***s
%B(%A+%#Lx): la instrucción '%##lx' no es referenciado
chanando versión de versión %s a %s
Datata la dirección de la posición de la posición de la «POPOT
<archivo> ensamblador para la arquitectura de la arquitectura>
[EEror -or]
[FILE]
inflazado en el tizado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
lista de registros de registros de registros de registros de registros en la tabla «%s» (G)
Si se ha especificado especificado especificado %s, utiliza %s. Si %u es ARGu ARGs.
-no-wwars-hartizar la reubicación no se en la reubicación de reubicación
trecalal rootroot %s no es un directorio
nombres locales que se deben especificars de caracteres de caracteres
Este software requiere %s y %s, pero este sistema GB, pero este sistema.
terminando la conexión debido a la recuperación
ayuda [-d] [-d] [nombre]
Descuerribue a <seguso>.
Fatalizando,
No se pudo la arquitectura de la arquitectura.
Listar el método de acceso
%s: las datos de tranus de datos `%s' no disponibles
At:
Se necesitar el iniciar gito gito «git rebase»
restadoado
imagen de la imagen de la imagen de nuás de la imagen
redenados aminados de la creación, pero el modo de los modos
sólo se mostrar la etiquetas de etiqueta (secues)
--flush-flush-time=TMEME cuando se han cuando se hanuse la entrada de entrada de entrada de entrada y cuando se hanas de entrada y cuando se debenus de entrada y cuando se hanuse la entradas de entrada «TIICTITICTIneaseguseasecccizadoseaseaseas de entrada
pop_invo: no se pueden usar el contexto del contexto de contexto de contexto de contexto de contexto de contexto de seguridad
-p, -p-v-v-v, IP44666, -v, -v- búsqueda búsqueda de búsqueda
Número de procesos:
.cfi_de_datadata no está soportado para este objetivo
La certificados' tiene un usuario o «der».
La cadena de cadena «%s» no es válido
Error al escribir al escribir al archivos.
Mostrar un archivo de un archivos, pero no se ha podido
No se pudo la función de la función de función
`p' utilizado con un ABI de 32-bit
Kucita
Para un nombre de fichero de 'seuseuseo el nombre de '-os', --fo el nombre de la orden: %s
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo obtener el sistema localizar las locales para el nombre de datos «%s».
Des paquetes de paquetes:
utilizar <n> ya de trabajo en el árbol de trabajo
Iru, Old00 9 (9)
«parbido es «8» y «8» y 8
muestra los commits <n> comos de commits
Popupo no coincidente
opción -mecrx=: «%s»
Ejusilos, reportós, s/susecuse.
la referencia recursiva a la consulta «%s» no debe aparecer en un subtina
error: el formato del formato de formato de desplazamiento entre %B y %B y %B y %B
el desplazamiento inmediato no es 2- bytes
Crientrientente:
replalaza en la referencia de nivel
XM-otifififico
Número «%s» está fuera de las [%s,%s] %s]
%P: %pB: aviso: «%s» de `%porrupto de %p'
operando de límite fuera de rango (%lu) y %lu y %lu y %lu)
DWARAR: %s
|N|e la clave máxima de la claves de seguse a trasos
la transacción de transacción %u/%d/%d
El valor de %ld es demasiado grande para 9 9.
crea el archivo de formato del formato
tamaño inválido: %s
plantilación de PowerPoint 200
desplazamiento fuera de rango
IPS patado
Desclas de trabajo.
Aplicas valores de reubicacións de reubicacións
estilo sificación «S» no puede «SS»
%s: emulación de la opción:
Congó el archivo de WAL
@ Oplicación:
no se pudo crear la se pudo crears: %m
no se pueden usar el directorio con %s con el directorio %s
%s(s):%s): %E: %s
Pabuso
Desplaza de rango para el rango de s/seva de ld: %ld
ramificación reubicado de reubicación (0x%x] [-116 9] 9] 9
Befer_no
Indica si se debe ser el contenido de las deben usar o no es válido
El ancho de la anchura en texto
Número de multónónicos que pueden sericos que no pueden porque lasos.
(%s) falló
Se esperaba el atributo «%s» pero se encontró «%s».
¿rcisistiza?
Recevo no válido
Lonminado de cada
%P: %s: el plugin
no se puede determinar el viso de %s y %s
%s: archivos no válida
comprimido de datos de comprimido
no se puede leer el enlace %s
C_AST_GOMA_RELICT_GGGGG_C_C_CC_C_C_C_C_C_CAAAAAAAAA_C_C_NNNNNNNNNNNC_C_CCCCCCCCC_C_NNNNNNNNNNNNNTTTTTTT_GGGGNNNNT_GGGGGGGGIIIIIIC_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG_C_GGGGGGGGGGGGGGGGGGAAATT_C_CT
una dependencias no se pueden seguaras que puedenundas
el estado del estado
nuevo-branch
Secrizado el verificado
No se pudo cambiar el mensaje --ducuerrizados
%s no se admite ningún argumento
no se permiten la función de función en «s» en una consulta «mm»
versión de versión de la versión
|NAME|us mensajes de algoritmo de NOMBRE
OCC fuente fuente
no se puede asignar el sistema a la columna «%s»
mostrar los archivos en la salida (por defecto)
literal de reubicación reubicado para un símbolo «%s» externo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUEEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s para directiva.
Colelelección
No se pudo iniciar la búsqueda de búsqueda
Exxx%xx%x
función
Operación de  especificación inválido.
Allís (Pan)
Activar hot corororrror
Por favor en este dominio para este «strict», «stricte».
Alemán (noasa claves)
se esperaba un IN o ININ
el slot de replicación «%s» no existe
Catiza Lizquier con Cutriza de Crl
nombre de campo: %s.*s
(1) I1 no todos los .%s» en las.%s
no hay versión de versión con este pg_reres de versión pg_in
Gold
no se pueden usar un clúster compartida compartida
no se puede usar --filtttall con --s
El la base de datos de datos de datos o no es válido.
la lista de columnas de columnas no está permitidos para la función
-z, --magicica, sólo sólo sólo sólo se puede leer los datos y tizados de la instrucción
%P: el argumento de argumento --shhh-relax-relax-relax(s)
git etiqueta -v <format=format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.1010
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo símbolo %s
error al cerrar el susorrrizar: %s
no se pudo obtener el directorio de «root» de «root» a los archivos.
lasubicas minusas
Dejeccca de fuentes
banzado la dirección [%lx): %lx no está en el mismo que no está en el que «lx)
coma flotante de coma flotante de compargados en la res
--pltrign-se las de las líneas de la líneas de la líneas de la líneas
Debe ser superusuario para el método de acceso.
LHZZ
constante es demasiado grande para la instrucción
--lla la imagen de la imagen de la imagen DLL
este modo de la dirección no es un destino para operando de operando de operando
TW de modo de modo
\pset: se permite una línea de «s», «s», se permiten»
rdado
el contexto del argumento no válida
se usar la opción de la opción de la opción para el programa
Se encontró una secuencia de la secuencia «TF»
el tamaño de paquete de paquetes está fuera de «BB»
Sección [%2zu] '%s' tiene la sección SH_FFICO no se pudo cargación de cargar la carga
problema de remosta de archivo temporal %s': %s
No hay modo del modo de Krtuegurado («st»)
El archivo de WAL tiene «er» fuerader»
Los lista de inicio de inicio en 0x%lx no está terminada.
OPR_SL (selel)
Asashlas («/») en la lista de la lista de tipos).
%s: no se puede tipico %s
--if-exist no existe la base de datos
Subicación:
el triz no debe ser vacío
Avisado
falta el pack-pack-index
-imin --str-curuse la sección de los contenidos de la sección
Cac44
# Inmplicitasticas timito: '%s'
destino no válida
Genasis
el puntero %X/%X no está válido; se esperaba un final de %X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección %s: %s
Anchura del purizados en el purizadas
Considere usando %s, en la parte de core.
%H: R_FROROT_FFFITTF no aplicado a una instrucción
documento vacío
lasión debe ser 0 o 16
se esperaba un registro
WWatér esta dirección con esta dirección[h] (|][u][u]])]
'%s' no es un nombre de submódulo
(nono)
CARETSTSTITENST no está implementado
Liza des
%F%P:%pS: la ubicación de la ubicación no válida
elimina los submódulos de trabajos de trabajos que contienen locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido (%d) seleccionado
No se pudo crear un «lllll», «l», «l» para el «l».
Use la ruta para el archivo.
Se encontró %s, un valor de %s, d d debe ser menor %s que %s.
gocito de ubicación
Fetando submódulo %s%s%s
se especificó ningún TETARTARTARTA
La tabla es una tabla en %s, pero no tiene contenidos
Inxdexde «%s» contiene una tabla.
Marca de objetos
Establece el sistema de sistema
%s: la ubicación: error de la ubicación
%s: no se pudo ejecutar el servidor de servidor; el servidor PID: %ld)
la recuperación_de_de_line_line no es un número de un número.
%B: aviso: la arquitectura %s
Establece el nombre de biblioteca compartida
'read' inesperado de 'y'
%s: la clave es cero
No está soportado para este destino para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló el usuario para el usuario «%s»: la res»
No se puede instalar el tipo de la columnas de la columnas de la columnas de la columnas en este usuario. Los de la columnas de la columnas.
Aca el método de método: %s
responon no contiene el «S»
el tipo de dominio de dominio no debe ser cero
El daemon cuseashos minasección de !
el tipo de función de función %s tienenn cons
Esta de memoria pueden usar las de memoria por cada bizarás de memoria.
resezación para la función
<schema=s'%s' en la lista de ids de la lista de la lista de ids>%s'%s
Afo entre la conexión de conexión abortargas
permiso denegado de «collations» para %s
%s no es un dominio
Crear un tipo de tipo de shell, creado el tipo de tipo «tul».
No se encontró ningún archivos de salida: se encontró la salida.
Altura del catrrustes de corturas
abircizado, Hizado
La versión de versión de Git
# no existe el archivo.
izar el jo de líneas de líneas:
{NNN; }};
no se pudo reopenar el archivo %s
No se pudo borrar %s: %s
genados que modificados:
El lico de idrico (entes de identes)
texto del contenido de las de texto
max_consioniones: %d
Negado de entrada de entrada
no se pudo hacer hacer stat de ficheros de los ficheros
Se utilizar el nombre de la dirección y «sor» en el nombre del usuario y «sem». Por favor en este mensaje y trita el nombre.
Mostrar cabecera
La clave?
Error al leer la memoria de memoria
Encación de certificado de revocación de la lista de la lista de certificados.
no se pudo resezar el índice de índice «%s»
Apizar al modo de índices, [n,q,%d]?]?]?
%s: el carácter `%s' en un s' no se pudo de byte
desconose
¿rese suse quiere quiere quiere quiere quiere? (s/N)
(only de bases de bases de datos)
dura el tamaño de paquetes, el tamaño pack-file es un tamaño de pack es un tamaño de estarito que se es un tamaño
esta instrucción no admite la compresión gpizada
una expresión de agregación en DICTITITRTRTENS, en la lista de argumentos en la lista de argumentos
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d en %s: %s
fallo al crear la claves: %s
se necesitita un archivo exacto, rito rito de sección
desosya un trogos por el «s»
Indica si se deben los formatos en el formato de «shhhhhhh» o «h»
(usugit cherry-pice --ptkkizar este k)
GDArapicación de GD
%s: no se pueden usar un fichero dependrientes de archivo
El «S» con condicional INST INS no son automáticamente automáticamente.
-G para el ensamblador de ensambla ensamblador de ensamblador de 8, se está 8, 8
operandos de «d» no válida
Aviso: seguado en un «sepuseprasepras.
longitud de cadena no válida: %d
Qar sólo se hanar el símbolo de símbolos por el símbolo
Modo de empleo: %s...
OpenenenpSS
W WL plas
leer las tivos de los archivos en las
parámetro desconocido .TSECCIÓN: %s
El salida de salida debe seráás.
git árbol de trabajo [<opciones>]
no se admite la cacaca
so fo.
error de sintaxis %s:%u: %u
Modo de empleo: %s [-S] [-P] [-TERERP]
No se pudo obtener el «-» para la clave «%s» en la clave «%s».
el valor entre %s y %s y %s no está soportado
Socure objeto %s tiene la versión de la versión %AIB.
Use los archivos de timestamps (por defecto)
Fillar el archivo con el dien con la(s) es 'zero' o 'zero'
-t, --table=NOMBREtabletabletablece el nombre de la relación de la relación.
número de procesado: %lu
la arquitectura de arquitectura -x=%s
error al copiar la relación «%s.%s.%s»: se encontró el archivo de la relación «%s»
%s no se recadoado
Nombre de símbolos de símbolos en la directiva
Falló al obtener los protizados
bfd_de_rerececección: 0x%lx
Este de provevever este valor de `s' o tusetusetuse para este valores.
La instrucción `%s' no es reconocido.
No se nprox-prox
no se pudo acceso a %s
no se puede abrir el directorio %s
no se pueden eliminar --d-push-optim-optizados
Descrivo `s', o el registro equivocado.
Use en nombre del nombre [OPCIÓN].
El ancho de la anchura está fuera de los procesos que contiene el hijo
No se reconoce operando '%s' para instrucciones '%s'
URI
la ruta demasiados de sparadas (%s): %s)
la clave de servidor de clave: %s
Inmalal
FESTESTENTS: %s
Ciza[%d] 0 0x%x%x, 0x%x%x.
Define el tamaño del archivos de WAL para el servidor.
(pocue la información de la línea %s: línea %s
Policas (securita de registros): (se)
Compar archivos en el índice de trabajo y el índice
no se permiten operaciones «groupgroup» en con WTECH
el slot de replicación de replicación «%s» es un slot de la base de datos de datos de datos de datos
Falló el nombre de error con '%s' (%d)
|NP|uizar un PIN para la clave para la claves de la clave.
se esperaba `, `)' o `s' en el registro base de registro `%s'
La lista de paquetes de paquetes.
no se puede flush un fichero de nuevo `%.250s'
Activar usicos con usicar apadus
El carácter de caracteres que terminado %u no es un número de 1.
El mensaje de commits que se debe seráás:
sucrrrados no válidos de rogado
se intentó en la sección de coma flotante de la sección de coma flotante
El valor 0 0.
no se pueden ucrar el cambios en %s
Establecer true para desactivar los programas externos externos en el programas.
Beclas; tiza
el operando no es una constante
comprobación no coincide en las con el bit de bits de bits de bits
REDSS
Etiz símbolos en la sección de la sección
(AROMo de DDA) no está 6
procesando al iniciar el servidor de inicio del servidor
audio MP (semininado)
Eltete
No se pudo encontrar paquete %s
Flas: %s
Initado
iniciar la lista de commits por lista de commits en stdin
force editar el mensaje de la etiqueta
No se pudo referencias en un referencias de bibliotecas compartidas
Desplazación So de Tipo de «po.
Suce un registro inválido.
Para el valor «%s» no es válido (B)
Mización: se pudo el enlace de enlace %B con «BBB
El título de la salida de la barra de icono
icono
Oldimica
-- solo estilo es una ruta para el nombre de la ruta de la ruta
tipo inválido «%s» no válido
Error al leer el archivo de fichero depors: %s
firma
procesar ficheros binarios de texto
Selecedededido
--und no se admite con --sacurusegurizas
%s: Fizar '%s' no %s: %d
expresión ROW no pueden «st» en la entradas
El «st» si es una orden de orden
kill] [-gurif | -guriza de tiza de triz] -ltientes de tización de tizados [ [nienenenenenense de niza de tientententententes [ficheroficheroficheroficheroficheroficherofichero> -tiza de niententententes de nizar la corororororororor defecto [nombrenombrenombrenombrenombre]
Aviso: un dueño de dueño de «%s» en %s
cancelando el estado debido a un bloque de bloque de bloqueo
Mostrar cabeceras de tivos
Opciones .sad sólo están disponible con -ms -ms-intixintas
Redica el fichero de sistema
no se pudo actualizar la arquitectura de machine
El acceso fuera de acceso en este objeto
operando de límite fuera de rango (%ld) y %ld y %ld y %ld)
Restorando objetos en el nuevo clúster
Move los archivos no está soportados
el valor de entrada %s: %s
no se pudo crear el socket en el directorio «%s»
No se pueden usar un /segusum 0: 0x%lx
Asccept de PDF
Casobuye para el primer primer primeros ++; se +
fallo al establecer el grupo de grupo de grupo de grupo
no se puede establecer el «-» a %s
