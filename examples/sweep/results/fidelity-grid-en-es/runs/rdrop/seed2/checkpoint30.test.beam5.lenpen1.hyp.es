Si se debe ser los botones de los botones de las de presegados
Incrizar las de las de las
no se pudo crear el archivo '%s'
El dominio a dominio a a dominio, o NLLL para dominio
%s no puede ser aplicar una función a una función
ignorado
problema «%s» a '%s': %s
-n, --quiet, --verbose muestra los tententes de pasos
no se puede usar la expresión de la expresión en la expresión
Dasistiza «s»
El archivo de modificado comos «s»
(sechasetuetie)
Exsión
el tipo de caracteres `%c' en el tipo de caracteres
Error al abrir el fichero %s: %s
plano escribir el proceso
valida de datos de datos de datos
%B: %#Lx: aviso: reubicación en la sección de sección
no se puede crear el fichero %s
ARCH
Error al leer el tipo de parámetro %s: %s
el ref de push para '%s' no es '%s'
Mon-izasos
base de datos %s
No se puede durano
clase no válida
Por favor viza de la claves de claves:
--ceca un nombre de rama
Define el número de miexe el nuevo clúster
USS, República de lasión Sociaciaciaciación So
Indica si se deben la líneas de la líneas de word, en la líneas de caracteres, en la líneas
Capseccrrizas de las teclas de las de las teclas de las de las teclas)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.10 Ko.
Tawano
la opción -CC no puede usar -1-create-sececasetas
Mo renombrar un archivo de un directorio, o un directorio
Nonesecizar la dirección de la dirección de la dirección
Pamama de Zo Zo
El número de la pantalla de la pantalla de la pantalla de la pantalla.
Vizados
La especificación de la especificación de las clases de las de multizados, -t, -t, -t, --s de t, --s de t, --secececimsececececizacizacizados de caracteres de caracteres de caracteres de las de las de las de tizados de las de talizados de caracteres de las de caracteres de las de las de caracteres de las de las de las de t, -t, --s de caracteres de talimalalalalalalalalizalizados de caracteres, --s de las de las de t, -v, -v, -v, tiz, --s de t,
el archivo de comprimido, pero no admite esta compresión no soportada
Cololicas y pidgins, «s»
línea no válidos de línea %s
Will no es todas de pushs no es válidos
Time a :
salida de la página de la salida en la salida de INCDG
Sección [%2d] '%s': algoritmo de dispersión de hash %zu
No se permite el carácter de «s» en el valores de caracteres en el valores
destino
Xffos
core y las en el largo de 32s de 32 bits.
: se admite un tienenena de tado
Auto de trabajo no se ha tado de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': AL_G_GFFS_ST_F
operandos de operandos no puede ser en el tipo
iniciar el inicio de pg: pg_ptiplica
no se puede encontrar el registro EMMMS
Invalida no válida: --atro=SHOO con --atimisisisisistiza
el archivo de ruta de la ruta de configuración
no se puede iniciar %s
No se ha «s» en el «s» para el «s»
Modo de empleo: %s [opciones] [d)](s)
la opción '%c' requiere un argumento entero entero
No se reconoce el IN_TTT_GFIF
No se permite la definición de la definición de los símbolos de los ficheros de ficheros de ficheros de ficheros
opción --no-conflict-conflicts de la opción --no-setizas, --setiens, --setizase --set-set-set-setrrusetiensetienasece --se --setiensetrse --no-conflict-conflict-conflict-conflict-conflict-conflict-conflictse --setizas de la opción --s de la opción --s de la opción --s de la opción --s de la opción --s de la opción --print-conflict-conflictsetrrrual-sececasecas de la opción --sasetiens de --setizas de la opción --s de la opción --s
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Desciza de ventanas de ventanas de una ventana
-a, --allar la base de datos
<stringos: %ld
El valor de «s» para el valores de «s».
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera extendida de la cabecera:
--no-ifififificación de timestamps de timestamps
Sís de elementos en el elemento
no se pudo actualizar la calizal «%s» o 'git rebase <fichero>
-mama=<s> Establece el tipo de 888, 888, 88, 88, 84, 8666666666666, 888, 888, 8, 8, 88888, 888888, 8, 88888888888, 888333333333333333333333338888888888888888 8 888888, 8, 8888
<labe>
Se esperaba un argumento PRRRR
Tipo de %s no implementado en el Gen()
fallo al analizar %s
Maca de x
instrucción no es un modo de la dirección
aborta la transacción actual
skipipido: %lu
no se admite '%s'
El número de registro a un widget a un widget
skizar la ubicación de WAL %X (LSN de LSN de %X/%X/%X)
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válidos
Cdrom con Ubuntu 8.10 10 «W»
Marcando %s
descrrimininas que cero
El inmediato está fuera de rango 0555
-f-axilo no pueden usar con -har
Maporrización de AD-D-senenen
%s requiere un valor
Lista de XKBB
se ha escribir el registro de mismo que el registro
%B: número de reubicación no válido: %d
Sakuso de «2»
-X, --exclude-dir-sector=SISTT
tipo: %s
diversión de %s a %s
la clave %s utilizado %s (%s) en un hash (%zu)
abortado el fallo al leer el fallo
instrucción requiere un índice
debe ser un registro de sparse-checkoutout para resepar
no se pudo crear el tablespace para el tablespace %u
--sece el tamaño de la pila> en el tamaño de la pila
r2 no se deben usar el modo de índice
aviso: %s contiene un puntero
huspuesta OCCSP '%s'
el valor de /tado de campo «%s»: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incasex_presececetienta %s (s).
Error alteral: error de error: «%s»
Datizar la transferado.
Bende
documento de Aprocesador
sección 0x%u en la sección [%u]
refsh_h_h_plica
%s: no hay un registro de lasión de las de las de hisión %s: %d
Vera: %s
Vietados
no se puede abrir el nombre de %s para lectura
la clase de operador «%s» no es un tipo %s
Path no deben un dusos de un /sho (s/s/s/s/s/s/s/s)
Error del SDDD
-?, --help=help=opciones] mostrar los ayuda
Verastica de lastica
Símbolo de instrucciones para una instrucción
no se puede borrar el dueño de «%s»
la función «%s» debe ser far
Se esperaba una instrucción de instrucciones
no se pudo analizar la lista de la lista de la lista de datos «%s»
valor de opción inválido para '%s':
Colés de la cabecera de la cabecera de llís
el huge no está soportado en este procesador
Moce un YRRCCP
No se encontró la sección de símbolos en la sección
Define el número máximo de un número máximo de trabajo.
Modo de empleo: %s [OPCIÓN]... [OORRRRRRRO]
delimitado_acecar
el archivo «%s» contiene una cadena de la cadena, no se ha terminado %s
cliente un cliente no válida
caracteres inválido
Establece el enlace PRRRRRRO a un enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocido
(fixe «s» y 'git rebase --continue)
revisado no está definido
El archivo CIO (comprimido comprimido)
la función de agregación no pueden tener el argumento %d que %d
%s necesita un parámetro
Desbibación de la sección de la sección de .bibidoido a la sección de la sección de la sección
Dirección de la tabla:
Actualizar (P)
Se cambia las aplicar el repositorio
<nombre>
--entry <entry> si si la entrada de la entrada DLLLL
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el archivo de inicio de 50s
error de sintaxis de nar el elemento «%s»
Aplicar las cambiado por el commit
Los valores entre «%s» y «%s».
no se encontró ningún entrada
El tamaño de objetos
Menchos de 55s de 3
AVICIÓN: no es una clave de confianza de firmado
el tamaño de pg_control_control y el tamaño no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de la pantalla
no existe el usuario de usuario «%s»
no se puede cambiar el tipo de datos de predeterminado
Tamaño de resorar la resevora '%s'
La ruta de la ruta de la ruta de la ruta del conflicto
Define entre segmentos y segmentos de segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s opciones de la opción de «s». El archivo se ha ha hanecue el nombre en el nombre de la opción de la opción --continue.
la función-renus no se permiten en la función de la función de la función de la función de la función de una expresión
Kurado (S)
comprimido
Define el tamaño de la tabla de dispersión de la tablas de la tabla de la tablas de la tabla de dispersión de la tablas
Sis desecuera el directorio de WAL, pero el directorio de WAL «%s».
|aduse-trrul|-tros
( fuente: %u)
ADVERTENCIA: no se hanne el directorio «%s» en el fichero de configuración '%s'
Quito de paquetes
-m[no-]%s1-s1-niza %s
Catr
Actualizar la fecha de acceso y la fecha de acceso
los mensajes tiene un plución de lasión para el formato de las de .#'
Ezio
%s: fin del fichero de entrada de entrada
contador de registros no puede ser en la tener DSCICTTTTIITT
\pset: líneas de la líneas de la líneas de double, líneas
No hay elementos de elementos de software para este software.
-d, --dbname=NOMBRE la base de datos para la base de datos «%s»)
no se esperaba un contexto de un contexto de línea de línea
%B: reubicación de reubicación de reubicación de reubicación %s
no se ha terminar la dirección de la dirección
El proba un probea un YYY.
la codificación «%s» para la codificación «%s» no existe
Mistimando coma de comos.
%s MiB está definido de memoria.
|EAAA|FAAAAAA para la clave para la clave
cancelado por usuario
Kusos
el índice de word es demasiado grande
República de Nigigigo
Exectando el argumento de caracteres
el nombre de límite con el valores de «s» no debe ser un `s'
-PAAA de la contraseña a un servidor
Alemán (Bone)
puntero de registro Z
la directiva .end sin precentido
Runa en el directorio de datos de datos de pg_backup a un directorio.
Dar: Error de argano no válido:
%s y lllás de nombres de nombres des deseguís
skipizando esta instrucción en esta instrucción
símbolo%d
-3 bit de 32 bit de 32 bit de 32 bit
OPC_ROOO en las teclas)
el modo de modo (%s) no coincidente %s)
nombre de salida, nombre: %.*s
[ARGS...]
no se admite la sección .saminece la sección dinámica
Necesita autenticar al repositorios de parámetros
Necita autenticar para el sistema.
la es válida '%s'
compendime <archivo> en un árbol de trabajo de trabajo (por defecto): predeterminado)
no se pueden con ONCCCLLL o UPDATE con tablas
[ora de pila]
no hay argumentos para el cursor «%s»
Descción de la orden en %s
la columna «%s» de la columna de la columnas
procedido
%X%P: no se pudo bfd_rego: %E
INPTTENENTTT
no se pueden cambiar los grupos de grupos en las
%B: utilizado de las des de campos de campos (%###s)
debe especificar la ruta de la ruta de la ruta de la ruta)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(ma de clave %s)
Se esperaba una como.
--%s" en el argumento de «s» y «b» (b»)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de lus en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de salida
el mensaje de la longitud de la longitud de longitud de word
No se encontró una instrucción
No se nezar en modo de modo de «se».
la opción SP: --apaprima de la emulación
Metiza de de Mas
.T_GOO contiene un objetivo que el objetivo
Manana
Francés (D)
el valor de «c» no pueden usar el valores para el valor de un valor de la codificación.
%s: falta el archivo de histo.
iniciando el flujo de WAL %X/%X/%X (lo %s)
No se encontró ningún XPM
64-bit SID 64-bit o coma flotante de coma flotante
Tipo de OAAAAAAAA
la codificación de datos
documento de entrada de entrada MMM
La pantalla para el GDD
Este sutiltiltilo de la versión pueden ras de la versión %s.
Quito:
no se puede generar el código de código de código
free: el tamaño de inicio y el tamaño de diferencias
Muestra la comos
Ser la reubicación %s
argumento no válida
No se puede leer el socket de socket: %s
conjunto de configuración (no-con)
SH_O_LL_LLLLAAAASTTTER en la consulta de la consulta (S)
Este tags que contiene los nombres de caracteres no válidos.
no se puede usar esta instrucción con esta instrucción
%s no se pueden ser al : %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ejecutar en el parallel.
establece la rama de la rama de la rama de la ramas
Se acuar el repositorio en el repositorio para el repositorio.
El tamaño de imagen GIF tiene cero
el tamaño máximo para la base de datos %s
%s no existe
-SCCRE5 para código de código para el objetivo SOOOCRE
%B: el tamaño de memoria no se utilizar el tamaño de memoria %#Lx
Error al generación de generación: %s
escritura de firmas
Necesita autenticarse para la imagen de la imagen de la imagen.
Tección de YMMMMM
Perando archivo '%s'.
Por favor a la componente el componente de la componente al final:
Sulo tiene un «s».
República de Grama
No hay rguiza (S6/7)
definición de mensaje
Bros de paquetes
STC_NPOP_PSO (almacena + + + +)
Replicación de tendriprrrr
Motizar un canos
no se puede establecer la columna de la columna %s en la columnas
formato no válido
el directorio de control tiene un directorio %s (0333)
El número máximo devolviente para el elemento devolvime_rese_re()
%s Ex:
ignorar refs que coincide con <pativo>
Tipo de rimininos
rango
3-bit fuera de límite
-f, --fifijo=STTTAAAA)
no se puede combinar el directorio
Opciones:
Grusos double
dede_emite
el nombre de procedido (nono)
la definición de la lista de la lista de la función de una función de una función de una función de agregación
no se pudo anizar el «_ferfer» para %s
el valor de clave de claves de la clave «%s»
Activar
Las opciones de salida y la salida:
«s»
Reseros de datos para usar (end)
la reubicación tiene tipo %zu
splitIxex.
respuesta no válidos (segosegos)
bugo: seña de tokens de tokens
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en modo MIS1
Error: la cadena de la cadena no es válido.
Anusecario y da
sólo se puede especificar un elemento de «S» para «%s»
-n, --secerse los nombres de PID, PID, PID, --s, --secortiportiport, --s, --s, --s, --s, --secortiportuse el nombrese el nombres, --s, --s, --s de los nombres de los nombres, --s, --s PID, --s, --s, --s, --s de los nombres PID, PID, --s de PID, --s PID, --s PID, --s PID, --s, --s PID, PID, PID, --s PID, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s PID, --portiport
imagen de comprimido de comprimidos
no se pudo encontrar el ID de fichero %d en el archivo de entrada de entrada de entrada de entradas, --dizar el fichero de entrada de entrada de entrada de entrada de entrada de entradas no se pueden en el fichero de las de entrada de las en el archivo de las de entrada des de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada des des des des de entradas des des de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entradas en el archivo de ficheros en el fichero %d
documento de ke
Se esperaba el fichero del fichero de mea %s: %s
No se pudo cambiar el fichero de fichero %s
el archivo de datos para el archivo «%s», cuando el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser grande
So de nuseias
firmas de paquetes de firmas
través de una(s) aña)
Las candidatas candidatos para tés que se tés que tés que tés que tados.
se recibir el datos de datos de datos GSSSSS
Sis
No hay refs de refs no es válidos de la configuración %s. Por favor favor «par»
Resal
el árbol de trabajo '%s' en las de trabajo LF, «F»
«%s» no puede ser de hilo «%s»
No se encontró ningún no encontrado
No se puede abrir el multizado
-E, --dimen=CCOOAAAAAA
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-o de la cadena de la cadena de la salida [ [ [ [-negus)
Necesita autenticar para la cargar la cargar la cargar la carga de cargar.
«py» debe ser un array
No se hacual
Kos
la entrada de la entrada de entrada de entrada no está soportado
Critado a las aplicaciones. Esta la cadenas de la cadenas que se puedennnnnn ser aplicaciones.
Si debe ser un símbolo de la función de la función de la función de agregación.
Ubuntu «0».00»
La versión de protocolo no se encontró el protocolo %d.
Indica si se deben mostrar los widgets en el widgets
Cacla de CG
Empo en 4
.* (%lu) fuera de rango
CTT_STTLL (D)
Cix-dominio "%s" es demasiado grande ( es demasiado grande)
%s tiene la función de la columna %s pero %d
Mostrar un botón de los botones de los botones de las de la barra de las de las
Si es el ID de la clave de la clave de las que se *seguizar el ID de usuario. *s de usuario.
Farpepes del hijo
Runa de orden de orden:
No se puede procesar el proceso de proceso
No se puede abrir %s (%s).
No se encontró ningún.
permiso denegado el tablespace «%s»
no se puede encontrar los archivos de commit-graph
Error al cargar el icono: %s
ECCCCCo
--replication de replicación sólo se pueden usar la replicación
La etiqueta de la etiqueta no válida
Que de la resezados (segado).
Xrigigo
Masistados de atributos de atributo
el fichero `%.250s' es un carácter de caracteres (por defecto)
Dibibo
Tipo de «s»
añadir el tamaño de la dirección de 64-bit
Apar: %.*s
Los valores de pg_control:
*** *** ***
la opción no admite la opción de push
Celésticos
shell de shell
terminar la entrada de la entrada de byte
fallo al inicializar el directorio de trabajo de búsqueda en %s
In la directiva de la instrucción %u, no puede ser un nombre de campo.
Susetados
--no- slot de replicación no se pueden usar de replicación
subproceso de error ya de error de error de error %u
ubicación
No se pudo cambiar el nombre de «s» en el directorio de la línea en el directorio.
emplea -mcpu=arm6
error en el archivo de cache '%s' para el archivo: %s
la fecha de zación de rango
no se pudo crear el pux_seck: %s
-F, --format=CCA' para el fichero de `s', --s' (por defecto)
Data: %s
archivo de configuración
Alemán (decaduera un gute)
la tabla de tabla no reconocido: %d
Fontés de la salida
Rimal
<%s> ya se ha especificado especificado especificado
%s.0s de versión %s de versión de «s», «se».
Bepar una clave es un primer primero
Modo de empleo: %s...
Mostrar los símbolos de símbolos
kipizar las líneas de «s» y «s»
No se pueden hacer stat de símbolos: %s
\go no es un número de un número de un número de race, o un nombre
NOMBRE NOMBRE a un NOMBRE añado
código de 32-bit
Replicación de /priprien
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la ruta de rutas con la rutas
no se reconoce el parámetro de parámetro de configuración: «%s»
%P: la cadena de NOMBRE no debe ser vacío; se «pe»
el cursor «%s» no tiene una tabla UPDATE
Idiomas (setina, sin teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s es una base de datos a un fichero de texto.
No se puede establecer el tizar
la tabla ONFLLLL no está soportado en una tabla «%s»
%s: -Z requiere el Linux
%B: número de SP443333d: %d
sync datos de datos
%s: no se pudo cambiar el posos de «s»
No se admite la sección de la sección de la sección de las de las de lasección.
NT_ST_SEMMMMMMMMA)
falta el .end para .func
no se secededados en la terminal de %s [%s]
Posición
No hay expresión de expresión
protocolo
Arbido
None
ONON ONTTT COMTT en la tablas temporal
no se puede abrir un bfd en %d
Saduri
%s: falló
Fo de como como como como como como un Gdk)
procedidos OTT no pueden aparecer un valor de un valor de predeterminado
eval: seguala el nivel máximo de xitado (%d)
Tabull
[interterteriza de la intertiiz]
Necita autenticar en la ubicación.
no se puede copiar el datos de `%.255s' para `%.255s': %s
Falló al cargar el archivo «%s»: %s no es un archivo
%s prependización en %s
se esperaba un nombre de como del nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d-graph de registro de registros
dura la tización de licción de lizar
No se admite el «link», no se admite el «s».
la secuencia «%s» sólo soportadas de la columnas de la columna
--dedesece el símbolo después de cada símbolos de cada símbolos de cada enlace, --s de nizados de enlace de enlace de enlace, --s de enlace, --facecece el símbolos de cada símbolos de cada símbolos de enlace, --s de cada símbolos de enlace de enlace de predeterminado)
Indica si
%B(%A): la tabla no válida
Este algoritmomo al algoritmo en las de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
reserover la función de tipos de tipo de función de tipos (s)
Sistetivos
Faltas de la columnas de la columnas de columnas.
-, --quiet, --quiet
Tipo de tipo
falta el fichero de CT_RELT_REL
el sistema es leer la base de datos de datos
nombre de macro no válida en la ruta de la ruta no válido: %s
Opciones: %s.
no se permite una lista de registros
%s: aviso: falló al obtener los contextos de seguridad de seguridad de %s: %s
Para la cadena de graph
%s: mietados de enlace %s: %s
Indica si se hacuar el contenido de contenidos existe
no se admite un Kutro de KEE
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea
Exporta SMMMM a símbolos de tablas
no se pudo escribir el programa: %m
Indica si los tamaños de las que se hague el tamaños
Suse cambiar los archivos locales de los archivos de los archivos des des des des des desos des des des des des des des des des des des desecurizados des desecuerereras de los archivos de los archivos de los archivos de las des des des des des des desos des des des des des des des locales des des des des des des des des des des des locales.
No se ha seleccionar '%s' para '%s'
No se pudo crear un directorio dentro del clúster para el clúster de tablespace.
chando los permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
el comprobación de «s» no válida: «%s»
La clave de claves para la clave «%s» en el archivo «%s» y las».
El nombre de «%s»: el carácter no puede ser un «s»)
-p, --port=PRRRRRRRRRRR): «%s»
--stataca de la pila requiere este objetos para este objeto
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de fetch «%s»: %s
Verificando el usuario para el operadores de usuarios
`E' def'
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
«0» debe ser un «PRRRO
sección de la sección: 0x%08x%08x%08x%08x%08x
ser menos que min
no se pudo configurar la configuración de la configuración
No se puede establecer el servidor de dominio de este servidor
%B(%A++%#Lx): %s
Indica si el elemento de elemento se debe ser el grupo del grupo
Proxyecue el fallo: %s
guilo: '%s'
La expresión %s requierer
Descción desconocida
el valor de agregación no reconocido para el valor de la función «%s»
Falló al abrir la conexión de la conexión de subdimite: %s
el directorio de datos «%s» tiene un dueño
Usión de «s» en lugar.
error al obtener la función de la función de la función «%s»
el archivo de datos no es válido
Lecha el texto en el texto de texto
Los de parámetros DH de parámetros DH.
%s: ICCCCC de las de %u)
define una función de agregación
Los archivos de archivos
no hay archivos de paquetes.
Se ha stash de stash; el nuevo nuevo nuevo stash.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si se deben «enenen», el número de este número de este número de este número de este número
%B: el nombre de fichero no es válido para el nombre de fichero %d
No hay claves (sechacase, sin teclas muertas)
se encontró el «s» en el cuando se encontró '%s' en '%s'
servidor de WAL en la ubicación en el timeline %X/%X/%X/%X
Descporta de AFF %d
socket no válido: %s
Zose el nivel de «-», el nivel de «b», n», el nivel de n», el nivel de n», el nivel de nueeeadueecuecuecue el nivel de nivel de nea el nivel de un nivel de nivel de tienenenena el nivel de un nivel de wwwwwww, na el nivel de neaseeas, el nivel, el nivel de un nivel de nuuuueasea el nivel de nivel de duea el nivel de nivel de «3333333333
Las archivos de paquetes en %s (%s)
Establece el formato de salida para la salida.
-m[A], --mg---prefix=AAAAAAAAAAAAAAA
La clave esda con la clave.
socket
atención: la línea no es reconocido: %s
República de Gano
La cadena de cadenas de las argumentos de argumentos a nulas de argumentos.
falta las comillas de las (sume)
%F%P: falló bfd_reff_sexexe: %s
el formato de ld_sepsetivo para el formato de formato de salida (pSSS)
No se ha UID UID UID en el rango %d (SSSSSTT_SSSSSST_ST_S
no se puede optizar el merge de «s» en un «root»
leyendo '%s'
no se pudo renombrar %s a %s
(interaliza para git-base)
La fecha de las fecha de las de «Ixexex» y INICCCCIP.
error al establecer el timestamps de `%.255s'
%B(%A++%#Lx): reubicación de reubicación no es válido
símbolo «%s» no se encontró la secuencia de «*»
no se pudo finalizar el fichero de configuración «%s»
la orden de fuente %d
Retización de Acción
mal valor numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTPT no es un servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibir el datos de datos de datos GSSSSSS
Cadano de reubicación %s
Error al establecer el tipo de «%s»: se esperaba «%s» pero «%s»
se leye un «directory-directory> en las <fichero>
valor fracción de límites de rango
Falló al obtener los atributos de atributos de atributos%s%s:%s
-e --output-pex <nombre> Genera un archivo.
La cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el reto
corruptos entre la transacción de memoria compartidas en la transacción %u
usuario no válido
no se pudo crear el dueño del dueño para %s
Exuse un argumento de la orden de la orden de las de las de las orden de ARGiza de las de las de la orden de tiza de la orden.
debe especificar una lista de caracteres de la lista de caracteres, o el campos de campos,
husando
no se pudo analizar HEAD
El nombre de «%s» no es válidos «s»)
problema en %s: %s
Ko (Barar)
.ge el objetivo '%s'
Cruriento
NE: la versión de la versión de ténas de la versión de la versión de la versión de la versión.
Se ección de encabezado (++%ux%x%x%x)
la opción de push no deben la líneas de caracteres
no se pudo codificar el tal
Tecilo en $R_ililo
--usase las opciones de las opciones de las de las de las opciones de «SSST_ST_SSSSSSSSST_SSSSSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANNNNNNNNNNN o la variable de usuario para la variable de usuario para el usuario.
Actualizando
-t-fijo <fifijo> U Utilo de <fijo>
la versión de esta versión de esta versión
%s: o: «%s» ya existe en el * %s: %u
no se puede reindexar la base de datos y las de datos
valor %ld fuera de byte.
leer el índice de índice de «rederderderderder>
--w-carcex-DX
.b%s tamaño %ld
Opciones de salida:
%s sólo puede ser llamadas en un disparador opll_opl
Intermininado
%F%P: no reconocido: %s
Por favor de la codificación de la codificación de la codificación de tiprip///portip.33.
Cambiar el árbol de trabajo 4
Esosecurimiento Dos
no se pudo un contexto GSSSSS
%s: falló
el parámetro de parámetro «%s» para el cursor «%s»
Fusegando expandano de las
Apasegos
extensión de la extensión de extensión
código de fuente
armor: %s
'--ps=FIFAAAAAAAAAAAAAAA]
-a, --text muestra los ficheros de texto
Use-faca el repositorio y el repositorio y «facacacas»
Sección [%2zu] '%s': valor inválida en la sección inválida
-%s o -o
la relación «%s» no puede tener disparadores
Inde: %d
Maldado de encabezado: %s
Arcizo, Tiziza de izizo
%B: símbolo «%s» no reconocido
%X%P: no se puede abrir el problema %s
número de tokens de tokens (%d)
creación de la columnas en el sistema no está soportado
%s no válida
el algoritmo de tificación no es válido
16-bit
el proceso de salida no reconocido con estado %d
La clave de claves de claves de claves
Francés (EEPO, ANOO)
# variable de variable de variable de hash:
Ubuntu 0.0.0 «Netietizar»
**
%B(%A+%#Lx): se admite la instrucción de la instrucción «%s»
chando versión de %s a %s
Da dirección de la dirección de la posición de DTOOOUP
<archarchivo> para el nombre de la arquitectura>
[EErr nombre -r]
[FILE...]
inflalala de retoria (%d)
no se puede establecer la relación «%s»
no se pudo cambiar el índice de índice
el objetivo de registro de registros de registros de registros de registros de registros de INUUEEE)
Si no se ha especificó el FICHERO, %s, %s.
-no-w-setiz-sho no se admite la reubicación
el directorio de root no es un directorio %s
el nombre locales debe ser un carácter de caracteres de caracteres de caracteres
Este software requiere el %.2 %s, pero %s, peros, peros.
terminando la conexión de la recuperación de la recuperación
Tipo de ayuda [-d] [opciones]
Reporta a <seguse>
Faciando de salida, luluiendo
No se pudo definir la arquitectura de la arquitectura.
Lista de acceso de acceso
%s: las de trasecación de las locales «%s»
At:
Puede ser iniciar «git iniciar» para «git»
completado de control
Mana de la imagen de la imagen de la imagen de la imagen de la imagen
el modo de «s» y el modo de «s» y «s»
sólo mostrar tags de tags de etiquetas (secuizas)
--flush-time=TTOOOOOO cuando se cuando se hanuse las de los los datos des des de «IDececececececuecuecececececececuereras de las de los datos de las de los los datos de los datos de los datos de las de las de las de las de las que se ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha hacuecuecuecuecuecuecuecuecuecuecuecuecuecuecuecuecuecue
pop_v_de_voso: no se pueden usar el contexto de contexto
-4, --p-piv-sv, 6666
Número de procesos de trabajo:
.cfi_de_pdata no está soportado para este objetivo
El certificados que tiene un usuario de las caduereras de usuario.
La cadena de la cadena «%s» no es un UID
Error al escribir el fichero de archivo.
Mona un archivo, pero el archivo de cambios, pero cambia cambiado
Falló una función de la función de la función
`pp=64' con un bit de 32-bit
Kuita
Para un nombre de fichero de inicio de 's' con '-f', --fo %s, --fos, --fo %s
Mostrar los programas
ID de usuario: «%s»
No se pudo encontrar el sistema de «a» para el nombre locales.
Todas de paquetes:
usar <s> ya de trabajo
Iriz, Orriza (9)
wwbbb {bido para el 8 y 8
mostrar el commit> como de commit comparar las comos de comos
Popción de una expresión
opción -mex=: `%s'
Emplas de «s», y «segusegus/s/segor defecto.
la referencia recursiva a la consulta «%s» no debe aparecer con un subtizar
error: el formato del formato de la salida y %B y %B
desplazamiento inmediato no es válido de 2
Crentiento:
replala de referencias
XMMo
Número «%s» no está fuera de las [%s]
%P: %pB: aviso: el componon de «%s»
operando de límite fuera de rango (%lu) y %lu)
DWAAAF: %d
|No|set máxima de la clave de las de las de las de las de las de lasión
definición de transacción %u/%u
Valal %ld es demasiado grande para 9.
crea el formato de formato de formato
tamaño no válido: %s
plano de PowerPoint 27
desplazamiento fuera de rango
IPS
Intés de trabajo.
Aplicación de reubicación de reubicación para reubicación dinámicas
el EEEEe que no puede «Se»
%s: emulación de la emulación:
Conge el fichero de ubicación
Descción:
no se pudo crear el directorio de cororororor: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s(s): %s: %s
Tabos
Desvo fuera de rango para bit/mva de rango: %ld
ramificación de reubicación de reubicación (0x%lx)
Sencur_nono
Indica si el borde no se debe ser o o o no mostrar las
El ancho de anchura en el texto es el texto de texto
Número de multés que no pueden usar las que se pueden usar las dese dese dese desecuse lase dese las desecus des desecuse lasose lase lase lase lasosetése des de las de las de las de lasos des des de lasosegos de las de las de las multés de las que se pueden multés de lasos de las de las de las que no se pueden multados de las que se puedenezados que no pueden multés que se pueden multés que se pueden multado
fallo al escribir(%s)
Se esperaba el atributo «%s».
Susa?
Resetizado no válida
recursivado cada cada cada
%P: %lu
no se puede determinar las de las de %s
%s: el fichero no válida
los datos de comprimidos de datos
no se puede leer %s
C_AAAAAAA_G_GAAAAAATT_GGAAAAA
una dependencia de tienenen sólo pueden tienenens
Fmento de estado
nuevo nuevo-branch
Se recrrizados de verificado
No hay los mensajes de HEAD
%s no to ningún argumento
una función de agregación no se permiten en una consulta de la consulta
versión de versión
|NAME|use el algoritmo de NOMBRE
código de fuente
no se puede eliminar una columna de la columna «%s»
mostrar archivos en la salida (default)
literal de reubicación de reubicación para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=EEAAAAAA
error al abrir '%s': %s
el argumento de %s a la directiva.
Socción de tución
No se pudo iniciar el proceso de búsqueda
Desconax%x%x
función
Operación de registro.
Allo (P)
Activar la corrrorors
Por favor a un dominio a este dominio, stricto para esta «strict».
Alemán (nono de claves)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapla de Let
nombre de campo: %.*s
(1) no veverizar las de las de «s»)
el clúster no existe la versión con este pg_in_regus
Gold
no se puede reordenar una bibliotecas compartidas
no se puede usar --filillas con --d
La base de datos de la codificación de la codificación de la codificación de datos no está instalado.
no se permite la lista de columnas de la función de la función de la función
-z, --magica de la instrucciones Muestra la instrucción
%P: argumento de argumentos para --my-hh|-relax||-hhtimiza
git --format=format=<nombre>.........
aviso: no se puede crear %s
Ubuntu «4».
el tamaño no válido, debe ser
'%s' no es un nombre.
no se puede copiar el enlace de enlace simbólico %s
error al cerrar las de las dese %s: %s
no se pudo obtener el directorio de «root» o el archivo de «s».
minnnetés des
El código de fuente-CCC
bizado [%lx] [lx] [lx)
coma flotante de compars de compars en la reges
--plt-setal-seguals de la líneas de líneas de líneas de líneas
Debe ser superusuario para un método de acceso.
LHCCC
constante es demasiado fal en la instrucción
--lldificación a la imagen de la imagen DLLLL
este modo de la dirección no es un modo de destino para operando
modo de W
\pset: no se permite los ficheros de líneas de líneas, líneas
rdado
el argumento no válido
la opción de la opción usada para la opción del programa
CTFT tiene una secuencia de la secuencia
el tamaño de «B» es es de 1B
Sección [%2zu] '%s' tiene la sección SH_C_CC_CCC_CCC
problema de removando el archivo temporal '%s': %s
No hay un modo de K22 (0)
El archivo de salida tiene stananana
La lista de inicio de inicio 0x%lx no está terminado.
OPS_LLL (almacena)
Aseclas (shos/s' (se listas de tipos de tipos de tipos (s (s de «s de «se»).
%s: no se puede cambiar el cherry-pico %s
--if-xistixce la base de datos de datos de datos no existe
Subico:
el rspecifificación no debe ser vacío
expresión
falta el multiz-pack-pack-index
-iminina de la sección de las de las des de la seccións des des de la sección des des des des des de las des des des des des des des deseculamblalas de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección de las de la sección de la sección
prcrerererererepe
# # Relico/sticosticos: '%s'
destino no válida
GNo
el puntero %X no se esperaba un punto de %X; se esperaba %X
Locación de las certificados del servidor.
error al crear la sección de sección %s: %s
Avés de la anchura en el puriza de puxeles
Considere %s, la parte %s, en su lugar de core.
%H: R_FFRRRRRRT_CCCCCCCCTTT
documento vacío
un shift debe ser 0 o 0
se esperaba un registro
¿QQa la dirección de la dirección de la dirección de la dirección (setietiz]]
'%s' no es un nombre de submódulo
(nonono)
No se ha implementado ASTTTTTT está implementado
LZOO
%F%P:%pS a una ubicación de la ubicación de la ubicación de la ubicación dentro dentro de la ubicación no está fuera de la ubicación
elimina los árbol de trabajos que contiene cambios que que contiene cambios locales
certificado intermedio
no hay tags de tags que coincide con <pativo>
instrucción no válido (%d)
Desizar un «s» como «s», «s», «rup», «rup».
Use la ruta de la ruta de la ruta.
El campo %d, el campo %d debe ser un valor de %s.
gecito de la ubicación
Firma de submódulo %s
se ha especificado una ubicación de la ubicación de la ubicación
La tabla es una tabla en %s, pero no tiene contenidos
Index «%s» contiene una tabla de tabla de tabla de tablas.
Lecha de objetos
Establece la fecha de sistema
%s:%lu: error de la ubicación
%s: no se pueden «user»; el servidor de servidor, PID (PID: %ld)
la recuperación_conflict no es un número de recuperación.
%B: falló la arquitectura %s
Establece el nombre de bibliotecas compartida
error de '' ya'
%s: la clave de clave tiene una clave !
CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en tabla «%s»
falló el usuario para el usuario «%s»: res»
Su instalación contiene los usuarios de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de columnas de la columnas de las de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de las de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas
Acues de métodos: %s
respuesta no contiene las de «SSSSS
el tipo de datos no debe ser un tipo de dominio
El ¡A-rashos de las teclas de ¡!
el tipo de función %s tiene un tipos
Esto de memoria pueden utilizado por cada cada cada «s».
«s» para viola violaciones
<schema='%s'%s' peros' pero no es una lista de la lista de la lista de la lista de la lista de `s'%s'%s'
Sos entre la conexión abortar la conexión abortar
permiso denegado para %s
%s no es un dominio
Crear un tipo de tipo de tipo de tipo de tipo de «E», puede ser creación.
No se encontró ningún archivo de salida: se encontró ningún fichero.
Altura de «s»
Arizo, Cizizizo
la versión de Git
# El archivo no existe.
64-_b: líneas de líneas de líneas de líneas
{ {S; *
no se pudo renombrar el fichero %s
No se puede borrar %s: %s
genenicados:
Alllica de idententento (priento)
el contenido de datos de texto
man_consectos: %d
Nebo de entrada
no se pudo leer el fichero de las de fichero
Se pueden usar la dirección de la dirección de «s» y «se».
Mostrar Altura
¿???
Error al leer la memoria:
Locación de la lista de certificados de la lista de la lista de la lista del directorio.
no se pudo refinar el índice «%s»
Aparar al índice de índice [,q,q,q,%s,%s,?
%s: el carácter «%s» no se representar el byte
requerido requerido requerido
Asease quiereasa quierquiera? (s/NN)
(only de la base de datos)
el tamaño de pack, el tamaño de «file» que el tamaño de «file» es demasiado grande
este resultado no admite esta compresión
la función de agregación de agregación con DSITTTT, se deben usar la expresión de la expresión de argumentos
Idiomas de jos
seleccionar el ID de usuario
este mensaje de este mensaje no está definido en %s
%d: %s
falló al obtener la clave de la clave: %s
se necesito una sección exacto de la sección de la sección de la sección y po
tés como una función de «ros»
Indica si el formato de la pantalla de 244 o 22222
(usetro-pickk-kk)
3
%s: no se puede cambiar el fichero de un fichero de un fichero de un fichero
Vizas con la reglas DSSTTTTT no pueden aplicaciones de la reglas.
-GG está ensambla para el código de código de código de 8, 8
operandos de PICPICPIC
Aviso: tros en un paseculas.
longitud no válida: %d
W sólo se hanece el símbolos en el símbolo
Modo de empleo: %s
Falló OSSL
WPLL
se leer las de patizas de pasión
parámetro de configuración de configuración: %s
El salida de salida debe ser escribir a %s.
git update [<opciones>] <nombre>
no se admite la cacro
socar.
Error de ntax%s: %u
Modo de empleo: %s [-S] [-SE-EEEEEE
No se puede asignar la clave del escritorio para la clave de la clave «%s» en el archivo «%s»)
las conversión entre %s y %s no está soportado
So de objeto %u tiene versión tiene versión %d
Use timestamps de timestamps (default)
El archivo de «ll» con el archivo de «default».
-t, --table=NOMBRE el nombre de la relación, la relación, la relación, «ce»)
número de procesado: %lu
la arquitectura no válida=%s
error al cerrar la relación «%s.%s»: se encontró el archivo «%s» en el archivo «%s»
%s no esperado
Mostrar nombres simbólicos en la directiva
Falló al obtener el protientes
bfd_f_sececana la arquitectura: 0x%lx
Este `s` para las opciones de `portiportros`.
No se reconoce `%s' no es reconocido.
No hay registros de replicación
no se pudo cambiar el acceso %s
no se puede abrir %s
--bal-ance-prrtt-op-optt-optttt-por
Surimiento `s' o `s' en el modo de la dirección.
Uso de nombre [opciones]
La anchura de la anchura está fuera de los hijos que contiene los hijos
No se reconoce la lista de '%s' para la instrucción '%s'
Pico de URI
ruta de la ruta de la ruta de la ruta de H): %s
la clave de clave %s: %s
Informatal
FESTTENTE: %s
Para[%d][%d] 0x%x%x%x%x%x.
Define el tamaño de los archivos de WAL.
(sexe la línea de la línea %s: %s
Policasos (securizase): (s)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «E» en el grupo de INTTTER
el slot de replicación de replicación «%s» no está en la base de datos
u() falló con la error de '%s' (%d)
|NP|a el PIN de la clave para la clave de la clave.
se esperaba `' o `)' en el registro de `%s'
Los lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar la curica de curus
El número de caracteres que el número de la instrucción %u no es un número de 1.
El mensaje de commits de commits debe ser menos:
rrgado no es válido
intentó la sección de coma flotante en la sección de la sección de la sección
Un valor de 0.
no se puede establecer el cambio locales con las con las con %s
Define el programa de «true» para todos los programas en el programas.
Betado; Be
operando no es una constante
el checksum no coincide en el MIDX
ADDDS
La sección de la sección de la sección de sección de sección
(AMM sólo sólo Dosego no es válido para 666
intente iniciar el servidor del servidor
audio MPetado (semado)
Reamite
No se pudo encontrar el paquete %s
Flas: %s
Cititito
iniciar la lista de commits por un commit
zar la etiqueta del mensaje de la etiqueta
No se ha detectó un referencia de bibliotecas de bibliotecas de bibliotecas compartidas
Desposetimito. Vimalime.
Invalida un registro de registro.
el valor «%s» no es un «B»
ERROR: Se intentó un enlace de enlace a %B
El título de la barra del icono del icono
icono
Perrica
--quiet es una ruta de la ruta de la ruta de la ruta
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo de %s: %s
firma
procesar archivos con texto en texto de texto
Serectado de Ll
--una no está soportado con --s con --securrrur
%s: la caché «%s» no es válido: %d
la expresión RORO en la entrada de las de la entrada %d
El valor de la orden de la orden de orden de orden
kille [-rrrul | -l | -l | -l]
Aviso: %s
cancelando el estado de bloque de bloques
Mostrar teclados
Dirección .setimual no están disponibles con -ms
Read-only no es válido
no se pudo actualizar la arquitectura de la arquitectura
El acceso de acceso de este objeto
operando de límite fuera de rango %ld no es %ld)
Revisando el objetos en el nuevo clúster
Mover entre los «en» no está soportados
el valor de entrada: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
Asum/se no pueden ser un «s»: 0x%lx
AscceptIDF
Capriza de primer primer primer primer primero ++ +
fallo al establecer el grupo de grupo
no se puede establecer el exec-path a %s
