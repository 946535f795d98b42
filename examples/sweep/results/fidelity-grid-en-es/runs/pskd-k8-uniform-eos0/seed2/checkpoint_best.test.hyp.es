Si el botones de los botones de menús deben en el botones en el botones o no
Indo-EEsecias
no se pudo crear el archivo '%s'
El dominio de dominio de dominio, o dominio NULLL a dominio
%s no pueden ser una función a una función
se descarta
resamando '%s' a '%s': %s
-n, --quiet muestra los cambios de las de paglas, --verbose muestra los paglas
no se puede usar la expresión de subea
Dasisables «s»
El archivo se ha modificado se modificado comos
(nununatiue)
Excionalsión
número inesperado `%c' en el tipo de predicado
Error al abrir el archivo de fichero: %s
Modo escribir el proceso
firmas datos de datos de datos PAAKA
%B: %#Lx: aviso: símbolo in sección inesperado
no se puede crear el archivo %s
ACulas
Error al menor el tipo de %s: %s
pushse especificada para '%s' no puede ser '%s'
Mon-K-shhoras
la base de datos %s
No se pudo obtener Danano
clase de clase no válida
Por favor WAL en la clave de claves de clave:
--cea la rama de rama
Establecendo el contador de minxid en el nuevo clúster
USRR, República de lavisión SUoceciaciación SEs
Indica si se deben líneas de líneas, líneas, «arararcacizargarcacas, en la líneas
Captruptos «hhhhh» (hhhhhhhasectos)
La secuencia de la secuencias Xlla del servidor
Cdrom con Ubuntu 9.10 Kos Ko
Tawanano
las opciones -C y de la opción -1-ca no puedennnnnnnn utilización de las seseciones de las utilizados de las de las de las de las de opciones
Mover el archivo de un directorio o un directorio, o un directorio
Necho de píxicosicos de dirección
Panama rama Zanano
El número de registros que seguización de la pantalla.
Vierazados
La especificación de saliza el formato de caracteres de multix; se descartar un nombre de multiz, -m, -m, -t, -t, -t, --print-ca un nombre de mult, muestra el nombre de caracteres de mult, -mse el nombre de multal, --help Muestra el nombre de t, --printes de niv, -v, --help Muestra el nombre de multal como el nombre de multal como el nombre de caracteres caracteres caracteres caracteres caracteres caracteres de ne un nombre de caracteres de niv, -v, -m, -v, -m, -v, -t, -v, -v, -v, -v, -v, -v, -v, -t, -v, -v, -v,
el archivo comprimido, pero hacer que no soportadas de datos que se puede serdaseáááás
Crollos y pids, pids
línea de línea no válida en %s
no se admite la crizaseza las URL no seguizadas
Tipo de Lime:
salida de página en la página de páginas enINDGG
Sección [%2d] '%s': tabla de dispersión para el símbolo %zu de símbolo %zu de símbolos
No se permite un valor 's' por por el valores no está permitido en el valor de caracteres en el valor «%s»
destino
Xfortien alias
barra de core y una orden en modo de 32 bits de 32 bit.
¡F: se admiten iprusen
No se ha detectado el árbol de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGBFFOFFT_ST_FIF, no está presente el símbolo «%s»
el tipo de operandos no puede ser purededido
inicia_pipepepe:
no se pudo encontrar el primero el primero GMST
Operación no válida: --at=SH=SO con --atimistizada
leer la ruta especificada del archivo de la ruta de archivo
no se pudo iniciar %s
No se ha registrar las que se hanguimados en ningún elemento «%s» para el «%s»
Uso: %s [opciones] [(ad)](a(s)](s)
la opción '-c%s' requiere un argumento
No se reconoce IN_INT_FIGFF
No se ha definir una definición de símbolos sintivos en el fichero de nombre de fichero de nombres
la opción --no-conflict-conflict-s requiere --no-netros, --sert-ro-ro-ros, --s, --setruert-net-net-net-nnneténnnnnnnnnetrueraténeténaténe --se --se --se --se --se --version o --versiones de la opción --no-nne --se --se --set-conflict-conflictse, --se, --help M Muestra la opción --set-conflict-conflictsetrurue, -- -- --se, --no-nnetrual --setrulase --no-conflictsisisisisist
clave %s: la clave «%s» firmado
versión de índice %d
Desconos de protocolo
Francés (talal)
ncaseza de ventanas de ventanas de ventana
-a, --allalles la base de datos
<sa índice: %ld> %ld
El valores «in» para el valoresmin» para el valor de «se».
«%s» no se puede crear el crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malala cabecera de la cabecera: línea de nueva línea
--no-ifififificación-secizadas en el modo de timestamps
Síse de elementos en el elemento polol
no se pudo actualizar lasional «%s» o 'git rebase'.
-ma=<<<<8> C143333338: tipos de tipos de 33444, tipos de 33338, tipos 33333333338: tipos 8, tipos de 8, tipos 833333333333888888, tipos 333333333333333333333333336, tipos de tipos de tipos 8888, tipos s de 888: tipos 8, tipos 88, tipos 8, tipos 33333333333333333333333333333333338
<lal>
Se esperaba un argumento de un argumento PRROO
Tipo de %s no implementase_en() en el GNIsección
fallo al analizar %s
Madica
la instrucción no admite esta dirección de esta dirección
aborta la transacción actual
skipidoido: %s
no se admite '%s'
El número de registros a un widget a un widget
omitiendo «%s» (LSN de %X/%X/%LSN de %X para el valor de LSN de %X/%X)
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
El respuesta OCSP no es válido
Cdrom con Ubuntu «10 «10»» con WWWtargargargargargo
Marcando %s
disciminiminico que cero
El inmediato está fuera de rango 055555
-f solucililo no pueden utilizado con -harglas
Macutos deshoros de ficheros de salida
%s requiere un valor
Lista de opciones XKBBB
se han escribir el mismo mismo mismo registros
%B: número de reubicación no válido: %d
Akask22
-X, --exclude-dir-soribos=STSIAAAAT
tipo %s: tipo %s
diversión locales para %s
clave %s utiliza una clave %s (%s)
abortido por por el fallo de la legado
la instrucción requiere el índice
debe ser sparse-check-check-check para resapar un registro patésión
no se pudorr el tablespace para el tablespace de %u
--stace <size> Establece el tamaño de la pila en la pila
no se debe usar el modo de índice en el modo de índice
atención: %s
resando OCCSP '%s'
valor de campos/ta de campo «%s» fuera de límite: «%s»
define un operador de operadores
no se admite la sección en %d: %s
Incasex_lax_presepar_las (presecedededede %d).
Internta: error de opcional: «%s» = «%s».
Dacuar transferencia abortado.
Bulsersens
documento de documento de documentos
sección 0 en la sección de grupo [%u]
refsh_h_hor_hos
%s: se detectó un registro de «%s» para el registro de la hisión %d: %s
Versión: %s
Vie nombresos
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no admite un tipo de datos %s
no deben consetienta un sentes de un /la (s/s/hh/s/s)
Error al Intartización SD
-, --help[=help=help=[s, o ayuda]
Verroltica de jusal
Símbolos de instrucciones para instrucción
no se puede borrar lavie «%s»
la función «%s» debe ser irizada para la función de la función
Cambiapando instrucciones o instrucción
no se pudo analizar la lista de INDAIC
valor válido para '%s': '%s':
Colésticas de la cabeceras de lítén lís
el huse no está soportado en este procesador
Mununtar como de YY
No se encontró ningún símbolo de sección en la sección de sección
Establece el número máxima el número máximo de multéémente.
Modo de empleo: %s [OPCIÓN]... [OOOROO]
delimitado_arcacacla
el archivo «%s» no contiene una cadena NUL, pero %s
cliente un cliente no válida de mLAS
caracteres inválido
Establece la PRORRRMM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes mensajes
%s: Interterfo desconocido
(pfixicara «gitgit» y 'git --continue)
redo no es un requerido
Cifizado (comprimido comprimido)
no se pueden tener el argumento de %d
%s necesita un parámetro parámetro parámetro
Se abregación .brechación; la sección .pendivación; segura del .bbbo de .bivación; .bbresevación para .breffffasececue la sección
Dirección de tabla:
Actualizar (P)
El repositorios que se ha cambiar el repositorio
<unund>
--entryentry <cer si si si la entrada SLLLLL
cambia la definición de texto en texto
no se puede kezar el inicio %.250s
error de sintaxis de nario «%s» inesperado
Aplicarás de los tiens porguidos por commits
Los valors valores entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
Mencho de pososeulo nada
AVISO: la clave no es un firmado con firma de confianza de confianza!
el nuevo nuevo pg_data_dataicación del segmento no es válidos
%s: no se puede encontrar sección %s
no se pudo escribir '%s'
El nombre del icono del icono el nombre del elemento
LDAP «%s» no existe
no se puede cambiar el tipo de datos de datos existente el valor de parámetro
Tempo de recario '%s'
El primer primero la ruta de la ruta de los conflictos
Establece la desplazamiento de desplazamiento entre segmentos de desplazamiento y segmento deonly
la relación «%s» ya existe en la relación «%s»
El opción -l ya -l se debe ser un nombre del archivo .lle en el nombre de un nombre del fichero local.
no se permiten función de función en tran no se permitennnnnnn en una expresión de expresión de expresión
Kurdio (SS, FS)
activo activado
Establece el tamaño de la tabla de la tabla de tablas de tablas MUBOOERER
Sis deseme a la salida a la WAL «%s», elimina el directorio o el directorios».
|ause-log-tros|-ttros|B
fuente (nle: %u)
AVISO: los directorios en el directorios en el directorio de configuración '%s'
Quís de un paquetes
-m[no--]%s1--EEEEs/nne %s
Catado
Actualizar el acceso y la fecha de acceso y el FICHERO
los mensajes de purimiento pluego del C#' pero el formato del C#
Ezzio
%s: fin del fichero de entrada inesperado
el contador de registro no puede ser HCICHTTIIIII ... ...
\pset: se permite la línea de columnas de columnas de columnas de columnas:
No se recomendar este elemento de software para este software.
-d, --dbname=BBBAADO a la base de datos para la base de datos «%s»
no se esperaba un contexto en un contexto de una línea de contexto de contexto
%B: reubicación ps-rettivo contratración de reubicación %s
no se admite la dirección de «t»
El firma probó una FOR es un FORYYY.
el ordenamiento «%s» para la codificación «%s» no existe
Ausente coma coma como después de como.
%s MiB no es el memoria. El limita %s está en %s.
|UVUUP||bítuico para la claves de clave
cancelario por el usuario
Kusiza de nus
word word es demasiados de índices
República de Número de Neige
Exectando el primer argumento de argumento
el nombre del valor simbólico con el nombre de `pico no debe ser usado
-P establecer una contraseña a la contraseña a un servidor de servidor
Alemán (Bone, la registros)
puntero de registro de registro ZZ
.end' con la directiva .entecededido
Rununa en el pg_base o pg_téén «base».
Seleclaza: Cara no válidos en valor dentro de la %#x.
%s y explicos y el nombres son muícitos
skipiando esta instrucción en esta instrucción
símbolo%d
-33 crea el fichero de 32 bit bit bit de objeto objeto objeto bit
OP_ROlog_ROlogos enlogo lu (lu)
el modo (%o (%s) no coincide el modo %s (%s)
nombre de el, nombre %.*s
[ARGS...]
no se encontró la sección en segmento dinámica dinámica dinámica
Necesita autenticarse al repositorio
Necesita autenticarse para el sistema.
la constante desconocida '%s'!
compendar <mar> en el árbol de trabajo «-»): «-» (pe»)
la función de ONFCCIONF no pueden usarse con tablas con tablas que pueden ser ser UPDATE
[ac] de pila]
no hay argumentos para el argumentos para el cursor «%s»
Desconcono %s en la orden %s
la columna «%s» de la columnas de la columna «%s»
proced_de_regado
%X%P: falló: falló la clo_inuplo: %E
INPTUUT ... ...
no puede ser grupos en el grupos de grupos
%B: utilizar diferente diferente diferente de las de lasconconcional (%s)
debe especificarse la ruta de(s) para la ruta
%X%P: la sección tiene la sección %s y la sección %A.
ID de clave de clave %s)
Funcción de la interrupto.
--%s" en el argumento de «m» y el argumento (b») y el directorio)
Este no se permite al modo %s en modo %s.
no se puede abrir el fichero temporal %s
El modo de modo se han encontrarngues
conectar la base de datos a la base de datos «%s»
-h, --hhanume muestra la salida de salida de salida enume
fin de mensaje inesperado con el largo de longitud word word
No se encontró instrucción
No se admiten en modo de nucan el modo de trabajo. Mizargado
la opción SP: --apusama coma una capururiza de lavis de SP
Mecla de lasión
.def_OGOOL contiene un destino que que el objetivo
Manacano
Francés (Dakor)
el valor escapes no pueden usar un valor para el valor de códigos cuando se puedenar un valores.
%s: no se en el archivo de histogramado.
iniciando el archivo de WAL en %X/%X (lo %s)
No se encontró ningún XPM
se esperaba 64-bit SID de como de coma flotante o estilo de como de como de preca flotante
Tipo Oplas VSAArizados Mizarglas MSA
codificación de datos de codificación
documento de entrada de entrada MMMMM
El aplicadas por omisión para GDD
Este Este tilidads sólo pueden usarse %s de versión a %s.
Quito:
no se puede generar el código de código de código de desplazamiento framamama
free: inicio y el tamaño de inicio y el tamaños
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se puede leer el socketr el socket: %s
constante falló (con) falló)
SH_OL_LLLY_STENS (ST; se pueden usar la consulta en el resultados (S)
Este nombre de etiquetas o inválidos contiene un nombres. Por favor, comos, «n»
no se puede usar esta instrucción con esta instrucción
el alternativo %s no se puede ser al tizar un «s»: %s
%s: no se puede abrir el índice de índice
la instrucción '%s' no puede ser ejecutado.
conjunto por omisión por omisión a la rama por por macizar
Aute el pack en el repositorio de optiminimina.
Rehusando GIF
el tamaño máximo de la base del fichero de datos de datos %s
%s no existe
-COOUU5 ensambla código para el objetivo SOUCUUCU
%B: no se pudo leer el tamaño de memoria compartidas %#Lx para %#Lx de los símbolos %#Lx
Falló la clave de la clave: %s
firma de firma de firma
Necesita autenticarica localeses y imagen.
Tracción de YMMMMMY
Los archivos de '%s'.
Por favor el número de componente de componente ajo:
No se ha tiene un trose de comillas comillas comillas comillas.
República de Guclas
Nwarguigo (SS/7)
definición del mensaje de mensaje
Bur paquetes
STC_NPROP_S (SSS)
Replicación de / Seriprita
Mununs comos de tios
no se puede tener columnas de columnas en la columna %d
formato de mensaje inválido
directorio de control tienen %s (3333337)
El número máximo para el valores devolviminido ap_rese_regen()
%s Ex Ex:
ignorar refs que conca>
Triininas rigos
límite
3 está fuera de rango
-f, --fifijose el campo=SIAT; el campo de la opción -s de la líneas (S)
no se pueden verimir
Ordando la opción:
Guso de tipickl
desde_mite
Modo procededido (no)
la definición de la lista de la lista de columnas no es una función de la función del tipo como nombre
no se puede anizar el fallo en %s para %s
valores de la claves valores sin sintien «%s»
Activarado
Inptés yas:
tabletabletablec
Reserver «end» para usar (end)
la reubicación tiene la reubicación %zu
splitIncexiones de las cortos de '%s' y debe ser valor de '%s'
SCRAM SCRAMs no válidos (sec)
buga: tokens incorrectantes
debe ser de configuración de búsqueda en texto %s
%s no está soportado en modo MI1
Error de longitud inválido: la cadena de la cadena inválido.
Anigua y Bario
sólo se admite un elemento de «%s» para el elemento «%s»
-n, --ser-sertuse el nombre de los nombres de los nombres (secor defecto, --print-PID, --se el nombrese el nombres de los nombres, --help Muestra los nombrese el nombres de los nombres de los nombres, --help Muestra los nombres de los nombres de los nombres, --verbose muestra los nombres (s de los nombres de los nombres de este nombres, --help Muestra el nombres, --conconconconconconconconconconconconconconconconconconconconconcontratratratratratratratratratratratratratratratratratratratratras, --s, --s, --s, --s, --se el nombres de los nombres de los nombres de nombres de PID, --s de PID,
imagen de comprimidos de comprimidos
no se pudo encontrar el ID %d en el archivo del archivo de entrada no se puedenar el archivo de entrada de entrada de entrada, se puedenizar el archivo de entradasezar el archivo %d
documento de «cke»
Sercedido el fichero de mue: %s
No se pudo conectarse el archivo %s
recibido datos para el archivo de datos «%s», el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: error al código de código %d
%s: el valor para el campo `%s' no debe ser mayor que %d
Soulo Ruias
firmas de paquetes de firmas
tradililo(s) a agregar
El paquetes son son mágus que se timir como refs.
se recibir los datos del datos del GSSPSIG
Sistegados
No se ha actualizando la configuración de %s no es válidos. Por favor con la configuración
Realimiento
el árbol de trabajo copia de trabajo '%s', se puedenán usarse las de las de usuarios des
«%s» no puede ser menor a «%s»
Direcdo no encontrado
No se puede verificar un archivo stdin/
-E, --dinduece la base de datos para la base de base de datos
Sección [%2d] '%s': contenido de sección no se puede obtener contenido de sección
\echo [-e la cadena [OPCIÓN] [ [OPCIÓN]]]]] (nnnnne)
Necesita autenticarse para cargar el cos que muertérupo para cargarupos.
los arrays de arrays de arrays debe ser unidimensional
No hay secuals devirals
Ksids
no se admite la entrada de entrada de entrada cuando no está soportado
Critado a la cadenas que se puedenarar la cadenas aplicaciones de tra través de través de través de través de tra tra trannncción.
It debe ser un símbolo «ak» o la función de símbolo.
Ubuntu 5.0044 tiezación de 'll'
Tipo de protocolo de protocolo de versión del 1d.
Indica si se deben mostrar mostrar los widgets en el widgets
Clolonla de CG
Euro en ro4
el longitud .COMMM (%lu) fuera de rango
CT_LT_ST (STD)
El socket «%s» en la ruta de dominio "%s" es demasiado grande (de %d bytes)
%s tiene la función de la columna %s pero %d
Mostrar un mensaje para el botones de los botones de los botones de preprobo de los botones de los finals de prepos de prefilas
Si es posibles que el nombre de la clave que peros que peros que nombres que se pueden *sizario.
Farpe del hijo
Runa similar:
No se puede procesar el proceso de proceso
No se puede abrir %s (%s).
No hay ningún.
se hanegado el permiso de tablespace «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar: %s
FORECHAA ún array
--replication de replicación no se pueden usarse en ro
La etiqueta de índice de índice no válida
Quizar consulta consulta consulta (set)
Xnigo
Mistrantes en atributos de atributos
el fichero `%.250s' es corrupto («ll»)
Dribibibiiza
Tipo de «shamin»
se ha agregar el tamaño de la dirección del tamaño de bit
Aplicación: %.*s
Guso: valores pg_control:
*** *** *** ***
la opción de destino no admite la opción push
Celstica de sís
el tipo de script de script
terminar las entrada con el byte
fallo al leer el directorio de trabajo en %s
En la directiva %u, no se puede obtener el nombre de '%c' no se puedenar un campo.
Crización de Consa
--no-prón no se pueden usars de replicación
subproceso de error al crear con con el error %u
ubicación
No se pudo cambiar el nombre de la líneas por un directorio. Por favor en el directorio de línea dentro dentro del directorio
emplea -mcpu=arm26
error en el archivo de cache '%s' para lectura: %s
tiempo de zone de rango fuera de rango
fallo en el nimux_ccción: %s
-F, --format=FMMCTER el fichero de `s' (por defecto)', --s')
D válido: %s
archivo de archivos
Alemán (aducra un guto)
no se reconoce el tipo devolvió: %d
Desostretretura
Ralalimito
<%s> ya se ha especificado especificado
%s0.0 todos los índices de versión del índices térás de índices.
Bep cuando una clave es un primero es una clave pres
Modo de empleo: %s...
Mostrar sólo se símbolos definidos por símbolos
sipizar todos la líneas de inicio y líneas
No se pudo hacer stat en %s: %s
\g no escuido por un nombre de un número de un número de raracla, o pololololololol, o pos, trrrrrrrrrupososeclase el número de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un número de un número de un número de un número de un número de un nombre, o pos
emplea NOMBRE como un archivos aña un archivos añados
código usa un programa de 26-bit
Replicación de /subrización
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada de la entrada «%s» en el servidor «%s»: %s»
no se pudo crear la restricción «%s»
nombre de nombre
muestra los cambios con la rutas con la rutas
no se reconocar un parámetro de «%s»: «%s»
%P: el NOMBRE no debe ser vacío
el cursor «%s» no es una tabla UPDATE de la tabla «%s» a la tabla «%s»
Implas (inina, con teclas muertas)
no se pudo eliminar 'gitgit rebase'
%s ver un archivo de base de base de texto o es un fichero de texto.
Vimar no se puede cuando se puedenar
el ONONFFIC no está soportado en la tabla «%s»
%s: -d requiere activados SELinux
%B: número inválido M33333d: %d
syncando el directorio de datos
%s: no se pudo «reg» con un exec»
No se pudo recar la sección dección de la sección de resorto.
NT_V_SMGSMMMMMMMA (ST)
ausente .endificación para .end
no se insecnar la terminal de %s [%C] [%s]
luico
No hay ningún expresión regular
protocolo
Arbruro
Noneso
ONON COMMIT se puedenn utilizados temporal temporal
no se puede abrir un bfddico %s
Sauiien abililio
%s: falló
Frrego un coloro un colores (po un GdkColor)
procededido de parámetros OUTENT no se puede ser un valor de un valor de un valor de parámetro
eval: máxima el nivel máximo (%d)
Tabulla de ll
[inddite no interizada en las]
Necesita autenticarse en el logo local.
no se pueden copiar los datos de `%.255s' para %s': %s
Falló al cargar «%s»: %s
%s prepend» en %s
se esperaba un nombre después del nombre «%s»
directorio de entrada inesperado «%s» en %s
no se puede usar el índice «%s» no es un índice «%s»
%d-graph de registro de registro de registro
durace el ipción de ix
No se admite el dlinks, no se admite el ke %s.
la secuencia «%s» sólo soportadas»
--dedefica de los símbolos del ficheros de cada cada símbolos que se hanunezarzados de cada símbolos de nizados de cada símbolos de cada símbolos de cada símbolos de nezados, --tartartartartarget-regicos de cada símbolos de cada símbolos, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarget de cada símbolos de cada símbolos de cada fichero (regicos de cada fichero de cada símbolos de cada fichero de cada fichero de cada símbolos, --tartartartartartartartartartartartartartartartartartartartartartartartartartartar el nombre des
Indica sido
%B(%A): una tabla inválido
Este algoritmomomo en planos con planos de búsqueda de búsqueda en tiempo tiempo tiempo tiempo de búsqueda de búsqueda.
reserado (vercan el nombre o tipo de función)
Aplicación de Profile
Finalima de columnas en la columnas de la columnas.
-q, --quiet solamente
Mó el tipo de tipo
falta el archivo Ckkk_REL
el sistema está leer la conexión de la conexión de la conexión de la conexión a la conexión de la conexión del sistema
nombre de macro inválido en la ruta de salida: %s
Car contraseña: %s.
no se permite un registros en lista de registros
%s: fallo al leer el contexto de los contexto de los contexto de %u: %s
Para un plano de planos como de cadenas
%s: se «mamamas» con módulo %s: %s
Indica si secuar el contenido de texto existentes
no se admite la murose no está soportada como activado
%d está fuera de límite para el límite para el parámetro «%s».
número de campos incorrecto de líneas en la línea
Exporta SMBMMLLs a tablas
no se pudo escribir el programa: %m
Indica si se deben los tamaños deben los tamaños
Su cambio locales para las siguientes de los archivos de los archivos de commits de commits des.
No hay seleccionando «%s» para '%s'
No se pudo crear un servidor de «s» en el archivo de los archivos de usuarios del clúster clúster clúster clúster antiguo.
se hannn denegura de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos: '%lución del símbolo '%s'.
comporta «%s» no válida: «%s»
El criveriza la clave para el archivo «%s» en el archivo «%s» y el archivo «%s».
nombre de inválido%s: el nombre «%s» no puede ser menos «-hhhh» (pr»)
-p, --port=POORO un servidor (por base de datos: «%s»)
--staciona de la pila para este objeto
no se pudo encontrar la variable «%s»
fallo al obtener la distribución de `%s': %s
Verificando el usuario para el operador de operadores definidos por el usuario
`EEElff'
Sección [%2d] '%s': referencia de la sección no es cero
versión de array de array: %u
%s: aviso: el nueva nueva nueva nueva
el «0» debe ser «P» de «P»
sección: 0x%08x%08x%08x: 0x%08x%08x
ser peras como minuste
no se pudo recomendar la configuración de configuración
No se puede tener un servidor de un servidor de este servidor
%B(%A+%#Lx): %s
Indica si se debe deben aplicar el grupose los grupos de grupos
Falló el nuyo: %s
gucililo: '%s'
La expresión %s requiere una expresión
Formama de estado
no se reconoce un valor de la función de agregación «%s» para la función «%s»
No se pudo abrir la conexión a la conexión de conexión: %s
el directorio de datos «%s» tiene un directorio
Usasións en su lugar.
error al definición de la función de la función `%s'
el fichero de codificación de codificación no es válido
Lada en el texto del texto por el texto
Locción de las de archivos de ficheros de configuración.
%s: ICCF Connguigado en %u(s)
define una función de función de agregación
Los ficheros de archivos
no hay índices de índices.
Se existe un «tos»; un nuevo nuevo nuevo n».
Verificando aplicaciones en la aplicación
VERSION %d
Indica si se deben usen un número de pusexión de este número de este número de este número de vos
%B: fichero mmo inválido: el nombre para el nombre de fichero de nombre %d
Nusecla (Masease, sin teclas muertas)
mimamamir en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL en %X/%X/%X/%X/%X en el timeline %u
Descono locales de %d
socket inválido: %s
Zoser el nivel de nuse el nivel de cero, el nivel de cero
Los archivos ficheros en el paquete %s (%s) ...
Define el formato de salida para el byte.
-m[A], --format-DA] --format=ENAAAADDENA]
El firmado con la clave de firmado.
socket
atención: la línea no es reconocido: %s
República de Gana
El argumento de cadenas a los argumentos que seguros que nombres que nombres de argumentos.
falta la versión de las comillas (aumum)
%F%P: falló bfd_bfd_ff_fforsex: %s
csv_set_ld ldldsplalas para el formato de salida (SVVVS)
No hay UID/raraza UID en el límite de límite (ST_STFFIFIASTER)
no se puede optizzar el «p» de una «n» [nombre» de root»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(ininal-base para git-base para git
El número de corimina la salida del archivo de INICIP «Ix», el valores de «Ex» y el número de la salida».
error al «timestamps» de `%.255s'
%B(%A+%#Lx): CME no es válido para la %#Lx de reubicación «%s»
símbolo "%.*s" se encontró la secuencia de secuencias de secuencia base de secuencias de secuencias de secuencia «%s»
no se pudo final del archivo «%s» en el archivo «%s»
de orden de orden fuente %d
Revisación de Acción de Acción
valor de configicación '%s' para '%s' en submódulo %s: %s
desconocido:
El servidor HTP de un servidor no válida en un encabezamiento de cabecera
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió los datos del datos del GSSPSIs de resión GSIsión
Tipo de reubicación %s
Error al establecer el tipo «%s»: se esperaba el tipo de «%s» pero no se obtuvo «%s»
leyendo perexclude-directory <fichero> en registros <file>
fracción del valor de bit fuera de límite
No se pudo obtener el atributo de los archivos de %s%s:%s
-e --output-x-name <nombre> Generariza un fichero.
Eca la cadena de cadena debe ser vacío o un carácter.
`%.*s' ya se en el *
corruptos entre memorias de memoria compartidas en la transacción para la transacción %u
usuario no válido
falló al dueño de %s para %s
Excar un argumento argumento argumento de ARGuse la orden de ARGu, o es una orden de ARGux.
debe especificar un campo de la lista de caracteres, o la lista de caracteress
datos de cuando sa
no se pudo analizar HEAD
El nombre de inválidos «%s» no válidos»: horororora «%s» (por defecto)
inconsistenciaia de %s en %s: fub_type %d
Ko (Brazar)
.gta '%s'
Crrienta de Color
no se admite la versión de las téncionales de versión de versión de versión de versión de versión: %u. Por favor, «s» para la versión. Por favor, tr»
Selección de la cabecera %u: %u 0x%x%08x%08x
la opción push no debe usar la líneas de líneas no deben líneas
no se pudo iniciar el tial
Esto incilla de $il_ilo
--use-sak=S «S» para la función de «SHAN» y el usuario.
Preparado
-t --fijo <fijo> <fijo <fijos> a un nombre de un nombre de un nombre de archivo.
versión de los datoss de versiones
%s: o: «%s» para el *sal «%s» ya en el Z %u: %u
no se puede reindexar la base de datos y una vez de datos
valor %ld fuera de byte fuera de byte.
leer el índice de índice del índice <der el índice <directory>
--warccar las de índice CD-DDX
.bse %ld%ld!
Opciones de salida:
%s sólo se pueden especificarse en un disparador en un disparador rupto
Interminado
%F%P: la opción de opción: %u
Por favor el codificación de la codificación de la barra de timin».3333333333//tiportiporortims//--reportip.
Cambiar el árbol de trabajo para cambiar
Esosecimona de Dininina
no se pudo aplicar un contexto GSPSIA
%s: Teea de autenticación
el valor de parámetro «%s» para el cursor «%s»
Fuizazando expandanse de expandano
pabres de nchantes
identificados de extensión de extensión
código fuentes
ar: %s
'--ps=FFIFRT_ST_STERERAAAT: falta falta el argumento
-a, --text muestra todos los archivos de textos de texto
Usac-fac, repositorio y ficheros en el repositorio
Sección [%2zu] '%s': valor inválida en sección no es válido
-%s
la relación «%s» no puede tener el disparadores
Inde: %d Cd Cd: %d
Maliza de cabecera: %s
Se abiliza, Tizar-Aiziza
%B: símbolo «%s» no se reconoce el símbolo 0x%s
%X%P: aviso: problema el problema %s después de abrir %s
número de tokens (%d) de tokens)
la creación del sistema no está soportado
invalida %s
cificadicación del paquete no es válida
16-bit
subproceso de procesos con estado de proceso %d
PCCCIC ibbi8
Francés (BOOPOF)
#es de variable de la función de la variable de la variables: #
Ubuntu 4.0000
**
%B(%A+%#Lx): %#) no se admite la instrucción contrado
hugando versión de %s a %s
Da dirección de posición de la posición de fendient, DO GOTP
<archarch> ensamblador para el nombre de fijo>
[rrrrrrrrd]
[FILEFILE...]
inflaz en el retordo (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice tretree
targets de registros de registros de registros de registros INGS (US) para la tabla «%s»
Si no se ha especificado utilizado %s, como %s ARGu ARG22.
-no-w-arpen-hi-hizar un conjunto de reubicación de reubicación no está desactivado
el directorio «re» no es un directorio %s no es un directorio
nombre de«e» en el nombre de lasión de caracteres locals
Este software requiere %s pero %s, pero el sistema.
terminando la conexión de conexión de la recuperación en la recuperación
ayuda [-d] [-d] [opciones] ...]
Reporta a <bsegurigra>.
Faluree,
No se pudo establecer la arquitectura ya de arquitectura.
Listado de acceso de métodos
%s: trancción de los datos de los datos de `%s' no disponibles
Atiz:
Se necesitaza "git" en cuando cuando seguar "gitos"
completado de control
Manabe definida en la imagen ya de imagen de imagen y imagen
condenscededido en el modo de los símbolos que se ha cambiados cambios y cambiados
solo mostrar la etiquetas de etiquetas de heads)
--flush-time=TOOMEME cuando se cuando se hanizar las de los símbolos des des des des des de los datos y cuando se hanecionales des des des des des des des des des des des des des des des des de los los datos y cuando se hacutartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarget=NOMBRE los los los los los los datos y   flush y los los los los los datos y «IDDDUUUUUUUUUUUUUUTTTTIDDDDDDDENENENENTTTTTTTTTTTTTTTT
pop_var_text: no se puedenar el contexto de contexto de contexto de contexto
-4, -p-ppiv-46- búsqueda en el socket -v66-sv6-f, en el socket
Número de procesos de procesos:
el precfi_f_data_data no está soportado para este objetivo
El certificado del usuario o revisado o revisado.
La cadena «%s» no es una base de datos
Error al escribir el archivo de configuración.
Mona un archivo de un archivo no es un archivo pero cambios
El fallo en la función de la función de agregación
`g=64' con 32-bit con 32-bit
Kuecario
Se elimina un nombre de archivo de inicio de 'ose-fose, --fo '-fose-fos' para '-fo para '-fose-fose-fose-fose, --fose-fososefose-fose-fosose-fose-fose-fos' para el nombre: %sose-fose, --ose-fo el nombre de nombre de nombre de nombre de '-fose-fose, --ose, -- --ose, --tartartartartartartartartartartartartartartartartartartartartar el nombre de nombre de nombre de nombre de fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero
Mostrar los programas del programas
ID de usuario: «%s»
El sistema no se pudo encontrar un nombre del sistema locales para el nombre locales.
Para la estructura de paquetes de paquetes:
usar <s> nucera el árbol de trabajo nada
Irás, 9 (99)
«bbbbbB} Se usada para el valores de «v» y terv»
muestra los commit> comos de commit comos comos comos
Popopupupa contrado
-mevex= no válida: `%s'
Emilililosos, sucecizar lasión de «s».
el referencia recursiva a la consulta «%s» no debe ser usada con un subclave
error fp: el formato de formato miegución de %B y %B
el desplazamiento inmediato de desplazamiento no es válido
Criententes de reentient:
replala de referencias de ser «in»
XMotififificación UL
Número «%s» no está fuera de «%s» [%s]
%P: %pB: aviso: el common de «%s»
operando de rango (%lu no es %lu (%lu) y %lu
DWARFIF: %d
|N|inice máxima de la clave SHSH tés
La transacción %d/%d/%u
Valal %ld es demasiado grande para la rama de 9-bit.
creado de formato de formato de formato
tamaño no válidos: %s
PowerPoint 2000077
desplazamiento fuera de rango
IPS patchos
Intéseza de trabajo.
Aplicación del valor de reubicación de reubicación para reubicación
la TRUEifififico que se puede «S»
%s: emulada de la opción:
Conge el archivo de ubicación
@plicación:
no se pudo crear el directorio: %m
no se puede crear el directorio %s con el directorio %s con %s
%s%s:%s): %s: %s
Taboso
Opciones fuera de rango para el límite de bit: %ld en %ld en %ld
rama (0x%x0x%x%x1x [-1x%B)
Seger_for_nono
Indica si el borde no debe ser o o o o o o
La anchura en texto estado el texto estilado
Número de multénuse el peros que se pueden usarse las des des des des dese las des des deseguizarios des des des des des des des des des des des des dejununununununas que no se puedenunununas des des des des desecas des des des que se puedenarios.
falló la escribir(%s)
Se esperaba el atributo de atributo «%s» pero.
¿neca?
República no válida
recursivona a cada cada cada cada
%P: %s: plu plugingin
no se puede determinar el de %s y %s
%s: archivo de especificación no válida
el datos de comprimidorupto
no se puede leer %s
DAT_ST_GST_OOOT_RELADGGGGGGGGAAAATT
sólo se puede setiense un seneneseseses
astes
nuevo bit-branch
Se resectadosectador
No hay los mensajes de mensajes de los mensajes de trabajos
%s no toma ningún argumentos
no se permiten función de agregación en una consulta no permite una consulta «s»
versión de versión de versión
|NAME|use mensajes de algoritmo de NOMBRE
código de fuentes
no se puede un sistema a «%s» a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación no válida para un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=CUUUEA de parámetros de configuración
error al abrir '%s': %s
argumento a %s_check_check_check.
Socción de la compleción
No se pudo iniciar el proceso de búsqueda
Desa etiqueta 0x%x%x
función
Operación no válido.
Allnés (P)
Activar la corrinas de coras
Por favor, dominio dominio stricto stricto stricto strict.
Alemán (nonos)
se esperaba ROM o ROM ROM
el slot de replicación «%s» no existe
Capla de Lfatul con CWt
nombre de campo: %.*s
(eecer el reserado) para la crizada)
no existe la versión de la versión cons de versión con pg_rereglas
Goldario
no se puede asignar un clúster de unlogo delogos
no se puede usar --filililillas con --fort
El base de la base de datos de datos no es posibles.
la definición de la columnas de la lista de columnas no está permitedas
-z, --magica de texto y instrucciones Ma el texto y instrucciones de instrucciones de instrucciones de instrucciones
%P: argumento --m-hhhim-hh=C||rararamiza||||||||-himimizashizazazazashimizazavizazazazaza el argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumento
git -v --format=format=format=<nombre>...
aten: no se puede crear el directorio %s
Ubuntu «4.10s»
el tamaño no debe ser valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el enlace simbólicos %s
error al cerrar el de errores: %s: %s
no se pudo obtener el directorio de «root» para el archivo de certificados de certificados.
mietiens de nusens
código deectar el código fuentes
bana dirección [%lx): [lx [lx] no es un resultado actual actual actual actual [%lx
coma flotante de comparga flotante en fsión
--pl-net-nnegnal PLLT
Debe ser superusuario para un método de acceso.
LHCCo
constante es demasiado grande
--lllló la imagen por omisión a la imagen DLLL
este modo de esta dirección no es un operando para operando para operando
W de modo rapado
\pset: no se permiten la líneas de «s», segal»
rden
el contexto de argumento no válido
La opción de establecer la opción para la opción del programa
HFTT tiene la secuencia de secuencias
conminicación pack no es cero MiBiBiB
Sección [%2zu] '%s' tiene segmento SHO_ALCC pero no estilo cargar el segmento cargar el segmentos
removando el archivo temporal temporal temporal temporal «%s»: %s
No hay un modo: K2 (segunda)
El archivo de salida tiene fuera de stana de salida
La lista de inicio de inicio en 0x%lx no está definido.
OPR_SL (SLL)
Aslas (hhortado) de la listas de listas de listas de listas de tipos (nos s s tizadas).
%s: no se puede cherry-pick-pick %s
--ificet-x no es un error de base de datos de datos nizada
Subecto:
el ruc no debe ser vacío
ajusa
ausente multi-pack-pack-index para pack-pack
-iminst-rruy=<s||rumpose la sección de contenido>
ribrererepes
# Smpica de /ténticos: '%s'
destino no válidos
Gensislas
el punto de fin de %X/%X no es un punto de X; se esperado %X/%X
No se admite el certificado del servidor de servidor.
error al crear la sección de sección %s: %s
Anchchura del prizos en puxix
Considereando %s, está «ch», en lugar de core.
%H: R_F_FROCCT_FICHOCCT no es una instrucción a una instrucción
documento vacío
se debe ser 0 o 16 o 16
se esperaba un registro
¿Quiza resultado de esta dirección (sevalal][setiz]
'%s' no es un nombre de submódulo
(nono URL)
No está implementado ASTTERIONT no está implementado
Líne de archivo
%F%P:%pSe una ubicación dentro de la ubicación no válida
elimina los submódulos del árboles de trabajo en el árbol locales
certificado intermedio tiene un certificado
no hay etiqueta etiquetas de tags>
instrucción inválida un tamaño de (%d)
Empizar un double de un double (priza «%s», crupto) «%s».
Utiltilo para el archivo de ruta para el archivo.
El campo de campo %d, valor debe ser un valor %d debe ser un valor debe ser un valor de %s a %s.
geo ubicación del sistema
Fechando submódulo %s%s
se ha especificado una ubicación del TTARTAA
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inde «%s» contiene una tabla de tabla de tabla «%s».
Lura objetos de objetos
Establece la fecha del sistema
%s%lu: error de la ubicación del error
%s: no se pueden «user»; un servidor de servidor (PID): %ld)
la recuperación_tar_tar el número de búsqueda no es un número válido.
%B: la arquitectura de paquete %s
Establece nombre de biblioteca compartida
no se encontró 'y' de ''
%s: Esta clave de claves está fuera de la claves para la claves!
el CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al leer el usuario para el usuario «%s»: rejerado
Su instalación contiene un archivo «s» en el tipo de columnas de columnas de columnas de columnas de columnas.
Aces métodos: %s
respononon no contiene los RSASS
el tipo de datos de dominio de datos no debe ser binario-atado
El razados mishhracción de !-!
el tipo de recibido %s no coinciden con el tipos
Esto cada memorias pueden usarse cada cada «s».
para la restricción de contración de la restricción
<schema='%s'%s' pero lista de la lista de `allall=' peros'%s'%s'%s' peros'%s' peros' peros'%s'%s' peros'%s' peros' peros'%s' peros'%s' peros'%s' peros' peros'%s'%s'%s'%s' peros' peros' peros' peros' peros'%s'%s' peros' peros'%s'%s'%s' peros' peros' peros'%s'%s' peros' peros' peros' peros' peros' peros' peros' pero no
Se abortar entre la conexióndores de conexión de conexión porqueque la conexión aborta
permiso denegado a %s
%s no es un dominio
Crear el tipo de tipo como, tipo juncizar un tipo «D», puede ser creación.
No se encontró ningún archivo de salida: existentes.
Ceratés dentro del cursor
Arbiza, Hiziza
a versión de versión de Git
# no existe el archivo.
dueño_b_b: línea de líneas de líneas
: {B; «S»
no se pudo reopen el archivo %s
No se puede borrar %s: %s
genenés modificados:
Alllcenticación (entifientificación)
el límite de encabezado de los archivos de datos
ma_consect: %s
Nea entrada de entrada de entradas
no se pudo hacer hacer stat de ficheros de archivos
Se usa el nombre de la dirección ya del fichero de tientes de configuración y timinar el nombre del fichero de tiententes de configuración del fichero.
Mostrar cabecera
¿?
Error al leer el segmento de memoria:
Scación de certificados de revo para la lista de certificados.
no se pudo refinar el índice con el índice «%s»
Apar el índice de índice [y,q,q,q,%s,?]?
%s: el carácter «%s» no se puede ser un byte con un byte
se hanita desión
Asetres de tivía? (s/N)
( sólo se hanecización)
revisando el tamaño, el tamaño de pack-filese un tamaños que no es más grande que que que que que que se nus que se hane el tamaño de este tamaño que el tamaño que se hane el tamaño que es mayor mayor que el tamaño que el tamaño que el tamaño que el tamaño que el tamaño que el tamaño que el tamaño que el tamaño de rus que el tamaño que el tamaño que el tamaño de ««es que el tamaño que se ha ha ha ha ha ha ha ha ha hanecus que que que que que el tamaño que el tamaño que el tamañoseces que el tamaño que el tamaño que el tamaño que el tamaño que el tamaño de ««es que se han».
el IN no soporta compresión gpizizimiento
en la función de agregación con DSICT, DICTY, Y, Y
Descización de los Is
seleccionar el ID de usuario
este mensaje del mensaje no está utilizado %s en %s
%d en %s:
fallo al crear la clave de clave: %s
se ha especificar un archivo exactamente el fichero de sección y riminito
destrivo un «ros»
Indica si la cloloculo en 24 o 242222
(usece cherry-pick-pick)
3rarapicados GDic
%s: no se puede asignar un fichero dentro de un fichero deonly
Vizace con la reglas DININST se puedenargas.
-pG es ensambla código para el ensamblador de códigos por defecto, 8 se 8
operandos mie operandos de operandos
Aviso: tros interos de unpashos.
longitud de longitud inválida: %d
sólo se encar un símbolo peros en el símbolo de símbolos
Modo de empleo: %s...
OpSLL
AWLPL plas de plist
leer de pasdesegos en pattern
parámetro de configuración des siguientes siguiente: %s
El salida de salida de  escribir %s a %s.
git árbol de trabajo [<opciones>] <path>
no se admite el rocatro
sarar.
Sintax: %u: error de error %lu Incizada
Modo de empleo: %s [-SI NOMBRE-SEC-TTEREE-TER-TER
No se puede analizar la clave locals para el archivo «%s» en esta clave «%s»; el archivo «%s»
la conversión entre %s y no está soportado %s
Sour el objeto %u tiene versiones de versión %B.IAIAI %d la versión de versión %d.
Use timestampse al archivo (por defecto)
Filla el archivo conversión de «ll». Por favor no es posiblezero o 'git'
-t, --table=NOMBRE la relación ( relación, la relación)
número de proceso: %lu
la arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: no se encontró la relación «%s» en el archivo «%s»
%s no existe
Nombre de símbolos en nombre de directiva
No se pudo obtener progus
bfd_ff_secan la arquitectura: 0x%lx
Este software proverice `hortiportiplas` no es un valores.
La opción `%s' no es reconocido.
No se eproxtros
falló al acceso a %s
no se puede abrir el directorio %s
no se pudalizar la «-»-»-op-por-in»
Suando `pi' o `s', se admite la dirección de modo de modo.
Use [stalal [opciones] [opciones]
La anchura de salida vacío vacío vacío vacío que el hijo
No se reconoce operando '%s' para la instrucción «%s»
Pítuicos
la ruta de la ruta de (%du, SH): %s: %s
falló la clave de claves: %s
Información
CESTEST no válida: %s
Para de inicio[%d]: 0x%d: 0x%x%x, 0x,%x%x%x%x,%x.
Define el tamaño de WAL en el servidor para el servidor.
(ñaxión de la línea %s: '%s'
Policaso (recizica): nénununun)
Compar archivos ficheros en el índice y el índice y el índice
no se permiten operaciones «E» en el grupo MCHOOTENA
el slot de conexión de replicación «%s» está fuera de la base de la base de datos «»
Falló un fallo en la sintaxis de error (%d)
|N||ratiza una clave de la clave para creada.
se esperaba `, `)' o `)' en el registro de «%s»
Los listados de paquetes.
no se puede ejecutar el fichero de `%.250s'
Activar la cullico de cul
El carácter que el número de caracteres que no es un número de %u; no es un 1.
El mensajes de commit debe seráááás:
sururos no válida
intentó al intentar la sección de coma flotante en la sección
El valores de funcionaliza la fecha de 0.
no se puede especificarr el cambio locales con %s en %s
Define desactivar todos todos todos todos los programas por el valores dentro del programas.
Becuy; Bie
operando no es una constante
checksumume MID' con el MIDX y bits de X
DDDDDS
Stipr símbolos en la sección de sección
(AMo sólo mostrar los ficheros des des (por16667)
ignorando iniciar un servidor del servidor
audio audio PP: (amina)
Cami
No se pudo encontrar paquete %s
Flas: %s
Bititita
iniciar la lista de commits por defecto por lista de stdin
ignorar mensaje de tag de tag de etiqueta
No se encó una bibliotecas de bibliotecas de bibliotecas compartidas en bibliotecas
Desplazación Sos Salim
Caca un registro no válido.
el valor «%s» no es un valor «%s»
ERROR: Se intentó el enlace de %B con un «B» con la arquitectura %B
El nombre del iconodede este icono
icono
Paldica
--quiet solo es una ruta de una ruta de la ruta de la ruta de ruta
el tipo de almacenamiento «%s» no válida
Error al leer los archivos de ficheros de %s: %s
firma
procesos con fichero fichero ficheros sin fililivillas
Seleectado de Lenguaje
--unce no está soportado con --re-resecrizadas
%s: el caché «%s» no es válido: %d
La expresión de «O» en las entrada de talal %d
La orden si similililar
killaspec [-gu | -l segu | -l o ll]
Aviso: dueño de «%s» en %s
cancelando el estado de bloques por el locks
Mostrar nombres de nombres
Etiza .uyoseminico de la opción de opción de opción
Read-only-only
no se pudo actualizar la arquitectura de arquitecturas y nar
El acceso del objetosible a este objeto
operando de rango (%ld) no es %ld) y %ld)
Rehusando objetos en el nuevo clúster
No se admite el directorios de las ún no está soportado
el valor de entrada %s: %s
no se pudo crear el directorio de dominio «%s» en el directorio «%s»
No se pueden /flosume no pueden usar 0x%lx: 0x
DcceptcceptIDF
Capseciby; el primer primero S+++++
fallo al configurar el grupo de grupo de grupo de grupo
no se puede establecer el path de %s a %s
