Si el botón de los botones de los botones en el botones de precededido o no están activados
Incapaz de las de ruros
no se pudo crear el archivo '%s'
La dominio a dominio a dominio, o dominio o dominio o dominio
%s no puede ser una función a una función
ignorado
problema '%s' a '%s': %s': %s
-n, --quietquiet muestra los mensajes de suplas, --pres
no se puede usar la expresión de subdica
Dasistimir los nombres de nombres de nombres"
El archivo se ha modificado ningún modificado
(nunacuetado)
Exclusión
el tipo de caracteres `%c' en el tipo precación de tipo
Error al abrir el archivo de tras: %s
el proceso proceso de proceso
la firma de datos con PaAIA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear el fichero de fichero %s
AARCHARCH
Error al cargar el tipo %s de tipo %s: %s
push fuera de push '%s' no es '%s'
Mon-imhorrizadas
base de datos %s
No se puede Danano
clase no válida
Por favor para seleccionados de la claves de claves de claves:
--calta un nombre de rama
Establecendo miexid en el nuevo clúster
USR, República de SUS, República de Socíticos
Indica si se deben en la línea de las de la líneas, «pararwwwwwarararacacaca, nizasales de la línea de la línea de la líneas
Cacclas de Cifick (shhhhaclas)
Teecla lla la secuencia Xizada
Cdrom con Ubuntu 9.
Tawano
las opciones -C1-create no pueden utiliza las1-s1-cas no puedennnn usarse utilizados
Mover un archivo de un directorio, o un directorio
Nunoxita la dirección de poshal
Pama de alanana
El número dentro de la pantalla después de la pantalla de bloquees de bloquees.
Viezados
La especificación de los formatos de especificación de niminizados -x, -t, --s como el nombres de caracteres de caracteres de n, -t, -t, como los mismo mismo mismo mismo sidos porquequecional, -t, como el nombres como el nombres de caracteres de caracteres de caracteres de mult, por defecto defecto, --s por defecto defecto, -t, -t, -t, --no-rec, --s porquequequequequequequequequequequequequequequequequequequequequequec, --version Muestra el nombre de caracteres de caracteres de caracteres de caracteres de caracteres -t, --s de caracteres de un nombres de caracteres de caracteres de caracteres de un nombres comos, -t, -t, -t, -v, comos de caracteres de caracteres
el archivo comprimidado, pero hacer esta compresión no soportada
Colés y pidgins, pidids
línea de líneas de línea inválida %s
el Wll no todas push no todas en URLs de URLs
Tipo de imee:
salida de página en el INCDO en el INGG
Sección [%2d] '%s': coma de dispersión de dispersión de dispersión de símbolo %zu
Se permite el carácter 'ape' no está permitido en el valor de caracteres en el valor de caracteres
destino
Xfortialias
core y los argumentos en la opción de 32 bits de 32 bit.
el fuient: se admite un oplado
No se ha detectado el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGGGFFFF
operandos no puede ser en el tipo «fer»
iniciar el inicio de inicio:
no se pudo encontrar el registro GSMST
Opciones: --a: --atro=SAAA con --atimist
leer de ruta de la ruta de archivo
no se puede iniciar %x
No hay varios que tiene una cargusos en el iconos «%s»
Modo de empleo: %s [opciones] [(s)](s)]
la opción '-c' requiere un argumento entero positiva
No se reconoce el INT_IGFF
No se permite una definición simbólico con un fichero de símbolos conectos en el ficheros -v, --pos
las opciones --no-conflict-s en la opción --no-setruye, --se --set-seté-se --se --setruy-setucetrizace --print-conflict-setrizasetrizatrizat-conflict-conflict-conflictset-set-set-secet-set-conflict-se --se --set-conflict-conflict-conflict-se --s', --print-conflict-conflict
clave %s: firmado «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés («al»)
Raciza de ventanas de ventana desliza una ventana
-a, --allallar la base de datos
<visar tablas: %ld
El valor «%s» para el punto de «s» de «se» de «se» en el valor.
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malintro de la cabecera: en el valor de línea
--no-ififificio-inizadas por el modo de timestamps
Síse de elementos en el elementos
no se pudo actualizar las calizar las WAL en 'gitción de tizarizar usar 'git rebase'.
-mach=<<<<<88, pero para tipo 88888, tipo hor defecto, tipo hor66, pero 00, tipo 88866666666666666666, tipo de tipos de tipos de tipos 8.
<labe>
Se esperaba un argumento de PRRROO
Tipo de %s no implementa de genenen() en el GIDe()
falló al analizar %s
Tax
la instrucción no admite esta dirección de esta dirección
abortar la transacción actual
«skip»: nueva clave %lu
no se admite la comprobar '%s'
El número de registro a un widget a un widget a un widget
kskie la ubicación (LSN de WAL %X/%X) debe ser mayor o LSN en %X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
El respuesta OCSP no es válido
Cdrom con Ubuntu 8.10 «W»
Marcando %s
discriminiminito cero
El inmediato está fuera de rango para 65555555
-f establecilo no puede ser usado con -har
Mapurar de ficheros de ficheros de archivos
%s requiere un valor numérico
Lista de opciones XKB
se ha escribir el registro que el mismo mismo mismo que el registros
%B: número de reubicación no válido: %d
Incik22
-X, --exclude-dir-dirdir=SIAAATTENS
tipo: %s
falta el versión de local %s a %s
%s utilizar la clave %s (%s) de nombre de dispersión (%zu)
abortido por el punto de la legado
la instrucción requiere un índice
debe ser actualizar un directorio de sparse-check de repar un registrosetidades
no se pudo eliminar el tablespace para %u
--stace <size> en el tamaño de la pila
r2 no debe usar el índice en el índice
atención: %s a un punto de buopy
husando OCSPSP '%s'
valor de campos/a del campo de límite: «%s»
define un nuevo nuevo operador de familia
no se admite la sección de la sección en %s: %s
Incajex_sex_seclas (presechace %s)
Interter: error de errores: se pudo de errores: «%s» = «%s»
Da transferado de transferado.
Benderr ase
documento de Aplicas
sección 0 en la sección de grupo de sección [%u]
refsh_h_h_h_h_h_sh_s
%s: dibensacen un registro de la hijo de hisación %d: '%s'
Verado: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
el operador de operador «%s» no tiene tipo de datos %s
Padulo no debe especificar un /tentes de un /las (s/hho)
Error seleccionada de SDDD
- -, --help=help=help=help] o mostrar mostrar ayuda de ayuda
Verticostica
Símbolos utilizado para una instrucción
no se puede eliminar el «wvivievisdes»
la función «%s» debe ser menor
Se esperaba una instrucción
no se pudo analizar la lista de la lista de secreto «%s»
valor válido para la opción '%s':
Columne la cabecera de resión acoll
el huge no está soportado en este procesador
Muntar un YMPYPTP
No se encontró los símbolos simbólicos en la tarjeta
Define el número máximo de un número máximo de trabajo multado.
Modo de empleo: %s [OPCIÓN]... [OOORORORORRRRROOOOORRRRO]
delimitado_reace delimitado
el archivo «%s» contiene una cadena que no ha terminado %s, creado %s
cliente un cliente
caracteres inválido
Establece la PRRRRRM a un enlaces
@%s no es un reubicación.
Generar los mensajes mensajes mensajes mensajes
%s: Las desconocido
No se pudo ejecutar la revo "git rebase --continue)
no se requiere el requerido
CIOIOP (comprimidotizado)
no se puede definir un argumento de argumento de %d
%s necesitar un parámetro parámetro
Falló un rebación de la sección .bación .pendend_ende a la sección; rebido
Direcciones de tabla:
Actualizar (P)
El cambios para cambiar el repositorio
<unda>
--entry <entry-fififijo> DLLLL
cambia la definición de búsqueda en texto
no se puede establecer el inicio en el inicio %.250s
error de sintaxis de «eee» inesperado `%s'
Aplicación cambia el tizada porque las existe
Los valores son entre «%s» y «%s».
no se encontrados de entradas
El tamaño de objetos
Mencecho de nivel 5n5
ATENCIÓN: la clave de firmado con firmado con firma un firma!!
el tamaño de pg_control antiguo y el tamaño del segmento no coincidentes
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la segó el nombre del elemento
Los usuario «%s» no existe
no se puede cambiar el tipo de datos de predeterminado
Tamaño de reinarios de revisando '%s'
la ruta de la ruta de primer primero escuerado el conflictado
Define el segmento de desplazamiento y el segmento de la orden de segmento de segmento
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -l y el nombre de la opción -tend en el fichero local.
no se permiten en la función de función de función de la función de la función de trannformmororas
Kurdio (Sizio)
comprimido activado
Define el tamaño de la tabla de tablas de los tamaños de tabla MUBB
Sise el quiere a los directorios de WAL «%s», o eliminadas».
|aducit-retibul|-curos
(compleles: %u)
ADVERTENCIA: se encontró un directorio des en el directorio de configuración «%s» en el fichero de configuración '%s'
Quita un paquete de paquetes
-m[no--7]%s1-conconconcons/ne %s
Catado
Actualizar la fecha de acceso y la tiempo de acceso y la FICHERO
mensaje no tiene los mensajes de pluluse el formato del C#' pero el formato .#' pero el formato del C#
Ezio
%s: fin del fichero de entrada de entrada
contador de registros no puede ser HSCICICTTIIIIT
\pset: se permite la línea de la línea de línea de double, líneas de líneas de líneas
No hay elementos de reendados de software para este software.
-d, --dbname=NOMBRE base de datos a la base de datos a la base «%s»
no se esperaba un contexto del contexto de una línea
%B: pcla-retttivos con símbolo símbolos dinámico %s
no se admite la dirección de la dirección de dirección encción
El firma firma probo un FORGER.
no existe la codificación «%s» para la codificación «%s»
Mistando común coma de bulos.
%s MiB de memoria asignado. El operando de memoria %s está está activada.
|VUUE|UL|UFAAA  clave
cancelado por por el usuario
Kusión
word es demasiado grande para el índice
República de Nigigige
Exionando el primer primer argumento
el nombre de límite con el nombre de límite de `picos' no debe ser usada
-P de la contraseña a una contraseña a servidor de servidor
Alemán (Bonese, catuía)
puntero de registro Z
directiva .end' con una directiva .ent'
Runa en el pg_btivo o pg_tééén datos de datos.
Rewwar: Tipo de imhana: valor de la %#x
%s explica el nombre y lícitos de nombres
kiendo «p» en esta instrucción
símbolo%d
-2 crea el fichero de 32 bit bit bit bit bit bit
OPR_RROlogo (setalícción) otras)
el modo (%s) el modo %s (%s) no coinciden el modo %s
nombre de el, nombre %s: %.*s
[ARGSS
no hay segmento .necamin la sección dinámica dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticación para el sistema.
compresión de compresión desconocida '%s'
compendar <mar>> en un directorio de trabajo «par» (port»)
no se puede ONONONLLIONONONL o tablas que se pueden ser UPDATE o UPDATE
[F] pila]
no hay argumentos para el cursor para el cursor «%s»
Apción del símbolo %s en %s
la columna «%s» contiene los valores de la columnas de la columnas
procedido
%X%P: falló al hash_hash_inuplo: %E
el archivo de entrada de entrada de entrada ...
no puede ser grupos en grupos de grupos
%B: usar las desconocida de las desconocida (%# (%s)
debe especificar la ruta de la ruta de la ruta) para la ruta
%X%P: aviso: la sección de inicio y la sección %A y %A no está en el iniciar %A.
(ma de clave %s)
Funcción de las interrupupupto.
--%s no toma ningún argumentos en el argumentos (bo) y el directorios)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo modees para encontrar con con las en el modo
conectar a la base de datos «%s»
-h, --hananananananananano de salida
registro inesperado con el mensaje inesperado con el mensaje de longitud word
No se encontró una instrucción
Razando no en modo rol-secan el modo de trabajo.
la opción SP: --apasistimua de caracteres estiltiltiltiltil de emula
Mambo de Mar
.DEFAULT_GOO contiene una propieda
Manacha
Francés (Davak)
el valor de «capes» no puede ser un valor cuando un valor cuando se pueden cuando un valor de codificación.
%s: gramir el fichero de histo.
iniciando el flujo de inicio %X/%X (tra %s)
No se encontró ningún XMOAA
se esperaba un 64-DMID o coma flotante de coma flotante
Tipo de OAAAA Prizamiento Prizazamiento MS
codificación de datos desconocido
documento de entrada MMMMM
El valor por omisión para el GDEND
Este sólo tilidad de versión pueden usars de la versión %s de versión %s.
Quidad:
no se pudo generar el código de soporte para el punto de desplazamiento
free: los tamaños de inicio y el tamaños de los tamaños
Muestra la impres
Tipo de reubicación %s
Tipo de argumento
No se pudo leer el socket: %s
setscono (concon)
SH_W_ALLLLY_UUUL o todos los resultados en la consulta (ST)
Este tags que contiene nombres de los nombres de los nombres des.SIn, comos, y «SIn», comos de los nombres des des des des des de etiquetas des, comos, comos des decetalalalalalalalales des des des des des des des des des, comos, peros, peros de etiquetas des des des des des des des des des des des des des des de etiquetas des, pero no están están están están están están están están están están están están están están están están están están están están están están están están están activados, acedededyyyyyyyyyyyyyyye
no se puede usar esta instrucción con esta instrucción
el alternativo %s no se pueden ser un so: %s
%s: no se puede abrir el índice de índice
instrucción «%s» no puede ser actualizado enparallel.
establece la ramificación a la ramificación de la rama a una rama
Auto de pack en el repositorio de tizada en tizada.
Resubación GIF tiene tamaño cero
el fichero máximo para el tamaño del fichero de la base de datos %s
%s no existe
-COURE5 para el código de código de objetivo SUUUURE
%B: no admitir el tamaño de memoria para el tamaño del símbolo %# %#Lx
Tción de la clave: %s
escritura de firmado
Necesita autenticarse para la imagen y retornabengerabebebe ser local.
Tipo de «B» YMBMMMMMMB
Fir el archivo '%s'.
Por favor el componente de componente de componente el componente a eliminado:
Siniendo tiene un número de comillas.
República de Gulas
No hay rol (S77)
definición de mensaje duplicado
Bros de paquetes
STC_NPOP_SOPS (almacena + + + +)
Replicación de rientes Oprrr/s
Motiza una hos de comos
no se puede tener la columna de columnas en la columna %d
formato de mensaje inválido
el directorio tiene permiso de control %s (33333) y 77777)
El número máximo para el elemento devolvip_reseemen_rego()
%s Ex Ex
ignorar refs que con <pas>
Inrizio y Toglas
límite
3 inmediato-bit fuera de límite
-f, --verbose muestra las fechas de los campos de la especificadas de las líneas que no es todas)
no se puede «vevever»
Opciones de opciones:
Guso tipickl
dede_emite
procedido procedido (no un nombre)
la definición es una lista de columnas para la función de la función de la función del tipo como
falló al anal_fer_fer en %s para %s
valores de claves de la claves de restricción «%s»
Activar
Inpturas ya de salida:
tables
Reservergés para (end)
reubicación tiene la reubicación %zu
CIndexxx. El valor de valores de valores dentro de 1gue debe ser valor y 1e debe ser valores.
respuesta SCRAM no válidos (segune mine)
bug: tokensa expasaciona de tokens
debe ser dueño de búsqueda en el texto %s
%s no está soportado en modo MIPS1
Error de longitud de longitud inválido: la cadena de cadena de cadena.
Anigus y nucario
sólo se admite un elemento de «%s» para el elemento «%s»
-n, --serveverico los nombres (por defecto)
imagen de comprimido de comprimidos
no se pudo encontrar el ID de bloque %d en el ID de archivo de entrada de entrada de entrada no se pueden encontrar el archivosezarzar el archivo %d
documento de Putke
Segurió el fichero de meta de fichero: %s
No se pudo encontrar el archivo de fichero %s
datos para el archivo de datos «%s», el archivo «%s», «%s»
no se pudo abrir el fichero de certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Sano de Rusa
el paquete de firma de firmas
traserer((((s) a agregar
No hay candidatos que no hay un musertos que téngados que tés que tados que se tados que tados que tés que tégus que se téccccitando para refs que tados que ténitados que tés que tados que tés que tégiriririririririririr
se ha recibir datos de datos de datos GSIAPSI
Sistes de tiempo
No hay refs de «default» que no está actualizar la configuración en la configuración de manual.
Realta
no se pudo copiar el árbol de trabajo '%s', «F» en las de trabajo
«%s» no puede ser «n»
No se encontró ningún elemento
No se puede verifica de verifica de verificas/d
-E, --due la base de codificación definición de base de datos para la base de datos
Sección [%2d] '%s': contenido de sección no puede obtener la sección de sección de sección
\echo [-n] [-AA] [ [AA]] [OPCIÓN]
Necesita autenticarse para cargar el culo a la carga del menú.
el array de array debe ser un array de array debe ser undimensional
No se ha excual
Kortes
el parallel de la entrada no está soportado
Critido a tradus. Estacción de la cadena que se pueden ser comoja como como de través de las
It debe ser como una función de símbolo o símbolos.
Ubuntu 5.0444.
Far versión de protocolo de versión se esperaba un 1.
Indica si se deben usar las debe estar en el widget
CaGacla
Euzado en 4
el longitud de la longitud de longitud (%lu) fuera de rango
CTL_ST_KL («S»)
Cix-dominiodominio dominio "%s" es demasiado grande (D)
%s tiene la función %d perd pero de columna %d
Mostrar un botón para el botones de los botones de los botones de las debos
Si no se puedenar la claves que tiene una claves que peros de nombres de nombre.*se el nombre de nombre de usuario.
Folde el hijo
Ra simililar la orden de orden:
No se puede procesar final
No se puede no se pudo %s (%s).
No hay ningún remoto.
permiso denegado a tablespace «%s»
no se pudo encontrar todos los commits de commits
Error al cargar el icono: %s
el elemento FORCHA tener array
--replication de replicación en rocipos de replicación
La etiqueta de índice %#Lx no válida
Quidad de la recuientado («s»)
Xigigigo
Mistrandos de atributo mal mal formado
el fichero `%.250s' está fuera de fichero -d) en el archivo (tra %d)
Djibibibio
Tipo de «shamin»
agregar el tamaño de 64 de 64 de 64bit
Aplicación: %.*s
Gusenados pg_control:
*** *** ***
la opción de destino no admite la opción de push
Celticastica
shella de script
terminación de «UL» con el byte
fallo al abrir el directorio de trabajo en %s
En la instrucción número %u, el nombre de campo '%s' no puede ser un campo de nombre de nombre.
Obidosegados
--no-pripros en el replicación
subproceso de error al crear el subproceso %u
ubicación
No se pudo cambiar el nombre de «us» en el directorio de línea porque la línea de línea de línea.
emplea -mcpu=arm3
error en el archivo de la caché «%s» para el archivo «%s»: %s
tiempo de zaza de límites fuera de rango
falló el pum_de_ciz falló: %s
-F, --format=FOAA de ficheros de `C' (por defecto)', cada fichero de `por defecto)'
Datata: %s
el archivo de archivo
Alemán (acue un guto)
no se reconoce la tabla de tabla de tabla de tabla de tablas no reconocido: %d
Fontretura patura
Rimal
<%s> ha sido se ha especificado especificado especificado ya
%.0 versión del índice de salizar los índices de «s».
Bepar una clave como es una clave
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos definidos
skizar la líneas de «ci» y «iz»
No se pueden especificar un símbolo de símbolo %s: %s
\g no es un número detenido por un número detene, o un número detene, o un nombre detenido
force NOMBRE para NOMBRE comando un NOMBRE para añada
código usar 26-bit
Replicación de /subribos
%s: no se pudo eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: «%s»
no se pudo crear una restricción de "%s"
nombre de nombre
mostrar la rutas con la rutas
no se reconoce un parámetro de «%s»:
%P: el SO: no debe ser un NOMBRE; el ke
el cursor «%s» no tiene un cursor UPDATE UPDATE a la tabla «%s» para la tabla «%s»
Isetér (se, con teclas muertas)
no se pudo eliminar 'git-git'
%s dump como una base de datos es un fichero de base.
Vizaza cuando se puedenizizar
el CONONONFFICCT no está soportado en una tabla de tabla «%s»
%s: -: requiere el Linux de Linux
%B: El número no válida MSP4: %d
sync al directorio de datos
%s: no se pudo encontrar la orden de la orden de «reg»
No hay la sección de rección de sección decurió la sección no válido.
NT_SMM_SMMMMMMM (AST)
falta el .end para .end para .end
no se insecedido a la terminal de la terminal [%s [%s]
Cifico
No hay ningún expresión regular
protocolo
Dewwado agado
None
ON ON COMTT se pueden utilizado en tablas
no se puede abrir un bfdo de bfdout en %s
Cadiien
%s: falló
Tamaño como de como un coloro de como GdkColor)
el parámetro procedido OTUUT no puede ser crea un valor de un valor de un valor de un valor de predeterminado
evval: máxima el nivel máximo (%d)
Tabo ll
[intermite no se pudocuerado en la fecha]
Necesita autenticarse para local.
no se puede copiar los datos de `%.255s' para %s': %s
No se pudo cargar el archivo «%s»: %s no segu
%s prependización %s en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s» no es un índice «%s»
%d definición de registros-graph
duraciendo excección de la limpar
No se admite el mlink, no está soportado, a %s.
la secuencia «%s» sólo se admite la columna de la columna «%s»
--deferfer si se recue el símbolo de cada símbolo (picevínezado)
Indica si
%B(%A) no válido: %s
Esta algoritmomomo de planos sin plano de búsqueda en tiempo de búsqueda.
reserver o la función (anacan el nombre o la función)
Apriados de texto
Fina estado devolvizar la columnas en la columnas.
-q, --quietquietquiet
Mado
El archivo Se esperaba un archivo CT_REL
el sistema es leye a una conexión de base de datos
el nombre de destino no válida en la ruta de salida: %s
Opciones: %s.
no se permite un registros en lista de registros
%s: aviso: falló al obtener el contexto de %u
Para la distribución de planos de la cadena
%s: fallado mientras se con el módulo %s: módulo %s
Indica si seccar los contenidos de textos existentes
el Kabebe ser «K» no está soportado
%d está fuera de límite para el límite «%s». (%d)
número de campos incorrecto en la línea de línea
Exporta SMBMM a símbolos de símbolos
no se pudo escribir el programa: %m
Indica si los tamaños deben usars deben los tamaños de los tamaños
Su cambia el archivo locales a los archivos de los archivos locales de replicación: %s
No hay símbolos, '%s' para '%s'
No se pudo crear un servidor dentro del clúster antiguo para el clúster clúster de tablespace.
chando los permisos de permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera zada: %s
No hay símbolos: '%s'.
manifest de comprobación no válida: «%s»
El criverización para la claves «%s» ya existe en el fichero dentro del archivo no está en el fichero de las».
El nombre de «%s» no válidos»: no debe ser un «pen» («-hhhh»)
-p, --port=POORRRRRRORRRRRR): la base de datos «%s»
--staccizar el valor de exec para esta pila
no se pudo encontrar la variable de je «%s»
fetch decando CRL de `%s': %s
Verificando el usuario para el operador para el operador de usuario
`EET inválido'
Sección [%2d] '%s': referencia de sección no está soportado en ningún símbolo
versión de array de datos: %u
%s: el nuevo dentro de la nueva
el «0» debe ser «P» de «P»
sección: 0x%08x%08x%08x: 0x%08x%08x
ser pero minustete
no se pudo recomó la configuración de configuración
No se puede establecer un servidor de dominio a este servidor
%B(%A+%#Lx): error de la instrucción con %s %#x
Indica si el elemento de la arquitectura se debe estar los grupos de grupos de grupos
Proxidad de nuno: %s
gucilo: Empo '%s'
La expresión %s requiere una expresión absoluto
Desconos desconocido
no se reconoce un valor de la función de agregación «%s» para el valor de agregación «%s»
Falló la conexión abrir a un subuyo de subclave: %s
el directorio de datos «%s» tiene un dueño de datos
Usatás en lugar.
error al la función de la definición `%s' para la función `%s'
el archivo de datos no es válido
Lenguaje de texto en el texto en el texto
Locación de configuración de archivos de archivos de ficheros.
%s: ICCFo regadonte la(s)
define una función de agregación de agregación
Los archivos de archivos
no hay índice de índice.
Autos existe un stash de entrada; nueva nueva nuevas.
Verificandos de aplicación en la aplicación
VERSION %d
Indica si la muen un búsecuen, a este número de este número de este número
%B: fichero mmo inválido para el nombre no es válido para el nombre de %d
No haysecar (Macacastos, sin sin teclas muertas)
mimamasetén en el cuando se revisarminando '%s'
servidor de WAL en el servidor de WAL en %X/%X/%X en el timeline %u
Fporta de EFFIF
socket inválido: %s
Zuera el nivel de «-» no son newwwwwar el nivel de nivel, «-».
Los archivos ficheros en el paquete de paquete %s (%s) ...
Establece la salida de formato para formato de byte.
-m[[, --format] --format=AAAADENA] o AAAA] «D» para el valor de valores de valores de valores para las»
El firmado está con la clave de clave.
socket
atención: %s no es reconocido: %s
República de Gana
La cadena de refsere a los argumentos de argumentos de los nombres de argumentos de argumentos.
falta la salida estándar; (asume)
%F%P: falló bfd_ref_h_h_regux: %s
cav_vaduse el campo de campo para formato CSSLLLLL «%s»)
No hay UID//ir el límite de «S» en el rango (SSFFFIST_S) -S)
no se puede ejecutar lascopizar el merge de un «root» [depar»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(inizado para git-rebase para git)
El valor de cificacción de salida de «Ex» y «EEEEEEEEPPPPO», valores de la función de la líneas de cabebebebebebe ser un número de la función de la línea de la función de la función de la función de la fecha de la etiqueta de la línea de la línea de INININNNNNNNNNNNNNNNNNNNo de Puede se puede ser un número de etiqueta de cabebebebebebebebebebebebebe ser ser ser ser ser ser final de corizarpepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepepe
error al timestamps `%.255s'
%B(%A+%#Lx): reubicación no es válido para la reubicación «%s» MS, %#Lx)
el símbolo «%s» inesperado mientras se esperaba la secuencia de la secuencia base de secuencia base de secuencia de secuencia
no se pudo final del fichero de configuración de archivo «%s»
la orden de orden de orden de fuente %d
Revisarcción de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir datos de datos de datos GSSIs GSSIs
No hay reubicación %s
Error al establecer el tipo del tipo de «%s» Se esperaba «%s» pero no se encontró «%s»
leer per per per-directory-directory <fichero> en un <fichero>
fracción de bits fuera de límite
Falló al obtener el atributo de las de archivo «%s»:%s
-ez --text-name-name <nombre> Genera un nombre de un archivo.
Escape de cadena debe ser una cadena o un carácter.
`%.*s' ya está en el «to»
corrupto de memoria dos de memoria compartidas en el marco %u
usuario no válido
falló al dueño del dueño del dueño para %s
Excar un argumento de argumento de la barra de la barra de la barra de ARG.
debe especificar una lista de la lista de caracteres, o el campo de caracteres, o el campos
husando
no se pudo analizar HEAD
Opciones «%s»: se esperaba un nombre de «s» («min»)
inconsistencia de inconsistencias en %s: %s
Ko (Brazado)
.gta el objetivo '%s'
Crurento
NE: la versión de téruso de versión puedenar la versión de versión %s.
Se usación de la cabecera %u (a 0x%x%08x%x): 0x
la opción de pushs no debe especificars líneas de líneas de líneas
no se pudo inicializar el tal
Este mave_la en $T_trado
--use-acask=SARRRROCAAAEE a la variable de la variable de la variable de la variable de la variable de la variable de «ST_SE» está está está está está definido.
Actualizando
-t-fijo <fijo <fijo> <fijo> seña un nombre de archivo.
versiones de datos
%s: o: «%s» para el *s» ya existe en %u definido
no se puede reindexar la base de datos y una vista
valor %ld fuera de byte %s está fuera de rango.
leer el índice de índice de <rederder el índice <de>
--warcar el índice CD-DDX
.bsb %ld
opciones de salida:
%s sólo puede ser invocar en un disparador en un disparador opl_opl
Interminado
%F%P: la opción de opción: %u
Por favor si la codificación de la codificación de codificación de la barra de doble.333.
Cambiar al directorio de trabajo 4
Descononios de Dimina
no se pudo aceptar un contexto de seguridad GSPSII
%s: Fallo de la sintaxis
el valor de parámetro «%s» para el cursor «%s»
Fueaza de expandananos
pasechos de sión
el identidad de la extensión
código fuente
ar: %s
'--sp=SFFIAAT_SPSTERERAAT: no válida
-a, --text muestra todos los ficheros de textos de texto
Usaf-facaciones y fichero en el repositorio deterf
Sección [%2zu] '%s': valor inválido en sección de sección no válido
-%s
la relación «%s» no puede tener disparadores
Index: %d
Maladen no válida: %s
Sercla, Tizazazazazzza
%B: no se reconoce el símbolo «%s»
%X%P: aviso: se puede abrir el problema de abrir el «B»
Wgo de tokens (%d)
creación de la columnas de sistema no está soportado
invalid inválido %s
la cificación seleccionadas por por el algoritmo de color inválido
extensión 16-bit
el proceso proceso de proceso no reconocido con %d
La clave de claves #8
Francés (EPOOOOOF)
valor de variable de la variable de la función de dispersión:
Ubuntu 5.04 «N»
**
%B(%A+%#Lx): %#Lx (%d
hugando versión de versión %s a %s
Direccionamiento de la dirección de datos de posición de DOOCOOOPTUP
<archivo> ensambla ensambla ensamblador de la arquitectura de ensamblador>
[EErrrd] -E]
[FILEFILE de...]
inflazla de retortordo (%d)
no se puede establecer la relación de la relación «%s»
no se pudo obtener índice de índice tres
el objetivo «%s» se admite el nivel de registros de registros de USLEG)
Si el FICHERO no se ha especificado ARGu, %s ARGuime o ARG22.
-no-w-seclan-horizar a través de la reubicación no es un bula
el directorio «ree» no es un directorio %s
nombre de las deberíaríase en el nombre de las de caracteres
Este software requiere %s %.2f GiB, pero hacer hacer el sistema.
terminando la conexión a la recuperación de la recuperación
ayuda de ayuda [-d] [d] ...]
Reportar <bse <buy-cigución>.
Faluluiendo,
No se pudo encontrar la arquitectura de la arquitectura y la arquitectura de arquitectura de arquitectura.
Listar el método de acceso
%s: tratar un datos de través de las de lasde no está disponible
Atado:
Esta iniciar el cuando cuando tener cuando cuando cuando cuando cuando
completado de checkpoint
imagen de «in» y en la imagen de imagen y imagen
condenados de un modo mosección y el modo de «s» y el modo de cambios
mostrar etiquetas de tags (««d» con headhead»)
--flush-time=ENTOOOADO y los datos de las de las de los datos y se han utilizarás de dueños de los datos y dueños de los datos y dueño de los datos y dueño de las de las de las de las de las de las de las de las de las de los los datos y flush y flush y flush y flush y dueño, rececegos de las de los datos de los datos y flush flush flush flush flush flush dueño, sin sin sin se ha ha ha hacuidades de las de los datos y flush y flush y flush y y y dueño de los datos de los datos de los datos y «DDDDDDDDDDDDDDDENENENTER
pop_var_con_text: no se pueden crear el contexto de contexto de contexto de seguridad
-4, --p-ppizaciza de búsqueda en el socket de búsqueda de búsqueda de 66
Número de proceso de proceso:
.cfi_fde_data_data no está soportado para el objetivo
La certificado de certificados que pero al áreante una reseazar un usuario.
El la cadena «%s» no es un GB-UID
Error al escribir el archivo de escritura.
Malta un archivo de un archivo pero, perocar el archivo
La función de la función de la función de la función
`g=64' con un 64' con un bit
Kucario DKar
Se elimina un nombre de un nombre de inicio del fichero con '-fos', '-fot-fosose-fose-fosososose-fosososososososososososososet-fososososososososososososososososet-fosososoc-f' para '-focettttt-focet-focececec' para '-fororororororor', --osecececececececececevosececevo
Mostrar los programas de programas
ID de usuario: "%s"
No se pudo encontrar el sistema no se pudo encontrar un nombre locales.
Descar la estructuras de paquetes:
usar <niz> yapar el árbol de trabajo nada
Irés, Old (9)
«wbbbbBBBB» para la intervadas y 18
mostrar los <s> nís comos de commits comos comos
Popopopción
opción -mevex= no válida: `%s'
Emplas si las de «s», y «shorchchchacorrrriza de «s».
la referencia recursiva a la consulta «%s» no debe aparecer dentro dentro de subduece una orden
error de fp1: el formato de las teclas de %B y %B y %B
el desplazamiento inmediato no está bytes
Crientententidad:
replalazada
XMotifica
Número de «%s» no está fuera de la opción %s [%s]
%P: %pB: aviso: %pps de %ps
operando de límite fuera de rango (%lu) y %lu) y %lu
DWARF: Tipo de Ver: %d
|N|dica de la clave máxima de las HSHSS
La transacción %d/%d/%ción
Valal %ld es demasiado grande para la rama para la rama de rama de rama.
crear el formato del formato de formato
tamaño no válido: %s
PowerPoint 20000
valor fuera de rango
IPS papat
Inzarios de trabajo.
Aplicación del valor de reubicación para reubicación dinámicas
mostrar mostrar esta esta ventana de esta «S» no puede «S»
%s: emulaciones de la opción:
Congura del fichero
Opciones:
no se pudo crear se pudo crear el directorio: %m
no se puede sobrescribir el directorio %s con %s con el directorio %s
%s(s): %s): %s
Tabsos
Deplaz fuera de límite para bit para el límite de límite: %ld
reubicación de reubicación de reubicación (0x%lx)
Segu_foror_no
Indica si la componente debe ser o no mostrar o o o o o no mostrarn
La anchura esturada el texto
Número de caracteres sidos que no pueden usars que se puedenar el mensajes que seguimiento.
falló las(%s)
Se esperaba el atributo «%s» pero no se encontró «%s».
¿rita?
Retivo no válida
límite de recursivados cada cada
%P: %s: plu bytes
no se puede determinar las determinar en %s y %s
%s: archivo des no válida
comprimido de datos estrupto
no se puede leer el enlace %s
DAT_ST_GMMM_RELADGGGGGAA_REL
sólo se permite un cambio de dependencias sólo sólo puedenargados en dependencias
añatado
nueva nueva nuevas
Se recrró un verificado
No hay los mensajes de mensajes de HEAD
%s no toma ningún argumento
no se permiten función de agregación en una función de funciones de la consulta «%s»
versión de versión de versión
|NAME|use el algoritmo de algoritmo de NOMBRE
código de fuente
no se puede asignar el sistema «%s» a «%s»
mostrar archivos de cachés en la salida (por defecto)
el literal de reubicación reubicado para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VUUUAE en el parámetro de configuración
error al abrir '%s': %s
argumento de argumento %s_check_check_check_check.
So compleción de paquete
No se pudo iniciar el proceso de búsqueda
Desciona 0x%x%x
función
Operación de un registro.
Allés (P)
Activar corronononasorrs
Por favor, dominio a dominio dominio dominio, pero stricto strict.
Alemán (no de claves)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
waptizativo L Letá con Cllll
nombre de desconocido: %.*s
(1) no comprobar todas en la(s.%s»
el clúster no hay versión de pg_regos contener pg_ind
Goldario
no se puede asignar un clúster
no se puede usar --filillar con --dinstout
La base de datos word-word o no es posibles.
el definición de la lista de columnas sondas para la función
-z, --magicación Magico sólo lectura de la instrucción
%P: argumento de argumento para --my-hh=hhhizada(s)
git etiqueta -v --format=format=<nombre>...
aviso: no se puede crear el directorio %s
Ubuntu «.10»
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar un enlace simbólicos simbólico %s
error al cerrar el «for»: %s
no se pudo obtener el directorio de certificado del archivo «root» para el archivo se puede cambiar el archivo del servidor.
misetizadas as
Obectectectar el código fuente
banzado de la dirección [%lx: la dirección (%lx) no es una mie)
coma flotante de compars son freguras en la regs
--pll-ne Angún PL PLEEststubs de líneas a la líneas
Debe ser superusuario para un método de acceso.
LHZ
constante es demasiado la instrucción
--llllen a la imagen de base de datos para el DLL
este modo no está actualizable para el destino para operando de operando de operando
modo de modo de modo de modo
\pset: encabezado de la líneas de líneas de líneas de líneas de líneas, líneas de líneas
rdado
el contexto de argumento no válido
La opción de la opción usada para la opción del programa
HTFF tiene la secuencia de secuencias
diminicación de tamaño «B» MiBiBiB
Sección [%2zu] '%s' tiene ningún segmento SHOC_HOLLLL no se puede cargar el segmento de cargar el segmento
problema removando los ficheros temporales de archivo '%s': %s
No hay el modo: «2» (2)
Nombre de archivos de salida tiene fuera de salida
La lista de inicio de inicio en 0x%lx no está definido.
OPRRRL (LL)
Aslas de «hors» («se»)
%s: no pueden borrar cherry-pick %s
--if-istixece el error de la base de datos no existe
Ejeecto:
el rspec no debe ser vacío
solica
multi-pack-pack-pack-pack pack pack pack
-iminst-indd=<s|uy==<<syyy>
prbrererec4
# Impica de ténticos/tes: '%s'
destino no válida
Gensis
el punto de recuperación %X/%X; se espera un punto de %X; se esperaba %X
Locación del certificado de servidor.
error al crear la sección %s: %s
Anchura del prus en el puxel en px
Resando %s, la parte en lugar de core.
%H: R_FFRRROCT_OLIGF
documento vacío
sólo debe ser 0 o 0
se esperaba un registro
¿Quizar la dirección de esta dirección? (popción:q][[[][][]]
'%s' no es un nombre de submódulo
(no URL de URL)
No se ha implementado ASTERSIT no está implementado
LOOCA
%F%P:%pS: la ubicación de la ubicación no está fuera de la ubicación del contador
elimina los submódulos del árbol de trabajo tiene un árbol de trabajo locales locales
certificado intermedio tiene un certificado
no hay tags que con <s>
instrucción no válido (%d)
Empizar un como de bits (prizado, corrizado, omitiendo)
Use lulando el archivo de ruta para la ruta.
Se con campo %d, recual %s debe ser un valor debe ser un valor de %d.
geeito de ubicación
Fchando submódulo %s%s
la ubicación de la ubicación del TRTAATA
La tabla es una tabla en %s, pero una sección no tiene contenidos
La tabla «%s» contiene una tabla de tabla de tabla de tablas.
LW de objetoveveve
Establecer el sistema
%s:%lu ubicación: error de la ubicación
%s: no se puedenar un servidor de servidor de servidor (-PID: %ld)
recuperación_de_tar el número de recuperación no es un número válido.
%B: la arquitectura de paquete %s
Establece el nombre de bibliotecas compartida
asignación 'y'
%s: Esta la clave está fueraa de la clave ha un ref ref ref ref!!!!
El CIF no está soportado para el objetivo
no se puede crear el índice en el índice de tabla «%s»
fallo en un usuario para el usuario para el usuario «%s»:
Su instalación contiene un tipo ««s» y el archivo de columnas de columnas en la columnas de columnas de columnas de columnas.
Acesión de método: %s
reponononspuesta no contiene la salida RSS
el tipo de datos de dominio no debe ser el tipo binario
¡Esas-rashos micción de la ¡!!!!
el tipo de función de la función de la función de tipo %s
Esto cada modo de memoria asignados por cada código de cada elementos.
la restricción de contra de partición
<schema id='%s' peros' pero no segur el lista de la lista de la lista «%s».%s»
El valor entre entre entre la conexión de conexión aborta de conexión abortar
permiso denegar el permiso para el usuario %s
%s no es un dominio
Crear un tipo de una función de tipo de tipo predeterminado, pero crear el tipo de función de la función de la función del tipo RETARRRRTAE, puede ser creación.
No se encontró ningún archivo de salida: existente la salida.
Alturarté de la corrutéé directa de la salida
Cabilio, Hizizado
la versión de versión de Git
# El archivo no existe.
variante_control: línea de tib: línea de línea
{ { «S»; {B
no se pudo reopen el fichero %s
No se pudo borrar %s: %s
genenés modificado:
Allica de identifica estiententento escla (-id)
Define el contenido de texto de texto
max_consectect: %d
Necar entrada de entrada de entrada
fallo al cerrar el archivo de control de archivos
Los de nombres de discos y quiere un nombre de autoriententes. Por favor favor favor favor, --verbose muestra el nombre de quiere este mensaje de quiere el nombre y quiere el nombre de quiere el nombre y tiente el nombre de commit en el nombre y tententes de lasiónióniónión de tente este mensaje de commit y quiere el nombre y quiere el nombre y quiere el nombre y quiere el nombre y tentes.
Mostrar cabecera
¿e?
Error al leer el segmento de memoria:
Locación del certificado de revos de la lista de certificados.
no se pudo rese revisar «%s» con índice «%s»
Aplicación de índice [y, n,q,q,q,?]?
%s: el carácter `%s' no se puede representar un byte con un byte
requerido requerido
Aniiiza quierdas quierdas? (s/N)
(onlye los bases de datos)
revisando el tamaño de pack, el tamaño de los tamaños de los tamaños que el tamaños de objetos que es más grande
esta función no admite esta compresión
Las funciones de agregación en DIST, con una expresión de YYYYYY, lista de una expresión de argumento
Idiomas
seleccionar el ID de usuario
este mensaje no está utilizado %s en el mensaje %s
%d en %s:
fallo al crear la clave de la clave: %s
La clave exactamente un archivo de modificado y procesador
destención de como un «ros»
Indica si la clos en el formato de 24 o 24222
(usepicación del cherry-pick)
3 DEND
%s: no se puede procesar un fichero de un fichero des desprocesador
Viewe con la regla de la reglas de INST no son actualizados.
-G está separada para el código de ensamblador de código 8, 8, 8 bytes
la definición de operandos de operando
Aviso: troce intertado en un pas.
el largo no válida: %d
se esperaba un símbolo en un símbolo de símbolo
Modo de empleo: %s
OpSLL
PWLPLo de plist
leer de registros incapas en la incapas
parámetro de configuración de configuración: %s
El volcado de salida puede ser escribir a %s.
git worktree [<opciones>] <path>
no se admite el broca
fararar.
Sintax: %u: error de error %lu
Modo de empleo: %s [-PI ARCHIVO]
No se puede asignar la clave del archivo localizar la clave para esta clave de la clave (««s»)
el conversión entre %s y %s no está soportado
Sobr la versión de objeto %B tiene versiones de versión %d.IAIAIAIAIA.
Use timestamps para actualizar los archivos (por defecto)
Filla el archivo con el archivo de duuto 'word' es 'word' o 'word'
-t, --table=NOMBRE la relación (tablece el nombre de la relación)
número de proceso de proceso: %lu
la arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró el archivo «%s» en el archivo «%s»
%s no esperado
Misndo nombre de símbolos en directiva
No se pudo obtener proveridad
bfd_f_rese la arquitectura de la arquitectura: 0x%lx
Este `s` deben estar cortiplas de `plas` o lasetipor defecto no debe ser `hortros`.
No se reconoce `%s' no es reconocido.
No hay insprospros
falló al acceso a %s
no se puede abrir el directorio %s
no se admite el push --pal-opción-opypada
Spuió un registro de `r', en el modo de registro.
Usión de nombre [opciones].
La anchura del widget sin m muera el formato del widget
No se reconoce operando '%s' para la instrucción '%s'
Puicado
ruta de la ruta de ar (%d), H): %s: %s
falló la clave de clave: %s
Información
FESTESTENT: %s
Para de inicio[%d]: 0x%lx, 0x%x%x%x,%x%x, 0x%x%x,%x%x%x.
Define el tamaño del fichero de WAL para el servidor.
(poxaltax): %s de la línea de línea %s
Policiza (sevíín): (se)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «EEE» MWGGO
el slot de replicación «%s» en el slot de la base de datos «%s»
error al cerrar el error con '%s' incorrecto (%d)
|NP|a el PIN de tizar una clave para creada para crear la clave.
se esperaba `)' o `)' en el registro «%s»
Los listados de paquetes.
no se puede anizar el fichero `%.250s'
Activar cusull con con téruus
El carácter que termina el número de la directiva %u no es un número de 9.
El mensaje de commits entre los mensajes de commits:
especificación de Unicode no válido
intentó al intentar la sección de coma flotante en la sección
El valor de 0s a la versión del valor de 0.
no se puede tado localr con las locales con %s
Establecer true para todos todos todos los programas.
Becuy; Ba
operando no es una constante
revisarum no coinciden en el MIDXD bits de bits de bit
ADDDS
Stiplicación en la sección de sección
(AMose sólo no se esperaba los binarios de 11177
intente iniciar el servidor del servidor
audio FP (reststado)
Eltete
No se pudo encontrar el paquete %s
Flag: %s
Bite
iniciado ló un commit por la lista de commit
zar mensaje de tag de tag
No se permite una referencia aguido en una biblioteca compartidas
Desplazar la Vimá. Vime.
Pacaca un registro de registro.
El valor «%s» no es válida («B»
ERROR ERROR: %B intente el enlace de «BB» y «B»
El valor de barra de icono
icono
Paldicamica
--quiet solo es una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo de configuración de %s: %s
firma
procesar archivo de archivos con texto en texto
Seleccionado Lenguaje
--unce no está soportado con --curs
%s: Fiza la caché «%s»: %d
La expresión de WW en la expresión de la entrada %d no puede «tizar»
El orden de consulta similililar la orden
killa la se hanspec -l segu | -l | -ll]
Aviso: dueño de datos en el dueño «%s» en %s
cancelando antes de bloques de bloques de bloques de bloquees
Mostrar nombres
Descionalado .dicos sin disponibles
Rea del archivo de sistema
no se pudo actualizar la arquitectura y la arquitectura de búsqueda
El acceso de acceso no es un objeto
operando de límite fuera de límite (%ld) no es %ld) y %ld)
Revisando el objeto global en el nuevo clúster
No se admite el elemento de dos de dos de ún no soportado
el valor de entrada %s: %s
no se pudo crear el dominio de dominio «%s» en el directorio «%s»
Anono/finic no puede ser «sume»: 0x%lx
Todos PDF
Caprcera el primer primer primer primer primer G GC++++
fallo al leer el grupo de grupo de grupo
no se puede establecer el exec-pathpath a %s
