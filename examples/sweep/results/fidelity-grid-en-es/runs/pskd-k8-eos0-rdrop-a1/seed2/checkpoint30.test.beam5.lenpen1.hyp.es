Si el botón de los botones de los botones en el botones o no debe ser en las
Incapaz de las de ruspes
no se pudo crear el archivo '%s'
El dominio a dominio a dominio, o dominio NULLLL
%s no puede ser aplicada a una función
ignorado
problema resando '%s' a '%s': %s
-n, --verbose muestra los cambios, --pres comos de las de patentes
no se puede usar la expresión de la expresión en la expresión
Dislas de nombres de «s»
El archivo se ha modificado un archivo de modificado
(eeacuetie)
Exxxciones
el tipo de caracteres inesperado `%c' en el tipo de caracteres
Error al actualizar el fichero %s: %s
plano al procesar
valida de datos de datos PKAAAA
%B: %#Lx: aviso: reubicación en sección de sección
no se puede crear el fichero %s
Emplas
Error al leer el tipo de tipo %s: %s
el ref de push para '%s' no tiene '%s'
Mon-KKEshas
la base de datos %s
No se puede Dadano
clase no válida
Por favor para la clave de claves de la claves de la claves:
--cacitita una rama
Establecendo miemexid en el nuevo clúster
USPS, República de «S»
Indica si se deben utilizar la líneas de la líneas, word en las de las de la líneas
Cazaccriza a la claves (shhhhhtk)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.10 9.10 Ko
Tawano
las opciones -C -C y -1-s1 no pueden utilizados de las juntas
Mo renombrar un directorio o un directorio, o un directorio
Nechocizar la dirección pual
Paaama Zanano
El número de registros después de la cacionalización del bloquees.
Vieras
-racción de la especificación de la especificación de tizados de multizados de tizados de tizados, -v, -tizados de las tizados tizados de caracteres de las de caracteres de las de las de caracteres de las por por por por por el nombres de caracteres, -tiv, -talalal, --tartartartartartartartartartartartartartartartartartartartartartartartartar el nombres de caracteres de caracteres de caracteres de caracteres de caracteres de tiv, tiv, -v, talalalalalalalalalalalal, -tizados de caracteres, -tiv, -v, -v, -v, -v,
el archivo de comprimido, pero compresión no soportadas de compresión
Cololols y pidgins, psulsienteseses
línea inválida %s
no se ha «ll» para todas push»
Timee a :
salida de página en la salida de fuente INCDO
Sección [%2d] '%s': dispersión de hash para el índice %zu
No se permite el carácter de «caca» en un valor de caracteres
destino
Xfortien
core y se debe especificars en la opción de 32 bits de 32 bit.
jul: se admite un «inin»
No se ha detectado el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GBOOFFFT_ST_F
operandos de operandos no puede ser en el operando
inicia_de_pepepe: pgububdo
no se puede encontrar la primero de primero GST
Fal inválido: --at=SHO con --atimisisistiza
leer el archivo de ruta de ruta de archivo
no se puede iniciar %s
No hay disponibles en la carpetas porma «%s» para el URI «%s»
Modo de empleo: %s [opciones] [a(s)](s)]
la opción '-%c' requiere un argumento
No se reconoce IN_INTT_GFIGF
No se permite una definición de símbolos con un nombre des que se enculas
opción --no-conflict-conflict-setrue --setiz, --set-setrse, --set-set-setuinsetienset-setruet-setienset-se --setiensetiense --setizat-set-set-set-set-set-setéé-reset-reset-secase --set-conflict-conflict-conflictse --se --secualalalalalalalalalalalalalaliz --setiz --setiz --setiz --se --set
clave %s: "%s" %d firmado
versión de índice %d
Se especificó ningún protocolo
Francés (talal.
Racecita de ventanas de una ventana de una ventana
-a, --allallar la base de datos
<stringstringo: %ld>
El valor de «in» para el valores «se». Por favor, valores «sece», valores «se» para el valores.
«%s» no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera de encabezado: en el fichero de la línea
--no-ififififizar el modo-secue el modo de «mod»
Silo de elementos en el elemento
no se pudo asignar la HEAD de '%s'. Des'.
-mamas=<fichero> 888, tipo 8338, tipo de tipos de tipos 8888, 8, 88833336666666: tipo 888888, tipos 88888888833333666666666666666, tipo 888333333333333333388888888888, tipos 8, tipos de tipos de tipos de tipos de tipos de tipos 8.
<labe>
Se esperaba un argumento PRORí
Tipo de %s no está implementado en el GI()
fallo al analizar %s
Maxca
la instrucción no es una dirección de este modo
abortar la transacción actual
kkipidoido: %lu
no se pudo comprobar '%s'
El número de registro a un widget a un widget
kkización de la ubicación (LSN de %X) debe ser mayor o %X/%X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.10 10 10 «W»
Marando %s
descriminimina cero
El inmediato está fuera de rango para 6555
-f --axilciliz no pueden utilizado
Mactos de lashoshos de ficheros
%s requiere un valor
Lista de XKBB
se ha escribir el mismo que el mismo registro
%B: número de reubicación no válido: %d
Ikkuso depe2
-X, --exclude-director=SIAATTTTTAA
tipo: %s
diversión de local %s a %s
%s utilizar la clave %s (%s)
abortado por por fallo al leer el fallo
instrucción requiere el índice
debe ser un «check-check-check» en pasepar un patados
no se pudo crear el tablespace para el tablespace %u
--statack <size> en el tamaño de la pila
no se debe usar el índice en el modo de índice
atención: %s
resando OCCSP '%s'
el valor de campo de campo «%s» fuera de rango: «%s»
define un nuevo operador de operador
no se admite la sección en %d: %s
Incasex_presepar_presece_seca %s (s).
Intertern: error de error de error: «%s»: «%s».
Dazado de transferado.
Bulseras
documento de Aprocesador
sección 0 en la sección 0]
refsh_h_regus
%s: se ha detectar un «b» abenen»: %s
Vera: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
el operador de operador «%s» no es un tipo %s
Padulo no debe con un /tentes de un /pla (p/s/s)
Error del SDetizo
- -?, --help=help=opciones] muestra los ayuda
Verostica
Símbolos de instrucciones para instrucciones
no se puede eliminar el «se»
la función «%s» debe ser ejecutada
Se esperaba una instrucción
no se pudo analizar la lista de como «%s»
valor inválido para '%s':
Cololéntica de la cabecera as de skll
huge no está soportado en este procesador
Mununca un YRCPC Y
No se encontró ningún símbolos en la sección de la sección
Establece el número máximo del número máximo de trabajo multado.
Modo de empleo: %s [OORORRRO] [PORO]
desencar_arcacterar
el archivo «%s» no contiene una cadena de la cadena %s, en %s
cliente un cliente no válida
caracteres inválido
Establecer PRORRRGM a un enlaces
@%s no es un reubicación.
Generando mensajes de mensajes
%s: Para un directorio desconocido
(portar y «git») --continue)
revisado no está definido
El archivo de CPizado (comprimido)
no se puede asignar un argumento de %s
%s necesita un parámetro
Falló un «bbb» para la sección .pendend»; la sección .bsecececececuecue a la sección de la sección de la sección .bido; la sección de la sección; falló; la sección de la sección de la sección .pendendendendendendación de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Empo de tabla:
Actualizar (P)
Se ha cambiar el repositorio de las
<und>
--entry <entry> DLL> DLLLLLL
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el inicio de inicio de inicio %.250s
error de sintaxis de necario «%s»
Aplicar las cambiados de commit
Los valores entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
Menchchos de los niveles de 5s
AVI: claves no es una clave de firmada con firmado !
el tamaño de pg_datadata y el tamaño no es válidos o no coincidentes
%s: no se puede encontrar la sección %s
no se pudo escribir '%s'
El nombre del icono de iconido en el nombre del icono
no existe el usuario «%s»
no se puede cambiar el tipo de datos existe
Tempo de resorar el reseminar '%s'
La ruta de la ruta de la ruta de la ruta de la ruta del conflictado
Define el segmento de exec y sólo lectura
la relación «%s» ya existe en la relación «%s»
La opción -l y «s». El nombre de la opción .pend» en el nombre del fichero de la opción .por defecto es un nombre.
no se permiten ruse en la función de trannnnnnnnns de una expresión
Kurd (S)
activa de comprimido
Define el tamaño de dispersión de tablas <UMBB>
Si quiere a quiere el directorio de WAL «%s», elimina el directorio «%s».
|aducit-ret-res|-cultiB
( fuente: %u)
AVISO: los directorios en el directorio de configuración «%s» de configuración '%s'
Quita de paquetes
-mno-[%s]
Catado
Actualizar la fecha de acceso y el FICHERO
los mensajes de los pululución del plución del C#' pero «#» para «#»
Ezio
%s: fin del fichero de entrada inesperado
contador de registros no puede ser HICTTTTIITTTTTTTTIIA
\pset: no se permite la línea de columnas de la línea de double, líneas
No se recomendado para este elemento.
-d, --dbname=BBBBAAAA de base de datos «%s» a la base de datos: «%s»
no se esperaba un contexto en el contexto de línea
%B: reubicación pcla-rettttiz de reubicación %s
no se pudo definir la dirección de «d»
El probó un probo un YY.
el ordenamiento «%s» para la codificación «%s» no existe
Misistizando como después de comos.
%s MiB es un memoria. El objetivo %s.
|UUUA||| TOFFIF para claves
cancelado por el usuario
Kusos
word es demasiado grande para word
República de Ninado
Excionando el argumento de argumento
el nombre de simbólico con el valor de `picos' no debe ser usado
-P de la contraseña de la contraseña a un servidor
Alemán (Bonese) en el registro)
puntero de registro de registro Z)
directiva .end' con la directiva .end'
Runcita en el pg_bido a un directorio de datos de datos.
Darwar: Ta no válida o no válidos en el valor dentro de la %#x.
%s y explicititos de nombres de ficheros de musexitos
kkiendo esta instrucción de instrucciones en esta instrucción
símbolo%d
-3 crea el fichero de 32 bit de 32 bit bit de fichero de objeto bit
OP_ROOloglogo (secional) o incción)
el modo (%o (%s) no coincide con el modo %s)
elo, nombre de nombre: %.*s
[ARGSI...]
no se admite la sección .samincizar la sección
Necesita autenticar al repositorios
Necita autenticación para el sistema.
la es desconocida '%s'
un <pendimir <par> en el árbol de trabajo de trabajo): «-»)
no se pueden con ONFFICTTTT no pueden ser usada con tablas de tablas con tablas que no pueden usar con tablas que se pueden usars que no se pueden usars que se pueden utilizar las de tablas de tablas
[ora de pila]
no hay argumentos para el cursor para el cursor «%s»
Empo de símbolo %s en %s
la columna «%s» en el valores de la columna «%s»
procedido
%X%P: no se pudo hash_regulo: %E
el archivo INPTTT ...
no puede ser grupos de grupos en el grupo
%B: se utilizar el campo (%s)
debe especificar la ruta de la ruta(s) para la ruta)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(mama de clave %s)
Funcción de las interrupto.
--%s" en el argumento de «s» y «b» y «b»)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo «l» para con cons en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra la salida de salida
se esperaba un mensaje EF inesperado con word
No se encontró una instrucción
No se admite el modo no en el modo de modo. Desecuerazar el modo de «l».
la opción SP: --apasacascurimir a través de autoripos
Mempos
.DEFAULT_GO contiene un objetivo de destino de objetivo
Manano
Francés (Da)
el valor es escapes no pueden usar un valores para el valor de un valor de un valor de la codificación.
%s: aviso: el archivo de higraguto.
iniciando el flujo de WAL en %X (X/%X)
No se encontró encabezamiento XPM
64-bit SID 64-bit o de coma flotante de coma flotante de coma flotante
Tipo deprizados VSAA nizados MSAS
la codificación de datos
documento de entrada de entrada MMM
La pantalla para el GD
Este se puede rizar sólo sólo puede ragras de versión %s.
Quito:
no se pudo generar el código de código de código
free:: el tamaño de inicio y el tamaño de los tamaños de diferencias
Establecendo de impres
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket de socket: %s
setsego (con)
SH_OL_ALLLLLT_SULLL (S) en la consulta de la consulta)
Esto tags que contiene los nombres de las que no válidos. CIS, tados.
no se puede usar esta instrucción con esta instrucción
el como %s no puede ser tizar: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser actualizado.
establece la rama acizando a la rama
Auto de pack en el repositorio de timue para el repositorio.
Resulando GIF tiene tamaño cero
el tamaño máximo para el fichero de base de datos %s
%s no existe
-SIRERE para el código de ensamblador SOOUCUUC
%B: el tamaño de memoria en el tamaño de memoria compartida de %#Lx
Falló la generación: %s
escritura de firmado
Necesita autenticarse para la imagen locales.
Tecional de YMBMMMMMMB
Prizando fichero '%s'.
Por favor en el número de componente de componente:
Sal tiene un «s».
República de Grama
No hay «gangano (S7)
definición de mensajes
Broskens
STC_NPOP_SL (SOPS)
Replicación /
Martiza una cosos
no se puede tener una columna de la columnas en %d
formato no válido
el directorio de control tiene permiso de control %u (033) y 3=57)
El número máximo para el valor devolvimine para el valor gp_de_regenenen()
%s Ex:
ignorar refs que coincide con <s>
Tipo de riminos
rango
3-bit fuera de límite
-f, --fififise la opción=STTTTTERERER la opción -t, --s líneas de la opción -s de la opción -t, --s de la opción -t, --s de la opción -t, --s líneas de la opción -fort, --fort, --s de la opción -fo el campos de la opción -fort, --s de la opción -t, --s de la opción -foce el campos de la opción -f, --verbose muestra los campos de la opción -f, --s líneas líneas de t, --verbose muestra los campos de la opción -f, --s de la opción -f, --s de t, --verbose muestra los campos de la opción -t, --s de la opción -f, --s des opciones ( ( ( (S)
no se puedever el directorios
Opciones de opción:
Gutizados tkl
de_emite
procedido (picado)
la definición de la lista de la lista de la función de la función de como de la función de la función de tipos
no se pudo analizar el datos en %s para %s
El valores de claves de claves de clave «%s»
Activar
La opción de salida ya de salida:
«s»
Reserver los datos des (end)
desplazamiento tiene la reubicación %zu
el splitIxex. CICCCuegado entre '%s' y el valor de '%s'
respuesta no válidos (segus)
bugo: : ««s»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en modo MIPS1
Error de cadena: una cadena de la cadena no válida.
Anigusa y dasua
sólo se admite un elemento de «S» para el elemento «%s»
-n, --susecort-porsortados (PID, PID, PID, PID, --s, --s, --s, --s, --secortiportiportiportiportiportizasececececece los nombres, PID, --s, --s, --s, --s, --s, --s, --s, --secececas, --portiportipors, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --s, --portados, PID -portiportiportados, PID PID
imagen de comprimido de comprimidos
no se pudo encontrar el ID de %d en el ID de entrada des no está fuera del fichero de entrada, se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entrada, peros de entrada de entrada de entrada de entrada no se pueden encontrar las de entrada de entrada des en el fichero %dizar el ID %d no se pueden encontrar el ID de entrada, peros de entrada, peros, peros
documento de «ce»
Securió el fichero de metata: %s
No se pudo abrir el archivo %s
el archivo de datos «%s» para el archivo «%s», cuando «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Sano de Rusho
paquetes firmas de firmas
trasilo(s) añas)
Las opciones no son son téguera un tés que tados que tados que tados.
se ha recibir el datos de datos GSPSIA
Sistema
No se ha actualizando la configuración de «group» en la configuración de configuración de configuración. Por favor favor, «ar»
Realización
no se pudo copiar el árbol de trabajo de trabajo «%s», omitiendo
«%s» no se puede ser hise «%s»
Se encontró ningún no encontrado
No se puede verificar un archivo stdin
-E, --denence la base de datos=CDOA
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-o de cadena [ [ [AA]] (-line-line)
Necesita autenticar para la cargar el cose el cortuero para cargarupo de cargado.
el array mod debe ser un array
No se hacual
Kas
el parallel de la entrada de entrada no está soportado
Critado a través de la cadena.
It debe ser un símbolo o una función de símbolos.
Ubuntu 5.044.00
Se esperaba la versión del protocolo de la versión del 1 %d.
Indica si se debe especificarse en el widgets
Caracla
Euro en r4
la instrucción .COMM fuera de rango (%lu)
CTL_ST_SL («L»)
Cix-dominio dominio «%s» (dominio es demasiado grande)
%s tiene una columna %d pero no está disponible %d
Muestra un botón de los botones de los botones en el botón de las de los botones debos
No se puede tizar el nombre de la claves que se *secizar el nombre de usuario.
Farpe del hijo
Runmilililo:
No se puede procesar el proceso
No se puede conectar %s (%s).
Sililo.
permiso denegado para el permiso «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
FORECHCCA
--replication de replicación sólo puede ripros en el replicación
La etiqueta de índice no válida
Quizar el bizado (set).
Xigigo
Misando o de atributos en el atributo
el fichero de `%.250s' es un archivo (por defecto) lla %d)
Dibibibibib
Tipo de shosas
agregar el tamaño de la dirección de la dirección de bit
Aplicación: %.*s
Gusos: valores de pg_control:
*** *** ***
la opción de destino no admite la opción push
Celísticas
shell
terminar las entrada con el byte
falló al establecer el directorio de trabajo después de trabajo %s
In la instrucción número %u, el nombre de '%c' no puede ser un nombre del campo.
Susezados
--no-prose no se pueden en el replicación
el subproceso de error de tado con error %u
ubicación
No se pudo crear el directorio de «s» en el directorio. Por favor en el directorio.
emplea -mcpu=arm6
error en el archivo de caché de cache '%s' para lectura: %s
tiempo de zone de rango fuera de rango
no se pudo crear el pux_p_culo: %s
-F, --format==CAA' para el formato de `C' (por defecto)', `f', «F», «por defecto)' «F» y «F» y «F», `por defecto)' con `hor defecto)' para `hor defecto)' (por defecto)', --ffffor defecto)', «CCCCCCH', --acecececececev' predeterminado)' (por defecto)' para `por defecto)' «F» y `hor defecto)' «F» y «F» y «F» y `hor defecto)', --for defecto)' para `hor defecto)' para `por defecto)' para `por defecto, «F»
Dabeta: %s
el fichero
Alemán (aduca un guto)
no se reconoce la función de tabla de la función de la función de tabla de tabla de %d: %d
Fontres de streticho
Ralimal
<s%s> se ha especificado especificado especificado
%s.0 el índice de versión de los índices de tizados de tados de índice %s, tados, tados.
Bece un primer primer primero prepedido
Modo de empleo: %s...
Mostrar los símbolos definidos de símbolos
skipizar todos los iniciar la líneas de comos de caracteres
No se puede hacer stat en %s: %s
\g no está permitido por un número de racuido, o un nombre de «rag», o un nombre
ignorar un NOMBRE para dueño de dueño de archivos para añados
código de 6-bit
Replicación Subr/s
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: «%s» en el servidor «%s»
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la rutas con la rutas
no se reconoce el parámetro de configuración «%s»: «%s»
%P: el NOMBRE debe ser vacío; no está vacío
el cursor «%s» no tiene un cursor UPDATE UPDATE de la tabla «%s»
Impiza (setu, con teclas muertas)
no se pudo eliminar 'git rebase
%s es un archivo de base de datos a un fichero de texto.
Viza no es posible
el ONFFICT no está soportado en la tabla «%s» de tabla «%s»
%s: -Z requiere un «E»
%B: el número de reubicación de %d no válida: %d
syncando directorio de datos
%s: no se pudo obtener el poseurizar el pujo
No se admite la sección de la sección de sección de las!.
NT_SM_ST_STTMMMMA)
falta el .end para .end
no se insecedido en la terminal de %s [%s]
luico
No hay expresión de expresión
protocolo
Aruezar
None
ONON COMTTT sólo pueden utilizado en tablas temporal
no se puede abrir un bfdbfd en %s
Suso abirio
%s: falló
Fo de comocripo un como (po) GdkColor
procededido OTUT no se pueden aparecer un valor de un valor con un valor de un valor de un valor de un valor de parámetro
eval: seguidad máximo de talado (%d)
Tabo
[intertero no está interizada]
Necesita autenticar en el archivo local.
no se pueden copiar los datos del `%.255s' para `%.255s': %s
No se pudo cargar el archivo «%s»: %s no «b»
%s prependización en %s
se esperaba un nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar un índice de índice «%s»
%d bytes
excezar la «cecex»
No se admite el «m», no soportado.
la secuencia «%s» sólo soportadas de la columnas de columnas
--desecence el cada archivo de cada cada se hanue el símbolo (picecue, --secue el símbolo, --regicececuecuecue el símbolose el símbolo dese el símbolosececuerererereros quierquierece el símbolos quierquierquierquiere el quiere las des ««««««««enenenenenenenenenenenenenenenencecececececezado, --tartartartartartartartartartartartartartartartartartartartartartartartarget-fer», --quierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierado
Indica si si
%B(%A): la tabla no válida
Este algoritmomo al algoritmo de búsqueda en la búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resero (secegan el nombre de tipo de función)
Aprizados
Falaltas de la columnas en la columnas.
-q, --quietquiet
Mado
El archivo CubickT_REL
el sistema es una conexión de la conexión de la conexión de la conexión es un sistema
nombre de macro no válido en la ruta no válido: %s
Carar: %s.
no se permite una lista de registros
%s: falló al aviso: el contexto de los contexto de %u
Para un plano de como de cadena
%s: mitiza el enlace de enlace: %s con módulo %s
Indica si se hacar el contenido del contenido de texto
el Kabebebe KKKo no está soportado
%d está fuera de rango para el límite «%s».
número de campos está en el campo de línea
Exportar el símbolo SOLBOLLLs
no se pudo escribir el programa del programa: %m
Indica si los tamaños debenrías deben en el tamaños de tamaños
Su cambiar los archivos locales de los archivos localeseseseses de commit %s.
No hay seleccionada para '%s' para '%s'
No se pudo crear un directorio de datos de «s» en el clúster para el directorio de tablespace.
changando los permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera de zar: %s
No hay símbolos: '%s'.
manifest no válida: «%s»
Dever la clave para la clave «%s» en la clave «%s» y el archivo de «%s».
El nombre no válido «%s»: no puede ser un «s»)
-p, --port=RORRRRRRT: la base de datos «%s»)
--stataccionar el objeto para este objetos para este objetos
no se pudo encontrar la variable de la variable «%s»
falló al obtener el número de '%s': %s
Verificando el usuario para el usuario de operadores de operadores
`ETT inválido'
Sección [%2d] '%s': referencia de sección no está en la tabla de símbolos
versión de array: %u
%s: no es el nuevo nuevo nuevo nuevo nuevo
«0» debe ser «P»
sección: 0x%08x%08x: 0x%08x%08x%08x
debe ser mistes
no se pudo recomar la configuración
No se puede brinar un servidor de este servidor de este servidor
%B(%A+%#Lx): %s
Indica si el elemento debería cuando el grupo del grupo cuando gpros
Falló la xellas: %s
guilo: se hacual '%s'
La expresión %s requiere una expresión
Desconos desconocido
un valor no reconocido para el valor de la función de agregación «%s»
No se pudo abrir a una conexión a un subtimito: %s
el directorio «%s» tiene un directorio de datos de datos «%s»
Usos en su lugar.
error al importar la función de la función `%s'
el archivo de datos no es válido
Lígada de texto en el texto del texto
Selecación de los ficheros de ficheros de configuración.
%s: ICCFIF después de la(s) de(s)
define una función de agregación
Los archivos
no hay índices de índices.
Se existe el «tos»; stash n».
Verificando aplicaciones en la aplicación
VERSION %d
Indica si el muen es un buero es una posición de este número de este número de este número
%B: fichero mmo inválido: el nombre de fichero de fichero de fichero de fichero %d no se utilizado
No haysegur (Macaca, sin sin teclas muertas)
mismatén en el cuando se encontró '%s' de '%s'
servidor en el servidor de WAL en %X/%X/%X/%X en el timeline %u
Descporta de portada %d
socket no válido: %s
el nivel deneculas en el nivel de «se», el nivel de «id»
Los archivos de paquetes en el paquete %s) ...
Establece la salida de salida para formato.
-m[DENA, --m-msex=CAAAAADDENA para el valor de pago «s»
La clave es firma con la clave.
socket
atención: la línea de la línea %s no es reconocido: %s
República de Gpública
El nombre de cadenas a los argumentos que seguros de argumentos y tros en el nombres de argumentos.
ausente las cerrar (aseusum)
%F%P: falló bfd_hash_refux_porta: %s
no se pudo «veeppppS» para el formato de la salida «%s»)
No se ha UID/ir el rango en el rango %d UID (SSTT_ST_ST_ST_ST_ST_ST_ST_ST_ST_ST_IIIAST_ST_ST_ST_ICIIIICTTTTTT_IIICIIIIICCCCIIIIICT_ICIIA).
no se puede optizar el tizada a un «s»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(inizado para git-base para git)
El valores desecizados en el valores de salida y INIEx. El usuario. El valores de salida y «Ex» y «Ex», INICCCCIPICCCCHO «IPO» y el valores de salida y el valores de cuando se hacionalalalalalalalal».
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): reubicación no es válido para la reubicación «%s»
símbolo «%s» no se encontró la secuencia «%s»
no se pudo finalizar el archivo «%s»
la orden de fuente %d
Retado de Acción
mal valores de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor no es válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir el datos de datos GSPSSSSSIs
Tipo de reubicación %d
Error al establecer el tipo «%s»: se esperaba el tipo «%s» pero se obtuvo «%s»
sólo se puede leer un «-directory <fichero> en un <fichero>
fracción de bits de rango
Falló al obtener los atributos de archivos de «%s»:%s
-ez --output-name <nombre> <nombre> en un archivo.
Eca la cadena de la cadena debe ser un carácter.
`%.*s' ya está en la reto
corruprup-spos de memoria en la transacción en la transacción %u
usuario no válido
no se pudo dueño de %s para %s
Excar la orden de argumento de «s», «b» y «b», ARG» en la barra de las de «se».
se debe especificar una lista de la lista de caracteres, o el campos, en el campo
%s
no se pudo analizar HEAD
El nombre de «%s» no válido: «s»)
inconsistencia de %s en %s: %s
Ko (Brazo)
.gta de destino '%s'
Crrento
NEE: se puede truse la versión de tados de versión %s. Por favor favor, tados, tados de versión de versión tados tados, tados.
Se usa la cabecera de %u ( 0x%ux%x%x%x%x): 0x
la opción de push no debe especificars de la líneas
no se pudo codificar el sal
Esto de $ililo
--use-ask=SO revisar las de la variables de «SE» para el usuario.
Actualizando
-t-fijo <fifijo <preprepres> como> en el nombre del fichero.
versiones de datos
%s: o: «%s» para el *s» ya existe en %u: %u
no se puede reindexar la base de datos y las de datos
valor %ld fuera de byte %s.
leer el índice de índices en el índice <dererden>
--warcar-cexca de índice CDDX
.bsb: %ld
opciones de salida:
%s sólo puede ser llamadas en una función opl_ltrulos
Interterminado
%F%P: no se reconoce la opción %s
Por favor para la codificación de la codificación de lasión de la barra de «pp/////portiport-portiportipr».
Cambiar el árbol de trabajo 4
Anusosecriza de Dos
no se pudo aplicar un contexto GSPSI
%s: Fallo de fallo
el valor de parámetro «%s» para el cursor «%s»
fuera de expando de expandanos
pasecue
idententificación de la extensión
código fuente
ar: %s
'--pp=FFIAAAT_STT_PSTAAAT_PIIA
-a, --text muestra los ficheros de texto
Usecazar el repositorio, en el repositorio y «cacacas»
Sección [%2zu] '%s': valor inválido en sección no válido
-%s o -o
la relación «%s» no puede tener disparadores
Index: %d
Maliza de encabezado: %s
Cabirizo, Tizizizo
%B: símbolo «%s» no reconocido
%X%P: aviso: problema %s
ir el número de tokens (%d)
el registro de la columna en el sistema no está soportado
%s
no se admite el algoritó el algoritmo de algoritmo no es válido
extensión 16-bit
el proceso de procesado con estado %d
PKCCIA8
Francés (EPOOF)
# variable de variable de variables de hash:
Ubuntu 4.04.0tado
***
%B(%A+%#Lx): se admite la instrucción «%s» en la instrucción «%s»
sando versión de versión %s a %s
Dacizando la posición de posición de GOOOOPT
<archarch> para el nombre de arquitectura>
[Errrror -E]
[FILE...]
inflalazado (%d)
no se puede establecer la relación en la relación «%s»
no se pudo cambiar el índice de índice tres
el valor de destino de registros de registros de registros de registros de registros «%s»)
Si no se ha utilizado %s, ARGuizados de FICHERO ARG2.
-no-w-arsegizar el nizada
el directorio de %s no es un directorio
el nombre locales deberíase en el nombre de caracteres de caracteres
Este software requiere %s, pero %B, pero el sistema GiB, peros.
terminando la conexión de conexión de la recuperación
ayuda de ayuda [-md] [opciones]
Resporta a <bregurizar <fichero>.
Falureando,
No se pudo definir la arquitectura de la arquitectura.
Lista de acceso de acceso
%s: tranección de las de las de datos no disponibles
At:
Se necesitita de inicio por «git»
completado
Manadicación localeses y en imagen de imagen
condencedido en un modo de «s» y el modo de los cambios
mostrar la etiquetas de tags (secan con heads)
--flush-time=TOOOOME cuando se cuando se resososososecue las de los los datos y flush y flush y cuando se hacueculazados de las de las des des des de las des des des des des des de flush y flush y flush y flush y «OOOOOOOOOOTTTTOOOUUUUUEEEEEEEs des des des des des des des des de los los los los datos y flush y flush y «IIIIIIDDDDDDDDDDD, se ha si si si si las des des des des des des des
op_var_text: no se puede definir el contexto de contexto de contexto de seguridad
-4, --p-pspiv-4666-v6-v6-v, 6-v6
Número de procesos:
.cfi_p_data no está soportado para este objetivo
El certificados' no tiene un usuario duera un usuario que reshacuerera un usuario.
La cadena de cadena «%s» no es válido
Error al escribir el archivo de archivo.
Monona un archivo de un archivo, pero cambiar el archivo se ha cambiado
No se pudo a una función de la función
`gp=64' con un bit
DKuiza
Se elimina un nombre de fichero de inicio de 'se, «s», --fo «-fo-fo «-fo-fo-fos», --o t-fo «-fose-fo «-fo «-fose-fose», --o tartartartartartartartartartartartar el nombre de '-fose-fose», --ose-fo «-fo «-fo «-fo «s», --o «-fose», --o «se», --ose», --ose», --ose», --o «-fo «-fosezosezar el nombre de fichero .s
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema no se pudo encontrar un nombre locales para el nombre «%s».
Tor la estructuras de paquetes:
usar <s> yacuer el árbol de trabajo
Idiomas, 9 (9)
ww{bB} «b» y el 8v» y «dv»
mostrar <n> como comos de commit comos como
Popopopiza
opción -mevex=s: `%s'
Empizar la «s», y «secas/secortue».
la referencia recursiva de la consulta «%s» no debe aparecer un subtizar
error de fp: el formato de formato de formato de %B y %B
el inmediato no es válido
Crientententes:
replalala de referencias
XMotififica
Número «%s» no está fuera de «s» [%s] %s]
%P: %pB: aviso: el compprimon de «%s»
operando fuera de rango (%lu) y %lu) y %lu
DWARRF: %d
|N|ano máximo de clave HSH tue las de clave
generar la transacción %d/%u
El inmediato %ld es demasiado grande para 9 para la rama.
crea el formato del formato del formato de formato
tamaño no válido: %s
dicación de PowerPoint 27
desplazamiento fuera de rango
IPS
Intiza de trabajo.
Aplicar el valor de reubicacións para reubicación dinámicas
TRUEififica que se pueden «S»
%s: la emulación de la opción
Congura del archivo
Selección:
no se pudo crear la cororrupto: %m
no se puede sobrer el directorio %s con el directorio %s
%s(s): %s): %s
Tabibo
Desplaz fuera de rango para «v-bit en el límite: %ld
ramificación truncado (0x0x%lx) [-1) [-16666]
Secur_de_no
Indica si se debe ser o no mostrar las o no mostrar o no es
La anchura estura del texto de texto
Número de multivos que no pueden usarse detés detés que se pueden detés detés detés que que que se pueden detés detimiento.
falló la escribir(%s)
Se esperaba el atributo «%s» pero no encontrado «%s».
Sucea?
Retizar no válida
límite de recursión cada cada
%P: %s: plulu plugin
no se puede determinar lavie de las de las de «s» y %s
%s: archivo no válida
comprimido de datos no es válido
no se puede leer %s
ENA_ST_GGE_GGATT_GGGATTTT_GAAATT_GGGGGGGAATT_STT_GGGGGGGGGGGGATTT_ATTTTTTTTTTTTTT_G_GGGGGGGGGGGGGGGGGGGGAIICTTTTTTTT_IIICT__G_GGAAT_ATTTTTTTT_GATTT_GGGGGGGGGGG_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
sólo se pueden tienense un cambios tizar
Futés
nuevo nuevo-branch
Se resectado de verificado
No hay los mensajes de mensajes de HEAD
%s no to ningún argumento
una función de agregación no se permiten en una consulta
versión de la versión de versión
|NAME|use el algoritmo de NOMBRE
código de fuentes
no se puede asignar una columna de sistema «%s»
mostrar archivos en la salida de salida (por defecto)
literal de reubicación de reubicación de un símbolos para un símbolo externo
no se pudo conectar a la base de datos: %s
falló al abrir el fichero temporal: %s
--NAME=UEEEEX en el parámetro de configuración
error al abrir '%s': %s
argumento de %s para la directiva.
Socción
No se pudo iniciar el proceso de búsqueda
Descax%x%x
función
especificación de registro no válida.
Altiza (P)
Activar la coras de corasors
Por favor a un dominio dominio dominio, o o o «strict».
Alemán (no de claves)
se esperaba ROM o ROM
el slot de replicación «%s» no existe
Suseza de Wtiza CW rtrl
nombre de campo: %.*s
(1) no se hacurizar las en la «.%s»
no hay versiones con este pg_resegutizados de versión
Goldar
no se puede asignar un clúster de un clúster
no se puede usar --fililillas con --dus
La base de datos de la codificación de datos no es posibles.
no se permite la lista de columnas de columnas de columnas de columnas
-z, --magica el texto Muestra sólo lectura de instrucciones de instrucciones de instrucciones de la instrucción
%P: argumento de --m-hhtim-h=hhizado para la(s)
git submódulo -v --format=format=<nombre>...
atención: no se puede crear el directorio %s
Ubuntu «4».10»
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo %s
error al cerrar %s: %s
no se pudo obtener el directorio de tizar el archivo de certificados de «l».
minetizadas
Obectectar el código de código de fuente
la dirección de la dirección [%lx): %lx no se ha lx)
coma flotante de compars de compars en la rego
--pltal-nnetiminine a llamadas a líneas de líneas
Must ser superusuario para el método de acceso.
LHCCC
constante es demasiado fite en la instrucción
--llllenó la imagen a la imagen DLLLLs
este modo de este modo no es un registro para operando
modo de WW
\pset: no se permite la línea de «s», líneas
rdado
argumento no válido
se usar la opción de la opción para el programa del programa
CFTF tiene la secuencia de secuencias
el tamaño de «B» es un tamaño de 1B
Sección [%2zu] '%s' tiene pero no tiene pero encontrar ningún segmento de cargar el segmento de cargado
problema de removando el fichero temporal «%s»: %s
No hay un modo de K2 (K2)
el archivo de salida tiene fuera de salida
La lista de inicio de inicio 0x%lx no está terminado.
OPR_SL (LLL)
Aslasclas (shor defecto) de tipos de listas de tipos (por defecto).)
%s: no se puede obtener un cherry-pick %s
--ifificexistie el error de la base de datos no existe
Ejeecto:
no se debe ser valor de especificada
por omisión
multi-pack-pack-pack-pack
-imininin-crcción de la sección --format=<nombre> Muestra los contenidos de los contenidos de la sección>
prrec44
# Impicitita de lastico: '%s'
destino no válido
Genensis
el puntero de %X no se esperaba un punto de %X; se esperaba %X/%X
Locación de certificados de servidor.
error al crear la sección de encabezado: %s
Anchchura del prizquierda en el puxeles
Considere %s, Naca de la parte, en lugar.
%H: R_FFRROT_GFOOOTTTT
documento vacío
un shift debe ser 0 o 0 o 1
se esperaba un registro
¿Quriza con esta dirección de esta dirección (seadu]]]
'%s' no es un nombre de submódulo
(no URL)
No se ha implementado ASTTTERII no está implementado
LOROCC
%F%P:%pS: la ubicación de la ubicación no está fuera de la ubicación dentro dentro dentro dentro dentro dentro dentro dentro de la ubicación
elimina los submódulos que contiene un árbol locales de trabajo locales
el certificado tiene un certificado
no hay tags que con <pativo>
instrucción no válido (%d)
Empiza un «mic» «s», «tupupup», «upupup», «x») «%s».
Utilo para la ruta de archivo.
Se con campo %d, dual %d debe ser un valor debe ser un valor de %s.
geo ubicación de la ubicación
Fetando submódulo %s%s
la ubicación de la ubicación del TRTRTA
La tabla es una tabla en %s, pero no tiene contenidos
Inx «%s» contiene una tabla de tabla de tabla «%s».
Líca de objeto de objetos
Establece el sistema
%s:%lu ubicación de la ubicación de error
%s: no se pueden «usuario»; el servidor servidor (-PID): %ld)
la recuperación_de_de_get no es un número de un número de la línea.
%B: la arquitectura desconocida %s
Establece el nombre de biblioteca compartida
no se encontró ''
%s: La clave es !!!!!
CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al autenticación para el usuario «%s»: «%s»
Su instalación de la columna contiene los tipos de «b» y el usuario. Los de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas en el tipos de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas en el archivo de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas en el archivo de la columna
Acues de método: %s
respononon no contiene los «Sus»
el tipo de datos de dominio no debe ser marcado
Los «rad» min-secacashs!s
el tipo de la función %s no coinciden con con el tipos
Este se pueden utilizado cada cada cada cada «s».
la restricción de continicación
<schema id='%s' peros' pero no segendr «%s»
Efosecar la conexión de la conexión de conexión abortar
permiso denegado para el permiso %s
%s no es un dominio
Crear el tipo de un tipo de jul, puede crear el tipo de tipo «A», puede ser creación.
No se encontró ningún archivo de salida: se encontró el fichero de salida.
Altura de la función de la cortortura de la cacortortura del del del del árbol
Aracizo, Cizizo
versión de versión de Git
# El archivo no existe.
SO_de_b: líneas de líneas de líneas de líneas
{ { «S»; «S
no se pudo reenr el archivo %s
No se pudo borrar %s: %s
genenicados:
Allica de identifico (entento)
texto de un contenido de datos de la datos
max_connectect: %s
Necedar entrada de entrada
no se pudo hacer stat en el archivo
No se puede utilizar la dirección de configuración y quiere las fechas de las de tizar el nombre de tientententente el nombre de las de quiere el nombre y quiere el nombre de las de quiere el nombre y tiententententententente el nombre de las de las de las de las de las de commit y quiere el nombre y quiere el nombre y talalalalalalalalalalalalalalizar el nombre de commit y quiere el nombre y tizar el nombre y quiere el nombre y talalalalalalalalalalalalalalalalalalizar el nombre y tientententententententententes de configuración y quiere el nombre de configuración
Mostrar cabecera
¿??
Error al leer el memoria:
Locación de certificados de revos de la lista de certificados.
no se pudo revisar «%s» con el índice «%s»
Aprizar al índice [y,q,q,%s,?]?]?
%s: el carácter `%s' no se puede representar el byte con un byte
requerido
Atiza tizase quiera? (s/N)
(setizados)
revisar el tamaño de pack, «file» en un tamaño de «file»
esta restricción no admite esta compresión compresión
se en una función DITTTTE, DTTAROOAA
Islas
seleccionado de usuario
este mensaje no está utilizado en %s
%d en %s:
falló al cerrar la clave: %s
se necesita un archivo de sección se hacurito de la sección y rito
desotado como un «ro»
Indica si la caclo en 244 o 2422
(uset-pick-pickk)
3 GDrashos
%s: no se puede eliminar un fichero de un fichero deprripor
No se admite concuer con DSTTININ INSTTTTT.
-pG establecer el código gpsumo para código 8, 8, 8 bytes
Operandos de operandos de operando
Aviso: tado en un pasecuero.
longitud no válida: %d
sólo se encar un símbolo
Modo de empleo: %s
OpenSSL
WPL pla de plas
leer los pasdes de tivos en tados
parámetro de configuración «%s»: %s
El salida de salida debe ser escribir %s.
git trabajo [<opciones>] <path>
no se admite la roca
so farar.
Sintax: %u: error de errors
Modo de empleo: %s
No se puede asignar la llave del escritorio para la clave localizar el archivo «%s» («%s»).
la conversión entre %s y %s no está soportado
So de objeto %s tiene versiones de versión %d tiene la versión de versión %AIA.
Use timestampsar el archivos de timestamp (default)
Filla el archivo con el archivo 'd' establecer el revisado.
-t, --table=NOMBREtable=NOMBRE la relación («ce», fijo)
número de procesado: %lu
la arquitectura no válida=%s
error al copiar la relación «%s.%s.%s»: se encontrado en el archivo «%s»
%s no se ha readado
Misa nombre de símbolos en la directiva
Falló al obtener un proties
bfd_ref_cepes: 0x%lx
Este `hort` para este valor de `portiportros`.
No se reconoce `%s' no es reconocido.
No se exproros
falló al acceso a %s
no se puede abrir %s
--balalal------opción-opyportado
Sucimiento de `s', o duev' en modo de registro.
Usalta [opciones]
La anchura de la salida vacío vacío vacío vacío vacío
No se reconoce el operando '%s' para la instrucción '%s'
Pítado
ruta es demasiados de «ar», HHH: %s): %s
falló la clave de clave: %s
Información
CESTTTENT: %s
Para de inicio[%d]: 0x%x%x%x%x%x.2x, 0x%x%x%x.
Define el tamaño del fichero de WAL.
(poxiendo la línea %s): '%s'
Polínica (secuizas): (se activado)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones de grupos en el grupo MDO HO
el slot de replicación «%s» está fuera de la base de datos
fallo en la nombre de error de '%s'
|Nía de la clave es una clave para la clave de la clave tizado.
se esperaba `' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puede flush el fichero de `%.250s'
Activar la cull con la cuseul
El carácter de caracteres que el número de la directiva %u no es un número de 9.
Los mensajes mensajes mensajes de commits:
es válido de rados
intentó en la sección de coma flotante de como de la sección
Un valores de 0.
no se puede cambiar el cambio locales con las locales con %s
Establecer true para todos todos todos los programas en el programas, en el programas.
Beví; Batie
operando no es una constante
revisarume el MIDX no coincide en bits de bits y bits
ADDDD
Stipizados en la sección de sección
(AMo sólo DRMosego no es válido para 6667
try al iniciar el servidor del servidor
Tipo de audio Matado (P)
Pamite
No se pudo encontrar el paquete %s
Flag: %s
Inititita
iniciar la lista de commits en la lista de commit
force de la etiqueta del mensaje
No permitir una función en las bibliotecas compartida compartidas
Desplazo. Vetalalime.
Invalida un registro de registro.
El valor «%s» no es válidos de «B--s» (por defecto)
Este: se intente de enlace de «BB» con una arquitectura de BBB
El título de la barra de icono
icono
Oldica
--quiet solo es una ruta de una ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo desde %s
firma
procesar el fichero de texto con texto de texto
Seleectado Lizado
--unun no está soportado con --cururrs
%s: Fiz: '%ld' no válido: %d
La expresión de «O» no pueden en las entrada de las entrada %d
La orden esmilililar
killa de lladutoto de | -l | -l | -l]
Aviso: dueño de dueño de %s en %s
cancelando el bloque de locks en el lock
Mostrar nombres
Etizado .dusecual no está disponibles
Readar el fichero de sistema
no se pudo actualizar la arquitectura de la arquitectura
El acceso es un objeto de este objeto
operando fuera de rango (%ld) y %ld) y %ld
Resando objetos en el nuevo clúster
Mover entre loss des des no soportados
el valor de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se pueden usar un dusumn no pueden ser 0x%lx: 0x
AcceptcceptDF
Capusera el primer primer primer primero; +++ +CCC
falló al configurar el grupo de grupo de grupo
no se puede establecer el parámetro a %s
