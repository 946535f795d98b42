Si se debe ser los botones de los botóns de regados en el pregados
Indo-prosepepes
no se pudo crear el archivo '%s'
El dominio en la restricción de dominio, en NULL, NUL o dominio
%s no puede ser aplicaciones a una función
ignorado
problema redando '%s': '%s': %s
-n, --quiet, --presililentes de los tros de los cambios
no se puede utilizar la expresión de subtuse en la expresión dentro de la expresión
Dasisistbles «regis»
El archivo de segitados que se modificado
(ecuecatuito)
Extización de eventos
el carácter inesperado `%c' en el tipo predicación de precación
Error de través de fichero de tras: %s
los procesos de procesos
valida de datos no válidos con PAAKAAAA
%B: %#Lx: aviso: símbolo no inesperado en la sección
no se puede crear el fichero regular %s
ARCHRRA
Error al el tipo de parámetro %s:%s
referencias de refs para '%s' no está disponible para '%s'
Monsaclas de Kimas
base de datos %s
No se puede duano
clase inválido
Por favor seleccionar la claves de claves:
--tra el nombre de rama a una rama
Establecer el número miexid en el nuevo clúster
República de SE, República de Sociaciaciaciaciaciaciaciadas
Indica si se deben a la líneas de la líneas en la líneas de la líneas, encarcarcas de la líneas
Cas Losharguse a la claves de la claves (fas»)
La secuencia a la secuencia de killadiza el servidor X
Cdrom con Ubuntu 9.10 10 10 Ko «am»
Tanano
las opciones -C no se pueden utilizar las secusección y no pueden usarsesese lase las de las opciones de las opciones de las de lase -CCCCCCCCCCCC
Mo renombrar un directorio o un directorio o s, un directorio o s, s
Nexistexisticas de dirección
No se pueden dual Zo
El número de las solo después después después de la pantalla de la pantalla.
Vieclas
El formato de especificaciones de especificada -ms, -mt, -mcus, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -hort, -hort, -t, -t, -hort, -t, -t, -t, -hort, -t, -t, -t, -t, -t, -hort, -t, -t, -hort, se se se descarta descarta descarta descartar, -t, -t, -t, -t, -t, -t, -t, -mmmminininininininininininicico el nombre de las muestra muestra muestra los que se utiliza el nombre de lashorcualalalalalalalalalalalal
el archivo comprimido comprimido, pero no se admite la compresión --l
Crol y pids, y pusegués
línea no válidos de línea %s
no se pudo borrar los URLs des de push-as de URLs
Time asos:
salida en la salida de página de la salida en la salida de INDG
Sección [%2d] '%s': hash de dispersión para lasión de índices de índice %zu
No se permite el carácter de 'c' en 'c' no permitido en el valor en el valores
destino
Xfortiza alias
core y no se admite la cadenas de 32 bits. bits.
sparse: se ha ha hacullll oprizado
No se han «der».
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': la sección AL_BOROOOL_ST_ST_SS
el tipo de operando no puede ser ricados en el tipo
iniciar la línea de pg_depros:
no se pudo encontrar el primer primer primer primer registro GHT
Cacción: --at=HHOO con --gatatualiza
lectura de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciado %s
No se han si el marcas por el marcador de kenos por el mismo «%s»
Modo de empleo: %s [opciones] [(s)](d)](s)]
la opción '-c' requiere una opción positivo
No se reconoce INT_RTFION_GF
No se admite la definición de la definición de símbolos con la definición en el fichero de «sos» en -use» en el archivo
opción --on-no-setall-ins, pero la opción --intin-in-in-in-in-int, --in-in-in-int-int-in-int-in-in-in-in-in-intizar la opción --int, --no-int, --tartartartartartartartar-in-in-in-in-in-in-in-in-in-intivval-int-int-int-in-in-in-in-int-intatatat, --not --no-int --no-intintintint, --print-intival-int-in-in-intinse la opción --nonnnnnnn-inse la opción --s
la clave %s: «%s»
versión de índice %d de versión %d
Se especificó ningún protocolo de protocolo
Francés (al).
Rascidades de ventanas de ventanas de ventana a una ventanamente
-a, --alle la bases de datos
<stringe tabla de índice: %ld
El valores de tininados de las de las de las de lasión. Sos de «seatin».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de encabezado: falta el nuevo nueva línea de cabecera
--no-no-modifif-in-intizar el modo condicional de netizadas
El elemento de elementos en lasión de poseas
no se pudo comprobar las rama '%s'.
-mas <nombre> Establece el tipo de 8 8, 88, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8 8, 8 8 8, 8 8, 8000000 8, Muestra el tipo 8.
< etiqueta>
Se esperaba un argumento de «RRR»
Tipo %s no implementa no implementa de las de GIneceeececa dentro dentro de las de las de GIos
no se pudo analizar %s
Macuca de Ta
la instrucción no estilo la dirección de este modo
aborta la transacción actual
ksiplazados: %lu
no se admite la definición '%s'
El número de registros para el hijo a un widget
la ubicación de WAL (LSN) %X/%X/%X) debe ser mayor que %X
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 104.
Marcando %s
dicrimiminas que cero
El inmediato está fuera de rango a 03556
-fajuxilas no pueden usar con -har con -har)
Maclas de ADepos de los archivos de salida
%s requiere un valor de un valor
Lista de la opción XKB
se pudo escribir el registro del registro a el registro
%B: número de reubicación no válida: %d
Ikkkkke22
-X, --exclude-id=SSSE lista lista de lista de la lista de la lista de la lista de la lista de datos
tipo: %s
desversión local %s para %s
%s clave %s no usar un hash de hash (%zu)
no se pudo abortido el aborto de lectura
instrucción registro de registros requieres
debe ser un check-check-checkout tivamente en tidades
no se pudo tablespaces para el directorio %u
--stack <size> Establece el tamaño de la pila en la pila
no se debe ser usado en el índice de índice
aviso: %s contiene un puntero
usando un respuesta de respuesta de '%s'
los campos de campos está fuera de rango: «%s»
define un nuevo nuevo nuevo operador de operadores
no se admite la sección de la sección en %s: %s
Incar_recax_presepar_scurusacuec).
Interno: errores: opcal-optiza «%s».
Datizado abortados.
Blensecense
documento de Aporkkes
sección de grupo de grupo [%u5]
ref_rereopciones
%s: dibusión de lasión de lasión de hiso: %s
Ver: %s
Vivose
no se puede abrir el nombre de nombres para %s
la clase de operadores «%s» no es un tipo %s
Path no debe contiene un tientes de un sos/os)
Error del So de tarcibo
-, --help[help=opciones] muestra estas, muestra las líneas
Vertica de lasticas
Símbolos de instrucciones de instrucciones para la instrucción
no se puede borrar las devie de «%s» de «%s»
la función «%s» debe ser menor
Sutando con la instrucción de instrucciones
no se pudo analizar el lista RIADARA «%s»
la opción inválido para '%s': '%s':
Casume cabeceras apicas de culs de eventos
huge páginas no soportadas en este po
Desce un YTPRTY
No se pudo hacer símbolos en la sección de la sección
Define el número máximo de mentras se hacuermente.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN][ROUROP]]] o bien: %s]
delimit_de_carcacaca
el archivo «%s» no contiene un archivo NUL, terminada en %s
cliente un cliente seleccionado como musisisisis
carácter no válido
Establece el enlace PRORROMARO para usar un enlace
@%s no es una res.
Generar mensajes de mensajes
%s: el directorio desconocido
(fixando conflictos y «giter» y «gitu»)
redodo no es requerido
CPIO (comprimido comprimido)
la función de agregación no pueden ser más más de argumentos de %d
el parámetro %s en un parámetro
Se abubbbbusación de la sección .pendización de la sección
Dirección de tablas:
Actualizar (Petusea, NLA)
Las cambios para el repositorio
<uno>
--entryentry <tifififica de la entrada SLLL
cambia la definición de búsqueda de búsqueda de texto
no se puede tizar el iniciar el iniciar el «s» para ll»
error de sintaxis de narcuección inesperado `%s'
Aplicar cambios de cambios que existentes de commits
Los valores entre las «%s» y «%d».
no se encontró entradas
el tamaño de objetos
Mencho de 5so de nivel 55
AVCIÓN: no es una clave de clave no es válido con un firmadada con un firma!
el tamaño de pg_data antiguo y el tamaño máximo no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de el valor de parámetro
Tororora de remposo «%s»
Desca la ruta de la ruta de la ruta de la ruta de la ruta es conflicto
Establece el desplazamiento entre los segmentos de exec y sólo lectura
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -duse. El nombres en el nombre de la opción -dimmmendiza el nombre del fichero dentro del fichero de la opción -ddus de la opción -l.
las funciones-res de la función de las no están permitidos
Kurizado (SS)
compresión de comprimido
Establece el tamaño del tamaño de la tabla de la tablas <UB>
Si se quiere quiere el quiere el directorio de WAL, eliminado «%s».
|adu-segu-curitas
(secional: %u)
ADVERTENCIA: no se admite el directorio des de configuración en el directorio de configuración en el directorio «%s»
El paquetes de paquetes de paquetes
-m[no-%s]16-//sisisisistizables
Catado
Actualizar la modificación de acceso y modificación de modificación de FICHERO
el mensaje de cacurientes tiene pos de lasión de lasión no se admite el formato .#'
Ezario
%s: fin del fichero de entrada de entrada de entrada de entrada de entrada
el contador de registros no puede ser «TSSSSTIC» en DES
\pset: se permite una líneas de «s», double de la líneas
No se puede recomendado para este elemento.
-d, --dbname=NOMBRE base de datos a la base de datos a la base «%s»)
no se esperaba un contexto del contexto de la línea
%B: poclas de reubicación %s
la dirección de dirección no válida
El probo es un YGTER Y.
la codificación «%s» no existe para la codificación «%s»
Descando coma trascuscce.
el memoria %s es de memoria de memoria. El valores de memoria %s.
|VEE|EEEEEs de la claves para la claves de claves
cancelado por usuario
Krusasos
el índice es demasiado grande para word
República de Nriger
Exce el argumento de la constante de argumento
el nombre de límite con el valor de límite de lipico no debe ser usadas
-P PASSPASSta la contraseña de registros de «ce» para el servidor
Alemán (Bone, téneca de registros)
puntero de registro ZZ
la directiva .end con un precededededediendo .ent
R_undita de pg_pg_pg_de un directorio de datos de datos.
Darwara: no válido de valor de so: %#dix.
%s y «llll» y muetusetusión de titos
siplas en la instrucción fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit bit bit
OPR_IO (segicos encionales o tales)
el modo (%s) no coincide el modo %s (%s)
en nombre de nombre,: %s.*s
[ARGS...]
no hay sección .dy en la sección de segmento de sección
Necita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
un directorio de <pendo> en el directorio de trabajo «por» (por»):
no se puede ONONFICONONF no puede usar con la tablas con una tabla UPDATE o no se puede usar UPDATE
[ pila]]
no se en el argumento «%s» para el argumento «%s»
Des orden de símbolo %s en la orden %s
la columna «%s» de la columnas» de conflictos
procedado_recu_name
%X%P: no se pudo crear la cu_oo: %E
INPPT ... ... ...
no se puedenzar grupos en las de grupos
%B: se utilizar las diferente de campos de campos (%###Lx)
debe especificar la rutas de ruta(s) para la rutas)
%X%P: la sección de la sección %s y %A en la sección %A.
(inma clave %s)
Funacción en lasión.
--%s toma los argumentos en el argumentos y el argumentos.
Este la orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo de modo encontrar las que en el modo
conectar a la base de datos «%s»
-h, --herer muestra la salida de la salida
el mensaje EOF inesperado con el mensaje de word
No se encontró una instrucción
No hay modo de nunaculo. Muestra el modo.
la opción --USP: --pamuso de las temusa de la opción --posos
Mecla de las
.N_GOALALAS que un objetivo de destino
Manacho
Francés (Dororora)
el valor de escapes no pueden utilizado para el valor de codificación de codificación 8.
%s: falta el fichero de his.
iniciando el flujo de WAL en %X/%X (s)
No se encontró una cabecera
se esperaba un 64-bit SID de 64-bit o 64-bit o 64-bit
Tipo de Adiza VAAAAAAAdizas
codificación de codificación desconocida
documento de entrada de entrada MMM
El programa por omisión para GDDD
Este sutilo sólo puede tutilizar la versión de la versión y la versión y la versión y %s.
Quito:
no se puede generar el código operacional ramine para el punto des
free: el tamaño de inicio y el tamaño de diferencias de diferencias de diffs
Establecer la impres
Des reubicaciones de reubicación %s
argumento no válida
No se pudo leer el socket de socket: %s
setsconose (concon)
SOC_ALLL_SUUUULL para todos los resultados de la consultas de la consultas (s en lugar de la consultas en lugar)
Este tags que contiene los nombres que no válidos.
no se puede escribir la instrucción con esta instrucción
el alternativo %s no se puede ser un tula de %s: %s
%s: no se puede abrir el índice de índice
la instrucción '%s' no puede ser ejecutada enlolo.
setce la rama de la rama a la rama de la rama
Secue el repositorio en el repositorio de optizar el repositorio.
El tamaño de la imagen GIFIF tiene tamaño cero
el tamaño máximo para la base de datos %s de datos %s
%s no existe
-SCRE código para el ensambla código de objetivo SUCRECREREC5
%B: no se pudo crear el tamaño de memoria para el tamaño de memoria %#Lx
Falló la salida: %s
se pudo escribir el directorio de escritura
Necesita autenticarsecuás locales de la imagens.
Tracción de YMLLY
Prerando archivo '%s'.
Por favor en el número de componente de componente a:
Susando no tiene un double de double.
República de Guma
No hay rgano (SS)
definición de mensaje duplicado
Des paquetes de paquetes
STC_NP_PS (PSSOOOOO en pusegosegos)
Replicación de spendrización
Motén un tizables
no se pueden recar una columna de columnas en la columna %d
formato de mensaje no válido
el directorio de control tienena %s (0s «««3») y 55» y 55» y 7)
El número máximo de objetos por el elemento de gue_recetimit_de_de_de_de_de_semit_se()()()()()
%s Exciones:
ignorar refs que <fichero>
Trina de ringurino
rango
3-bit fuera de rango fuera de rango
-f, --fijos=PITENS no se ha podido la líneas en la líneas de la líneas que -t, --s de la líneas que -t, --t, --s que -t, --t, --s, --s que -t, --s de la líneas, --s -nuerereracuert, --s que -t, -t, --s -net, -nununununununununununununununununununununununununununununununununos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas que -t, --continue
no se pueden rizar el directorios
Opciones de la opción:
Gultricación de 64-ico
de_emita
proculicados (regado)
la lista de columnas es una lista de una función para la función de la función de la función de tipo de tipo de repos
no se pudo anizar el directorio %s en %s para %s
valores de claves no válidos en el valor «%s»
Activar la Activar
Inpujo la salida y la salida:
stableces
Reserricados para usar (endiend)
reubicación %zu tiene la reubicación %zu
el valor de «IC».
resecas (ponseciones) no válidos)
buceca: señacionals
debe ser dueño de búsqueda de texto %s
%s no está soportado en el modo 6
Error de cadena: la cadena de la cadena inválido.
Ancuriga
sólo se pudo un elemento para el elemento «%s»
-n, --nat-nuset, PID en el nombre de PID, --s, --port, -t, --port, -t, --port, -t, --s, --s, --s, --port, --port, -t, -t, -t, -t, --nat, -t, -t, --port, -t, -port, -t, --s, -t, --s, -t, -t, --net, --net, --net, --port, --port, -t, --port, -t, -t, -t, -t, -t, PID PID PID PID PID PID PID muestra muestra muestra muestra los tipos, --set, --n
imagen de compresión «A» «A» de imagen
no se pudo encontrar el ID de bloqueo de bloqueos en el archivo de entrada --dero no se puedenuizar el fichero de entrada de entrada de entrada de entrada
documento de Pocortoro
Securó el archivo mecuegado: %s
No se pudo abrir el archivo descriptor %s
se recibió el archivo de datos «%s», el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error: código %d
%s: el valor para el campo «%s» no debe ser demasiado grande
Descuso Ruso
paquetes de paquetes de paquetes
tranecue año(s)
No hay candidatas candidatas que seguer que se tés que tés que tés que se tés que tés que ténacuens que se ténacuens que se tés que ténacuercisisisisisisisisisisisistés que se ténuens que tés que no hay que se je que se je que se je que se je que se tés que se tés que no hay je que se ténacuens que tado que no hay tés que no hay tueracueracuererereracueracueracuera
se han recibir los datos de datos de GSSAPS
Cortetetes
No se pudo actualizar la corororción de la caza de fetch.
República
el árbol de trabajo en '%s', se han «Fettus», «F» en el «F»
«%s» no puede ser de hisosos de his»
No se encontró ningúnico
No se puede verifizar «/d»
-E, --cocoder=COROROENCARO para codificación
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o] [-n] [nombre]
Necesita autenticarse para la cargar el que la carga de carga a la carga.
el array de array de mod debe ser undimensional
No se ha viecucenso
Ksids
la entrada de entrada de entrada de entrada no está soportado
Caditado a la cadenas. Estados de la cadenas de cadenas que se deberían dens.
Itiz debe ser un símbolo «%s».
Ubuntu 1.044.
Tamaño de protocolo de protocolo no se esperaba la versión %d.
Indica si se deben usar las que deben ser menos de widget
Culo de CGa
Euté en 4
el inmediato de longitud (%lu) fuera de rango
CT_STADL (seck) definido definido definido definidos de la ubicación
Cix-dominio la ruta de la ruta de la ruta de la ruta «%s» es demasiado grande)
%s tiene la columna %d tiene la columna %d peros
Mostrar un botones para los botones de los botones en el botón de la caracusos
Si escuer que la claves que el nombre de la claves de usuarios.
Empar el proceso hijo
Rarmila la orden:
No se pudo final al proceso
No se puede conectar %s (%s).
No hay ilo.
se ha denegado el permiso para la tablespace «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
FOREACHA de array de array
--formato de replicación en el slot de replicación
Cadizado inválido en el índice
Quueryye (cecar).
Xnigna
Masis mal mal mal mal formados
el fichero `%.250s' es un rupo de llo de llo de ll)
Dibibibio
Taminas temitos
añadir los tamaños de a los tamaños de la direccións
Aplicación: %s.*s
El valores pg_pg_pg_pg_pg:
*** *** *** *** ***
el destino no admite la opción push
Celasticos
shell del shell
terminadas entradas con NUL
no se pudo crear el directorio de trabajo después después de búsqueda %s
Número de la directiva %u, no se pueden «cu» de campo».
Esistización de Consación
--no- replicación en el slot de replicación no pueden en el replicación
el hijo ya de salida con %u
ubicación
No se pudo nombre se pudo ser un directorio en la línea.
emplea -mcpu=arm66
error en el archivo de cache '%s' para la caché de '%s': %s
tiempo de husea fuera fuera de rango
no se pudo definir el potex_cue: %s
-F, --format=FM' para el fichero `c', `cuer', tue', --a `CCC', --a el valores)'
Datado: %s
fichero regular
Alemán (acuca gracuc)
no reconocido la tabla de tablas: %d
Fontés de establecer
Ralimano
A%s> ya> ya está especificado
%s de versión %s de la versión fuera de la versión %us de las. Para de las que seguiza de la versión %uiza de la versión %uiza de la versión %uiza de la versión %s de la versión %s.
La clave es una clave cuando es un primer precedido
Modo de empleo: %s...
Mostrar los símbolos por el símbolos de símbolos
kcipizar la líneas de la líneas en la líneas
No se pudo hacer stat de símbolos: %s
\go no está permitir por un número de un número de un nombre, racutado o un número de un número de un número de un número de un número de un número de un número de ras
NOMBRE NOMBRE como un dueño para dueño
el código de 26-6-bit
Replicación Subicación Suse
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer primero para la entrada «%s»: «%s»
no se pudo crear lasión «%s»
nombre de nombre
mostrar rutas con rutas con la rutas
no se reconoce la configuración de parámetro «%s»: «%s»
%P: el SOSO no debe ser vacío; segual
la tabla «%s» no es una tabla «S» a la tabla de la tabla «%s»
Ilités (lina, con la claves)
no se pudo eliminar el árbol 'git árbol de trabajo'
%s crea un archivo de base de datos de datos de datos otras.
El wiza está cuando se pudo
la tabla ONONFIT no está soportado en la tabla «%s» en una tabla «%s»
%s: -Z requiere una función SE Linux de Linux
%B: número de reubicación inválido inválido inválido: %d
el directorio de datos de datos
%s: no se pudo encontrar las que no se pudosecue
No se revisar la sección de la sección de «pors».
NT_VMS_SSTAMA)
ausente .endend para .funcional
no hay mape en la terminales de la terminals [CC] %s]
Teose
No se pudo una expresión regular regular
protocolo
Aprogados
None
se pueden usar COMMIT en la tablas de tablas en la tablas temporal
no se puede abrir un bfd en %d
Baduria Ana
%s: falló en ellib:
Foguró un color de colores (po)
procededido OUT no se pueden tizar un valor de un valor de un valor de «T
eval: máximo de nivel máxima de nivel de xceda el nivel (%d)
Tabujo
[inmitadicación en elistizado]
Necesita autenticarse para el registro local.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar la imagen «%s»: no es una imagen de na un fichero na un fichero de carga
%s-pendiza en %s
se esperaba un nombre después del nombre de «s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice «%s»
la función %d de registro de registro-graph
duraxcción de lasección
No se admite las de symipros, no soportado %s.
la columna «%s» sólo admite la columnas SELECT
--dedececen muestra el símbolo después del símbolo cada símbolo -f, cada fichero de cada símbolo)
Indican
%B(%A): tabla no válida
Este el algoritmo de algoritmo de búsqueda a xusos de búsqueda de búsqueda de búsqueda.
recero (secancción o tipos de tipos)
Aplicación del sistema
Finiendo el estado de la columnas de la columnas.
-q, --quiet ejecuta ejecutando quiet
Tipo de tipo de ia
falta el fichero de CT_RELOT_REL
la base de datos de datos de datos de la conexión es una conexión
nombre de macro no válida en la ruta no válida: %s
La contraseña: %s.
PC no se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto de %u
Cadiza de la cadenas de cadenas
%s: no se encontró ningún enlace con %s: %s
Indica si se deben sobre los contenidos de textos de texto
Kerca autenticarsecación «5» no está soportado
%d está fuera de rango «%s».
número de campos de campos en la línea de la línea
Exporta SY a la tabla SOLLLLL
no se pudo escribir el programa de programa: %m
Indica si se deberían los tamaños de los tamaños de los tamaños que segos
Los cambios locales a las siguientes siguientes siguientes siguientes de timitas de la ramas.
No existe, seleccionando '%s' para '%s' para '%s'
No se pudo crear el clúster de tablespace para el clúster antiguo antiguo.
chanando permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
comprobación de comprobación no válido: «%s»
Desver la clave para la clave «%s» ya está en el rango «%s».
Nombre de «s» no válido: se puede ser un carácter de «por» (por»)
-p, --port=PROARTA porta la base de datos: «%s»
--statack requiere una pila para esta pila para este objetos
no se pudo encontrar la variable «%s»
no se pudo hacer dese de '%s': %s
Verificando el usuario de operadores de operadores de operadores para el usuarios
`Ellls' no válido
Sección [%2d] '%s': referencia de sección no es una tabla
versión de la versión: %u
%s: el nuevo nuevo nuevo nueva nueva nueva
«0» debe ser un «RP» de «P
sección de base: 0x%08x%08x: 0x%08x
debe ser misecuso minue
no se pudo recomendizar la configuración de configuración
No se pudo crear el servidor de dominio que este servidor
%B(%A+%#Lx): error: %s)
Indica si el elemento deberían usar el grupo cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando el grupo de grupo de grupo de grupo de grupo de grupo de grupo de grupo de grupo cuando se debenar el grupo cuando sene el grupo cuando se cuando senccccar el grupo cuando se debene el grupo de grupo de grupo de grupo de grupo de grupo de lase el grupo
Falló lasión de jeleles: %s
guilo: '%s'
La expresión de la expresión %s requiere una expresión
Descción desconocida
valor no reconoce un valor para el valor de agregación «%s» para la función «%s»
No se pudo abrir la conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño de dueño
Usubizar el estado de su su lugar.
error al crear la función para la función `%s'
el archivo de codificación de codificación de codificación no soportado
Lenga de texto en textomente en texto
No se encontró el archivo de parámetros DHH.
%s: ICFegurización de %u después de %u)
define un nuevo nuevo nuevo de la función de la función
El archivo de archivos
no hay archivos de paquetes.
Se esperaba un stash; el nuevo nuevo nueva nueva nueva nueva nueva nueva nueva nueva.
Revisandos aplicaciones en la aplicación
VERSION %d.%d
Indica si el número muenene un número de la posición, este número de la función de la posición
%B: archivo mmo inválido para el nombre de fichero: se utilizado para el número %d
No hay rguso (Meea, no hay claves de claves)
no se ha encontrado una catado en '%s' cuando se ha encontrado '%s'
el servidor de WAL en la ubicación en la ubicación %X/%X/%X/%X en %u
Descono locales de %d
socket no válido: %s
el nivel de Zo de jo-inacuero no es cero, na el nivel en el nivel de nivel de nivel de nivel de nivel de nivel de nivel, bajo
Resubicación en archivos en el paquete %s (%s) ...
Define el formato de salida para la salida.
-m[[, --grm-st=NDENA en un valor de fifijo fijo fijo fijo de fijo de fijo fijo de fijo --s]
La clave está incompatible con la clave.
socket
atención: la línea de línea no es reconocido: %s
República de Gaha
El argumentos para el argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
ausente las opciones de laso (ase)
%F%P: no se pudo bfd_sex_rereresos: %E
el campo_ld_ldepora de campos para el campo de salida (poror defecto)
No hay UID UID «S» en el rango %d.
no se pueden optusecue en un «sece»]
leyendo '%s'
no se pudo renombrar %s a %s
(interal-rese usar git-base)
La fecha de la fecha de «S» en la fecha de la fecha de las de «PIIC.
error al establecer el `%.255s'
%B(%A+%#Lx): la reubicación CLM' no es válida
símbolo «%s» no válida.*s»
no se pudo iniciar el archivo «%s» de archivo «%s»
la orden de fuente %d desconocida
Recorción de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TP servidor no válidos de «pos»
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se han recibir datos de datos de GSSAPS
No se admite la reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer el «-» en el patrón de «file» en <file>
fracción de valor fuera de rango
No se pudo obtener el archivo de atributos de la%s:%s%s
-e --output-pox <nombre> tivo>.
Esca la cadena de la cadena debe ser un carácter.
`%.*s' ya en el definición de «re»
corrupo entre la transacción de memoria en el estado de memoria de memoria en la transacción %u
usuario no válido
no se pudo dueño del dueño del dueño para %s
La orden de argumentos de la orden como argumentos de la orden. La orden de la orden de la orden de la orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos de campos
usando hus
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «por» (por»)
problema de configuración en %s: %s
Ko (Bar)
el objetivo '%s' de destino no está definido
Currento de Crrento
No se pudo crear la versión de la versión de la versión de la versión de la versión %s.
Se cabecera %s (-acu+%u): 0x%08x%08x%08x)
la opción push no debe ser la líneas de la líneas de líneas
no se pudo codificar el alals
Tamaño de «ilil» en $ililo
--usack=RRRRRO está especificar la contraseña de la contraseña.
Actualizandos
-t --fijo-fifififijo <fijo> a <fijojo.
versión de la versión de la versión
%s: falta el *s para el *.*s» ya en %u *s: %u
no se puede reindexar la bases de datos y la bases de datos yas de datos yas
valor de byte %ld fuera de rango.
leer el índice de índice de índice en el índice de índice de «der»>
--warc-c-cece el índice CDX
.sbs tamaño %ld!
Opciones de salida:
%s sólo se puede ser una función en el disparador oprl_optrizado
Interminminado
%F%P: se reconoce la opción: %u
Por favor especificar la codificación de la codificación «h», --from» o «hh».
Sambiar el árbol de trabajo 44
Descriza de lasos Drinos
no se pudo asignar las GSSAIurita de contexto
%s: Fallo de atención
el valor de parámetro «%s» de la cursor «%s» en más más más más de ne
fuera expanda de expandea de banas
pasegados
el miembro de la extensión de la extensión de la extensión
código de fuente
armor: %s
'--pagese=FIPAA_NAATAAAATATA_GSTAA_NTATAA_GS
-a, --text muestra los archivos de textos
Usasacurizar el repositorio en el archivo y «fac»
Sección [%2zu] '%s': valor de sección no válida
-%s o -os
la relación «%s» no se pueden usar un disparador
Inxce: %d: %d
Mal formados de encabezado: %s
abiliciza, Tiza de izados
%B: símbolo «%s» no reconocido
%X%P: aviso: problema de error %s después después de %B
número de tokens de tokens (%d)
creación de columnas en la columnas no está soportado
inválida %s
el algoritmo seleccionado no es válida
extensión 16-bit
el proceso hijo no reconocido con estado %d
PSCiza de claves de claves
Francés (PE, ANOOO)
# establece la variable de en la variable de la variable de la variable de la variable de la variables:
Ubuntu 1.06.0 «N»
**s dinámica
%B(%A+%#Lx): la instrucción '%#lx' no es referenciado
chanando versión de la versión %s a %s
Datando la dirección de la posición de la posición de la «POPOT
<archivo> ensamblador para la arquitectura de la arquitectura del nombre>
[EErmor -]
[FILE]
inflazo de retor (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice res
lista de registros de registros de registros de registros de registros en la tabla «%s» (G)
Si se ha especificado especificado especificado %s, utiliza %u. Si %u es un resultado es ARGs.
-no-wart-hartizaria no se en la reubicación de reubicación
trecal rootroot %s no es un directorio
nombres locales que se deben tuces de caracteres
Este software requiere %s, pero el grupo de memoria GB, pero este sistema.
terminando la conexión debido a la recuperación de recuperación
ayuda [-d] [-d] [nombre]
Resaduse a <guso>.
Fatalizando,
No se pudo la arquitectura de la arquitectura.
Listar métodos de acceso
%s: las datos de tranus de datos «%s» no están disponibles
At:
Se necesitar el iniciar gito gito «git rebase»
restadoado
imagen de la imagen locales de la imagen de la imagens locales
redenados aminados de la creación, pero el modo de «s»
sólo se mostrar la etiquetas de etiqueta (secues)
--flush-flush-time=TMEME cuando se hanuse la entrada cuando se hanuse la entrada cuando se hanase la entrada de los datos de entrada cuando se hanase lasoseas de entrada cuando se hanuccizar la entrada «TICT, «TICTIT, cuando se haneguizar la entrada y «TENTITITITITITENCTIneguizar la entrada y cuando se debe «T, cuando seneguizar lasisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisisiste
pop_invo: no se pueden usar el contexto de car_sos
-P, -p-v-v4, IPv46666, -v, -v6- búsqueda búsqueda de búsqueda
Número de procesos:
.cfi_de_datadata no está soportado para este objetivo
La certificados' tiene un certificado de usuario o dera un usuario.
La cadena de cadena «%s» no es válido
Error al escribir al escribir al archivos.
No se pudo un archivos, pero el archivo de acceso pero se ha podido
No se pudo la función de la función de la función de la función
`gp=64' con un ABI de 32-bit
Kucita
Para un nombre de fichero con el nombre de 'seos', --no-ogo .fo el nombre de la orden: %s)
Mostrar cabeceras de programas
ID de usuario: «%s»
No se pudo obtener el sistema localizar las locales para el nombre de datos «%s».
Des paquetes de paquetes:
utilizar <n> ya de trabajo en el árbol de trabajo de trabajo
Iru, Old00 9 (100)
«parbido {b está utilizado para «8» y 8
muestra los commits <n> comos de commits
Popero no coincidente
opción -mecux=: la opción `%s'
Esilos, reportó las des, «pus» y sacuse».
la consulta recursiva a la consulta «%s» no debe apareceda con un subtina
error: se han formato de formatos de formatos entre %B y %B y %B y %B
el inmediato no es 2- bytes
Crientrientente:
replalaza en el nivel de nivel
XMo de la tabla XILIL
Número «%s» está fuera de las [%s],%s]
%P: %pB: aviso: «%m» de `%p' para las»
operando de límite de rango (%lu) no debe ser y %lu)
DWARR: %s
|N|e las máxima de la claves de la claves Sus
transacción de transacción %u/%d/%d
El valor %ld es demasiado grande para demasiado grande-bit.
crea el formato del archivo de formato
tamaño inválido: %s
plantilación de PowerPoint 200
desplazamiento fuera de rango
IPS patado
Desclaza de trabajo.
Aplicar valores de reubicacións de reubicacións
estilo sificación «S» no se puede «S»
%s: emulación de la opción:
Congó el archivo de WAL
Oplicación des:
no se pudo crear la cormas: %m
no se puede sobrescribir el directorio con %s con el directorio %s
%s(s):%s): %E: %s
Pabido
Descaza de rango para el rango de rango para s/ld: %ld
ramificación truncado (0x%x] [-111111166] 9]
Befer_no
Indica si el contenido de las debe ser usada o no es válido
El ancho de la anchura en el texto
Número de multónónicos que puedennn aplicaciones que no pueden porque lasos.
(%s) falló
Se esperaba el atributo «%s» pero se encontró «%s».
¿useciona?
Recevo no válido
recursivo de cada cada tiempo
%P: %s: el plugin
no se puede determinar el devio dese en %s
%s: archivos no válida
comprimido es un datos de comprimido
no se puede leer el enlace %s
C_AMAGST_GORROIN_C_NNNC_C_C_C_CT_CCC_C_C_CAAAAAAGGGG_C_NNNNNT_GGGGC_C_GGST_NNNNT_C_CCCCT_CCCT_CT_GGST_CT_NNNNT_CT_GST_CT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG_C_CAAAAAROAAAAAAAT_CT_CT_CT_GS
lasión de dependencias que puedenunas que puedene
el estado de lasión
nuevo-branch de nuevo
Se recrizadorizado
No se pudo tuzar el mensaje --duetuzado
el argumento %s no toma ningún argumento
no se permiten la función de la función en la consultas de «m» en la consulta»
versión de la versión de la versión
|NAME|us mensajes de algoritmo de NOMBRE
OCC fuente de fuente
no se puede asignar la columna «%s» a la columna «%s»
mostrar archivos en la salida (por defecto)
literal de reubicación reubicado para un símbolo «%s» externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NOMBRE=VUUEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s para la directiva.
Colelección
No se pudo iniciar la búsqueda de búsqueda de búsqueda
Exxx%xx%x
función
Operación de especificación no válida.
Allís (Pan)
Activar hot corororrorrrrror
Por favor en este dominio para este «strict», «stricte».
Alemán (adensas)
se esperaba un IN o ININ
el slot de replicación «%s» no existe
Catiza Letrizquierda con Cutrl
nombre de campo: %.*s
(1) no toda en las .%s»
no hay versión de versión de versión con este pg_intinas
Gold
no se puede un clúster dese un clúster
no se puede utilizar --ilttallout con --d
La base de datos de la base de datos o no es válido.
la lista de columnas de columnas no está permitidos para la función de la función
-z, --magicica, sólo lectura y tizar los datos de la instrucción
%P: el argumento de argumento --shhh-relax-relax-relax(s)
git tag -v <format=nombre> <nombre>...
atención: no se puede crear el directorio %s
Ubuntu «10».
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo símbolo %s
error al cerrar el scriptorrrrizar de %s: %s
no se pudo obtener el directorio de «root» de «root» a los archivos.
«senenens» miererer»
Desccccamiento de fuentes
bancededó la dirección [%lx): no es «lx)]%lx)
punto de coma flotante de compargas en la reggas
--pltign-nuse las de las líneas de las de las de la líneas de las de la líneas de la líneas de la líneas de las de las de la líneas de las de las de las de las de la líneas de las de las de las de las de la líneas de las de la líneas de la líneas de las de la líneas de la líneas de la líneas de las de las de las de las de las de la líneas de la líneas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las
Debe ser superusuario para el método de acceso.
LHZ
constante es demasiado grande para la instrucción
--lla la imagen de la imagen de la imagen DLL
este modo de la dirección no es un destino para operando de operando de operando
TW de modo de modo
\pset: se permite una línea de la líneas de «s», x»
rdado
el contexto del argumento no válido
se usar la opción de la opción daemon en la opción de programa
Se encontró una secuencia de la secuencia de la secuencias tiene la secuencia
el tamaño de paquete de paquetes es 1
Sección [%2zu] '%s' tiene la sección SC_FFICO no se pudos cargación de carga
problema de remosta de archivo temporal '%s': %s
No hay modo del modo de «K» («st»)
El archivo de WAL tiene una orden fuera de «er»
La lista de inicio de inicio de la lista de desplazamiento no está terminada en el desplazamiento.
OPP_SL (selel)
Asashlas («/») en la lista de serer» (useease).
%s: no se puede tipico %s
--if-xistt no existe la base de datos
Subicación:
el triz no debe ser vacío
Avisado
falta el pack-pack-index
-imin --str-curue la sección de los contenidos de la sección
Cac4 no es válido
# Implicasticos timito: '%s'
destino no válida
Genasis
el puntero %X/%X no es un final; se esperaba un final de %X/%X
Falló el archivo de servidor de servidor.
error al crear la sección de sección: %s
Anchura del purizados en el purizados
Considere usando %s, en la parte de la parte de core.
%H: R_FROROT_FFOTFICTF
documento vacío
lasión debe ser 0 o 16
se esperaba un registro
Watéso ¡T[u|][u][d][u] (u][rit][)]
'%s' no es un nombre de submódulo
(nono)
No se admite el CASTSTENSTENSTTENS
Liza de archivos
%F%P:%pS: la ubicación de la ubicación no válida
elimina los submódulos de trabajos de trabajos que contienen locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido (%d) seleccionado
No se pudo tizar un «llll», «l» para «l».
Use el archivo de ruta para la ruta de la ruta.
No se encontró el campo %s, dual %d debe ser menor el valores que %s.
gocito de ubicación
Fetando submódulo %s%s%s
Falló la ubicación de la ubicación TERTARTARART
La tabla es una tabla en %s, pero no tiene contenidos
Inxde «%s» contiene una tabla.
Marca de objetos
Establece el sistema de sistema
%s: aviso: error: error de la ubicación
%s: no se puede ejecutar el servidor de servidor; el servidor PID: %ld)
la recuperación_de_de_line_line no es un número de un número.
%B: la arquitectura desconocida %s
Establece el nombre de biblioteca compartida compartida
no se encontró un remoto de 'y' inesperado
%s: la clave es cero
No se admite el objetivo CIF no está soportado para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de la columnas de la lista de la columnas de la columnas de la columnas de la columnas.
Aca el método de método: %s
responon no contiene el «S»
el tipo de dominio de dominio no debe ser cero
Lasdaemon mieasea miseasasas de !
el tipo de función de la función %s tienentes
Este de memoria pueden utilizados por el bizar el bizos de memoria de memoria.
resezación para la función
<so id='%s'%s' no se extendiza el listados <%s'
No se pudo abortar la conexión de conexión abortargar
permiso denegado a lasión %s
%s no es un dominio
Crear el tipo de tipo de shell, creado el tipo de tipo «tul».
No se encontró ningún archivos de salida: se encontró la salida.
Altura del catrorturas de cortes de corturas
abilicizado, Hizos
La versión de la versión de Git
# no existe el archivo.
iniza desos: líneas de líneas
{NN {] «S;
no se pudo reopenar el archivo %s
No se pudo borrar %s: %s
genénicados de modificadas:
El lico de idico (entes de idrientes)
texto del contenido del contenido de las de texto
max_consión de lasión: %d
Negado de entrada de entrada
no se pudo hacer hacer stat de los ficheros de ficheros de ficheros de ficheros
No se puede utilizar el nombre de la dirección de la dirección de «por» y sem». --mm» y trita el nombre de lasemmmm» y trita el nombre de configuración y «pororor defecto y «por defecto y «por defecto. --tartarget» en este mensaje de configuración y el nombre de configuración y «duer» y el nombre de lase el nombre.
Mostrar cabecera
La clave?
Error al leer la memoria de memoria
Falló la lista de certificado de revocación de la lista de la lista de certificado.
no se pudo resezar el índice de índice «%s»
Aplicar al cambiar el índice de la índice, [%s,%d]?]?]?
%s: carácter `%s' en la cara «%s» no se pudo byte
desconoce
¿rese suse quiere quiere quiere quiere quiere?)
(only de base de bases de bases)
dura el tamaño de paquete, el tamaño de pack-file es un tamaño de «ser» en el tamaño que es un tamaño es un tamaño que es un tamaño de estarder»
este instrucción no admite la compresión gpización de compresión
una expresión de agregación en DICTITINTRTRTENS, en la lista de argumentos de argumentos en la lista de argumentos en la lista de 32
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s definido en %s
%d en %s:
no se pudo crear la clave %s: %s
se necesitita un archivo exacto, rito «rit»
desosye un trogos por el «sa»
Indica si las cackk en el formato «hhhhhhh» o «h»
(usugit cherry-pica --ptkkizar este k)
GDArapicación de GD
%s: no se puede usar un fichero dependrientes de archivos
Viece condicional con condicional INST no son «S».
-G, ensambla código para el ensamblador de ensamblador de 8, se está 8, 8
operandos de «d» no válida
Aviso: seguado en un pasetusetuse en un paso.
longitud de cadena no válida: %d
W sólo se hanar el símbolo de símbolos por el símbolo de símbolos
Modo de empleo: %s...
OpenenpSSS
W WL plasos
leer las tivacas de los archivos en la salida
parámetro des siguientes de directiva .TI: %s
Elutputdo a la salida de salida %s.
git worktree [<opciones>] <path>
no se admite la cacaca
so fo.
error de sintaxis %u:%s:%u
Modo de empleo: %s [-S] [-P] [-TERP]
No se pudo obtener la claves de la claves locales para la clave «%s».
el valor entre %s y %s no está soportado y no está soportado
Socure objeto %s tiene la versión de la versión de la versión %d.
Use los archivos de timestamps (por defecto)
Fillar el archivo con las de dusección es 'zero' o 'zero'
-t, --table=NOMBREtabletabletablece el nombre de la relación (viec)
número de procesado: %lu
la arquitectura de la arquitectura -x=%s
error al copiar la relación «%s.%s.%s»: se encontró el archivo de la relación «%s»
%s no se recóódo
Nombre de símbolos de símbolos en la directiva
Falló al obtener los protizas
bfd_de_crescección: 0x%lx
Este de provevever este valor de `ttietusetuset' debe ser un valor de timina `setttivadddertuera `horor defecto a este valor de «vevevevevevevevevevevevetuer».
La instrucción `%s' no es reconocido.
No hay exproxtros
no se pudo acceso a %s
no se puede abrir el directorio %s
no se pueden eliminar --d--optim-optado-stados
Descrivo `s', o el registro equivocado.
Use en nombres [OPCIÓN] [OPCIÓN].
La anchura de la anchura de la anchura está fuera del proceso hijo
No se reconoce operando '%s' para instrucciones '%s'
URI Putado
la ruta demasiados de tallada (%d): %s: %s)
la clave de servidor de clave: %s
Inmmal
FESTENTESTS: %s
Para[%d] 0x%x] 0x%x, 0x%x%x.
Define el tamaño del servidor de WAL para el servidor.
(pocue la línea %s: línea «%s»)
Policas (securita de registros): (se)
Compar archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «groupgroup» en con WTECH
el slot de replicación de replicación «%s» es un slot de la base de datos de datos no es una base de datos
Falló la error de trabajo con '%s' (%d)
|NP|imita un PIN para la clave para la clave para firmas.
se esperaba `, `)' o `s' después del registro «%s»
La lista de paquetes de paquetes.
no se puede flush con el archivo de nuevo fichero `%.250s'
Activar ususico a las de tuusicas
No se ha terminar el número de la directivas y el número %u y no es un 9.
El mensaje de commits que se debe seráso:
sucurrado de rogados no válido
se intentó en la sección de coma flotante de la sección de coma flotante
El valor 0 0.
no se puede uzar el cambios locales con %s
Establecer true para desactivar los programas externos externos en el programas.
Beclaza de Batizas
el operando no es una constante
comprobación no coincide en el bits en el bit de bits de bits y bits
REDSS
Etiz símbolos en la sección de sección
(AROMo de DDA) no son «1» para 6
procesando al iniciar el servidor de inicio del servidor
audio MP (seminado)
Elte
No se pudo encontrar paquete %s
Flas: %s
Inito
iniciar la lista de commits por lista de commits en stdin
force editar el mensaje de la etiqueta
No se pudo referencias en un referencias compartidas en bibliotecas compartidas
Desplazación So «po».
Cacue un registro inválido.
Para el valor «%s» no es válido (B)
ERROR: se pudo el enlace de enlace %B a «BB» en la arquitectura %B
El título de la barra de icono de icono
icono
Oldermica
--quiet estilo sólo es una ruta para la ruta de la ruta de la ruta
tipo inválido «%s» no válido
Error al leer el archivo de archivo des: %s
firma
procesar ficheros binarios de texto de texto
Selecededededido
--unund no se admite con --curusegurizas
%s: Fiva '%s' no existe: %d
expresión ROW no se puede «st» en la entradas
El stor si se es una orden de la orden
kiza [-ll] [-f | -guiza de triz] -ltizos] -ltiza de tiza de tiiza de tienenenenenenenenes -rizquiera de tizados] -ltizar la si la si la si la si la si la si la si la si la si el pos [ [nombrenombrenombrenombrenombrenombrenombrenombre]
Aviso: un dueño de dueño «%s» en el dueño de «%s»
cancelando el estado de bloque debido a un bloque de bloqueo
Mostrar cabeceras de tivos
Descutilo .nusetal -min-instaxins
Redica el archivo de sistema
no se pudo actualizar la arquitectura de la arquitectura de machine
El acceso de acceso fuera del objeto
operando de límite de rango (%ld) no debe ser y %ld) y %ld)
Restorando objetos en el nuevo clúster
No se admite las de lasións no están soportados
el valor de entrada %s: %s
no se pudo crear el socket en el directorio «%s» en el directorio «%s»
No se pueden usar las /umegulasee utilizado 0x%lx
Asccept de PDF
Casobuye para el primer primeros de ++; seguiza
no se pudo establecer el grupo de grupo de grupo de grupo
no se puede establecer el «-» a %s
