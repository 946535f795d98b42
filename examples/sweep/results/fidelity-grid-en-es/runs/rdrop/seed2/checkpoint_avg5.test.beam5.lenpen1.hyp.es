Si se debe ser los botones de los botones de las de presegados
Incrizar las de las de las
no se pudo crear el archivo '%s'
El dominio a dominio a dominio, o dominio o NLLL
%s no puede ser aplicar una función a una función
ignorado
problema «%s» a '%s': %s
-n, --quiet, --verbose muestra los tentes de pasosos
no se puede usar la expresión de la expresión en la expresión
Dasistime «s» en nombres»
El archivo se ha ha modificadodo
(echadutieetés)
Excciones de eventos
el tipo de caracteres inesperado `%c' en el tipo de caracteres
Error al abrir el fichero de fichero %s: %s
plano escribir el proceso
valida de datos de datos KAAA
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el fichero de fichero %s
RROO
Error al leer el tipo de parámetro %s: %s
el ref de push para el ref '%s' no es '%s'
Mon-izasos
base de datos %s
No se puede durano
clase no válida
Por favor viza de claves de claves:
--ceca un nombre de rama
Define el número de miexe el nuevo clúster en el clúster
USS, República de lasión Sociaciaciaciación So
Indica si se deben la líneas de la líneas de la líneas, en la líneas, en la líneas, en la línea
Capseccrrizas de la claves de la claves de la claves (fas)
La secuencia de la secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.10 Ko.10 Ko
Tawano
las opciones -CC no pueden utilizar las de -n utilizadas de las opciones
Mo renombrar un directorio, o un directorio, o un directorio
Nonesecizar la dirección de la dirección de la dirección
Pamama de Zo Zo
El número de la pantalla de la pantalla de la pantalla de la pantalla.
Vizados
La especificación de la especificación de la especificación de las de tizado, -m, -t, -t, -t, --s de t, --s, --sececal-resececececiv, -t, -v, -t, -t, -talal, --secalimalal, -v, --secal, -tal, --se el nombre de caracteres de caracteres de caracteres de caracteres de las de las de caracteres de caracteres de las de caracteres de t, -tal, --secizacal, --verbose muestra muestra muestra muestra muestra muestra muestra muestra muestra muestra muestra muestra lasecal, --secaliz, -mal, -v, -v, -v, -v, -v, -v, -
el archivo de comprimido, pero no soporta esta compresión no soportada
Cololicas y pidgins, «s»
línea no válidos de línea %s
no se rizar todas de los URLs no es válidos
Time a :
salida de la página de la salida de la salida de la salida de INCDGG
Sección [%2d] '%s': algoritmo de dispersión de dispersión de símbolo %zu
No se permite el carácter de «s» en el valores de caracteres en el valores
destino
Xfintizo
core y no deben en el largo de 32s de 32s de 32 bits.
no se admite el tienenena tiene tados
No se ha detectado el árbol de trabajo de trabajo.
Francés (Sizado, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGGGFFFFTT_F
operandos de operandos no puede ser en el tipos
iniciar el inicio de inicio: pg_priplica
no se puede encontrar el registro EMMMST
Invalida no válida: --atro=SHOO con --attimisisisisisis
el archivo de ruta de la ruta de configuración
no se puede iniciar %s
No hay los datos tiene una vistas en el «s» para el «s»
Modo de empleo: %s [opciones] [d)](s)
la opción '%c' requiere un argumento entero entero
No se reconoce el IN_NTT_GFIF
No se permite la definición de la definición de los símbolos de símbolos de ficheros de ficheros en el ficheros
opción --on-conflict-conflicts requiere --no-setizas, --setizas, --seté-seténe --set-set-setizasecasosetése --se --se --setésosetése --no-s, --print-conflictsose --se --s, --soset-conflicts de la opción --no-conflicts, --no-conflict-conflicts de la opción --s de la opción --print-conflict-conflictsosetiense --tartartartartartartartartartartartartartartartartartartartartarget-se --setizas de la opción --no-conflicts
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés ().
Descece de ventanas de ventanas de una ventana
-a, --allallar la base de datos
<stringo: %ld> %ld
El valores de «s» para el valores de «s».
'%s' no se puede crear el directorio «%s»
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera extendida de encabezado:
--no-ifififificación de timestamps en el modo de timestamps
El elemento de elementos en el elemento
no se pudo actualizar la calizal «%s» o 'git rebase <fichero>
-mama=<s> Establece el tipo de 888, 888, 8, 8, 84444, 844, 8666666, 888888888, 8, 8888888, 888888, 8, 88888888888888833333333333333333333333336666666666666
<labe>
Se esperaba un argumento PRRRRO
Tipo de %s no implementado en el Gen()
fallo al analizar %s
Maca de x
instrucción no es un modo de la dirección
abortar la transacción actual actual
skipidos: %lu
no se admite el comprobar '%s'
El número de registro a a un widget a un widget
skizar la ubicación (LSN de WAL %X/%X/%X/%X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válidos
Cdrom con Ubuntu «4».10 «W»
Marcando %s
descrrimininas de cero
El inmediato está fuera de rango 055555
-f, --axiltiza no pueden usar con -har
Maporrrización de archivos de archivos de archivos
%s requiere un valor numérico
Lista de XKBB
se ha escribir el registro de mismo mismo registros
%B: número de reubicación no válido: %d
Sakkk22
-X, --exclude-dir-format=SEEEETTTT
tipo: %s
diversión local de %s a %s
la clave %s utilizado %s (%s) en un hash (%zu)
abortando el fallo al leer el fallo
instrucción requiere un índice de índice
debe ser un registro de sparse-checkoutout para reseparsetidades
no se pudo crear el tablespace para el tablespace %u
--stacce <size> en el tamaño del tamaño de la pila
r2 no se debe usar el índice en el modo de índice
aviso: %s contiene un puntero
huspuesta OCCSP '%s'
el valor de campo de /tado: «%s»
define un nuevo nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incasex_presececetienta %s (s).
Interteral: error de error: «%s»: «%s»
Dacar la transferado.
Bende
documento de Aprocesador de documentos
sección 0x%u en la sección [%u]
refs de ref_h_h_plica
%s: fin de la hisión de lasión de las de hisión: %d: %s
Verasión: %s
Vietados
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se deben con un dusos de un /sho (p/s/s/s/s/s//s)
Error al analización SDD
-?, --help=help=opciones] mostrar mostrar los ayuda
Verastica de lastica
Símbolos de instrucciones para una instrucción
no se puede borrar el «s»
la función «%s» debe ser tado para la función
Se esperaba una instrucción de instrucciones o
no se pudo analizar la lista de «D»
valor válido para '%s': '%s':
Colés de la cabecera de la cabeceras de llll
el huge no está soportado en este procesador
Moce un YRRUPTTT
No se encontró la sección de símbolos en la sección de sección
Define el número máximo del número máximo de trabajo en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [ROOOOOO]
delimitado_acacacar
el archivo «%s» contiene una cadena de la cadena, no se ha terminado %s
cliente un cliente no válida
caracteres inválido
Establece el enlace PRRRRRRO a un enlace
@%s no es un reubicación.
Generar los mensajes de mensajes
%s: Se a un directorio desconocido
(fixe conflicto "git rebase --git rebase --continue)
revisado no está definido
CIOIOIO comprimido (comprimido)
la función de agregación no pueden «s» que el argumento %d
%s necesita un parámetro
Desbización de la sección de la sección de la sección de .bibido
Dirección de la tabla:
Actualizar (P)
Dese cambiar el repositorio
<nombre>
--entryentry <entry> «L» en la entrada DLLLL
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el inicio de inicio de 50s
error de sintaxis de nar el elemento «%s» inesperado
Aplicar las cambiado por el commit de commit
Los valores entre «%s» y «%s».
no se encontró ningún entrada de entrada
el tamaño de objeto de objeto
Menchos de «5s»
AVICIÓN: no es una clave de confianza de firmado
el tamaño de pg_control_control son válidos de la relación o no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la pantalla del icono en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de predeterminado
Tamaño de resorar la resemora '%s'
El primer primero de la ruta de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y segmento-only» y segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s de la opción -duyye el nombre de la opción de fichero.
la función-renuse no se permiten en la función de la función de la función de la función de una expresión
Kurado (S)
comprimido
Establece el tamaño de la tabla de dispersión de la tablas de la tablas de la tablas de dispersión de la tablas
Sis desecuizar el directorio de WAL, elimina el directorio de WAL «%s».
|aduse-setrurrus
( fuente: %u)
ADVERTENCIA: no se hannne el directorio de configuración de configuración '%s' en el fichero '%s'
Quita es una paquetes
-m[no-]%s1-s1-nnnego %s
Cahat
Actualizar la fecha de acceso y la fecha de acceso
los mensajes tiene un mensaje de plulución de lasión de .#' perocionalizar el formato del formato de «#» para el formato de «#»
Laizio
%s: fin del fichero de entrada de entrada
contador de registros no puede ser «EEEECCTTTTTTTTTTT
\pset: líneas de la líneas de la líneas de double, líneas
No hay elementos de remendido para este elemento.
-d, --dbname=NOMBRE la base de datos para el nombre de datos de datos «%s»)
no se esperaba un contexto de un contexto de línea de línea de línea
%B: reubicación de reubicación de reubicación de reubicación %s
la dirección de la dirección de la dirección de la dirección
El probando proba un «G».
la codificación «%s» para la codificación «%s» no existe
Mistando coma de comporta de comos.
%s MiB no está definido de memoria.
|UEAAAAAAAAAAAAC para la clave
cancelado por el usuario
Kusos de Kus
el índice de word es demasiado grande
República de Nigigigo
Exectando el argumento del argumento
el nombre de límite con el valor de límite de «s» no debe ser ser un `s'
-PAAAAA de la contraseña de servidor
Alemán (Bone) en el registro de registro de registros)
puntero de registro de ZZ
la directiva .end sin precentido
Rununa en el directorio de datos de datos de datos de pg_CONTROL.
Selecar: Caraacano no válidos en el valor de la %#x.
%s y llllidades de ficheros de musegull
skipipizando esta instrucción en esta instrucción
símbolo%d
-3 crea el fichero de 32 bit bit de 32 bit
OPRIO_ROO en el lución (setiza)
el modo de modo (%s) no coincide en el modo %s)
nombre de salida, nombre: %s.*s
[ARGS...]
no se admite la sección .saminece la sección dinámica
Necita autenticar para cambiar el repositorio de parámetros
Necita autenticar para el sistema.
la estrategia de compresión de compresión '%s'
compendar <mar> en un árbol de trabajo de trabajo de trabajo (por defecto): (por defecto)
no se pueden con ONONLLLL o o UPDATE
[ora de pila]
no hay argumentos para el cursor «%s»
Descción de símbolo %s en %s
la columna «%s» en el valores de la columnas
procedido
%X%P: no se pudo bfd_rego: %E
INPTTTENENENTT
no se pueden eliminar los grupos de grupos en el grupos
%B: utilizado de las des de campos de campos (%###s)
debe especificar la ruta de la ruta de la ruta de la ruta)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(ma de clave %s)
Se esperaba una incción en el rupto.
--%s" en el argumento de «s» y «b» y «b»)
Esta orden no está soportado en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de llus en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de salida
código inesperado con el mensaje de la longitud de word
No se encontró una instrucción
No se admite el modo de niza de modo de «s».
la opción SP: --apaprima de la emulación
Matización de Ma
.T_GOO contiene un objetivo que que el objetivo
Mananano
Francés (D)
el valor de «c» no se puede usar el valores para el valor de un valores.
%s: falta el archivo de histo.
iniciando el flujo de WAL %X/%X/%X (lo %s)
No se encontró la cabecera XPMM
64-bit SID 64-bit o coma flotante de coma flotante
Tipo de OAAAAAAAA
la codificación de datos
documento de entrada de entrada MMMM
El carácter para el GDDD
Esto sutiltiltiltilo de versión pueden ras de la versión %s.
Quito:
no se puede generar el código de código de código
free: el tamaño de inicio y el tamaño de diferencias
Muestra la impres
Descono desconocido %s
argumento no válida
No se puede leer el socket de socket: %s
setfcono (nono)
SHO_LL_LLLEEEE, o o o la consulta en lugar de la consulta (S)
Este tags que contiene los nombres de caracteres no válidos.
no se puede usar esta instrucción con esta instrucción
el alternativo %s no puede ser menos: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutar en el parallel.
establece la rama de la rama añas de la ramas
Auto de paquetes en el repositorios en el repositorio.
La imagen de imagen GIFIF tiene tamaño cero
el tamaño máximo para el fichero de base de datos %s
%s no existe
-CCCRE5 para el código de código de código SOOOUUUCRE
%B: el tamaño de memoria no se utilizar el tamaño del tamaño de memoria %#Lx
Tección de la clave: %s
escritura de firmado de firma
Se necesitita autenticar de la imagen de la imagen de la imagen de la imagen y «s».
Tracción de YMMMMMM
El archivo de archivo '%s'.
Por favor a la componente el componente de la componente al final:
Sulo tiene un «s».
República de Grama
No hay rizar (S77)
definición de mensaje duplicado
Bros de paquetes
STC_NPOP_PPSO (SOO en el poseeciones)
Replicación de tendriza
Motizar un canos
no se puede establecer la columna de la columna %s en la columnas
formato no válido
el directorio de control tiene un directorio %s (033)
El número máximo para el elemento devolvientido por ge_se_regen()
%s Ex:
ignorar refs que coincide con <pativo>
Tipo de rimininos
rango
3-bit fuera de límite
-f, --fififijo=STTTENS)
no se puede combinar el directorio
Opciones de opción:
Grusos doubleskl
de_de_mite
el nombre de procedido (nonono)
la definición de la lista de la lista de la función de la función de una función de la función de la función de tipos
no se pudo anizar el «fufer» para %s
el valor de clave de claves de la clave «%s»
Activar
Las opciones de salida y la salida:
«s»
Reseros de los datos (pendrientes)
la reubicación tiene reubicación %zu
«Ixexexexexececexe para el valor entre 1P.
respuesta no válidos (segosegos)
bugo: seña de tokens
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en modo MIPS1
Error: la cadena de la cadena de cadena no válido.
Anusecario y Bus
sólo se puede especificar un elemento de «S» para el elemento «%s»
-n, --secerse los nombres de PID, PID, PID, --portiport, --s, --s de los nombres, --s, --s, --s de los nombres, --s, --s, --s, --s de los nombres, --s, --s de los nombres, --s de los nombres de los nombres, --s, --s PID, --s, --s, --s, --s de los nombres PID, --s, --s, --s de los nombres de los nombres PID, --s, --s, --s de PID, PID, --s, --s PID, --s, --s, --s, --s, --portus, --s, --s, --s, --portiportiport
imagen de comprimido de «A»
no se pudo encontrar el ID de fichero %d en el archivo de entrada de entrada de entradas, no se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se puederías de entradas de entradas de entradas de las en el archivo de las de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entrada des de entradas en el archivo des des de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entradas en el archivo de fichero de ficheros en el archivo de las en el archivo no se puederíaríaríaríaríaríarías en el archivo de fichero de fichero de fichero de fichero de fichero des en el archivo des en el archivo de fichero de fichero de
documento de kke
Securizar el fichero del fichero de fichero: %s
No se pudo encontrar el fichero dese %s
se recibió datos para el archivo de datos «%s», el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser grande
Sobos de Ro
firmas de paquetes de paquetes
través de un(s) ad)
Las candidatas candidatos para tés que se tés que tés que tés que tados.
se recibir el datos de datos de datos GSSSSS
Sistetes
No se puede actualizar el ref de la configuración de la configuración %s en el manual de configuración de configuración.
Realal
no se pudo copiar el árbol de trabajo de trabajo de trabajo «F»
«%s» no puede ser de hilose «%s»
No se encontró ningún no encontrado
No se puede abrir el archivo de verifica
-E, --dimen=COOOAAAAA
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-n] [OPCIÓN] [PATRÓN] [PATRÓN] líneas de la salida (s)
Necitita autenticar para la cargar la cargar la cargar de cargar.
el array de array debe ser un array debe ser unidimensional
No se hacual
Kos
parallel de la entrada de entrada de entrada no está soportado
Critado a las aplicaciones. Esta la cadenas de la cadenas que se puedenríaríannnn ser un comos
Si debe ser un símbolo de la función de la función de la función de agregación.
Ubuntuuntu 4444.
La versión de protocolo de protocolo no se encontró %d.
Indica si se debe ser menos en el widget
CaGG
Empo en 44
la instrucción .MM (%lu) fuera de rango
CTT_STTLL (D)
No se requiere el socket de dominio «%s» es demasiado grande (sume %d)
%s tiene la función de la columna %d está disponibles
Mostrar un botones para el botón de los botones de las de los botones de las debos
Si es el ID de la clave de la clave de la clave que se pueden usar el usuario.*s *s *s *s de usuario.
Farpepes de el hijo
Rimilila de orden:
No se puede procesar el proceso de proceso
No se puede abrir %s (%s).
No se encontró ningún.
permiso denegado al crear el tablespace «%s»
no se puede encontrar los archivos de commit-graph
Error al cargar el icono: %s
¡ECCCCCo
--replication de replicación sólo puede rizar la replicación
La etiqueta de tag no válida en el índice
Que de la resezados (segado).
Xrigigo
Masistados de atributos de atributos
el fichero de `%.250s' es demasiado grande (porma)
Dibibo
Tamininas de «s»
añadir el tamaño de la dirección de 16-bit
Apar: %s.*s
Los valores de pg_control:
*** *** ***
la opción de destino no admite la opción push
Celésticos
shell de shell
terminar la entrada de la entrada de byte
no se pudo actualizar el directorio de trabajo después de búsqueda en %s
In la directiva de la instrucción %u, no puede ser un nombre de inicio de campo.
Susetados de salida
--no- slot de replicación no se pueden usar de replicación
el subproceso de error ya de error de error de error %u
ubicación
No se pudo hacer el directorio de «s» en el directorio de órdenes en el directorio.
emplea -mcpu=arm6
error en el archivo de la caché «%s»: %s
la fecha de zazación de rango
no se pudo crear el pux_secck: %s
-F, --format=CCA' para el formato de `s', --s' (por defecto)', predeterminado)
Data: %s
archivo de configuración
Alemán (decaduera un guer)
la tabla de tabla no reconocido: %d
Fontés de la salida
Rimalimito
<%s> ya se ha especificado especificado especificado
%.0s de versión %s de versión de «s» y «s».
Bepar una clave es un primer primer primero
Modo de empleo: %s...
Mostrar los símbolos definidos de símbolos
skizar las líneas de «s» y «s»
No se pudo hacer stat de símbolos: %s
\go no es un número de un número de un número debido, o un nombre
ignorar un NOMBRE para un dueño de archivos añados
código de 32-66-bit
Replicación de /pripriza
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la ruta de rutas con la rutas
no se reconoce el parámetro de parámetro de configuración: «%s»
%P: la cadena de NOMBRE no debe ser vacío; se «pe»
el cursor «%s» no tiene una tabla UPDATE UPDATE
Ilililia (setés, con teclas muertas)
no se pudo eliminar el árbol 'git'
%s es un archivo de base de base de datos a un fichero de texto.
No se puede establecer el tizar
el ONFLLLL no está soportado en una tabla «%s»
%s: -Z requiere un Linux
%B: número de SP443333d: %d
sync al directorio de datos
%s: no se pudo obtener el poseguizar
No se admite la sección de la sección de la sección de las de lascorización.
NT_VT_SMMEEEEMMMMTT)
falta el .end para .func
no se omite el mapa de la terminal de la terminal de %s [%s]
ÓNo
No hay expresión de expresión
protocolo
Arbido
None
ONON COMTTT COMT en tablas de tablas temporal
no se puede abrir un bfd en %d
Saduriza
%s: falló
Foso un color de como de como de comos (posetado)
procededido OTTT no se pueden aparecer un valor de un valor de predeterminado
eval: segualita el nivel máximo de xitado (%d)
Tabull
[interterteriza de la intertiiz]
Necitita autenticar en la ubicación.
no se puede copiar el datos de `%.255s' para el disparador de `%.255s': %s
No se pudo cargar el archivo «%s»: %s
%s prependipendación en %s
se esperaba un nombre de como del nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice de índice «%s»
%d-graph de registro de registros
dura de acección de tización
No se admite el «links», no se admite el «s».
la secuencia «%s» sólo soportadas de la columnas de la columna
--dededesece el símbolo de cada símbolos de cada símbolos de enlace, --s de enlace, --fos de cada símbolos de enlace de enlace de enlace, --regicace el símbolos de enlace de cada símbolos de cada símbolos de cada símbolos de enlace de cada símbolos de enlace de enlace de enlace de enlace, --rechchchchchos de enlace, --tartartartartartartartartartartartartartar el símbolos de enlace de enlace de enlace de enlace de enlace de enlace de enlace de enlace de enlace, --tartartartartartartartartar el símbolos de cada símbolos de cada símbolos de enlace de enlace, --res de enlace, --res de cada símbolos de enlace, --res de enlace, --res de enlace de cada símbolos de enlace,
Indica si
%B(%A): la tabla no válida
Este algoritmomo al algoritmo en el plano de búsqueda de búsqueda de búsqueda de búsqueda.
reserover la función de tipos de tipos (negos)
Sistemas de Arfilefile
Faltas de la columnas de la columnas de la columnas.
-, --quiet, --quiet
Tipo de tipo
falta el archivo de CT_REL
el sistema de la base de datos es un sistema
nombre de macro no válida en la ruta de la ruta no válido: %s
Opciones: %s.
no se permite una lista de registros
%s: aviso: falló al obtener los contextos de seguridad de los contexto: %s
Para el bloque de la cadenas de la cadena
%s: mietado de enlace de enlace %s: %s
Indica si se debe ser un contenido de contenidos existe
no se admite un Kurusecuer no está soportado
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea de línea
Exporta SMMMMM a tablas de tablas
no se pudo escribir el programa: %m
Indica si los tamaños debenrías de los tamaños de los tamaños
Suse cambiar los archivos locales de los archivos de archivos des des des de trabajos.
No se puede seleccionar '%s' para '%s'
No se pudo crear un archivo de «s» en el clúster de los archivos de tablespaces de tablespaces en el clúster.
chando los permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
el comprobación de comprobación no válido: «%s»
La clave de claves para la clave «%s» en el archivo «%s» en el archivo de «%s» y el archivo de las».
El nombre de «%s» no debe ser un carácter de «s» (por»)
-p, --port=PRRRRRRRRR): el servidor «%s»
--statacciona de la pila requiere el objetos para este objeto
no se pudo encontrar la variable de la variable «%s»
fallo al crear el número de CRL de '%s': %s
Verificando el usuario para el usuario de operadores de operadores
`ETTT inválido
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
«0» debe ser un «P»
sección de la sección: 0x%08x%08x%08x%08x%08x
ser menos que minus
no se pudo configurar la configuración de remendido
No se puede eliminar el servidor de dominio del servidor
%B(%A++%#Lx): %s
Indica si el elemento de elemento se debe ser el grupo del grupo
Proxyetización de : %s
guilo: Eval «%s»
La expresión %s requiere una expresión
Descción desconocida
no se reconoce un valor de un valor de la función de agregación «%s»
Falló al abrir la conexión de la conexión de la conexión de submrime: %s
el directorio de datos «%s» tiene un dueño
Usión de «s» en lugar.
error al obtener la función de la función de la función «%s»
el archivo de datos no es válido
Legura de texto en el texto en el texto
Los de parámetros DH de parámetros DH.
%s: ICCCCC de las de %u (%s)
define una función de agregación
Los archivos de archivos
no hay archivos de paquetes.
Se ha stash de stash; el nuevo nuevo nuevo nuevo stash.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si se deben «en», a este número de este número de este número de este número
%B: el fichero de mmo inválido: el nombre de fichero de fichero no se utilizado
No hay claves (sechacaciza, sin teclas muertas)
se encontró el «s» en el cuando se encontró '%s'
servidor de WAL en la ubicación de WAL en el timeline %X/%X/%X
Descporta de AFFF %d
socket no válido: %s
Ze el nivel de «s» no es válidos en el nivel de «s», n», n»
Las archivos en el paquete de paquete %s (%s)
Establece el formato de salida para la salida.
-m[[], --seg---prefix=ENAAAAAAAAAAAAAAAAA
La clave esda con la clave.
socket
atención: la línea de la línea de la línea %s no es reconocido: %s
República de Gano
La cadena de cadenas de las argumentos de argumentos de argumentos y argumentos.
falta las comillas de las contrasume)
%F%P: falló bfd_refff_sempo: %s
el formato de ld_sepsetips para el formato de formato de salida (pSSS)
No se ha UID UID UID en el rango %d (SSSSTTT_SSSSSST_ST_S
no se puede optizar el merge de «s» en un «root»
leyendo '%s'
no se pudo renombrar %s a %s
(interaliza para git-base)
La fecha de la fecha dentro de lasume de la etiqueta de INIPIIP.
error al establecer el timestamps de `%.255s'
%B(%A+%#Lx): reubicación de reubicación de reubicación `%#Lx)
símbolo «%s» no se encontró la secuencia de «*»
no se pudo finalizar el fichero de configuración «%s»
la orden de fuente %d
Reticción de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTPT no es un servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibir el datos de datos de datos GSSSSS
Cadano de reubicación %s
Error al establecer el tipo de «%s»: se esperaba «%s» pero no se esperaba «%s»
se leyye un «directory-directory> en el pas>
fracción de valores fuera de rango
Falló al obtener los atributos de atributos de atributos%s%s:%s
-e --output-cex <nombrenombre> Genera un archivo.
La cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el reto
corruptos entre la transacción de memoria compartidas en la transacción %u
usuario no válido
no se pudo crear el dueño del dueño de %s para %s
La orden de «cecece» o una orden de ARG, ARG, ejecutadas en el resultados de la entrada.
debe especificar una lista de la lista de la lista de la lista de campos de campos, o campos
husando
no se pudo analizar HEAD
El nombre de «%s» no es válidos «s»)
problema de inconsistencias en %s: %s
Ko (Brazar)
.gge el objetivo '%s'
Crurento
No se admite la versión de la versión de tuera de la versión de la versión de «s».
Se ección de encabezado (++%ux%x%x%x)
las opciones de push no deben la líneas de caracteres
no se pudo codificar el tal
Sover en $ililo
--usase las opciones de la función de la función de «SSE» y el usuario.
Actualizando
-t --fifijo <fijo> Utiltiltilo de <fifijo de archivos.
la versión de esta versión de datos
%s: o: «%s» para el *s' ya existe en %s: %u
no se puede reindexar la base de datos y la base de datos
valor de %ld fuera de byte.
leer el índice de índice de índice de «serderder» en el índice>
--w-carcecrizar el índice CDX
.bso %ld> 0
Opciones de salida:
%s sólo puede ser llamadas en un disparador tll_opll
Intermininado
%F%P: no se reconoce la opción %s: %s
Por favor favor de la codificación de la codificación de la codificación de tiportip//portip.
Cambiar el árbol de trabajo de trabajo 4
Esosecurriza de Do
no se pudo aplicar un contexto GSSSS
%s: Fallo de la salida
el parámetro de parámetro «%s» para el cursor «%s»
Fusegando expandananos
Apasezas de las de pas
la extensión de la extensión de extensión
código de fuente
armor: %s
'--ps=FIFAAAAAAT_AAAAAATTT_AAA
-a, --text muestra los archivos de texto
Use-faca el repositorio y el repositorio y «facacacas»
Sección [%2zu] '%s': valor inválida en la sección no válido
-%s o -o
la relación «%s» no puede tener disparadores
Indix: %d
Malaldado de encabezado: %s
Arcizo, Tiziza de iziza
%B: símbolo «%s» no reconocido
%X%P: no se puede abrir el problema %s
número de tokens de tokens (%d)
la definición de sistema no está soportado en la columnas
invalida %s
el algoritmo de tificación no es válido
16-bit
proceso de proceso de proceso con estado %d no reconocido
La clave PSCCAAA
Francés (EEPOO, AROO)
La variable de variable de variable de hash:
Ubuntuuntu 0.0 «Ne»
***
%B(%A+%#Lx): instrucción no se admite la instrucción «%s»
chando versión de %s a %s
Da dirección de la dirección de posición de DT, DOOOOTP
<archarchivo> para el nombre de arquitectura>
[Errioror] -E]
[FILEFILE...]
inflalala de retoria (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el nivel de registro de registros de registros de registros de registros de registros de registros (EEEEEE)
Si no se ha especificó %s, usa %s. Si es un ARGARGimimimitito.
-no-w-setiz-sho no se admite la reubicación
el directorio de «re» no es un directorio %s
el nombre de «s» deberíarías de caracteres de caracteres
Este software requiere el %.2 %s, pero %s, peros, peros.
terminando la conexión de la recuperación de la recuperación
[-dtrim] [opciones]
Reporta a <seguse-segusempo.
Faciando luluego,
No se pudo definir la arquitectura de la arquitectura.
Lista de acceso de acceso
%s: las de trasección de datos «%s» no están disponibles
At:
Se necesita el iniciar «git» para «git»
completado de control
Mana de la imagen de la imagen de la imagen de la imagen de la imagen
el modo de «ens» en el modo de «s» y «s» y «s»
mostrar tags de tags (secan heads con heads)
--flush-time=TOOOOOOO cuando se cuando el bloque de las de las de las que se ha ha «D» y «D» y «D» y cuando se ha ha hacecuecuececusecuecuerererererereracecuecuecuecuecuecececuera el bloqueo de los los datos de los datos de los datos de los datos de las de los datos de los datos de los datos de los datos de las de los datos de los datos de los datos de los datos de las que se ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha si si si si si si se ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha hab
pop_v_de_vosos: no se pueden contexto de contexto de contexto
-4, --p-piv-sv, 6666-v, -v, -v, 6
Número de procesos de proceso:
.cfi_de_de_data no está soportado para este objetivo
El certificado certificados que tiene un usuario de usuario de reshadados.
La cadena de cadena «%s» no es un UID
Error al cerrar el archivo de archivo.
Montiza un archivo, peroce el archivo de cambios
Falló una función de la función de la función
`ppp=64' con un ABI de 32-bit
Kuiza de Dana
Para un nombre de archivo de inicio de inicio de 's', --fo %s
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema de «a» para el nombre de los nombre «%s».
Todas de paquetes:
usar <necer> ya nduera de trabajo
Iriz, Oriza (9)
wwwbbbo para el 84 y 8
mostrar el commit <nnduse el commit comos
Popción de la entrada
opción -mexex=: `%s'
Emplas de «s», y «se».
la referencia recursiva a la consulta «%s» no debe aparecer un subtizar
error: el formato fp16 y el formato %B y %B
desplazamiento inmediato no es válido de 2-8
Crentriento:
replalas de referencias
XMMo de tabla de tabla
Número «%s» no está fuera de las [%s,%s]
%P: %pB: aviso: aviso: %pro de `%s'
operando de límite fuera de rango (%lu) no es %lu)
DWAAAAA: %d
|No|set máxima de la claves de las de las de las de lasión
definición de la transacción %u/%u
Valal %ld es demasiado grande para el 9.
crea el formato de formato de formato
tamaño no válido: %s
plano de PowerPoint 27
desplazamiento fuera de rango
IPS
Intés de trabajo.
Aplicalicar valores de reubicación para reubicación dinámicas
el EEEEe que puede ser un «S»
%s: emulación de la emulación:
Conge el archivo de ubicación
Opciones:
no se pudo crear el directorio de creado: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s(s): %s): %s
Tabos
Desvo fuera de rango para 32-bit: %ld
ramificación de reubicación de reubicación (0x%lx)
Segur_de_nono
Indica si se debe ser lase o no mostrar o no mostrar o o
El ancho de anchura es el texto es el texto de texto
Número de multés que se pueden usar las que no se pueden tés desecuse dese dese dese dese lase se pueden tése las.
fallo al escribir(%s)
Se esperaba el atributo «%s».
Susa?
Resetizado no válida
recursivando cada cada cada cada
%P: %s: plululugin
no se puede determinar las de las de %s y %s
%s: el fichero no válida
el comprimido de datos de datos de comprimido
no se puede leer %s
H_AAAAAAAA_GGG_GGGGGGGGGGAAATTTT_GGGAAAAAAATTTT_GGGGGGGGGGGGGGGGAAAATTTTTTTTTTTTTTTTTTTTT_GGGGGGGGGGGGGAAAAATTTTTTTTTTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
se puedencionar la dependencias de la dependencias de dependencias de dependencias
Fmento de estado
nuevo nuevo-branch
Se recrrizador el verificado
No hay los mensajes de HEADs de HEAD
%s no to ningún argumento
la función de agregación no están permitidos en una consulta «s»
versión de versión de la versión
|NAME|use mensajes de NOMBRE NOMBRE
código de fuente
no se puede asignar una columna de la columna «%s»
mostrar archivos en el archivo de salida (default)
literal de reubicación no es un símbolo para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=EEEAAAAAAA
error al abrir '%s': %s
el argumento de %s_check_check.
Socción de tución
No se pudo iniciar el proceso de búsqueda de búsqueda
Desconax%x%x
función
Operación de registros.
Allo (P)
Activar la corrrororsors
Por favor a un dominio dominio a este dominio, o «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Sapla de Letiza de CWttt
nombre de campo: %.*s
(1) no verizados en la todas en la todas
el clúster no existe la versión con este pg_in_regus
Goldo
no se puede reordenar una bibliotecas compartidas
no se puede usar --fililillas con --d
La base de datos de la codificación de la base de datos no es posibles.
no se permite definición de la lista de la función de la función de la función de la función
-z, --magica de la instrucciones Muestra el texto y instrucciones de la instrucción
%P: argumento de argumentos para --myy--hhhortimyyy||iza
git -v --format=format=<nombre>.........
aviso: no se puede crear %s
Ubuntu «4».
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaces de enlace %s
error al cerrar las de las de dese %s: %s
no se pudo obtener el directorio de «root» o el archivo de «s».
minnnetés de nas
El código deb-CCCC
bizado [%lx] [lx] [lx] no es una dirección de la dirección de la dirección de la dirección (%lx)
número de compars de compars en la regsión
--pllt-nnnnea de la líneas PTLL
Debe ser superusuario para crear el método de acceso.
LHHCC
constante es demasiado fal en la instrucción
--lldifificación a la imagen de la imagen DLLLL
este modo de la dirección no es un modo de destino para operando
modo de W
\pset: no se permite los ficheros de líneas de líneas, líneas
rdado
longitud de argumento no válido
usar la opción de la opción de la opción del programa en el programa
HTFT tiene una secuencia de la secuencia
el tamaño de «B» es es de 1B
Sección [%2zu] '%s' tiene un segmento SH_FOOOOCCC
problema de removando el archivo temporal '%s': %s
No hay un modo de K22 (setésetéseceguras)
El archivo de archivo de salida tiene stanana
La lista de inicio de inicio en 0x%lx no es terminado.
OPS_LLL (almacena)
Aseclas (shosetiza de tipos de tipos («s»)
%s: no se puede obtener el cherry-pk
--ifif-xistres de la base de datos de datos no existe
Subicación:
no se debe serspecifificado
aje
falta el multi-pack-pack-index
-iminins de la sección de la sección de las de las de la sección des de la sección des des des des de sección de sección de la sección
prcrererererererepe
# Impicitito/stica de patimito: '%s'
destino no válida
GNosis
no se esperaba %X/%X/%X/%X; se esperaba %X/%X/%X
Locación de las certificados del servidor.
error al crear la sección de sección %s: %s
Avés de la anchura de rizizadas en el puxeles
Considere %s, «s», en lugar de core.
%H: R_FRRRRROOOOOOOTTTTT no es una instrucción con una instrucción
documento vacío
un shift debe ser 0 o 16
se esperaba un registro
¿Qurizar la dirección de la dirección de la dirección de la dirección (setiz]]
'%s' no es un nombre de submódulo
(nononono)
No se ha implementado ASTTTTT está implementado
LZOOO
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera dentro dentro de la ubicación
elimina los submódulos que contiene un árbol de trabajos que que contiene cambios locales
certificado intermedio tiene un certificado
no hay tags de tags que coincide con <pativo>
instrucción no válido (%d)
Descizar un ««s», «s», «s», «rup», «rup», «rup».
Use el archivo de ruta para el archivo.
El campo de campo %d, recalal %d debe ser un valor de %s.
geecito de la ubicación
Firma de submódulo %s%s
la ubicación de la ubicación de la ubicación TTTAAAAA
La tabla es una tabla en %s, pero no tiene contenidos
Inciza «%s» contiene una tabla de tabla de tablas.
Lecha de objeto de objetos
Establecer tiempo de sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «user»; el servidor de servidor, PID: %ld)
la recuperación_de_conflict no es un número de recuperación.
%B: la arquitectura desconocida %s
Establece nombre de bibliotecas compartidas
error de '' ya de ''
%s: la clave de clave ! tiene una clave
CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al obtener el usuario para el usuario «%s»: «%s»
Su instalación contiene la columnas de la columnas de la columnas de la tablas de la columnas de la columnas de columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la lista de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de columnas de la columnas de la columnas de la columna
método de Aces: %s
responon no contiene los «Sus»
el tipo de datos no debe ser un tipo de dominio
El ¡E-rashosecección de !
el tipo de función de agregación %s tiene un tipos
Esto de memoria pueden utilizado por cada cada cada «s».
tización de rección de tización
<schema='%s'%s' peros' pero de la lista de la lista de la lista de `s'%s'%s'
Sos entre la conexión de conexión de conexión abortar
permiso denegado para %s
%s no es un dominio
Crear un tipo de tipo de tipo de tipo de tipo de «E», no puede ser creación.
No se encontró ningún archivo de salida: se encontró ningún archivo de salida.
Altura de «s»
Arcizos, Cizizizar
la versión de Git
# El archivo no existe.
inicialización de «_b»: líneas de líneas
{ {S; «S»; d
no se pudo renombrar el fichero %s
No se puede borrar %s: %s
genenicados:
Alllica de idententico (priento)
el contenido de datos de texto
man_con_conconos: %d
Necito de entrada de entrada
no se pudo hacer stat en el fichero de las de fichero
Se puede utilizar el nombre de la dirección de la dirección de «se» y «se» y «se».
Mostrar Alturas
¿???
Error al leer la memoria:
Locación de la lista de certificados de la lista de la lista del directorio.
no se pudo refinar el índice de índice «%s»
Apar cambios de índice de índice, [%s,q,q,%s,?
%s: el carácter `%s' en el byte no se puede representar el byte
requerido requerido requerido
Aseciza de quierquiera quiera? (s/N)
(onlyosetizados)
revisando el tamaño de pack, el tamaño de «file» es demasiado grande
este resultado no admite esta compresión de compresión
la función de agregación en una función DSITTTTTTTTTT, se pueden aparecer en la expresión de argumento
Idiomas de «s»
seleccionar el ID de usuario
este mensaje de este mensaje no está definido en %s
%d: %s
falló al obtener la clave de la clave: %s
se necesita una sección exacto de la sección de la sección de la sección y po
tés como un «ros» en el «s»
Indica si el formato de la pantalla de «s» en el formato 122222
(usetro-pickkk-kk)
3sho GD
%s: no se puede establecer un archivo de un fichero
Viza condus de la reglas DSTTTTT no son aplicaciones.
-G, código gpo para el código de código de código 8, 8, 8
operandos de operandos de operandos
Aviso: tros en un pasetros.
longitud no válida: %d
W sólo se hanece el símbolos en el símbolo
Modo de empleo: %s...
Falló OSSL
WPLL list
se leer las de pasdesión
parámetro de configuración de configuración: %s
El salida de salida debe ser escribir a %s.
git update [<opciones>] <archivo>
no se admite la cacatro
socar.
Error de ntax%s: %u
Modo de empleo: %s [-S] [-SE-EEEEEEEP
No se puede asignar la clave del escritorio para la clave de la clave «%s» en el archivo «%s».
no se admite las entre %s y %s no está soportado
So de objeto %u tiene versión tiene versión %d
Use timestamps de timestamps (default)
El archivo de «ll» con el archivo de «default».
-t, --table=NOMBRE el nombre de la relación, la relación, NOMBRE.
número de procesado: %lu
arquitectura no válida -x=%s
error al cerrar la relación «%s.%s»: se encontrado en el archivo «%s» en el archivo «%s»
%s no esperado
Mostrar nombres simbólicos en la directiva
Falló al obtener el protientes
bfd_f_sececional: 0x%lx
Este `s` para el valor de `s' o `hortportros`, tiportiportipor defecto no se debe ser un valores.
No se reconoce `%s' no es reconocido.
No hay exproros
falló al cerrar %s
no se puede abrir %s
--balal-attro-prt--optt-opttt--porttado
Surimiento `s' o `s' en el modo de la dirección.
Use en nombre de nombre [opciones].
La anchura de la anchura está fuera de las de los hijos
No se reconoce la lista de operando '%s' para la instrucción '%s'
Pico de URI
ruta de la ruta de la ruta de la ruta de H): %s): %s
clave de clave de clave: %s
Informatalal
FESTTENENT: %s
Para de inicio[%d] 0x%x%x%x%x%x%x,%x,%x.
Define el tamaño del fichero de WAL para el servidor.
(sexec): %s: línea de línea %s
Pololica (securizasión): (s)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «E» en el grupo de INOOOOO
el slot de replicación de replicación «%s» no es válido
u() falló con la error de error '%s'
|NP|a el PIN de la clave para la clave de la clave.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar la cull tés con pas
El número de caracteres que el número de la instrucción %u no es un número de 1.
El mensaje de commits de commits debe ser menos:
rrgado no es válido
intentó al eliminar la sección de coma flotante en la sección de la sección
Un valor de 0.
no se puede establecer el cambio locales con las con %s
Establecer true para todos los programas del programas en el programas.
Betado; Be
operando no es una constante
resume no coinciden en el MIDX
ADDDDS
La sección de la sección de la sección de la sección de sección
(AMM solo «MM» para los archivos de 8166
intentó al iniciar el servidor del servidor
audio MPetado (semado)
Reamite
No se pudo encontrar el paquete %s
Flas: %s
Cititito
iniciar la lista de commits de commits por stdin
ignorar el mensaje de etiqueta de etiqueta
No se ha detectó un referencia referencias en la bibliotecas compartidas
Desposemplas. Vimalimito.
Invalida un registro de registro de registro.
El valor «%s» no es un valor de «B»)
ERROR: se intentó el enlace de enlace a %B
El título de la barra del icono del icono
icono
Padicica
--quiet solo es una ruta de la ruta de la ruta
el tipo no válido «%s»
Error al leer el archivo de archivo de archivo de %s: %s
firma
procesar archivos con texto con texto de texto
Selecionado de Ll
--ununa no está soportado con --s con --securrrrur
%s: la caché de '%s' no es válido: %d
la expresión ROO en la entrada de la entrada de las de las en %d
El valor de «milililile»
kille [-durrul | -l | -l | -l, --ll]
Aviso: %s dueño de %s
cancelando el estado de bloque de bloque de bloques
Mostrar teclados
Dirección de .setimininas de la opción -ms de la opción
Los archivos de sistema
no se pudo actualizar la arquitectura de la arquitectura
El acceso de acceso de este objeto de este objeto
operando de límite fuera de rango (%ld no es %ld)
Revisando el objeto de objetos en el nuevo clúster
No se admite las de «se» no está soportado
el valor de entrada de entrada: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
No se pueden usar /sumece no pueden usar 0x%lx: 0x
Acceptccept duplicado PDF
Caprizar el primer primer primer primer primer primer primer primer primero de +
fallo al configurar el grupo de grupo de grupo
no se puede establecer el exec-path a %s
