Si el botones de los botones de los botones de los botones no deben en el botones
Incapaz de las de rolpes
no se pudo crear el archivo '%s'
La dominio a dominio a dominio, o dominio o dominio o dominio
%s no puede ser una función a una función
ignorado
resamando '%s' a '%s': %s
-n, --quiet muestra los mensajes de supilentes, --verbose muestra los patiplas
no se puede usar la expresión de reubicación en la expresión
Dasistimir los nombres de nombres de «s»
El archivo se ha modificado ningún archivo de modificado
(nunasecuertado)
Excionasión
el tipo de caracteres `%c' en el tipo de tipo
Error al abrir el archivo de tras: %s
especificar un proceso proceso de proceso
firmas de datos con Pabidadas datos
%B: %#Lx: aviso: aviso: sección en sección
no se puede crear el fichero de fichero %s
ACo deARCH
Error al leer el tipo de tipo %s de tipo %s: %s
push fuera de push '%s' no es '%s' para '%s'
Mon-K-shorrizas
la base de datos %s
No se puedenar el Danano
clase no válida
Por favor que seleccionado de la claves de claves de claves:
--tenece un nombre de rama
Establecer minexid en el nuevo nuevo clúster
USRO, República de SUS, República de Sos
Indica si se debenar la líneas de la líneas, nizas enccuar las de la líneas
Caprclas para la claves Sifick (shhhhk)
Tecuiza el servidor Xizado
Cdrom con Ubuntu 9.10 Karmicar Ko
Tawano
las opciones -C y -C1--as1-ca no puedennnn utilizarsesesesese utilizados de las de las de las de las de las de las opciones
Mo renombrar un archivo de un directorio, o un directorio
None poxita de ppsicos
Pama de ramaseegal
El número de registros de registros que sega la pantalla de bloquees de bloquees.
Viezados
Intizción de formatos por el formato de niminime, -t, --ce el nombre de multizados por un nombre de multizados por un nombre de caracteres de caracteres de caracteres de je, -t, -t, --s porquequequequequequequequequequececección de caracteres de caracteres de n, -t, -t, --s, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartar el nombre de caracteres de niz, -talalalalalizados por por por el nombre de las por el nombre de n, -t, -t, --s de caracteres de caracteres de las de caracteres de caracteres
el archivo comprimido, pero hacer que pero no soportada el «l»
Crollos y pidgins, prulls
línea de línea de línea no válida
el Wll no todas todas en URLs no es válidos
Tipo de time de tivos:
salida en la página de página de INCOODO en elIN
Sección [%2d] '%s': referencia de dispersión de dispersión de símbolo %zu de índices
Se permite el carácter 'cape' no se permite un valor de caracteres en el valor de caracteres
destino
Xfortialias
core y los argumentos en la opción de 32 bits de 32 bit bit.
el fuient: se admite el oplado
Auto de catos de trabajo no válido.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GSOFFF
operandos de operandos no puede ser en el tipos
inicia_depepepepe: pgtado
no se pudo encontrar el primer OMMS en el registro GT
Invalida no válida: --atro=SHSASAASA
segmento de ruta de la ruta de la ruta de archivo
no se pudo iniciar %x
No tiene un cargargurimiento de «%s» en ningún elemento «%s»
Modo de empleo: %s [opciones] [(s)](s)](s)
la opción '-c%c' requiere un argumento
No se reconoce el INPT_GFIGFF
No se permite una definición de los símbolos con un ficheros de definidos en el ficheros -v, --pos
las opciones --no-conflict-s requiere --no-insetérs o --sy-se, --setéru-se --se --setrse --setu-setucace --se --setérinsetruuuet-setrienset-insetrset-innnnnnnnnnnnnnnnnet-set-seté-setruuuuece, --print-conflict-conflict-conflict-conflictse --se --se --se --se -- --setizacatiz --s requiere requiere requiere requiere requiere requiere --s requiere requiere requiere requiere requiere --se --se
clave %s: firmado «%s»
versión de índice %d
Se especificó ningún protocolos
Francés (pal)
Raciea de ventanas de ventanas como una ventana
-a, --allar la base de datos de datos
<je de índice: %ld>
El valores «in» para el punto de «se» de «sece»).
'%s' no se puede crear '%s'; se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malalización de la cabecera: en la línea de la línea
--no-ifififica de modo-secizadas en el modo de timestamps
Stye de elementos en el elementos de pulos
no se pudo actualizar las calizar las WAL en 'gitción o 'git rebase'.
-mab=<<<<<8: tipo 88, pero 8888, tipo hh6, pero 8, tipo hor defecto, pero 888888888888, pero 8, pero 8, tipo hh666666666, pero 8, pero 888, pero 3333333333333333333333333333333333333333338, tipos de tipos de tipo de tipo de tipo de tipo 8888.
<lal>
Se esperaba un argumento de PRRROO
Type %s no implementa el implementa de las implementen() en el GIDDección
falló al analizar %s
Max Tacción
la instrucción no admite esta dirección de esta dirección
abortar la transacción actual
kipido de clave: %s
no se admite la revisar '%s'
El número de registro a un widget a un widget a un widget
kipización de la ubicación (LSN de WAL %X debe ser mayor o %X)
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu ««al»».10»
Marcando %s
discriminicos que el cero
El inmediato está fuera de rango para 65555555
-f-acuilro no puede ser usado con -fhhar
Macortos deshora de archivos de ficheros
%s requiere un valor numérico
Lista de XKBB
se ha escribir el mismo que el mismo mismo mismo mismo mismo que el registros
%B: número de reubicación no válido: %d
Inca de k22
-X, --exclude-dir-dirdir=SIAATTAIA
tipo: %s
versión de locales a %s a %s
%s utilizando la clave %s (%s (%s)
abortedido por el fallo de abortado
instrucción requiere el índice de índice
debe ser un registrose a un registros en un registros que seguartados
no se pudo eliminar el tablespace para %u no se pudos
--stace el tamaño del tamaño de la pila>
r2 no debe usar el índice en el modo de índice
atención: %s a un punto de buye
husando OCSP '%s' en '%s'
el valor de campo de «d» fuera de rango: «%s»
define un nuevo operador de búsqueda de operador
no se admite la sección de la sección en %s: %s
Incetres max_sex_secace %s (s).
Intertern: errores: opción de errores: «%s» = «%s».
Decar transferado de transferado.
Bulsertes
documento de documentos de documentos
sección 0 en la sección de grupo de sección [%u]
refsh_h_de_h_h_sh_sh_sh
%s: se hacen un «b» abensecensecación %s: %s
Verado: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
el operador de operador «%s» no tiene un tipo de datos %s
Padulo no debe ser un «s» (sh/hhhh/h/s/s/s)
Error al analización SDD
- - -, --help=help=help=help] mostrar mostrar ayuda de ayuda
Verticostica de juste
Símbolos usados de instrucciones a instrucciones
no se puede eliminar el «vivivisde»
la función «%s» debe ser farado para la función
instrucciones de instrucciones de instrucciones ocera
no se pudo analizar la lista de la lista de secreto «%s»
valor de opciones para la opción '%s':
Columne la cabecera de resión a tkls
el huge no está soportado en este procesador
Munun una hiRRCLLPYY
No se encontró los símbolos en la tarjeta de la sección de sección
Define el número máximo de un número máximo de trabajo en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OOORORORORORRROROORRRRROO]
decer_arccacterar
el archivo «%s» contiene una cadena NUL no ha terminado %s, en %s
cliente un cliente de cliente un clientecional no válida
caracteres inválido
Establece la PRORRRRM a un enlaces
@%s no es un reubicación.
Generando los mensajes mensajes detivos
%s: Interterterta de un directorio desconocido
ignorar conflictos de «git» y continue)
no se requiere el revisado
Cifizado (comprimidotizado)
no se pueden usar un argumento de argumento de %d que el argumento
parámetro %s necesitar un parámetro parámetro
Falló un rebación de la sección .bación .pendextura de .bido a través de .bido
Falta de tablas:
Actualizar (Petik), Nacuer NL)
Descar el repositorio de registros
<unund>
--entry <entry-cepepepes de los puntos de entrada
cambia la definición de búsqueda en texto
no se puede establecer el iniciar el inicio %.250s en el iniciar
error de sintaxis de «ar» en el elemento «%s»
Aplicación del tintrontrontrontroduse el commit
Los valores son debe ser «%s» y «%s».
no se encontró ninguna de entradas
El tamaño de objetos
Menchose el nivel de 5s
ATENCIÓN: la clave de confianza no es un firmado con un confianza!!
el tamaño de pg_data_data antiguo y el tamaño de la relación no coincidentes
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de «mó el nombre» en el elemento
LDAA de usuario «%s» no existe
no se puede cambiar el tipo de datos
Tamaño de reinarios de revisado '%s'
El primerocera la ruta de la ruta de la ruta de la cacertó el conflictado
Establecer la desplazamiento de desplazamiento y el segmento de memoria y segmento de segmento
la relación «%s» ya existe en la relación «%s»
La opción -l y el argumento de la opción -l y el fichero local. El fichero locales. El archivo se ha especificado en el nombre de fichero locales.
no se permiten en la función de función de agregación en la expresión de trannnnnmorfororor
Kurdio (S, riaiaiaiaia)
activado de activado
Define el tamaño de la tabla de tablas de tabla de tabla de tabla de memoria MUBB>
Sis deseme a los directorios de WAL «%s», o eliminadas».
|adurit-retís|-culs|cul
(compleles: %u)
AVISO: se hane el directorio de configuración en el directorio de configuración '%s'
Quito de paquetes
-mno-[%s1-7] %s
Catát
Actualizar el acceso y la modificación de acceso y la FICHERO
los mensajes de los mensajes de purime el formato del C#' pero para el formato .#
Ezio
%s: fin del fichero de entrada de entrada de entrada
contador de registros no puede ser HCICICTTIIIST
\pset: la línea de columnas de la línea de double de double, línea de double
No se recomendó un elemento de software para este software.
-d, --dbname=BBAADA a la base de datos a la base de datos «%s»
no se esperaba un contexto de contexto en el contexto del contexto de contexto de contexto
%B: psecla-tttivos con símbolos dinámico %s
no se admite la dirección de la dirección «t»
El probando probamente un YERGER.
el collation «%s» para la codificación «%s» no existe
Mismama de comando comacuer un bientes.
%s MiB de memoria memoria asignado. El operando de memoria %s es %s.
|UUEEA|use el pulica una clave de clave
cancelado por el usuario por por por el usuario
Kusos de ius
word es demasiado grande para el índice
República de la corigigiger
Exionando el argumento de argumento
el nombre simbólico con el nombre del rango de `picpick no debe ser usada
-P de la contraseña a una contraseña a una extensión de servidor
Alemán (Bonese, tizacue la lista)
puntero de registro de registro Z
directiva .ende un preciente una directiva .c'
Runa en pg_btiza un directorio de datos pg_CONTROL.
Rewar: Tipo de imhano: valores de la %#x.
%s expl y el nombre de archivos son mucues de nombres
kiendo «p» en esta instrucción
símbolo%d
-23 el fichero de 32 bit bit bit bit bit bit bit
OPR_RROlogos (secetival) otras)
el modo (%s) el modo %s no coincide el modo de %s (%s)
en el nombre de nombre de *s: %.*s
[ARGSSS
no hay segmento de sección .nece la sección dinámica dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
la es desconocida '%s'
compendar <mite> en un árbol de trabajo de trabajo de trabajo «p» (par»)
no se puede especificar con ONFICCIONONL o tablas que se pueden ser UPDATE o tablas
[F] pila]
no se pudo argumentos a «%s» para el cursor «%s»
Desconocar un símbolo %s en %s
la columna «%s» que valores de la columna «%s»
proced_regado_name
%X%P: falló al hash_rek_inuplo: %E
INPTUP de entradas ...
no puede ser grupos en el grupos de los grupos
%B: usar las desconocida de las desconocida (%# (%s)
debe especificar la ruta de la ruta de la rutas) para la ruta(s)
%X%P: la sección dentro de sección %s no puede ser iniciar %A.
(sinite el ID de clave %s)
Funcción de las interrupupto en el intertado.
--%s) en el argumento de los argumentos de argumentos (bos y el directorios) y «b)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo modees para encontrar con con el modos en el modo
conectar la base de datos a la base de datos «%s»
-h, --hume muestra la salida de salida de salida
no se admite el mensaje inesperado con el mensaje de longitud word de longitud word
No se encontró una instrucción
Razando no en modo de modo ruecionalizados.
la opción SP: --apasapuriza de la emulación de imur
Mambo dentro de de de de lasión
.DEFAULT_GORO contiene un objetivo que el objetivo
Managano
Francés (Dacional)
el valor de es es un valor de códigos pueden usar un valor cuando el valor de un valor de la codificación de codificación «FFF».
%s: gmir el fichero de histo.
iniciando el flujo de flujo de flujo %X/%X (tra %s)
No se encontró ningún XMPM
se esperaba un 64-DMID o como de coma flotante de coma flotante
Tipo de Desprización Vrizamiento PSASS
codificación de codificación desconocido
documento de entrada MMMM
El valor por omisión para el GD
Estentras se puede tilidad de versión puedenar la versión %s de versión %s y de PostgreSQL.
Quito:
no se pudo generar el código de «in» para el punto de desplazamiento desplazamiento
free: el tamaño de inicio y el tamaño de los tamaños de datos y diffs
Muestra la impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket a %s: %s
setscono (conconcon)
SHO_ALLLLLY_SUL o la consulta de la consultas en la consulta (SOLLLL)
Este tags de tags que contiene nombres de los nombres des.SIn, «s» y «In», «In», «In», «In» y «syyyyy», acace» y «syyy» y «In», ace» y «In», ace», «syy», comoce» y «In» y «In», como un nombrese» y «sy» y «In», «syyyyyyyyyyyyyyy», y «se», otrace»
no se puede usar la instrucción con esta instrucción con esta instrucción
el alternativo %s no puede ser como s: %s es un la de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutable enles.
establece la ramificación a la rama a una rama a un terizar
Auto de pack en el repositorio de optime en el repositorio de tizada.
Rescar el tamaño del tamaño GIF
el fichero máximo para el tamaño del fichero de la base de datos %s
%s no existe
-COUUUU5 código para el código de objetivo SUCUUUU
%B: no existe el tamaño del tamaño de memoria para el tamaño del símbolo %# %# %#Lx
generación de la clave: %s
escritura de firmado
Necesita autenticarse para revisar la imagen y en imagen de imagen de imagen.
Tipo de raciones de YMMBOL
Putar archivo '%s'.
Por favor, número de componente de componente de componente a elimina el componente:
Siniendo tiene un trocedido.
República de Guados
No hayguizar (S6/7)
definición de mensaje duplicado
Bros de paquetes
STC_NOPOPP (SOLLLLLYY en posec)
Replicación del ripriprr/s
Motiza una cotizos tizos
no se puede tener una columna de columnas en la columna %d
formato no válido
el directorio tiene un directorio de control %s (03337) y 7)
El número máximo para el elemento devolvimeeeguido a la cor_tk_se_se_regangen
%s Ex
ignorar refs que con <pas>
Inrizios riglas
límite
3 inmediato-bit fuera de límite
-f, --fifijose el campos de la opción -S, muestra los campos que no se han el campos de la líneas de líneas de opción -e el campos de opción -e el campos de la opción -t, -f, --s de la opción -fe el campos de la opción -f, --s de la opción -f, --s de la opción -f, --fes)
no se pueden veverimars
Ordando opciones:
Gures de Ptipickl
desde_mite
procedido procededido (no)
la definición es una lista de la lista de columnas para la función de tipo comos comos
falló al anizar el fallo en %s para %s
valor de claves de claves de la claves «%s»
Activar
Inpturas de salida yas:
tables
Reserveriza para usar (pendiend)
reubicación tiene reubicación %zu tiene %zu
dedededex. CIx y valor de '%s'
ressplas no válidos (nececegon (smama)
buso: ««s»)
debe ser dueño de la configuración de búsqueda en texto %s
%s no está soportado en modo «S»
Error de longitud de longitud inválido: la cadena de la cadena de la cadena de la cadena.
Aniguse y «buzar»
sólo se admite un elemento de «%s» para el elemento «%s»
-n, --serveve-sorse el nombre de tipo PID (port, --print-PID, --no-PID
imagen de comprimido de comprimidos
no se pudo encontrar el ID de bloque %d en el archivo de entrada de entrada de entrada de entrada, no se pueden encontrar el archivosezar el fichero de entrada de fichero de entrada de entrada de entrada de entrada de entrada %d-for %d no se pueden encontrar la entrada a la entrada de fichero %d
documento de «ckk»
Segurió el fichero de metata de fichero: %s
No se pudo encontrar el archivo de fichero %s
el archivo de datos «%s» para el archivo «%s», se datos «%s»
no se pudo abrir el certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Sola de Rusiza
firmas de paquetes mimas
traserer(s) a agregar a a agregar
Las opciones no hay hay un mágus que se tés que refs que tados que ténguitados que tados que tados.
se ha recibir datos de datos de datos GSPSI
Sistema de tiempo
No se ha actualizar el refizando con «default» en la configuración de la configuración de configuración.
Realización
no se pudo copiar el árbol de trabajo '%s', «F» en las de trabajo en las de las de trabajo «F»
el «%s» no puede ser narar «%s»
Se encontró ningún no encontrado
No se puede verifica de verifica de verifadicas/d
-E, --due la base de datos para la base de base de base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-nez] [ [ [ [AAA]]]]] (nneguida)
Necesita autenticarse para cargar el cortulo a la carga del carga del menú.
el array de array debe ser un array de array debe ser undimensional
No se ha excual
Kidos
elparallel de la entrada de entrada no está soportado
Critido a trasuse coma una cadena que se pueden serda como una cadena que se pueden ser comos en lascizararar
Iti debe ser un símbolo o la función de símbolos en símbolo.
Ubuntu 5.04444.
Crrió la versión del servidor. pero %d se encontró
Indica si se deben usar las deberíarían en el widget
Caraclas
Empo de ro
el longitud de la longitud de longitud (%lu) fuera de rango
CTL_ST_KL (ST) definido de la ubicación)
No hay el socket de dominio «%s» en la ruta de %d es demasiado grande (s)
%s tiene una función de columna %d pero la columna %d
Mostrar un botones para el botones de los botones de las de los botones encurosos
Si el nombre de la claves que no puedenar la claves que se puedenar la claves de nombre de usuarios en el usuario.
Falar el hijo
Ra simililar la orden de orden:
No se puede procesar el proceso de proceso
No se puedenilink %s (%s).
No hay ningún ninguna.
permiso denegado a la base de tablespace «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar el icono: %s
el ACHCONON o ún
--replication de replicación sólo puede riprónón en el tado
La etiqueta de índice %#Lx no válida
Quizar la recentado («s»).
Xigigigo
Misando el atributo de atributo mal mal mal formado
el fichero `%.250s' está rupera el archivo (tra %d)
Debibibibibib
Tipo de «shamins»
agregar el tamaño de 64 de la dirección de «64»
Aplicación: %.*s
Gusados: valores de pg_control:
*** *** ***
la opción de destino no admite la opción de push
Celticastica
shella de script
terminación de «L» con el byte
falló al abrir el directorio de trabajo en %s
En la instrucción número %u, el nombre de '%c' no puede ser un campo de nombre de nombre.
Clazados .foración
--no-pros de replicación no se pueden usarse en el tidad
error al crear el subproceso %u con error %u
ubicación
No se pudo cambiar el nombre de «us» en el directorio en el directorio de línea de línea.
emplea -mcpu=arm6222
error en el archivo de la caché «%s» para el archivo de caché: %s
tiempo de zaza de «zazas»
falló el pum_cux_sociz falló: %s
-F, --format=CCCo el formato de `por defecto)' en el valor de `C' (por defecto)', --s'
Dacción: %s
el archivo de archivo
Alemán (acade un gracuero)
no se reconoce la tabla de tabla de tabla de tabla de tabla de tablas no reconocido: %d
Fontura de tretura
Rimana
<%s> se hance ya se ha especificado especificado
%d de índice %s des «res», se han utilizar los índices des des de rizados de índice %s.
Bep cuando es una clave de la clave
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos por símbolos
kips y se descarta los iniciar la líneas comos de caracteres
No se pueden define un símbolo %s: %s
\g no escuido por un número de un número detene, o un número de racla, o un número de un número des, o un número de un número des, o pocla
force NOMBRE para NOMBRE comando un dueño de archivos añada
código usar 2-6-bit
Replicación de tubribos/s
%s: no se pudo eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción de «%s»
nombre de nombre
mostrar la rutas concus con las cambiados
no reconocido el parámetro de «%s»: «%s»
%P: no debe ser dizar una cadena que el ke con el «p»
el cursor «%s» no tiene un cursor de tabla UPDATE a la tabla «%s» en la tabla «%s»
Ista (setuine, con clavesetados.
no se pudo eliminar el árbol de 'git'
%s es un formato de base de datos de texto o una base de datos.
Viezaza tizazaz no es posible
el CONONFFICCCONON no está soportado en una tabla «%s»
%s: -: requiere el Linux de Linux
%B: número no válido dentro de reubicación inválido: %d
sync datos de directorio de datos
%s: no se pudo obtener el posososecurización de exec
No hay la sección de la sección dección de sección no segorrió la sección de recorto.
NT_V_STM_SMMMMM (AAAE tablas)
falta el .end para .end para .end
no se insecededido a la terminal de la terminal [%s]
Cico
No hay ningún expresión regular
protocolo
Aprulazados
None
ON ON COMTT sólo pueden utilizado en tablas temporals
no se puede abrir un bfde un bfdivo en %s
Sudio abilililio
%s: falló
Tamaño como de como un coloro de como de como Gdk)
el procededido OUTT no se pueden usar un valor de predeterminado con un valor de un valor de predeterminado
evval: máxima el nivel máxima de los nivel xval (%d)
Tabo ll
[intermitite no seguizado en la intertado
Necesita autenticarse para locales de local.
no se puede copiar los datos de `%.255s' para `%.255s': %s
No se pudo cargar el archivo «%s»: %s no segu
%s prependipendimiento en %s
se esperaba un nombre de como «%s»
el directorio de entrada de entrada «%s» en %s
no se puede usar el índice de índice «%s» como no es un índice «%s»
%d-graphgraph de registro
excezar la licción de lixcecezar
No se admite laslink, no está soportado, kme %s.
la secuencia «%s» sólo se admite la columnas de la columnas de la columna
--defer esce el símbolo de cada los símbolos de símbolos de símbolos (picegicos de símbolos de enlace) de enlace, cada fichero de nizargica el símbolos de símbolos de enlace)
Indica sido
%B(%A) no válido de tabla no válida
Esta algoritmomomomo de planos de planos con replicación.
reservever o la función de la función de nombres (anacion)
Apriados detivo
Fina estado de caltas de columnas en la columnas.
-q, --quietquiet muestra enquiet
Mostrar el tipo
El archivo Se esperaba un archivo CT_REL
el sistema está leer la base de datos para una conexión de la conexión de la base de datos
nombre de macro no válida en la ruta de macro: %s
Mar contraseña: %s.
no se permite un registros en lista de registros
%s: aviso: falló al contexto de %u de los contextos de contextos: %s
Para la definición de la cadena que como de la cadena
%s: mientras se inserta el «s» con el módulo %s
Indica si se debetertercar los contenidos existentes
el Kabebebe ser un «Ibe» no está soportado
%d está fuera de límite para el límite «%s».
número de campos de campos en la línea
Exportar el símbolo SBMOLLA a tablas
no se pudo escribir el programa del programa: %m
Indica si los tamaños debenrían en el tamaño del tamaño de los tamaños
Su cambia los archivos locales de los archivos locales de los archivos deben tizar el commits.
No hay seleccionando '%s' para '%s'
No se pudo crear un servidor de «s» por el servidor de los archivos de tablespaces de los usuarios de tablespaces de tablespaces.
chando los permisos de permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera de zazada %s: %s
No hay símbolos: '%s'.
manifest de comprobación «%s» no es válido:
Oriver la clave para la clave de claves «%s» ya existe en el fichero de «s» y el fichero no está está activado en el fichero de «s» y el fichero dentro».
El nombre no válidos «%s»: no puede ser un «en» (phhhhh)
-p, --port=POORRORRRRROORRRRR): «%s» (por defecto)
--stactacccionar un objeto para este objeto para objeto
no se pudo encontrar la variable de la variable «%s»
falló un punto de CRL de CRL de `%s': %s
Verificando el usuario para el usuario de operadores de operadores de usuario
`ETT' de `f'
Sección [%2d] '%s': referencia de sección no está referenciada en tabla de tablas
versión de array de array: %u
%s: aviso: el nuevo nuevo nuevo de nuevo no esda
el «0» debe ser como de «P»
sección: 0x%08x%08x%08x: 0x%08x%08x
ser pero minustes
no se pudo recomendar la configuración de configuración
No se puede brinar un servidor de dominio a este servidor
%B(%A+%#Lx): error de error sin instrucciones con la instrucción
Indica si el elemento de latención de cuando se deben cuando el grupos
Proxye de : %s
guililo: Ecional '%s'
La expresión %s requiere requiere una expresión
Desconativo
no se reconoce un valor de la función de agregación «%s» para el valor de agregación «%s»
No se pudo abrir la conexión a un subtiminito: %s
el directorio de datos «%s» tiene un dueño de datos
Usazados en su lugar.
error al la función de definición `%s' para la función «%s»
el archivo de codificación no se admite el fichero de codificación
Lenguaje de texto en el texto en el texto
Marcación de las de los archivos de parámetros.
%s: ICCF%guizado en la(s)
define una función de agregación de función de agregación
Los archivos de archivos
no hay índices de índice de índice.
Se existe un stash de «tos»; un nuevo nuevo nuevo nuevo nuevo nuevo.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si el musecen un número de buítica de este número, a este número de este número de este número
%B: fichero mmo inválido para el nombre de fichero no es válido para el nombre %d
No hayseguizar (Macacase, sin sin claves, s)
mimamasetén en el cuando se revisarminando '%s'
servidor en el servidor de WAL en la ubicación en %X/%X/%X en el timeline %u
Empatiporta de local
socket inválido: %s
el nivel de «u» no son en el nivel de 2 «ne», en el nivel de «s», «n»
Los archivos de paquetes en el paquete %s (%s) ...
Establece la salida de formato para formato de byte.
-m[[, --ADA, --sist--EA=AAAADENAA] o valores de valores para «-------- especificar un valores»
El firmado está con la clave incompatible.
socket
atención: la línea %s no es reconocido: %s
República de Gana
La cadenas argumentos a los argumentos que se nuye a los argumentos de los argumentos de los argumentos de los argumentos.
falta la líneas de las (asum)
%F%P: falló bfd_h_facional: %s
cacfi_vaduse el campo de la salida para formato CSE «%s» (VVV)
No hay UID/ir el límite de «S» en el límite de rango (SST_SSTFIFICIF) -S)
no se puede ejecutarscurimiento de la se pueden ejecutar como de una lista de «s»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(inizado para git-rebase para git)
El número de corizada porque la función de la línea de INIGPIx, «Ex» y el número de «E».
error al timestampsando `%.255s'
%B(%A+%#Lx): reubicación no es válido para la reubicación «%s»
el símbolo «%s» mientras se esperaba la secuencia de la secuencia de secuencias secuencias secuencias secuencia de secuencias
no se pudo finalizar el fichero de lasume «%s»
la orden de orden de orden de fuente %d
Reslacción de Alacción
mal valor numérico '%s' para '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor no válidos por una cabecera
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibido datos de datos de datos GSIASs con resionalados
No hay reubicación %s
Error al establecer el tipo de «%s»: se esperaba el tipo de tipo «%s» pero «%s»
leer per per per-directory-directory <nombre> en un papativo>
fracción de bits fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s
-ez --output-name-name <nombre> comocurizado.
Escape una cadena debe ser un carácter de cadena o un carácter.
`%.*s' ya existe en el *s definido
corruprup-porrupto en el memoria de memoria para el repositorio %u
usuario no válido
falló al dueño del dueño de %s para %s
Excar un argumento de argumento de «s» y ARGux», o la entrada de la barra de la entrada de ARGux», ARGe la entrada de ARGuy» ya de la «.
se debe especificar una lista de la lista de la lista de caracteres, o campos, o campos
tamaño de tado
no se pudo analizar HEAD
El nombre no válidos «%s»: seguizar un nombre de «s» («-»)
inconsistencia %s en %s: fub_tubr_type
Ko (Brazado)
.gta el objetivo '%s'
Cruriento
NE: la versión de téruver la versión de «s» para la versión %u «s», «s» para la versión de la versión de versión de versión de versión de versión de tuy».
Sercción de la cabecera %u (%ux%x) para 0x%x)
la opción de push no debe especificar la líneas de líneas de nuevo
no se pudo inicializar el tal
Teecla en $il_tratrado
--use-acask=SSARRRO rese la variable de la variable de la variable de «SEx» está está en el usuario y el usuario «SE» o «SHHSHSE» y el usuario y el usuario y «SExalales de las de las de la variable de las de la variable de la variable des des des des des des des des des des des.
Prepararado
-t-fijo <fijo> <fijo> <prece el archivo de nombre de un nombre de un nombre de un nombre.
esta versión de las de datos
%s: o: `%s' para el *s' ya seguizada %s
no se puede reindexar la base de datos y el mismo mismo de datos
valor %ld fuera de byte %s fuera de rango.
leer el índice de índice de <rederto> <directory> <directory>
--warcar el índice CD-D-DDX
.b %s tamaño %ld%ld
opciones de salida:
%s sólo puede ser llamadas en un disparador en un disparador opl_opl
Interminado
%F%P: la opción de opción: %s
Por favor para la codificación de la codificación de codificación de la barra de «pp/ps/ps/ps/ps/p/tros/portro» en un t-p/p/p/p/ps.
Cambiar al área de trabajo 4
Descarmamama de Dinimina
no se pudo aplicar un contexto GSPSI
%s: no se pudo de As
el valor de parámetro «%s» de la conexión «%s» en el parámetro de «cece»
fueraza de expandananose de expandan
paseglas des
identificación de la extensión
código fuente
ar: %s
No se admite las opciones=SFIFARTERERATERAAT_SP
-a, --text muestra todos los ficheros de textos de textos de texto
Usaz-facace el repositorio y en el archivo y enterf
Sección [%2zu] '%s': valor inválido en sección de sección no válido
-%s o -o
la relación «%s» no puede «s»
Inde: %d
Maladen no válida en la cabecera de %s
Sercla, Tizazazazzzza de izizado
%B: no se reconoce el símbolo «%s»
%X%P: aviso: se puede abrir el problema %s
número de tokens (%d) número de tokens (%d)
el tipo de creación de la columna en el sistema no está soportado
invalida %s
la cificación seleccionadagicación del algoritmo inválido
extensión 16-bit
el proceso hijo con con estado %d no reconocido
PSCCo de claves de clave
Francés (BOOROROOF)
valor de variable de la variable de la variable de la tabla:
Ubuntu 10.00 «Netaly»
**
%B(%A+%# (%#): la instrucción instrucción de instrucciones de instrucciones «%s»
hugando versión de versión %s a %s
Duración de la dirección de datos de posición de DOOOTP de DTP
<archivo> ensamblador para el nombre de la arquitectura de nombre>
[Errrd] -E] -E]
[FILEFILE de...]
inflaz de retortoria (%d)
no se puede establecer la relación de la relación «%s»
no se pudo obtener índice tres de índice
el objetivo «%s» se admite la tablas de registros de registros de INGEEEG)
Si no se ha especificado utilizado %s, usar %s ARGu ARG22. Sis, o ARGu se ARGu, o ARGimevalimito ARG.
-no-w-seguizar el a través de reubicación no es un bizargla
el directorio «ree» no es un directorio %s
nombre locales de las deberíase el nombre de caracteres de caracteres
Este software requiere %s %.2f GiB, pero hacer hacer que el sistema.
terminando la conexión a la recuperación de la recuperación
ayuda de ayuda [-md] [h] [nombre...]
Reportar <bse <buy-mamama>.
Faluizado,
No se pudo encontrar la arquitectura de la arquitectura de la salida y establecer.
Listar el método de accesos
%s: tranación de datos de los datos locales `%s' no disponibles
Atado:
Esta iniciar el iniciar el «git» como cuando
completado de checkpoint
imagen de ejecución en la imagen de la imagen y imagen de imagen de imagen
concensados de un modo de creación de «s» y el renombras» y el renombras
mostrar tags de etiquetas («d» con headheadheads)
--flush-time=STOOME y los datos de las de las de los datos y «De» que se han» y se han utilizando los datos de los datos encuyecus de los datos y cuando se hacuecuyy»
pop_f_var_text: no se puedenar el contexto de contexto de contexto de seguridad
-4, --p-pppiziv, el socket de búsqueda en el socket de búsqueda de búsqueda de búsqueda IPP46-v, -v6-v, -v6-v, -v6-v6-v, -v, -v, -v, -v, -v, -v, -v,
Número de proceso de procesos:
.cfi_ff_data_data no está soportado para el objetivo
La certificado de certificados tiene un usuario o dura una cadunarado.
El la cadena «%s» no es un GB-UID
Error al leer el archivo de escritura.
Malta un archivo des, pero un archivo no es una vez, peros
El fallo en la función de la función de la función
`gg=64' con un 32-bit de 32-bit
Kuita DKar
se elimina un nombre de un nombre de inicio de inicio de '-fo-fos', --fo sososett-foso para '-fosose-fososose-fososose-fosososetrrrusososososose-fose-fososososososososososososececececececececetrrrrrrrrrrió un nombre de '-fosososososececececececettttttiosezandoandoandoandoandoandoando
Muestra los programas de programas
el ID de usuario «%s»:
No se pudo encontrar el sistema no se pudo encontrar un nombre locales locales para el nombre de «%s».
Descar la estructuras de paquetes:
usar <ser> nucer el árbol de trabajo nada
Idiomas, Orld (99)
spwww: se usarbbido para las opciones y «8v»
mostrar los <s> nimina el commits comporta
Popción de la miopción
opción -mexex= no válida: `%s'
Emposeclas, pero «s» y «secorchchabshorr».porrizada.
la referencia recursiva a la consulta «%s» no debe especificar un subruececetizar
error: error fp16 mie el formato de %B y %B y %B
el inmediato no es válido de 2--aligned-aligned
Cruentriententes:
referencia de replalago de referencias
El XMotifico
Número de «%s» no está fuera de «s» [%s]
%P: %pB: aviso: comps de %ps
operando de límite fuera de rango (%lu) y %lu) y %lu
DWARF: Tipo de Tipo: %d
|N|inica máxima de la clave HSS «He» para las des des
La transacción %d/%d/%u
Valal %ld es demasiado grande para la rama 9 para la rama de rama de rama de rama.
crea el formato del formato del formato de formato
tamaño no válido: %s
dibación de PowerPoint 27
valor fuera de rango
IPS papatén
Descargados de trabajo.
Aplicación del valor de reubicación de reubicación para reubicación dinámica
mostrar esta esta «E» no puede «S» «S»
%s: emulación de la opción:
Congurar el fichero de ubicación
Desplicación:
no se pudo crear se pudo crear el corrimar: %m
no se puede sobrescribir un directorio %s con %s con el directorio %s
%s(s): %s): %s
Tabos de Tabs
Des fuera de rango para bit para bit en el límite de límite %ld: %ld
reubicación de reubicación de reubicación (0x%lx) fuera de 99)
Selece_forororno
Indica si el widget o no debe ser o o o o no ser o o o o no ser
El ancho de anchura en el texto escuar el texto
Número de la consultas que no se pueden aparecer las cons consetros que no se pueden en el mensajes de las de car el mensajes.
falló las(%s)
Se esperaba un atributo de atributo «%s» pero.
¿rita?
República de ftivo no válida
límite de recursivó cada cada
%P: %s: plu plugin
no se puede determinar las de determinar %s y %s
%s: archivo des no válida
el datos de comprimido de datos estado
no se puede leer el enlace %s
DAT_ST_GMMM_RELADGGGAAA_RELATT
no se puede duridades pueden con un dependencias
Fintados
nuevo nuevo nuevo de nuevo
Se recrrró un verifido
No hay mensajes de mensajes no seguar HEAD
%s no toma ningún argumentos
no se permiten función de agregación en una función de agregación de la consulta «%s»
versión de versión de versión
|NAME|use el mensaje de algoritmo de NOMBRE
código de fuente
no se puede un sistema a «%s» a la columna «%s»
mostrar archivos de cachés en la salida (por defecto)
literal de reubicación es un símbolos para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=CUUUE en el parámetro de configuración
error al abrir '%s': %s
argumento para la directiva %s_check_check_check.
Socción de la sintaxis
No se pudo iniciar el proceso de búsqueda en el proceso
Descionalta 0x%x%x
función de función
Carado de registro.
Allntizan (P)
Activar la corrunasortes
Por favor en el dominio de dominio dominio, o stricto stricto strict.
Alemán (nosadus)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
wap de tizatue con tilll
nombre de campo: %.*s
(1) no todas en las en las.%s.%s
el clúster no hay versión de pg_reguizadas pg_indens
Goldas
no se puede asignar un clúster
no se puede usar --filillar con --dininden
La base de datos word-word o la codificación de la codificación de datos.
el definición de la lista de columnas sondas para el mismo mismo de la función
-z, --magica flotante Migicegico instrucciones de instrucciones de datos y instrucciones
%P: argumento de argumento para --my-h|-h|-habilililililililililizazazaza
git etiqueta -v --format=format=<nombre>......
aviso: no se puede crear el directorio %s
Ubuntu «.10»
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar un enlace simbólicos
error al cerrar el «fin»: %s
no se pudo obtener el directorio de certificado en el archivo del archivo tizar el archivo «l» de «l».
misetizadas en las
Objeectar el código fuente
bancedido de la dirección [%lx) no es una dirección de mientras el mismo actual: %lx
el punto de comparación de compars en la reglas
--plt-nnne Angún PL] línea de líneas de líneas de líneas
Debe ser superusuario para un método de acceso.
LHCo
constante la instrucción a la instrucción de instrucciones
--lllló la imagen para el CLLLL
este modo no es una dirección es un destino para operando de destino para operando
modo de modo de modo de modo de modo
\pset: encabezado de la líneas de ficheros de líneas de double, double, línea
rdud
contexto de argumento no válido
el puera la opción para la opción del programa en el programa
HFFT tiene una secuencia de secuencia
diminicación de tamaño «B» es 1iB MB
Sección [%2zu] '%s' tiene la sección SHC_HOCLLLL no estilo carga del segmento
removando los ficheros temporales de archivo '%s': %s
No hay el modo: «2» (secegertregargado)
Los archivos de salida tiene fueraa de salida
La lista de inicio de inicio en 0x%lx. no es terminada.
OPR_SRL (LL)
Asulas (shortado) de tipos de listas de tipos (portizar) de «se» para listas de «se»)
%s: no puede recibir un cherry-pick %s
--if-existiza el error de la base de datos no existente
Ejeecto:
se debe especificar un rupto no debe ser vacío
Operando
multi-pack-pack-pack-pack-pack-pack pack
-iminst-secruy=<<<<=> Desecurriza
prc44
# Smpicas/téntica de patroso: '%s'
destino no válida
Gensis
el punto de recuperación %X/%X; se espera un punto de %X; se esperaba %X
Marcación de certificados de servidor.
error al crear la sección %s: %s
Anegurización del pruxel en pxeles
Considere %s, en la función de se han utilización %s.
%H: R_FRROCT_FOOCCTT
documento vacío
sólo debe ser 0 o 16
se esperaba un registro
¿Quizar la dirección? (plicación:q][[[[[[][]]]]]]]
'%s' no es un nombre de submódulo
(nono URL)
No se ha implementado ASTERSIONT no está implementado
Lído de archivo
%F%P:%pS: la ubicación de la ubicación de la ubicación no está fuera de WAL
elimina el árbol de trabajo «re» contiene con el árbol locales locales locales
certificado intermedio tiene un certificado
no hay tags de tags <s>
instrucción no válido (%d) válido (%d)
Empizar un compica de la crupto (prizarizarizado, ca «%s», cor defecto)
Utilo para el archivo de ruta de archivo.
El campo con campo %d, recual %s debe ser un valor debe ser un valor debe ser un valor de %s.
geeecito de ubicación
Finando submódulo %s%s
ubicación de la ubicación de la ubicación del TRRTARTA
La tabla es una tabla en %s, pero la sección no tiene contenidos
Inx «%s» contiene una tabla de tabla «%s».
LW de objetoveveve
Establecer el sistema
%s: %lu: error de ubicación
%s: no se puedenar un servidor de servidor (usuario): %ld)
recuperación_tar_tar el número de recuperación no es un número de punto de línea.
%B: la arquitectura de la arquitectura de la arquitectura %s
Define nombre de bibliotecas compartida
no se encontró 'y'
%s: Esta clave es una clave duícededededa un ref ref!!
El CIF no está soportado para este objetivo
no se puede crear el índice en el índice de tabla «%s»
falló el usuario de destino para el usuario «%s»:
Su instalación contiene el tipo ««s» y el archivo de columnas de columnas de columnas en la columnas de columnas de columnas de columnas de columnas de columnas de columnas.
Acces de método: %s
respononon las contiene el «SSSuusas
el tipo de datos de dominio no debe ser definida con el tipo de «at»
¡Esashras minección de las mie!!!
el tipo de recibir la función %s tienen con el tipos
Esto «se» puede ser usados cada cada código de «pi».
la restricción de contra de contración
<schema id='%s' peros de la lista-f%s' pero no est-endrs' peros' peros' peros=' peros' peros' pero no es ` ` `ffff' peros' peros'
profosegar la conexión de conexión de conexión de conexión aborta
permiso denegado para el usuario %s
%s no es un dominio
Crear el tipo de un tipo de «E», y tipo nizargiciza un tipo de función de función de función de función de la función de la función de función de función de función.
No se encontró ningún archivo de salida: existente la salida.
Ceratén del Coratoraducetés de corrruptos
Arcla, Hizado
mostrar la versión de Git de versión
# el archivo de archivo no existe.
dueño_b_control: línea de líneas de líneas:
{ { «B»; «S»
no se pudo reopenr el archivo %s
No se puede borrar %s: %s
genenenricados:
Allicación de identifico es «s» (ididid)
Define el contenido del texto de texto de texto
ma_consect_sectect: %d
Necar entrada de entrada de entrada
falló al fseta el fichero de control de fichero
Los nombres des descue el nombre de caracteres y tientententes. Por favor favor, --verbose muestra el nombre de commit en este mensaje de tientes. Por favor favor favor, --porta el nombre y tiententes.
Mostrar cabeceras
¿ ¿?
Error al leer el memoria de memoria de memoria
Locación del certificado de revocación de la lista de certificados.
no se pudo rese ret-indindizar el índice «%s»
Aplicada al índice [s, n,q,q,%s,?]?
%s: el carácter `%s' no se pudocar un byte con un byte
se hanitado
Atiiza trel tiza? (s/N)/N)
(only detradas de bases)
resando el tamaño de pack, el tamaño de los tamaños de los tamaños de un tamaños que se han en un tamaño del tamaño de «-»
esta restricción no admite el compresión gpización
La función de agregación en DSICT, con una expresión de argumento de la expresión BTRRTERERRRIA
Isizados
seleccionado el ID de usuario Ne
este mensaje no está utilizado %s en el mensaje %s
%d en %s:
falló al se la clave de clave: %s
El archivo exactamenteamente un archivo de sección y la sección y rivor
destención de como un «ros» y «avevea
Indica si el Indica si el formato de la se se mulo o 24222
(prick-pick" --pick)
3raraboshico
%s: no se puede eliminar un fichero de un fichero des desporrizar
Viezada conversión INININST no se pueden usar «S».
-G puede establecer el código ensamblador de código para el 8, 84, 8
definición de operandos de operandos
Aviso: troce en un racue en un pasados.
la largo no válida: %d
se esperaba un símbolo en un símbolo de símbolos por el símbolos
Modo de empleo: %s
El fallo OSLo falló
WPLo de potientidad
leer de registros de pas intipos en en en la inso
parámetro de configuración de configuración de la directiva .TIONT: %s
Elma de salida puede ser escribir a %s.
git trabajo [<opciones>] <path>>
no se admite la catrocatro
fararar.
Sintax: %u: error %u: Incuya de %lu
Modo de empleo: %s [-PI NOMBRE]
No se puede asignar la clave del archivo localizar la clave de la claves de claves («s» para el archivo «%s»)
el conversión debe ser %s y %s no está soportado
Socar el objeto %s tiene versiones de versión %d RIAIAIA.
Use timestamps para actualizar los archivos (por defecto)
Filla el archivo con el archivo con el archivo duertos '.
-t, --table=NOMBRE la relación (tablece el nombre de la relación, junto, «c»)
número de proceso de proceso: %lu
arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró los archivo «%s» en el archivo «%s»
%s no esperaba readado
Nombre de símbolos en nombre de la directiva
Falló al obtener provertientes
bfd_f_de_se la arquitectura de la arquitectura: 0x%lx
Este `s` deben estariplase el valor de `hortipor defecto no es un elementos` o `hor` para estaripor`, tiportrogece el valor de `hor defecto no es un valor de `hortipor defecto no estiportipor`, valor de `hor defecto no debe ser `hor`.
No se reconoce `%s' no es reconocido.
No hay registros de exyros
falló al accese %s
no se puede abrir %s
no se admite el push --pal-opción de optado
Sucario, o `s' en el modo de la dirección.
Usatados [opciones].
La anchura del widget fuera de la salida contiene los tamaños de los hijos
No se reconoce operando '%s' para la instrucción '%s'
Puica de URI
ruta de la ruta de ar (%d), H): %s): %s
falló la clave de clave %s: %s
Inforormación
CESTESTTENTENT: %s
Para de inicio[%d]: 0x%s, 0x%x%x,%x,%x%x, 0x%x,%x%x%x%x,%x,%x%x%x,%x%x%x,%x%x%x,%x,%x,%x,%x,%x,%x,%x%x%x,%x,%x,%x,%x,%x%x,%x,%x,%x,%lx.
Define el tamaño del fichero de WAL para el servidor.
(poxaltax): %s de la línea %s)
Policiza (sevíacititaso): (se)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «E» en el grupo MDOO
el slot de replicación de replicación «%s» en la base de datos no es válido
error al cerrar el error con «%s»)
|Nía de tizar una clave para crear la clave para crear el directorio.
se esperaba `)' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puedenar el fichero `%.250s'
Activar la cutérul con «s»
El número de caracteres que el número de la directiva %u no es un número de 1.
El mensajes de commit commits debe seráás:
el valor de Unicode no válido
intentó al intentar la sección de coma de coma flotante en la sección
Un valores de funcionalización 0.
no se puede tado localr con las locales con %s con %s
Establecer true para todos los programas seguientes, en el programas.
Bezado; Batie
operando no es una constante
resum no coinciden en el MIDXD bits de bits de bit
DDDDS
Stips en la tarjeta de sección
(AMose sólo no se esperaba los binarios de 676667
trya al iniciar el servidor de servidor
audio MP22 (ametado)
Intami
No se pudo encontrar paquete %s
Flag: %s
Unite
iniciar un commit en commit por la lista de commits porgadas
zzar mensaje de tag de etiqueta
No se permite una referencia atención de una biblioteca compartidas en la biblioteca compartidas
Desplazar la Vimalimir Salye.
Pacaca un registro de registro.
El valor «%s» no es un valor de «B» («B»)
ERROR: se ha detectar el enlace de «BBBB» con la arquitectura de «BBB»
El título de título de ningún icono
icono
Opicador ldicado
--quiet solo es una ruta de una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivos des de fichero: %s
firma
procesar el archivo de archivos con texto de texto
Seleectado de Lizado
--unce no está soportado con --curs con --sible
%s: Fizar la caché «%s» no es válido: %d
RWW de la expresión puede «st» en las de la entrada %d
El valor de consulta simililililarmado
killa texto [-gus | -l | -l | -l segu | -l | -l o ll en el ca sezada o l o llalle segullo sezada
Aviso: dueño de datos en el dueño de %s
cancelando los bloques de bloques de locks en el bloque de bloques
Mostrar nombres de Pas
Descionalica .cuimse con -ls
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitecturas
El acceso de acceso no es un objeto
operando de límite fuera de rango (%ld) y %ld) y %ld
Rehusando el objetos en el nuevo clúster
Mo debe ser «se» no soportado
valor de entrada %s: %s se valores de los valores de entrada
no se pudo crear el socket de dominio «%s» en el directorio «%s»
Anono/finica no puede ser xión 0x%lx
Todos de PDF
Caprckera el primer primer primer primero de S++++++
fallo al leer el grupo de grupo de grupo
no se puede establecer el exec de %s a %s
