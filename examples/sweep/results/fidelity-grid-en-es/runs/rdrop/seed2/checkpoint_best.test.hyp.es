Si se debe ser los botones de los botones de los botones de presegados
Incurizar las de las de las de rol
no se pudo crear el archivo '%s'
El dominio dominio a a dominio, o dominio o NULL a dominio
%s no puede ser aplicaciones a una función a una función
ignorado
problema '%s' a '%s' a '%s': %s
-n, --quiet, --verbose muestra los tententes de pasosos
no se puede usar la expresión de la expresión en la expresión de la expresión
Dacase ««s» en nombres»
El archivo se ha hagó un archivo de modificado
(sechasetuetén)
Exxcciones
el tipo de caracteres inesperado `%c' en el tipo de caracteres
Error al abrir el archivo de fichero %s: %s
plano escribir el proceso
valida de datos de datos KAAAA
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el fichero %s
RROO
Error al leer el tipo de parámetro de %s: %s
el ref de configuración '%s' no es válido para '%s' no es '%s'
Monon-shashos
base %s
No se puede durienen
clase no válida
Por favor viza de claves de claves de claves:
--cece un nombre de rama
Establecendo el número de miexexid en el nuevo clúster
USRR, República de lasión Sociaciaciación Sos
Indica si se deben la líneas de líneas, líneas, en la líneas, en la líneas, en la líneas, en la líneas
Capseccrizas de la claves de la claves de «s» (s»)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntuuntu 9.10 Ko.
Taza
las opciones -CC no puede ser --no-create-setatatas
Mo renombrar un archivo, o un directorio, o un directorio
Nonesecizar la dirección de la dirección «s»
Pamamama Zo Zone
El número de la pantalla de la pantalla de la pantalla de la pantalla.
Vizados
La especificación de la especificación de la especificación de «s», --sex», -t, -cu, -t, --s, --secimsececional-resececececional, --se el nombre de t, -t, --no-resecececional, -v, -v, -v, -t, --se el nombre de t, --verbose muestra muestra muestra lase el nombre de t, --se el carácter de caracteres de t, -t, -t, --se el carácter de t, --secional, --secionalalalalal, --secal, --secional, -mal, -v, --verbose muestra muestra muestra el carácter de caracteres de t
el archivo de comprimido, pero el compresión no soportadas de datos no soportadas
Cololols y pidgingins, psensens
línea inválida %s
no se admite las opciones de rizadas no todas pushs
Time a :
salida de página de la salida de la salida en INCDOO
Sección [%2d] '%s': algoritmo de dispersión de dispersión de hash %zu
No se permite el carácter de «s» no se permiten» en el valores en el valor de caracteres
destino
Xfintizos
core y no debe ser en el largo de 32s de 32s de 32 bits.
no se admite el tienenenen tados tiene tados
Auto de trabajo no se esperaba un árbol de trabajo.
Francés (Sizado, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGGGGFFFF
operandos de operandos no puede ser ser en el tipos
inicia_pización de pg: pg:
no se puede encontrar el registro EMMMMST
Cacción inválido: --atro=SHOO con --atimisisisis
el archivo de ruta de ruta de configuración
no se puede iniciar %s
No hay los datos tiene «en» en el «s» para el URI «%s»
Modo de empleo: %s [opciones] [a(s)](s)
la opción '%c' requiere un argumento entero entero positivo
No se reconoce el IN_UPTT_GGGGGGF
No se permite la definición de la definición de los símbolos con un ficheros en el ficheros de «s»
opción --on-conflict-conflict-conflictsetizas de la opción --setés, --se --se-set-set-seset-seseset-setiensetiensesetuse --setésetusetése --s, --tartartartartartartar --se --se --soset-conflict-conflict-conflict-reset-conflict-conflict-conflict-conflict-conflict-conflicts, --tartartartartartartartartartartartarget-conflictse --se --se --se, --se, --print-setusetiense --setizasetiz, --no-res
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés («al»).
Descece de ventanas de ventanas de una ventana
-a, --allallar la base de datos
<stringos: %ld> %ld
El valores de «s» para el valores de «s».
'%s' existe, no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
omitiendo «%s» no existe
falta la cabecera extendida de encabezado: en la línea
--no-ifififificación de timestamps en el modo de timestamps
El elemento de elementos en el elemento
no se pudo actualizar la HEAD de HEAD o 'gitalizar '%s'.
-mama,=<<<sh16666, 8844, 8, 844444, 8, 844, 884, 888884444444, 84444466666666666666666666666666666666666666666666333333333333333333333333333333333333333333333336, 8, 8
<lal>
Se esperaba un argumento PRRRRRO
Tipo de %s no implementado en el Gmenen() en el GIf
fallo al analizar %s
Max
la instrucción no es un modo de la dirección
abortar la transacción actual actual
skipipido: %s
no se admite el comprobar '%s'
El número de registro de registro a un widget a un widget
skipizar la ubicación de WAL %X/%X/%X/%X/%X/%X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válidos
Cdrom con Ubuntu «4».10 «W»
Marcando %s
descrrimininas de cero
El inmediato está fuera de rango 0555555
-f, --axililtiza no pueden usar con -har
Maporrización de archivos de archivos de archivos de archivos
%s requiere un valor numérico
Lista de XKBBB
se ha escribir el registro de mismo mismo registros
%B: número de reubicación no válido: %d
Sakkk22
-X, --exclude-dirdir-sorsortiporSTTIS
tipo: %s
diversión local %s a %s a %s
la clave %s %s utilizado %s (%s) en el hash (%zu)
abortando el abortado por el fallo
instrucción requiere un índice
debe ser un registro de sparse-checkoutoutout para resetipar
no se pudo crear el tablespace para el tablespace «%s» no se pudo eliminado
--stacce el tamaño <size> en el tamaño de la pila
r2 no se debe usar el índice en el modo de índice
aviso: %s contiene un puntero
resando OCCSPSP '%s'
el valor de campo de campo de campo «%s»: «%s»
define un nuevo nuevo nuevo operador de operador
no se admite la sección de sección en %s: %s
Incacax_presecece_secase %s (s).
Error alteral: error de error de error: «%s».
Descargados de transferado.
Bendense
documento de Aprocesador
sección 0x%u en la sección [%u]
refsh_h_h_pplica
%s: no se hacionar un registro de la hisión de la hisión de %s: %s
Verasión: %s
Viease
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un «s» con un «s» (s»)
Error del SDDDD
-?, --help=help=help=ARCHIVO, mostrar mostrar los ayuda
Vísticasticasticos
Símbolos de instrucciones para una instrucción
no se puede borrar el dueño de «%s»
la función «%s» debe ser menos para la función
Sapando instrucciones o una instrucción
no se pudo analizar la lista de «D»
valor válido para '%s': '%s':
Colololsegusos de la cabeceras de tés
el huge no está soportado en este procesador
Mosece un YRRRPTTT
No se encontró la sección de símbolos en la sección de sección
Define el número máximo del número máximo de trabajo en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [ROOOOOOOOO]
delimitado_cecarar
el archivo «%s» contiene una cadena no se ha terminado %s, en %s
cliente un cliente no válida
caracteres inválido
Establece el enlace PRRRRRRRRO a un enlace
@%s no es un reubicación.
Generar los mensajes de mensajes
%s: aviso: el directorio desconocido
(fixe conflicto git rebase y 'git rebase --continue)
resece no está definido
El archivo CIO (comprimido comprimido)
la función de agregación no pueden «s» que el argumento %d que %d
%s necesita un parámetro
Desbización de la sección de la sección de .bbidoido a la sección .bido a la sección .bido
Dirección de tablas:
Actualizar (P)
Dese cambiar el repositorio
<nombre>
--entry <entryentry escccenenenencce el punto de la entrada
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el iniciar el inicio de inicio %.250s
error de sintaxis de narar el token «%s» inesperado
Aplicación cambiados de las tizada por el commit
Los valores son entre «%s» y «%s» y «%s».
no se encontrados de entrada
el tamaño de objetos
Menchos de 5sos de 55
ADVERTENCIA: la clave: no es una clave de firmado con firmado
el tamaño de pg_control y el tamaño de pg_objeto no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del icono para el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos de datos de configuración de configuración
Tamaño de resororar la reseminina '%s'
El primer primer primero de la ruta de la ruta de la ruta de la ruta
Define el segmento de «en» y leer el segmento de segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -l se en el nombre de «s».
no se permiten la función de función de función de la función de la función de la función de la función de las
Kuren (S), riaia)
comprimido
Establece el tamaño de la tabla de dispersión de la tablas de la tablas de tablas
Sisezar ase el directorio de WAL, pero el directorio de WAL «%s».
|aduse-susetrul
( fuente: %u)
ADVERTENCIA: no se hanne el directorio de configuración en el directorio de configuración '%s'
Quita es una paquetes
-mno-no-%s1-s1-sseccciza %s
Cahat
Actualizar la fecha de acceso y la fecha de acceso
los mensajes tiene un mensaje de plululución de «#», pero el formato de .#»
Izio
%s: fin del fichero de entrada inesperado inesperado
contador de registros no puede ser «EEEEEEEETTTTTTTTTTTT
\pset: no se permite la líneas de líneas de double, líneas, líneas
No hay elementos de elementos de elementos de software para este software.
-d, --dbname=NOMBRE la base de datos para el nombre de datos de datos «%s»)
no se esperaba un contexto en el contexto de línea de línea de línea
%B: plaset-reretttizantentententes
dirección no válida en la dirección de la dirección
El probando probó un «G» no es un YYYYY.
la codificación «%s» para la codificación «%s» no existe
Misistando como después después de comos.
%s MiB: el memoria de memoria. El limita %s está definido.
|UUAAAAAAAAAAAAAAAAA
cancelado por el usuario
Kusos de Kus
el índice de word es demasiado grande
República de Noligigiger
Exectando el argumento del argumento
el nombre de límite con el valor de límite de «s» no debe ser ser un `s'
-PAAAAAA de la contraseña de servidor
Alemán (Bonese, en el registro de registro de registros)
puntero de registro ZZ
la directiva .end sin precentido con .entido
Rununa en el directorio de datos de datos de datos de pg_CONTROL.
Selecarar: Cargano no válido o valores de %#x.
%s ll llllidades de ficheros de nusegos
skipizando esta instrucción en esta instrucción
símbolo%d
-33 bit bit de 32 bit bit de 32bit -22 bit bit bit
OPRROOO (secional o incción)
el modo (%s) de modo %s) no coincidente %s)
nombre desum, nombre: %s.*s
[ARGS...]
no hay sección .saminecizar la sección dinámica dinámicas
Necitita autenticar al repositorios de parámetros
Necitita autenticación para el sistema.
compresión desconocida '%s'
compendar <mendar> en el árbol de trabajo de trabajo de trabajo (por defecto): predeterminado)
no se pueden con ONLLLLL con tablas que no pueden usars o UPDATE
[orora de pila]
no hay argumentos para el cursor «%s»
Descción de símbolo %s en %s
la columna «%s» en el valor de la columnas»
procedido
%X%P: no se pudo bfd_rego: %E
INUPTTTTENENENTT
no se pueden eliminar los grupos de grupos en el grupos
%B: utilizado de las des de campos de campos (%###s)
debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(mama de clave %s)
Se esperaba una incción en el rupto.
--%s" en el argumento de «s» y «b» y «b»)
Esta orden no está está soportado en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de llus en el modo
conexión a la base de datos «%s»
-h, --verbose muestra muestra la salida de la salida de salida
el mensaje inesperado con el mensaje de la longitud de word
No se encontró una instrucción
No se ha nezar en modo de modo de modo de «s».
la opción SP: --apusasacurización de la emulación
Metización
.T_GOO contiene un parámetros que el objetivo
Mananano
Francés (D)
el valor de «ca» no puede ser un valores para el valor de un valores.
%s: no se pudo ramar el archivo de hisegraglas.
iniciando el flujo de WAL %X/%X/%X (lo %s)
No se encontró la cabecera XPMM
64-bit SID 64-bit o como de coma flotante de coma flotante
Tipo de OAAAAAAAAAAA
la codificación de datos
documento de entrada MMMM
El carácter para el GDDDB
Esto sutiltiltiltilos sólo pueden actualizar la versión %s.
Quito:
no se puede generar el código de código de código operacional
free: el tamaño de inicio de inicio y el tamaño de diferencias
Muestra las de las
Descono desconocido %s
argumento no válida
No se pudo leer el socket de socket: %s
setfconcono (concon)
SHO_L_LLLLLL con la consulta de la consulta (SLLL)
Este tags que contiene los nombres de caracteres no válidos.
no se puede usar esta instrucción con esta instrucción con esta instrucción
el alternativo %s no puede ser : %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutar en el parallel.
establece la rama de la rama de la ramas de la ramas
Autos de pack en el repositorio en el repositorio.
La imagen de imagen GIFIF tiene tamaño cero
el tamaño máximo para el fichero de base de datos %s
%s no existe
-SCCRERE5 para el código de código de código SOOOOOO
%B: no se omite el tamaño de memoria en el tamaño de memoria %#Lx
Tección falló: %s
escritura de firmado
Se necesitita autenticación de la imagen de la imagen de la imagen de la imagen y «s».
Tracción de YMMMMMMMMMMMM
Prizando archivo '%s'.
Por favor a la componente el componente el componente de la componente a:
Susando no tiene un «s».
República de Gramama
No hay seguiza (S6/7)
definición de mensaje
Bros de paquetes
STC_NPOOOPPS (SOOO en el poseeciones)
Replicación de tendriprizar
Motizar comos de tizos
no se puede establecer la columna de la columna de columna %s en la columnas
formato no válido
el directorio de control tiene un directorio de control %s (05555555.00)
El número máximo para el elemento devolvientido por gen_rese_rese()
%s Ex:
ignorar refs que coincide con <papativo>
Triminininininos
rango
3-bit fuera de límite
-f, --fififijo=STTAAAAT, el campo de la opción -n, --s)
no se puedever el directorio
Opciones de opción:
Grusos doubleskl
de_sememite
nombre de procededido (nonono)
la definición de la lista de la lista de la función de la función de una función de tipos
no se pudo analizar el «ferfer» para %s
valores de claves de claves de la restricción «%s»
Activar
Las opciones de salida y la salida:
«s»
Reseros de los datos (pendriende)
la reubicación tiene reubicación %zu
el «Ixexex» y el valor de «Pe» y el valores» y 1Pe debe ser 0.
respuesta no válidos (segusegos)
bugu: se bababababa un token
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no se admite el modo MIPS16
Error: la cadena de la cadena de cadena no válido.
Anusecario y Burus
sólo se puede especificar un elemento de «S» para el elemento «%s»
-n, --secerse el tipo de PID, PID, PID, --portus, --s, --s, --se el tipo de PID, --s, --secusecortus, --se el tipo de PID, PID, --s, --s, --s, --no-portus, --s, --tartartarget-PID, --s, --s, --tartartartartartartartartartartartartarget-PID, PID, PID, PID, PID, PID, --tartarget-PID, PID, PID, PID, PID, PID, --s, --s, --s, --portus, --s, --s, --s, --s, --portiportus
imagen de comprimido de «A»
no se pudo encontrar el ID de archivo %d en el archivo de entrada de entrada de entradas, no se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entradas
documento de kke
El archivo de muecueeee el fichero de fichero: %s
No se pudo configurar el fichero dese %s
el archivo de datos «%s» para el archivo «%s», cuando el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser grande
Sobos de Rosho
firmas de paquetes de paquetes
trasilla(s) añas)
Las candidatos candidata «s» para el refs que segus que se tés que tés que tados.
se recibió el datos de datos de datos de GSSSSS
Sisiizado
No se puede actualizar el ref-default de la configuración de la configuración de configuración de configuración de configuración.
Resal
no se pudo copiar el árbol de trabajo de trabajo de trabajo «F»
«%s» no puede ser de hilolo «%s» a «%s»
No se encontró ningún no encontrado
No se puede abrir el archivo de verifico
-E, --llenen=COOOOOAAAAAA
Sección [%2d] '%s': no se puede obtener contenido de contenido de sección
\echo [-ne de la cadena [OPCIÓN] [ARCHIVO] [fichero-line)
Necitita autenticar para la cargar la cargar el cosos de cargar.
tipy debe ser un array debe ser un dimensional
No se hacualsecual
Kos
el parallel de la entrada de entrada no está soportado
Critado a las aplicaciones. Esta la cadenas de la cadenas que se pueden serríaríarías
It debe ser un símbolo de la función de la función de «a».
Ubuntuuntu 444444.
La versión de protocolo de protocolo no se encontró %d.
Indica si se debe ser menos en el widget
Cacla de CGG
Empo en 44
la instrucción .MM (%lu) fuera de rango
CT_LLLL (DLLL)
Cix-dominio dominio "%s" es demasiado grande (-mamama %d bytes)
%s tiene la función %d no está disponible %s peros
Mostrar un botones para el botón de los botones de los botones de las debos
Si es el ID de *sizar el ID de claves que se pueden ser menos que se *s.
Farpepes de el hijo
Rimililado de orden:
No se puede procesar el proceso de proceso
No se puede abrir %s (%s).
No se maililado.
permiso denegado al crear el tablespace «%s»
no se puede encontrar los archivos de commit-graph
Error al cargar el icono: %s
el array de HCCHAAAAA
-- slot de replicación sólo pueden usar en el slot de replicación
La etiqueta no válida en el índice
Qusezar el resezar el recuerado (s).
Xnnne
Misistizar el atributo de atributo de atributo
el fichero `%.250s' es el fichero de caracteres esdas (porrup)
Dibibo
Ahoseminas de «s»
añadir el tamaño de la dirección de 64-bit
Apar: %s.*s
Los valores de pg_controls:
*** *** *** ***
la opción de destino no admite la opción push
Celésticos
shell de shell
terminar el byte de las de byte
fallo al obtener el directorio de trabajo después del directorio de búsqueda en %s
En la instrucción número %u, no se puede usar el nombre de inicio %c.
Susetados de salida
--no- slot de replicación no se pueden usar el slot de replicación
subproceso de error ya existe con error de error %u
ubicación
No se pudo eliminar el directorio de «group» en el directorio de una línea en el directorio.
emplea -mcpu=arm66
error en el archivo de cache de cache '%s' para el archivo: %s
número de zación de límites de rango
no se pudo ejecutar x_sexcck_res: %s
-F, --format=RROOO' para el fichero `s' o `ps', --s' (por defecto)
Dacción: %s
archivo
Alemán (decuera un gracuer)
la tabla de tabla de tabla no reconocido: %d
Fontés de patés
Rimalal
<%s> se ha ha especificado especificado especificados ya
%s.0s de versión %s de «s» y «se».
Bepar una clave de clave es un primer primero
Modo de empleo: %s......
Mostrar los símbolos de símbolos de símbolos
skipizar todos los iniciar la líneas de inicio y «s»
No se pudo hacer stat de símbolos: %s
\go no es un número de «b», o un número de un número, o un número de racus, o un número
ignorar un NOMBRE a un dueño de dueño de archivos añadados
código de 32-bit66bit
Replicación de /priprribs
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre
mostrar la ruta de rutas con la rutas
no se reconoce la definición de parámetro de parámetro de «%s»: «%s»
%P: el NOMBRE no debe ser un NOMBRE; seguizado
el cursor «%s» no tiene una tabla UPDATE UPDATE UPDATE a la tabla «%s»
Ilililita (setul, con teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s es un archivo de base de base de base de base de base de datos.
No se puede establecer el tizar
el ONFLLLLL no está soportado en una tabla «%s»
%s: -Z requiere un Linux
%B: número de SP44333333d: %d
sync datos de datos
%s: no se pudo obtener el poseguizar el «-»
No se admite la sección de la sección de la sección de las de lashora.
NT_ST_SMMMEEEEEMMMMMA)
ausente .end para .func para .func
no se omite el mape a la terminal de la terminal de %s [%s]
Posición
No hay expresión de expresión
protocolo
Arbido
None
ON ON COMTTT COMTT no pueden usar tablas temporals
no se puede abrir un bfd en %s en %s
Saduriza
%s: falló
Foso de como como como como un Gdkk)
procededido OTTT no se puede especificar un valor de parámetro
eval: se máximo de sumetalado (%d)
Tabull
[interterterizado en la tizada]
Se necesitita autenticar en el archivo de local.
no se puede copiar el datos de datos de `%.255s' para %s': %s
No se pudo cargar el archivo «%s»: %s
%s prepend-pendendends en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s» no es un índice «%s»
%d-graph de registro de registros
dura de recección dura
No se admite el «link», no está soportado, se admite %s.
la secuencia «%s» sólo soportadas «s»
--dedededece el símbolo después de cada símbolos de cada símbolos de cada símbolos de enlace, --s de enlace, --s de enlace de enlace de enlace, --regenenenens de enlace de enlace de cada símbolos de enlace, --res de cada símbolos de enlace, --regenenenenenenenenens de enlace de enlace, --fa el símbolos, --tartartartar el símbolo de enlace de enlace de enlace de enlace de enlace de enlace, --verbose muestra los símbolos de enlace de enlace de cada símbolos de cada símbolos de enlace, --res de enlace, --regicica el símbolos de enlace de enlace, --res de enlace, --regenenenenenenenens de cada símbolos de enlace, --res de cada símbolos de cada fichero
Indica si
%B(%A): la tabla no válida
Estemomomo al algoritmo en el algoritmo de búsqueda de búsqueda de búsqueda de búsqueda.
reserover la función de tipos (seganos)
Sistemas desetivos
Falalizar el estado de la columnas de columnas.
-, --quiet, --quiet
Tipo de tipo
falta el archivo de CT_REL
el sistema de la base de datos es un sistema
nombre de macro no válida en el nombre de la ruta de la ruta no válido: %s
Opciones: %s.
no se permite una lista de registros en la lista
%s: aviso: falló al obtener los contextos de los contextos de seguridad: %s
Para el bloque de la cadenas de la cadena
%s: mietados de enlace de enlace %s: %s con módulos
Indica si se deben usar el contenido de texto existentes
no se admite el Kusecuera un KKE
%d está fuera de rango para el rango «%s».
número de campos en el campo de línea de línea de línea
Exporta SMMMMBB a tablas de tablas
no se pudo escribir el programa: %m
Indica si los tamaños deberías de los tamaños de los tamaños de los tamaños
Suse cambiar los archivos locales de los archivos de los archivos de archivos des des des.
No se puede seleccionar '%s' para '%s'
No se pudo crear el archivo de dueño del clúster no debe ser un clúster de tablespace.
chando los permisos de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
el comprobación no válido: «%s»
La clave de claves para la clave de clave «%s» en el archivo de las» y el archivo de «s».
El nombre de «%s» no debe ser un carácter de «s»)
-p, --port=PRRRRRRRRRRR): «%s»)
--statacciona el objeto para este objetos para este objeto
no se pudo encontrar la variable de la variable «%s»
fallo al fetch: %s: %s
Verificando el usuario para el usuario de operadores de operadores
`Ellff'
Sección [%2d] '%s': referencia en la sección no es válido
la versión de array: %u
%s: no es válido
«0» debe ser un «P» de «P»
sección: 0xxx%08x%08x%08x%08x%08x%08x%08x
ser menos de minus
no se pudo configurar la configuración de remendido
No se puede establecer el servidor de dominio del servidor
%B(%A+%#Lx): error: %s
Indica si el elemento de elemento se debe ser el grupo del grupo cuando gpros
Proxyetizando selelo: %s
guilo: Evalivando '%s'
La expresión %s requiere una expresión %s
Desetivo
el valor de agregación no reconocido para el valor de la función de agregación «%s»
Falló al abrir la conexión a la conexión de la conexión de submuse: %s
el directorio de datos «%s» tiene un directorio
Usión de «s» en lugar.
error al obtener la función de la función «%s» para la función «%s»
el archivo de datos no es válido
Lenzar el texto de texto en el texto en el texto
Locación de parámetros DH de parámetros DH.
%s: ICCCCCC de %s) después de %s)
define una función de agregación
Los archivos de archivos
no hay índices de índices.
Autos existe un nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo stash.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si se deben «enen», el número de la posición de este número de este número
%B: fichero de mmo inválido: el nombre de fichero de fichero no se utilizados
No hay claves (sechacacase, sin teclas muertas)
se encontró el «s» en cuando se encontró '%s' en '%s'
servidor de WAL en la ubicación de WAL en el timeline %X/%X/%X/%X
Descporta de AFFF %d
socket inválido: %s
Zose el nivel de «-», el nivel de n», el nivel de cero, «s» en el nivel de n», el nivel de n», el nivel de n», el nivel, el nivel de nuueeeeeeeeeecuenenenenenenenenenenenenena el nivel de un nivel, el nivel, el nivel, el nivel de nivel de nivel de nuuuuueeeeea el nivel, el nivel, el nivel de un nivel de nivel de ««-», el nivel de «-», el nivel, el nivel de «-», el nivel de 333», el nivel, el nivel de «-», el nivel, el nivel de 3333333-», el nivel de t
Las archivos por omisión por el paquete %s (%s) ...
Establece el formato de salida para la salida.
-m[A], --mguse--prefix=ENAAAAAAAAAAAAAAAAAAAA para el valor de «s» para el valores»
La clave esda con la clave.
socket
atención: la línea de la línea de la línea %s no es reconocido: %s
República de Grano
El argumento de cadenas a nulolos de argumentos y argumentos y argumentos.
falta las comillas (setésume)
%F%P: falló bfd_reffffex_seguso: %s
el campo_vv_sepsecuse el formato de salida (SS) para la salida «%s»)
No se ha UID UID UID de rango en el rango de %d (SSSTT_SSSSSST_ST_ST_ST_SSSSSSSST_SSSTTT_S).
no se puede optizar el registro de «s» en un «s»]
leyendo '%s'
fallo al renombrar %s a %s a %s
(interteralal-base para git-base)
El número de «Pe» por el valores de «Ix» y «E» y el usuario.
error al timestamps de `%.250s'
%B(%A++%#Lx): reubicación de reubicación de reubicación no es válido
símbolo «%s» no se encontró la secuencia de «*»
no se pudo finalizar el archivo «%s» en el archivo «%s»
la orden de fuente %d
Reticción de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTPT no es un servidor
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió el datos de datos de datos GSSSSSSS
Cambiambió reubicación %s
Error al establecer el tipo de «%s»: se esperaba «%s» pero «%s»
leyyyyy-directory <directory> en el pativo>
fracción de valores fuera de rango
Falló al obtener los atributos de atributos de atributos%s%s:%s
-e --output-cex-name <nombrenombre> Genera un archivo.
La cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el reto
corruptos de memoria y estado de memoria en el estado de memoria %u
usuario no válido
no se pudo leer el dueño del dueño de %s para %s
La orden de «xucece» o una orden de ARG», ARG.
debe especificar una lista de la lista de caracteres, «s», o la lista de campos de campos
husando
no se pudo analizar HEAD
El nombre de «%s» no es válidos «s»)
error interno en %s en %s: %s
Ko (BBBB)
.gge el objetivo '%s' no definido
Crurento
No se admite la versión de rusose el «s», «s».
Se excción (++%ux%ux%x%x)
las opciones de push no debe ser el nuevo nuevo nuevo de líneas
no se pudo inicializar el sal
Sover en $ilililtro
--uusase la función de la función de «S» y las» y «S» y el usuario.
Actualizando
-t --fijo-fijo <fijo> Utiltiltilo de archivos.
la versión de datos de esta versión
%s: o: %s para el *s' ya existe en %s
no se puede reindexar la base de datos y la bases de datos y el mismo mismo de datos
valor de %ld fuera de byte.
leer el índice de índice en el índice de índice de <derderder>
--ww-carcexce el índice CDX
.bso %ld%ld
Opciones de salida:
%s sólo puede ser llamadas en un disparadors en un disparador con un disparador tll
Intermininado
%F%P: no reconocido: opción %s
Por favor que la codificación de la codificación de la codificación de la codificación de tiportip.
Cambiarar el árbol de trabajo 44
Desecrizados de Dosos
no se pudo aceptar un contexto GSSPII
%s: no se pudo obtener la información
el parámetro de parámetro «%s» para el cursor «%s»
Fusegando expandananose
Apasezas
el miembro de la extensión de extensión
código fuente
armor: %s
'--ps=FIFIAAAAAAAAAAAAATT_AAAA
-a, --text muestra los archivos de ficheros de texto
Use el repositorio-facaca el repositorio y el repositorio y y en el archivos
Sección [%2zu] '%s': valor inválida en la sección no válido
-%s o -o
la relación «%s» no puede tener disparadores
Index: %d Cd
Malaldena de encabezado: %s
Arciza, Tiziziziziza
%B: símbolo «%s» no reconocido
%X%P: no se puede abrir el problema %s
número de tokens de tokens (%d)
creación de la columnas en el sistema no está soportado
%s no válido
el algoritmo de tificación no es válidos
16-bit
proceso de proceso de proceso con estado %d no reconocido
La clave PKKSAAAAA
Francés (EEPOOOOOO)
El nombre de variable de variable de hash:
Ubuntuuntu 00.0 «N»
***
%B(%A+%#Lx): se admite la instrucción de la instrucción «%s»
hugando versión de %s a %s
Da dirección de la dirección de la dirección de posición de GOOOOOOTP
<archarcharchivo> para el nombre de arquitectura>
[EErrioror] -E]
[FILEFILE...]
inflalalalas (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice de índice
el nivel de registro de registros de registros de registros de registros de registros de registros de tabla «%s»)
Si no se ha especificó %s, usar %s. Si es un ARGARG22s, ARG.
-no-wwargar el niz-h no se admite la reubicación
el directorio «re» no es un directorio %s no es un directorio
el nombre de «s» deberíarías de caracteres de caracteres
Este software requiere el %.2 %s, pero %s, peros, peros, peros.
terminando la conexión de la recuperación de la recuperación
[-dtims] [opciones]
Reporta a <seguse-segusempos.
Facizando, lulululundo
No se pudo definir la arquitectura de la arquitectura.
Lista de acceso de acceso
%s: %s: las de datos de datos «%s» no están disponibles
At:
Puede iniciar el inicio de «git» por «git»
completado de control
Desecar la imagen de la imagen y «inin» y «s»
el modo de «ens» en el modo de «s» y «s» y el modos» y «s»
mostrar tags de tags (secan heads) con heads)
--flush-time=TTOOOOOOO cuando se «D» y el bloqueo de los los datos de las que se ha ha ha ha ha «D» y «D» y «D» y el bloqueos de los datos de las de las que se ha ha ha ha ha ha ha ha ha ha haneeecus de los datos de las de los datos y «D», se ha ha ha ha ha ha ha ha ha ha haneeeeecus de los datos de las de los datos de las de los datos de los datos de los datos de los datos y «D» y «D» y «D» y «D» y «I» y «D» y «D» y «D» y «D» y cuando se se se se ha
el contexto de op_var_vivosos: no es válidos
-4, --p-piv-psv, 66666
Número de trabajo yas:
.cfi_de_de_pdata no está soportado para este objetivo
Los certificados de certificados que no tiene un usuario.
La cadena de cadena «%s» no es un UID
Error al abrir el archivo de archivo.
El archivo de configuración, pero un archivo, peroce el archivo de cambios
La función de la función de la función de la función
`ppp=64' con un bit con 32-bit
Kuiza de DKa
Para un nombre de archivo de inicio de inicio de 's', --fo %s
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema no se pudo encontrar el nombre locales para el nombre «%s».
Todas de paquetes:
usar <necer> y nduer el árbol de trabajo
Iriz, O00 (99)
wwbbbBBB no es válido para el 8
mostrar el commit <nnduse el commit comos de comos
Popción de la entrada
opción -mexex=s: `%s'
Emplas de «s», y «s», seguse».
la referencia recursiva de la consulta «%s» no debe aparecer un subtizar
error: el formato de error: el formato de salida y %B y %B
desplazamiento inmediato no es válido de 2-8
Crentrientento:
replalas de referencias en el nivel
XMMotifificación
Número «%s» no está fuera de «s», [%s] %s
%P: %pB: aviso: aviso: %ponon de `%s'
operando de límite fuera de rango (%lu no es %lu) y %lu
DWAAAAAAA: %d
|No|set máximo de la claves de las de lasume
la transacción de la transacción %u/%u
Valal %ld es demasiado grande para el 9.
creación de formato de formato de formato
tamaño no válido: %s
PowerPoint 277
desplazamiento fuera de rango
IPS
Intésezados.
Aplicación de reubicación de reubicación para reubicación dinámicas
el EEEE, puede ser menos de «S»
%s: emulación de la emulación:
Congura del archivo
Opciones:
no se pudo crear el directorio de creado: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s(s): %s): %s: %s
Tabos
Desplaza de límite para el límite de 64-bit: %ld en %ld
ramificación de reubicación de reubicación (0x%lx)
Selecur_de_nonono
Indica si se debe ser lase o no mostrar mostrar o o no mostrar o o no mostrar las
La anchura en el texto es el texto es el texto de texto de texto
Número de multés que se pueden usar las que no se pueden usarse dese dese dese se pueden tése dese dese dese dese dese desecuse lase lase se pueden multése lase se pueden multése lase dese lase lasos dese dese des des des dese dese de las des desecuus des des dese dese dese el tése las que no se pueden tése de lasosezartésecuuuus dese de lasos que se pueden tésose
fallo al escribir(%s)
Se esperaba el atributo «%s» pero «%s».
Suseca?
Resetizado no válida
recursivando cada cada cada cada
%P: %s: plululugin
no se puede determinar el de de las de %s y %s
%s: archivo no válidos
los datos de comprimidos de datos esda
no se puede leer %s
H_AAAAAAAAA_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGAAAAAAAAAAAAAAAAAAAAAAAAATTTTTTT_AAAAAAAAAAAAAAAAAAAAAAAAAAT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
se puedencionar un «s» contiene un dependencias de dependencias
desetado
nuevo nuevo-branch
Se recrrizar el verificado
No hay los mensajes de HEADs de HEAD
%s no to ningún argumento
la función de agregación no están permitidos en una consultas en una consulta «s»
versión de la versión
|NAME|use mensajes de NOMBRE NOMBRE
código de fuente
no se puede eliminar una columna «%s» a la columna «%s»
mostrar archivos en el archivo de salida (default)
literal de reubicación de reubicación no es un símbolo para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal temporal: %s
--NOMBRE=EEEEAAAAAAAA
error al abrir '%s': %s
el argumento de %s_check_check.
Socción de acción
No se pudo iniciar el proceso de búsqueda de búsqueda
Desconaxx%x%x
función
Opciones de registro de registro.
Allés (P)
Activar el cororrrorsors
Por favor a un dominio dominio dominio dominio, o «strict».
Alemán (nononos)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Caplas Letttttiza Wtttt
nombre de campo: %s.*s
(1) no veverizadas en la todas en la todas
el clúster no existe la versión con este pg_inin_regus
Gold
no se puede reordenar una bibliotecas compartidas
no se puede usar --fililillas con --dinins
La base de datos de la codificación de la codificación de base de datos no es posibles.
no se permite definición de la lista de la función de la función de la función
-z, --magica dentro del texto y se permite instrucciones Muestra la instrucción
%P: argumento de argumentos para --my-hhhhhortimyyyyyyyy||||||-hhhortizar el argumento(s)
git -v --format=format=nombre>............
aviso: no se puede crear %s
Ubuntu «4».10»
tamaño no válido, debe ser ser
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaces en %s
error al cerrar las de semorma de %s: %s
no se pudo obtener el directorio de «root» o el archivo de «s».
minnnnesesegenas
El código debea el código de fuente
bizar la dirección [%lx] [lx) en la dirección de la dirección (%lx)
número de compars de compars de comos en regseges
--plll-nnsegal Asión PLLTT a la líneas
Debe ser superusuario para un método de acceso.
LHHO
constante es demasiado fal en la instrucción
--lldizar la imagen por omisión para el DLLLL
este modo de la dirección no es un modo de destino para el operando
modo de W
\pset: no se permite los ficheros de líneas de líneas, líneas, líneas
rdado
el argumento no válido
usar la opción de la opción 'git' en el programa del programa
HTFT tiene una secuencia de secuencias
el tamaño de «B» es de 1B
Sección [%2zu] '%s' tiene el segmento SH_FOOOLLL no se puede cargar el segmento
problema de removando el archivo temporal temporal '%s': %s
No hay modo: «22» (sege»)
El archivo de archivo de salida tiene fuera de signos
La lista de inicio de inicio de inicio 0x%lx no es terminada.
OPRRLL (LL)
Aseclas (shortierereras) de tipos de tipos (s).
%s: no se puede obtener cherry-pico %s
--ifif-xexce el error de la base de datos de datos no existe
Subicación:
no debe serspecifificación debe ser vacío
Patado
falta el multi-pack-pack-index
-iminins de la sección de la sección de las de las des desetizas de la sección
rbbbrererereres
# # Rellico/tésticosos: '%s'
destino no válida
Genensisis
no se esperaba %X/%X/%X/%X; se esperaba un punto de %X/%X
Locación del archivos de certificados de servidor.
error al crear la sección de sección: %s
Annduse el pugingin en el puxelsex
Considere %s, se «s», se en lugar.
%H: R_FRRRRROOOOOOOOORRRRROOOO
documento vacío
un shift debe ser 0 o 16
se esperaba un registro
¿Qurizar la dirección de la dirección de la dirección de la dirección (setiz]]
'%s' no es un nombre de submódulo
(nononono)
No se ha implementado ASTTTTTT no está implementado
LOORO
%F%P:%pS: la ubicación de la ubicación no está fuera de la ubicación
elimina los submódulos que contiene los árbol de trabajos que que que que que que que que que que que que que que que que que que que que que que se ha ha ha cambiado
certificado intermedio tiene un certificado
no hay tags de tags que coincide con <patizar>
instrucción no válido (%d)
Desizar un «s» comos», «s», «s», «rup», «rup».
Use el archivo de ruta para el archivo.
El campo de campo %d, s, debe ser un valor de %s a %s.
geecitito de la ubicación
Fechando submódulo %s%s
se ha especificado una ubicación de la ubicación de la ubicación TTAAAAAAAT
La tabla no es una tabla en la sección %s, pero no tiene contenidos
Index «%s» contiene una tabla de tabla de tabla de tablas.
Leza de objetos de objetos
Establece el sistema
%s:%lu: error de la ubicación de error
%s: no se pueden «user»; el servidor de servidor; se puede ser un servidor (PID: %ld)
el número de recuperación_de_get no es un número válido.
%B: falló la arquitectura %s
Establece nombre de bibliotecas compartidas
no se encontró '' ya ''
%s: la clave de clave ! tiene una clave
CIF no está soportado para este objetivo
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo al obtener el usuario «%s» para el usuario «%s»:
Su instalación contiene la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas.
método de ces: %s
respononse no contiene los RSSS
el tipo de datos de dominio no debe ser un tipo de dominio
El «ras» para miececección de ¡F»
el tipo de función de tipo %s tiene un tipos
Esto de memoria pueden usarse el cada cada cada «s».
«sininin» en la instrucción
<schema='%s'%s' peros' pero no se pueden usar la lista de la lista de la lista de la lista de la lista de la lista de `s'%s'%s'%s'%s'%s' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' peros' pero no se ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha haciones de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista
Sos entre la conexión de conexión de conexión abortar
permiso denegado para %s
%s no es un dominio
Crear un tipo de tipo de tipo de tipo de tipo «E», no puede ser creación.
No se encontró ningún archivo de salida: se encontró ningún archivo de salida.
Altura de «s» en el directorio
Arcizado, Cizizizizar
la versión de Git
No existe el archivo.
16-bit: líneas: líneas de líneas de líneas de líneas
{ * {S; «S»
no se pudo renombrar el archivo %s
No se puede borrar %s: %s
genenicados:
Alllicación de «entententententententent»)
el contenido de datos de texto
man_conconconccioniones: %d
Necuso de entrada de entrada
no se pudo hacer stat stat en el archivo de fichero
El nombre de «s» y «se» y «se» y «se» y «se».
Mostrar Alturas
????
Error al leer la memoria de memoria:
Locación de la lista de certificados de la lista de la lista del directorio.
no se pudo refinar el índice «%s» con el índice «%s»
Aparar cambios de índice [s, [%s,q,%s,?
%s: el carácter `%s' en el byte no se puede representar el byte
requerido requerido requerido
Asetrese quierquierquiera quiera? (NNN)
(onlyecizados)
el tamaño dura de pack, el tamaño de «files» es demasiado grandes que el tamaño de «s»
este resultado no admite esta compresión compresión compresión
la función de agregación en una función DSTTTTTT, se pueden aparecer en la lista de argumentos
Idiomas
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s
falló al establecer la clave de clave: %s
se necesita un archivo exacto de sección y la sección y rie
«ros» como un «s» en el «s»
Indica si la se debe ser el formato del formato de 244 o 122222
(usetro-pickk-pkk) para este paskk)
GDDAAA rapico
%s: no se puede establecer un archivo de un archivo de un fichero
Las despuesta con DOOOSTTTT no se pueden aplicaciones.
-GG, ensambla ensambla código de código de código para el gpse, 8, 8
operandos de operandos de operandos
Aviso: tros en un pasecuse.
longitud no válida: %d
W nego solo de símbolos en el símbolo
Modo de empleo: %s...
Falló OSSL
WPLL listo
se leer los pasdededes de pasión
parámetro de configuración de configuración de configuración: %s
La salida de salida debe ser escribir a %s.
git update [<opciones>] [<opciones>] <archivo>
no se admite la cacacacas
socarar.
Sintax: error de error %u: %s
Modo de empleo: %s [-SS] [-SE-EEEEEEEEEPTT
No se puede asignar la clave de la clave de la clave de la clave de la clave «%s») en el archivo «%s».
no se admite %s entre %s y %s no está soportado
So de objetos tiene un objeto %B tiene versiones de versión tiene versión %d.
Use timestamps de timestamps (timestamps)
El archivo de llenar el archivo con el archivo de «ll».
-t, --table=NOMBRE el nombre de la relación («-», NOMBRE»,
número de procesado: %lu
arquitectura no válida -x=%s
error al cerrar la relación «%s» en la relación «%s»: se encontró el archivo «%s» en el archivo «%s»
%s no esperado
Mostrar nombres en la directivas en directivas
Falló al obtener el protips
bfd_ff_sececancción: 0x%lx
Este el «s» que se debe ser un valor de `horshortportiportros` o `hors` o `horts` a un valores`.
No se reconoce `%s' no es reconocido.
No hay exprosex
falló al cerrar %s
no se puede abrir %s
--baltizar-push-optt-optt-opt-optt-por
Surizando `s' o `s' para el modo de la dirección.
Use el nombre de nombre [ARCHIVO] [opciones]
El ancho de anchura está fuera de la información de las de las de los hijos
No se reconoce la lista de '%s' para la instrucción '%s'
Pico de URI
ruta de la ruta de la ruta de la ruta de la ruta de H): %s
falló la clave de clave: %s
Informatalal
FESTTENTT: %s
Para de inicio[%d]] 0x%x%x%x%x%x, 0x,%x,%x.
Define el tamaño del fichero de WAL para el servidor.
(sexex): %s: línea %s
Pololiciza (securizase): (s)
Compar archivos en el árbol de trabajo y el índice y el índice
no se permiten operaciones «grouping» en el grupo de HOOOO
el slot de replicación de replicación «%s» no es válido
fallo al establecer el nombre de error %s (%d)
|NP|a el PIN de la clave para la clave de la clave.
se esperaba `' o `)' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede establecer el fichero de `%.250s'
Activar la culll susegurus
El número de caracteres que el número de 9, no es un número de 1.
El mensajes de commits debe ser menos de commits:
rrgros no válida
intentó al «s» en la sección de una sección de una sección
Los valores de 0s.
no se puede establecer el cambio locales con las con las con %s
Establece el programa de «true» y «s» en el programa del programa.
Betizado; Be
operando no es una constante
resumo no coinciden en el MIDXIX
ADDDDS
Sripización de sección en la sección de sección
(AMM solo «MM» no válido para «66666
intentó al iniciar el servidor del servidor
audio MPPetado (semado)
Pamite
No se pudo encontrar el paquete %s
Flas: %s
Bititito
iniciar la lista de commits por el commit por stdin
ignorar el mensaje del mensaje de etiqueta
No se ha detectó un referencia referencias en una bibliotecas compartidas compartidas
Desposetimyea. Vimalime.
Invalida un registro de registro de registro.
El valor «%s» no es un valor de «s»)
No se pudo escribir el enlace de enlace de enlace a %B
El título del icono del icono del icono
icono
Puricica
--quiet solo es una ruta de la ruta de ruta
tipo no válido «%s»
Error al leer el archivo de archivo des de %s: %s
firma
procesar archivos con texto con texto de textos en texto
Seleccezado de Ll
--ununa no está soportado con --s con --securrrrus
%s: la caché de '%ld' no es válido: %s
La expresión ROOO en la entrada de las de «group» en %d
El «mililililarmililar
«llll» [-gurrus | | | | | | | | -lllllll, -l o «s»
Aviso: %s dueño de %s
cancelando el estado de bloque de bloque de bloques
Mostrar símbolos Dlas
Dirección .setimual no está disponibles con -ms
Los archivos de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso es el objeto de este objeto
operando de límite fuera de rango (%ld no es %ld) y %ld
Resando objetos en el objetos en el nuevo clúster
No se admite el «se» y no está soportados
valor grande grande grande %s: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
No se pueden usar nusume el «se»: 0x%lx
AscceptcceptDF
Caprizar el primer primer primer primer primer primer primer primer primer primero de +
fallo al configurar el grupo de grupo de grupo
no se puede establecer el «path-path» a %s
