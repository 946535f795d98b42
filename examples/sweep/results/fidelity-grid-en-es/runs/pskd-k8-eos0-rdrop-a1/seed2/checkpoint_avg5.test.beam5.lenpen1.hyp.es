Si el botón de los botones de los botones en el botones o no debe ser en las
Incapaz de las de ruros
no se pudo crear el archivo '%s'
El dominio a dominio a dominio, o dominio NULL dominio
%s no puede ser aplicada a una función
ignorado
problema resando '%s' a '%s': %s
-n, --verbose muestra los cambios, --pres comos de paglas
no se puede usar la expresión de la expresión en la expresión
Dasistimina «s»
El archivo se ha modificado un archivo de modificado
(neacuetén)
Exxxciones
el tipo inesperado `%c' en el tipo de caracteres de caracteres
Error al actualizar el fichero %s: %s
plano de planos
valida de firmas de datos KAAAAA
%B: %#Lx: aviso: reubicación de sección en sección de sección
no se puede crear el fichero %s
Emplas
Error al leer el tipo de tipo %s: %s
push revisado para '%s' no es '%s'
Mon-KKKshas
la base de datos %s
No se puede Dadano
clase no válida
Por favor que se seleccionar la clave de la claves de la clave:
--cacita una rama
Establecendo miemexid en el nuevo clúster
USS, República de USS, República del Sos
Indica si se deben utilizar la líneas de la líneas, en las de la líneas de las
Caccerriza a la claves de la claves (shhhhas)
La secuencia de la secuencia de la secuencia de servidor
Cdrom con Ubuntu 9.10 10 10 Ko
Tawano
las opciones -C -C y -no-s1 no puedenn usarsesesesese se pueden utilizados de las desecionals de las de las de las opciones
Mo renombrar un directorio o un directorio, o un directorio
Nonesacizar la dirección pual
Paama Zano Zo
El número de registros después de la cacionalización del bloquees.
Viezados
Tección de la especificación de la especificación de tizados de multizados de tizados de tizados de tizados, -v, -v, -tiza el nombre de las de las de las de caracteres de caracteres de caracteres de caracteres de caracteres de las de las de tiv, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartar el nombre de caracteres de caracteres de caracteres de las de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de t, -t, -t, -t, -tims de caracteres de caracteres
el archivo comprimido, pero de esta compresión no soportadas de compresión
Cololols y pidids, psulsensados
línea inválida %s
no se utilizar las opciones push no todas push no es válidos
Timee a :
salida de página de página en INCDOGG
Sección [%2d] '%s': dispersión de hash para el índice %zu de símbolo %zu
No se permite el carácter de «caca» en un valor de caracteres en el valor de caracteres
destino
Xfortien
core y se debe especificars en el longitud de 32 bits de 32 bit.
jul: se admite un tien
No se ha detectado el árbol de trabajo.
Francés (Siza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GBOOFFFT_ST_F
operandos de operandos no puede ser en el operando
inicia_de_pepepe: pgububdo
no se puede encontrar el primero de registros en el registro GST
Tipo de salida inválido: --atro=SHO=SH
leer el archivo de ruta de ruta de archivo
no se puede iniciar %s
No hay los datos des que tiene una cusos porquema «%s» para el URI «%s»
Modo de empleo: %s [opciones] [a(s)](s)]
la opción '-%c' requiere un argumento
No se reconoce IN_INTT_GFIF
No se permite la definición de un símbolos con un archivo des en el archivo de nombres
la opción --no-conflict-conflict-setizas de --setiz, --set-setientes, --set-set-setruet-set-seténetérueténet-seténeténeténe --seténnet-set-seténnnnnnnnnnnetééé-setéééset-secase, --print-conflict-conflictsetuuuualalalalalalalalalalalalalalalalalalalalalalalalalalal, --setiz --setiz --printes, --printes
clave %s: "%s" %d firmado
versión de índice %d
Se especificó ningún protocolo
Francés (talal).
Raceciza de ventanas de una ventana de una ventana
-a, --allallar la base de datos
<stringego: %ld>
El valor de «in» para el valores «se». Por favor, valores «sece».
«%s» no se puede crear el crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera de encabezado: en el fichero de la línea
--no-ififififizar el modo-secue el modo de «mod» en modo de timestampse»
Silo de elementos en el elemento
no se pudo actualizar la HEAD de '%s'. Des'.
-mas=<nombre> Establece el tipo 8338, tipo de tipos 8338, tipos 8888, 888, 8833366666666688888, tipo de tipo de tipos de tipos 88883333333333388888, tipos de tipos de tipos 8333333333333338888888888, tipos de tipos de tipos de tipos de tipos de tipos de tipos 8, tipos de tipos de tipos de tipos de tipos de tipos 333366666666666666666666666666666
<labe>
Se esperaba un argumento PRRORO
Tipo de %s no está implementado en el GI()
fallo al analizar %s
Maxca de Ta
la instrucción no admite este modo de esta dirección
abortar la transacción actual
kkipido: %s
no se admite la sume '%s'
El número de registro a un widget a un widget a un widget
kkización de la ubicación (LSN de %X) debe ser mayor o %X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.10 10 10 «algargar»
Marmando %s
descriminimina cero
El inmediato está fuera de rango para 65555
-f --axilciliz no puede ser usado
Mactos de lashoshos de archivos de ficheros
%s requiere un valor
Lista de opciones de XKBB
se ha escribir el mismo que el mismo registros
%B: número de reubicación no válido: %d
Inkask22
-X, --exclude-dirdir-sortiporSITTA
tipo: %s
diversión de local %s a %s
%s utilizar la clave %s (%s)
abortado por el fallo al leer el fallo
instrucción requiere el índice
debe ser un «check-check-check» en pasepar un patados
no se pudo crear el tablespace para el tablespace %u
--statack <size> en el tamaño de la pila
el r2 no se debe ser un índice en modo de índice
atención: %s contiene un buyo
resando OCSPSP '%s'
el valor de campo de campo «%s» fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección en %d: %s
Increse_presepar_presececa %s (s).
Intertern: error de error de error: «%s»: «%s».
Datizado de transferado.
Bendrusersens
documento de Aprocesador de documentos
sección 0 en la sección de grupo [%u]
refsh_de_h_regos
%s: dicensión de la hisión de hise el registros: %s
Verasión: %s
Viee nombres
no se puede abrir el nombre de %s para lectura
el operador de operador «%s» no es un tipo %s
Padulo no debe con un dentes de un /pla (p/s)
Error de planos de SDDos
- -?, --help=help=opciones] muestra los ayuda
Verostica de lastica
Símbolos utilizado para instrucciones de instrucciones
no se puede eliminar el «se»
la función «%s» debe ser ejecutada
Se esperaba instrucciones de instrucciones o
no se pudo analizar la lista de la lista de «%s»
valor inválido para '%s':
Cololés de la cabecera as de nullls de sos
huge no está soportado en este procesador
Mununa un YRCPC Y
No se admite la sección de símbolos en la sección de la sección
Define el número máximo de un número máximo de trabajo multado.
Modo de empleo: %s [OPCIÓN]... [OORORORORO]
delimitado_teracecar
el archivo «%s» no contiene una cadena de cadena de cadena %s, en %s
cliente un cliente no válida
caracteres inválido
Establecer PRORRRRRRO a un enlace
@%s no es un reubicación.
Generando mensajes mensajes de mensajes
%s: Intertertertando el directorio
(portiza «git» y --continue)
revisado no está activado
El archivo de CPizado (comprimido)
no se puede asignar un argumento de %s a %d
%s necesita un parámetro
No se pudobregizar un .bibido; la sección .bido; .bido; la sección de la sección de la sección de la sección de la sección
Empiza de tabla:
Actualizar (P)
Desecar el repositorio
<und>
--entry <entry> DLL> DLLLLL
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el inicio de inicio de inicio %.250s
error de sintaxis de sintaxis no admite el elemento «%s»
Aplicar las cambiados de commits existentes
Los valores entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
Menchchos de los niveles de nadas
AVISO: la clave no es firmado con un confianza!
el tamaño de pg_datadata y el tamaño del segmento no coincidentes o no válidos o no es válidos
%s: no se puede encontrar la sección %s
no se pudo escribir '%s'
El nombre del icono de iconido en el nombre del icono
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos no existe
Tempo de resorar el resevar '%s'
La ruta de la ruta de la ruta de la ruta de la ruta del conflictado
Define el segmento de exec y sólo lectura
la relación «%s» ya existe en la relación «%s»
La opción -l y «s». El nombre de la opción .pend» en el nombre de fichero de fichero de «den».
no se permiten la función de función en la función de trannnnnnnnns de una expresión de una expresión
Kurd (S)
activado comprimidos
Define el tamaño de la tablas de dispersión de dispersos <UBB>
Si quiere a quiere el directorio de WAL «%s», elimina el directorio de WAL «%s».
|usecurit-resul|-sultiB
(uso: %u)
AVISO: permiso de los directorios en el directorio de configuración '%s'
Quita de paquetes
-mno-no-%s1-7] no se puedene %s de %s
Catado
Actualizar el acceso y la fecha de acceso y el FICHERO
los mensajes de pusetimir el formato de .#' pero «#» para el formato de «#»
Ezio
%s: fin del fichero de entrada inesperado
contador de registros no puede ser HCICTTTTIITTTTTTT
\pset: no se permite la línea de columnas de la línea de double, líneas
No hay elementos de remendados para este elemento.
-d, --dbname=NOMBRE nombre de la base de datos para la base de datos «%s»: «%s»
no se esperaba un contexto de seguridad de línea
%B: reubicación pcla-rettizante con símbolos de reubicación %s
no se pudo definir la dirección «d»
El probo un probbo un YY.
el ordenamiento «%s» para la codificación «%s» no existe
Misistizando coma flotante de coma flotante.
%s MiB no está definido de memoria. El separado %s.
|UUUUA|| TOFFIF para la clave
cancelado por el usuario
Kusos de Kus
word es demasiado grande a un índice de índice
República de Ninado
Excionando el argumento de argumento
el nombre de simbólico con el valor de «s» no debe ser 0»
-PRRRAAA de la contraseña de servidor de servidor
Alemán (Bonese) en el registro de registros)
puntero de registro de registro Z
la directiva .end' con la directiva .end'
Runcita en el pg_bido a un directorio de datos de datos.
Ewwar: Ta no válida o no válidos en el valor dentro dentro del valor: %#x.
%s y explicititos de nombres de archivos de musegicos
skiendo esta instrucción en esta instrucción
símbolo%d
-3 bit bit de 32 bit de 32 bit bit de fichero de objeto bit
OPO_ROloglogo (secional o intizados)
el modo (%o (%s) no coincide el modo de %s)
elo, nombre de nombre: %.*s
[ARGSI...]
no se admite la sección .neclas en segmento dinámica
Necesita autenticar al repositorios
Necita autenticación para el sistema.
la estrategia de compresión '%s'
un <pendimar> en el árbol de trabajo de trabajo de trabajo (por defecto): «-»)
no se pueden con ONFFICTTTT no se pueden ser usada con tablas con tablas
[[]]
no hay argumentos para el cursor para el cursor «%s»
Desando símbolo %s en %s
la columna «%s» en el valores de la columna «%s»
procedido
%X%P: no se pudo pg_regulo: %E
el archivo INPTTENENA de entrada
no se pueden usar el grupos de grupos en el grupos
%B: se utilizar el campo de %s (%s)
debe especificar la ruta de la ruta(s) para la ruta)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(mama de clave %s)
Funcción de las interrupto.
--%s" en el argumento de «s» y «b» y «b»)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de l encontrar consos en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra la salida de salida
elemento inesperado en el mensaje de la longitud de longitud word
No se encontró una instrucción
No se admite el modo no en el modo de modo de «s».
SPUE: --apasacas de la emulada
Mempos de Mas
.DEFAULT_GO contiene un objetivo de destino que el objetivo
Mananano
Francés (Dva)
el valor es escapes no pueden usar un valores para el valor de un valor de un valor de la codificación.
%s: no se pudo ramir el archivo de his.
iniciando el flujo de inicio %X/%X (X/%X)
No se encontró ningún encabezamiento XPM
64-bit SID 64-bit o de coma flotante de coma flotante de coma flotante
Tipo deprizados VSAAA nizados MSS
codificación de datos desconocido
documento de entrada MMMM
La pantalla para el GDD
Este se puede tiltilos de raglas de versión %s.
Quito:
no se pudo generar el código de código de código de framue
free: el tamaño de inicio y el tamaño de los tamaños de diferencias
Muestra el conjunto de las
Tipo de reubicación %s
argumento no válido
No se pudo leer el socket de socket: %s
setfose falló (con)
SHO_OLLL_STT_SEEE con la consultas en lugar de la consulta (S)
Esta etiqueta de tags que contiene los nombres que no válidos.
no se puede usar esta instrucción con esta instrucción
el como %s no puede ser tizar: %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser actualizado.
establece la rama a la rama aña de la rama
Auto de pack en el repositorio para el repositorio timinientes.
Resulando GIF tiene tamaño cero
el tamaño máximo para el fichero de base de datos %s
%s no existe
-SCOO5 ensambla código para el objetivo SOOOUCUUC
%B: no se omite el tamaño de memoria para el tamaño de memoria %#Lx
Tección de la clave: %s
escritura de firmado
Necesita autenticarse para la imagen locales.
Tacional de YMBMMMMMMMB
Prizando fichero '%s'.
Por favor en el número de componente de componente:
Satando tiene un «s».
República de Glazar
No hay «gangano (S/7)
definición de mensajes
Broskens
STC_NPOP_SOPSL (almacena + +)
Replicación Sin/ riprito
Muntiza una motas
no se puede tener una columna de la columnas en %d
formato no válido
el directorio tiene un directorio de control de control %u (0333=557)
El número máximo para el valor devolvizada por el valor gp_de_regen()()
%s Ex:
ignorar refs que coincide con <pativo>
Tipo de rimininos
rango
3-bit fuera de rango
-f, --fifise la opción -L=STTT, --se los campos de la opción -s de la opción -t, --s de la opción -t, --s líneas de la opción -t, --s)
no se puedever el directorios
Opciones de opción:
Gutizadas kl
de_emite
procedededido (no-reno)
la definición de la lista de la lista de la función de la función de la función de la función de tipos
no se pudo analizar el datos de %s en %s
valores de claves de claves de claves no esce «%s»
Activar
La opción de salida ya de salida:
«s»
Reserdas para los datos (end)
desplazamiento tiene la reubicación %zu
el splitIxex. CICCCCugado debe ser valor de '%s'
respuesta no válidos (segus)
buga: «sas»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en modo MIPS1
Error al longitud de la cadena de la cadena no válida.
Anigusa y rusa
sólo se admite un elemento de «S» para el elemento «%s»
-n, --susecort-PIDs, PID (PID, PID, --s, --s, PID, --s, --portiporténecortiportiporténecece el nombre de tipos, PID, PID, PID, peros, PID, PID -port, --s, --tartartartartartartartartartartartartartartartartartartartartarget-PID, --s, --s, --s, PID, --s, --s, --help Muestra el nombre de tipos, PID, PID -port, --s, --s, --s, --s, --portados, --port, --s, --tartartartartartartartar nombre de tipos
imagen de comprimidos de comprimidos
no se pudo encontrar el ID de %d en el ID de entrada de entrada no está fuera del fichero de entrada, se pueden usar el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, no se puedenar el archivo de entrada de entrada, peros
documento de kortiza
Se usa el fichero de mececizada %s: %s
No se pudo abrir el archivo de fichero %s
el archivo de datos «%s» para el archivo «%s», cuando «%s»
no se pudo abrir el certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser demasiado grande
Sano de Rusho
paquetes firmas de firmas
trasilo(s) añas)
Las opciones no hay téguer que se tégus que tados que se tados.
se ha recibir el datos de datos GSPSIA
Sistemas
No se ha actualizando la configuración de «default-» en la configuración de la configuración de configuración de configuración de configuración de configuración.
Realización
no se pudo copiar el árbol de trabajo de trabajo «%s», omitiendo
«%s» no se puede ser hinar «%s»
Se encontró ningún no encontrado
No se puede verificar un archivo stdin
-E, --denence la base de datos=OOADGG
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-o de cadena [OPCIÓN] [AAAA]] («line»)
Necesita autenticar para la cargar el cose el co de cargado.
el array mod debe ser un array
No se hacual
Kas
el parallel de la entrada de entrada no está soportado
Critado a traduce la cadena que se puedenría ser comos de la cadena que se puedennn ser un como tizario.
Itiz debe ser un símbolo de la función de símbolos.
Ubuntu 5.04444.
Se esperaba la versión del protocolo de la versión del 1 %d.
Indica si se debe especificars debe ser un widgets en el widget
Caracla de Cla
Euro en r4
la instrucción .COMM fuera de límite (%lu) fuera de rango
CTL_ST_SL («D»)
Cix-dominio el socket de dominio «%s» no es demasiado grande («s»)
%s tiene una función %d pero la columna pero %d
Mostrar los botones de los botones de los botones en el botones de las de la barra dentro del final de las
No se puede tizar el nombre de la claves que se *secizar el nombre de usuario.
Farpe del hijo
Rimilililo:
No se pudo final al proceso
No se puede conectar %s (%s).
Sililo.
permiso denegado el permiso para el permiso «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar el icono: %s
FOREACHCC
--replication de replicación sólo puede ripros en el replicación
La etiqueta de índice no válida
Quizar el bizado (set).
Xnigigo
Mistrandos en el atributo de atributo
el fichero de `%.250s' es un archivo (pordien) con el fichero %d)
Dibibibibib
Tipo de shaminas
agregar el tamaño de la dirección de la dirección de bit
Aplicación: %.*s
Gusetados pg_control:
*** *** *** ***
la opción de destino no admite la opción push
Celticasticos
shell
terminar las entrada de byte con el byte
fallo al detectar el directorio de trabajo después de búsqueda %s
In la instrucción número %u, no se puede obtener el nombre de campo «%s».
Susezados
--no-pros de replicación no pueden usars en el replicación
el subproceso de error de tulo con error %u
ubicación
No se pudo crear el directorio de «s» en el directorio. Por favor en el directorio de línea de una línea de línea
emplea -mcpu=arm622
error en el archivo de la caché de cache '%s' para lectura: %s
tiempo de zaza de rangos de rango
no se pudo crear el pux_cculo: %s
-F, --format=CAAA' para el formato de `C' o `C' (por defecto)', `hor defecto)', `C' con `C', `ffff' (por defecto)' (por defecto)' con `hor defecto)' con `hor defecto)' con `hor defecto)' (por defecto)
Datata: %s
archivo de archivo
Alemán (aduca un guer)
no se reconoce la función de tabla de la función de la función de tabla de %d: %d
Fontres de stretiza
Rimalalimana
<s%s> se ha especificado especificado ya
%s de índice de tizar los índices des de tizados de índices.
Bece un primer primer primero prepedido
Modo de empleo: %s...
Mostrar los símbolos definidos definidos de símbolos
skipizar todos los iniciar la líneas en la líneas
No se pudo hacer stat en %s: %s
\g no está permitido por un número de un número de racue, o un nombre de «race»
ignorar un NOMBRE para dueño de archivos para añados
código de 6-bit
Replicación de /subriens
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la rutas con la rutas con la ruta
parámetro no se reconoce el parámetro de parámetro «%s»: «%s»
%P: el NOMBRE debe ser vacío; no está vacío
el cursor «%s» no tiene un cursor UPDATE UPDATE de tabla «%s» a la tabla «%s»
Impiza (setén, teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s es un archivo de base de datos a un fichero de texto.
Vizaza no se puede establecer
el ONFFICCT no está soportado en la tabla «%s»
%s: -Z requiere un Linux de Linux
%B: %B: número de reubicación %d no válido: %d
syncando directorio de datos
%s: no se pudo crear el poseurizar el pujo
No se admite la sección de la sección de la sección de las!.
NT_SM_ST_STTMMMMA)
falta el .end para .end
no se insecedido en la terminal de %s [%s] [%s]
Tamaño de po
No hay una expresión de expresión
protocolo
Arujojojo
None
ONON COMTTT sólo pueden utilizado en tablas temporals
no se puede abrir un bfdbfd en %s
Suso abiria
%s: falló en %s
Focar un colores de como (po un GdkColor)
procededido OTUT no se pueden aparecer un valor de un valor con un valor de un valor de un valor de un valor de parámetro
eval: seguidad máxima de nval (%d)
Tabullo
[intertertero no está interizada]
Necesita autenticar en el archivo local.
no se pueden copiar los datos del `%.255s' para el `%.255s': %s
No se pudo cargar el archivo «%s»: %s no «b»
%s prependización en %s
se esperaba un nombre de como «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s» de índice «%s»
%d-graph de registro de registro
excezar la «cex»
No se admite el «m», no está soportado %s.
la secuencia de la secuencia «%s» sólo soportadas de la columnas
--dedecizar el símbolo después de cada símbolos de cada símbolo (picegicos), --for defecto)
Indica si si
%B(%A): «A) no válida
Este algoritmomomo al reseguizar el plano de búsqueda de búsqueda de búsqueda.
recererr (segan el nombre de tipo de función)
Aprizados
Falaltas de la columnas en la columnas de columnas.
-q, -- [--quietacasamente
Medido
falta el fichero CT_RELAT_REL
la base de datos de la base de datos de conexión es un sistema
nombre de macro no válido en la ruta no válido: %s
Cara contraseña: %s.
no se permite una lista de registros
%s: falló al aviso: el contexto de los contexto de %u
Para un plano de la base de datos
%s: mitiza el enlace de enlace: %s con módulo %s
Indica si se debeterterar el contenido del contenido de texto
el Kabebebebe de KKo no está soportado
%d está fuera de rango para el límite «%s».
número de campo de campos en el campo de línea
Exportar el símbolo SMBLBOLs de símbolos
no se pudo escribir el programa del programa: %m
Indica si los tamaños debenrías deben en el tamaños de tamaños
Su cambiar los archivos locales de los archivos locales de las en %s.
No hay seleccionado para '%s' para '%s'
No se pudo crear un directorio de datos de «s» en el clúster clúster de tablespace.
changando los permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera de zar: %s
No hay símbolos de símbolos: '%s'.
manifest no válido: «%s»
Dever la clave para la clave «%s» en la clave «%s» y el archivo de «%s».
El nombre no válido «%s»: no puede ser un «s» (ppor»)
-p, --port=ROORRRRRT: la base de datos «%s» (por defecto)
--stacizado para el objetos para este objetos
no se pudo encontrar la variable de la variable «%s»
fallo al obtener un número de `%s': %s
Verificando el usuario para el operador de usuario
`ETT inválido'
Sección [%2d] '%s': referencia no está en la tabla de tabla de símbolos
versión de array de array: %u
%s: no es el nuevo nuevo nuevo nuevo nuevo
«0» debe ser «P» de «P»
sección de sección: 0x%08x%08x: 0x%08x%08x
debe ser mistes
no se pudo recomó la configuración
No se puede brinar un servidor de este servidor de este dominio
%B(%A+%#Lx): %s
Indica si el elemento deberían cuando el grupo de las grupo cuando gpros
Falló la xellas: %s
guililo: '%s'
La expresión %s requiere una expresión
Desos desativo
no se reconoce un valor de la función de agregación «%s» para el valor «%s»
No se pudo abrir la conexión a un subtimitito: %s
el directorio de datos «%s» tiene un dueño de datos de datos «%s»
Usos en su lugar.
error al importar la función de la función `%s'
el archivo de datos no es válido
Lígada de texto en el texto por el texto del texto
Locción de parámetros de archivos de ficheros de configuración.
%s: ICCFIC en %u de(s)
define una función de agregación
Los archivos de archivos
no hay índices de índices.
Se existe el stash de «to»; n».
Verificando aplicaciones en la aplicación
VERSION %d
Indica si el musen es un buen, el número de la posición de este número de este número de este número
%B: fichero mmo inválido para el nombre de fichero de fichero de fichero %d no se utilizado
No haysegur (Macashase, sin teclas muertas)
mismatén en el cuando se encontró '%s' en '%s'
servidor en el servidor de WAL en %X/%X/%X/%X en el timeline %u
Descporta de porta %d
socket no válido: %s
Zoser el nivel de «-» en el nivel de «se», el nivel de «se»
Los archivos archivos en el paquete %s (%s) ...
Establece la salida de salida para formato.
-m[A], --mgrg-presex=AAAAAAAAAAAADENENENA
La clave es firma con la clave.
socket
atención: la línea de la línea %s no es reconocido: %s
República de Gpública
El nombre de cadenas a los argumentos que el nombres que seguros de tros de ruus tros de tros de trose as de negos de tros ne asecunnecuros de argumentos de argumentos de argumentos de argumentos de argumentos.
faltantes («as»)
%F%P: falló bfd_inx_fusex_refos: %E
no se pudo ld_ppse el campo de la salida para el formato CS_S)
No se ha UID/ir el rango en el rango %d UID (SST_ST_ST_STAST_ST_SCIIAAST_ST_ST_ST_ST_S).
ocoptiz no puede ser tizar un «s» a un «s»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(interizal-base para git)
El valores de la función de «group» y «Ix», «E» y el valores de «E».
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): reubicación no es válido para la reubicación «%s»
símbolo «%s» no se encontró la secuencia de la secuencia «%s»
no se pudo finalizar el archivo de archivo «%s»
la orden de la orden de fuente %d
Reracción de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor no es una cabecera inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir el datos de datos GSPSSSSSS
Tipo de reubicación %d
Error al establecer el tipo «%s»: se esperaba el tipo «%s» pero «%s»
no se pudo leer un «-directory <fichero> en <fichero>
fracción de bits de rango
Falló al obtener los atributos de archivos de %s%s:%s
-ez --output-name <nombre> <nombre> en un archivo.
Esca la cadena de cadena debe ser un carácter.
`%.*s' ya está en el *so
corruprup-spos de memoria en la transacción en la transacción %u
usuario no válido
no se pudo eliminar el dueño para %s
Excue la orden de argumento de «s», «b» y ARG» en la barra de «s de «b».
se debe especificar una lista de caracteres de caracteres, o la lista de caracteress, o campos
datos de ambiado
no se pudo analizar HEAD
El nombre de «%s» no válido: %s «s» (por defecto)
inconsistencia de %s en %s: %s
Ko (Brazo)
.gta de destino '%s'
Crrento Color
no se admite la versión de ruso téne la versión de la versión de versión de tados de versión de versión.
Se usa la cabecera de %u ( 0x%ux%x%x%x): 0x
la opción push no debe especificars de la líneas de la líneas
no se pudo codificar el sal
Esto de $ilile_ilo
--use-ask=SO revisar la variables de las de usuario.
Actualizando
-t-fijo <fijo <prepreprepres> es un nombre de nombre.
versiones de datos
%s: o: «%s» para el *s» ya existe en %s: %u
no se puede reindexar la base de datos y las de datos
valor %ld fuera de byte %s.
leer el índice de índices en el índice <derdenen>
--warc-cexca la índice CDDDX
.bsbo %ld%ld
Opciones de salida:
%s sólo puede ser llamadas en una función opl_ltrulolos
Interterminado
%F%P: la opción de opción: %s
Por favor la codificación de la codificación de la codificación de la barra de tipor/.
Cambiar el árbol de trabajo de trabajo 4
Anusosecriza de Dinos
no se pudo aplicar un contexto GSPSI
%s: no se pudo encontrar la cacional
el valor de parámetro «%s» para el cursor «%s»
fuera de expando de expandanos
paseclas
identificación de la extensión
código fuente
ar: %s
'--p=FFIAAAT_STT_PSTTAAAAAAAAA
-a, --text muestra los archivos de texto
Usacazar el repositorio, en el repositorio y «cacacas»
Sección [%2zu] '%s': valor inválido en sección no válido
-%s o -o
la relación «%s» no puede tener disparadores
Index: %d: %d
Maliza de encabezado: %s
Ariza, Tacizo de Tizizar
%B: símbolo «%s» no reconocidox%s»
%X%P: aviso: se puede abrir el problema %pB
número de tokens de tokens (%d)
la creación de la columna en el sistema no está soportado
invalida %s
no se admite el algoritó el algoritmo de algoritmo no es válido
extensión 16-bit
el proceso de procesado con estado de estado %d
PSCCIAAA
Francés (EPOOOF)
# variable de variable de variable de variables:
Ubuntu 10.04 «N»
*** dinámica
%B(%A+%#Lx): se admite la instrucción «%s»
hugando versión de versión %s a %s
Dacizando la posición de datos de DTOOOUP
<archarch> ensamblador para el nombre de arquitectura>
[Errrror -E]
[FILE...]
inflalazado (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice tres
el valor de destino de registros de registros de registros de registros en el nivel «%s» (GG)
Si no se han utilizado %s, %s ARGuimito ARG2.
-no-w-segizar el bizar el bizada
el directorio «re» no es un directorio %s
el nombre locales deberíase en el nombre de caracteres locales
Este software requiere %s %.2fB, pero el tipo GiB, peros.
terminando la conexión de conexión de conexión de la recuperación
ayuda de ayuda [-md] [opciones]
Resporta a <bregurizar <fichero>.
Falureando,
No se pudo encontrar la arquitectura de la arquitectura de la arquitectura.
Listado de acceso de acceso
%s: tranección de las de datos locales `%s' no disponibles
At:
Se necesita el inicio de «git» como «git»
completado de control
Manadica de la imagen contiene contiene  imagen de imagen
condencededido en el modo de «s» y el modo de los cambios, y el modo de cambios
mostrar la etiquetas de tags (secional) con heads)
--flush-time=TOOOOOOOO resos de los bloques de las de las des de cuando se hanizados de las des de flush y cuando se haculazados des des des des des de las des des de flush y flush y flush y flush y flush y flush y flush y «ITOOOOOOOOOOOOOOOOOOOOOATTTTTTTTTTT, se ha ha ha flush y «IIIIIIDDDDDDDENENENENENENENENENENENT, se hacuulazados des des des des des des des des des des
op_var_text: no se puedencargar el contexto de contexto de seguridad
-4, --p-piv-piv666-v6-v6-v6-viv6
Número de procesos:
.cfi_p_data no está soportado para este objetivo
El certificados de certificados que no tiene un usuario.
La cadena «%s» no es válida
Error al escribir el archivo de error al archivo.
Monona un archivo de un archivo, pero cambiar el archivo se ha cambiado
La función de la función de la función de la función
`gp=64' con un 32-bit
DKuiza
Se elimina un nombre de nombre de inicio de 'setizo, '-fos' para 'fose-fose-fo de '-fos', --ose-fososefosefosefosefosefosetiosettiososetivosefose, --osososososososetizar el nombre %s' para el nombre de fichero .s', --os', --osetizar el nombre de fichero fichero .se, --os, --ose, --ose, --ocizar el nombre %s, --osetizar el nombre de fichero .s, --ose
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema no se pudo encontrar un nombre locales para el nombre de «%s».
Para la estructura de paquetes:
usar <ncipi> ya nulo
Idiomas, Orld (9)
«bbbbBB} no está disponible para el ARM
mostrar los <n> comos comos comos comos de commits
Poprupo
opción -mevex= no válida: `%s'
Empizar la «s», y «secus/ce».
la referencia recursiva de la consulta «%s» no debe aparecer un subtizar
error fp: el formato de formato «6» y %B y %B
el desplazamiento inmediato no es válido de 2
Criententententes:
replalalala de referencias
XMotififica
Número «%s» no está fuera de «s» [%s»,%s]
%P: %pB: aviso: el comppro de `%s'
operando fuera de rango (%lu) y %lu) y %lu)
DWARRRF: %d
|N|ano máximo de clave HSH tue las de clave
La transacción %d/%d/%u
El inmediato %ld es demasiado grande para la rama de 9 para 9-bit.
crea el formato de formato del formato de formato
tamaño no válido: %s
dicación de PowerPoint 27
desplazamiento fuera de rango
IPS
Intiza de trabajo.
Aplicar el valor de reubicacións para reubicación dinámicas
las aplicaciones «E» no puede «S»
%s: la emulación de la opción
Congura del archivo
Selección:
no se pudo crear el directorio de crear %m: %m
no se puede sobrer el directorio %s con el directorio %s
%s(s): %s): %s
Tabibos
Desplaz fuera de rango para 32-bit: %ld en el rango en %ld
ramificación truncado (0x%lx) [-1x%16666]
Segu_de_no
Indica si se debe ser o o no mostrar mostrar o o o no es
La anchura estura del texto de texto
Número de multéncanos que no pueden usars detés detés detés detés detés detizadas.
falló la escribir(%s)
Se esperaba el atributo «%s» pero no encontrado «%s».
¿riea?
Retizar no válida
límite de cada cada cada
%P: %s: plulugingin
no se puede determinar el apos en %s
%s: archivo no válida
comprimido de datos no es válido
no se puede leer %s
ONA_ST_GGAAT_GGGGGAATTT_GGAAAAT_GGGGGGGGAAAT_ST_GGGGGGAAAAAT_STTT_GTTTTTTTTTTTTTTT_GT_GGGGGGATTTTTTTT_GGGGAAAAAAAAAATTT_GGGGGGGGGAAT_ATTTTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
sólo se pueden tienenense un cambios tizadas
Fintés
nuevo nuevo-branch
Se recrurado de verificado
No hay los mensajes de mensajes de HEAD
%s no to ningún argumento
no se permiten función de agregación en una consulta de la consulta «s»
versión de versión de versión
|NAME|use el algoritmo de algoritmo de NOMBRE
código de fuentes
no se puede asignar el sistema de la columna «%s»
mostrar los archivos de salida en la salida (por defecto)
literal de reubicación de reubicación %s para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=UEEEEX en el parámetro de configuración
error al abrir '%s': %s
el argumento de %s_check_check.
Socción
No se pudo iniciar el proceso de búsqueda de búsqueda
Desconce 0x%x%x
función
especificación de registro no válida.
Alnuna (P)
Activar la corrusorsors
Por favor a un dominio a este dominio, o o o o «strict».
Alemán (nono de claves)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
Suseza de Wtiza CWtttrul
nombre de campo desconocida: %.*s
(1) no hay «s» en las en la «.%s.%s»
el clúster no hay versión con esta versión de pg_regutizada
Goldar
no se puede asignar un clúster de un clúster
no se puede usar --filillas con --fort
La base de datos word-word o no es posibles.
el definición de la lista de columnas de columnas no está permitedas
-z, --magica el texto Matroyyos de instrucciones de instrucciones de datos y instrucciones
%P: el argumento de --m-hhtimyyy|||||-himimiza de argumento)
git submódulo -v --format=<format=<nombre>...
atención: no se puede crear el directorio %s
Ubuntu «4».10»
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se pueden copiar el enlace simbólico %s
error al cerrar %s: %s
no se pudo obtener el directorio de tizar el archivo de certificados de «s».
minetizadas
código debera el código de código-C
la dirección de la dirección [%lx): (%lx) no es un mientras se hacia la dirección de la dirección de la dirección de lx)
coma flotante de comos de compars en la regusión
--pltal-nnetiminine a llamadas a líneas de líneas
Debe ser superusuario para un método de acceso.
LHCCCC
constante es demasiado fite en la instrucción
--lllló la imagen a la imagen de DLLLLs
este modo de este modo no es un modo de destino para operando
modo de WW
\pset: no se permite la línea de «s», líneas
rdado
argumento no válido
se utilizar la opción de la opción para el programa del programa
HTFT tiene una secuencia de la secuencia
el tamaño de «B» es un tamaño de 1B
Sección [%2zu] '%s' tiene pero no tiene pero cargar el segmento de cargar el segmento de cargado
problema de removando el fichero temporal «%s»: %s
No hay un modo de K22 (segado)
el archivo de archivo de salida tiene fuera de salida
La lista de inicio de inicio de inicio 0x%lx no está terminado.
OPR_SEL (S)
Aslasclas (shor defecto) de tipos de listas de tipos (por defecto).)
%s: no se puede obtener la cherry-pick %s
--ifificexistiz no existe la base de datos de datos de datos
Ejeecto:
no se debe ser valor de especificada
líneas
multi-pack-pack-pack-pack
-imininst-cución de la sección de la sección <nombre=> Dradumplas
prrec44
# Impicita de lasticostica de papatén: '%s'
destino no válido
Genensis
el puntero de %X/%X no se espera un punto de %X; se esperaba %X/%X
Locción de certificados de servidor.
error al crear la sección de encabezado: %s
Anchura del prizquierda en el puxeles
Considere %s, Naca de la parte, en lugar de core.
%H: R_FFROT_GFOOOTTTAAA
documento vacío
un shift debe ser 0 o 0 o 16
se esperaba un registro
¿Qurizar la dirección de esta dirección (setiecional]]
'%s' no es un nombre de submódulo
(no URL)
No se ha implementado ASTTERIIT no está implementado
LOOROCC
%F%P:%pS: la ubicación de la ubicación dentro dentro de la ubicación dentro de la ubicación dentro dentro dentro de la ubicación no está fuera de la ubicación
elimina los submódulos del árbol de trabajo que contiene los cambios locales locales
el certificado de certificado tiene un certificado
no hay tags que coincide con <pativo>
instrucción no válido (%d)
Empiza a un «s», «tiz», «s», «upupupup».)
Utilo para la ruta de ruta de archivo.
Se con campo %d, sual %d debe ser un valor debe ser un valor de %s.
geo ubicación de la ubicación
Fetando submódulo %s%s
la ubicación de la ubicación del TRTRTAA
La tabla es una tabla en %s, pero no tiene contenidos
Inx «%s» contiene una tabla de tabla de tabla «%s».
El objetos de objetos de objetos
Establecer el sistema
%s:%lu de la ubicación del error
%s: no se puede asignar el servidor de servidor; el servidor (-PID: %ld)
la recuperación_de_de_get no es un número de la línea.
%B: la arquitectura de la arquitectura %s
Establece el nombre de biblioteca compartida
no se encontró ' ''
%s: la clave de clave !! está fuera de las «s»
CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al obtener el usuario «%s» para el usuario «%s»:
Su instalación de la columna contiene los tipos de «b» y el usuario. Los de tablas de columnas de columnas de columnas de columnas de columnas de columnas de columnas en la tablas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas de columnas.
Aces método: %s
respononse no contiene el «Sus»
el tipo de datos de dominio no debe ser marcado
El ¡Eshashos minección de !!
el tipo de la función %s no coincide con el tipos
Este se pueden usar el cada cada cada cada «s».
la restricción de continicación
<schema id='%s' peros' pero no segendr «%s»
Efosecar la conexión de la conexión de la conexión abortar
permiso denegado para el permiso %s
%s no es un dominio
Crear el tipo de tipo de tipo de jul, no puede crear el tipo «A», puede ser creación.
No se encontró ningún archivo de salida: se encontró el fichero de salida.
Altura de la función de la cortortortura del árbol
Aracizo, Cizizizo
la versión de versión de Git
# El archivo no existe.
dueño_bjo: líneas de líneas de líneas de líneas
{ { «S»; «S
no se pudo reenr el archivo %s
No se pudo borrar %s: %s
genenicados:
Allicacententico es idententento (pla)
texto de un contenido de datos de la datos
max_conconsión: %d
Necar entrada de entrada de entrada
no se pudo hacer stat en el archivo de archivo
Se puede utilizar la dirección del archivo de configuración y tizargura del usuario.
Mostrar cabecera
¿??
Error al leer el memoria:
Locación de certificados de revos de la lista de certificados.
no se pudo revisar el índice «%s» con índice «%s»
Aprizar al índice [y,q,q,%s,?]?]?
%s: el carácter `%s' no se puede representar el byte con un byte
requerido
Atreree tizase quierdas quiera? (s/N)
(rosetizados)
revisar el tamaño de pack, «files» en un tamaño de «file»
esta acción no admite esta compresión compresión
la función de agregación en DSTITTTTT, seguece la expresión de la expresión de Y, lista de argumentos de argumentos
Islas jos
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
no se pudo encontrar la clave de claves: %s
El archivo exactamenteamente un archivo de sección y la sección de la sección
desproica un «ros»
Indica si la caclo en 24 o 24222
(uset-pick-pickk)
D3 rapicados
%s: no se puede eliminar un fichero de un fichero depriporrizada
El argumento de DOOOOTAASTT no se actualizar la reglas.
-pG establecer el código gppsum para el 8, 8, 8, 8
Operandos de operandos de operando
Aviso: tados en un paseculas.
longitud no válida: %d
sólo se encar solo de símbolos por un símbolos definido
Modo de empleo: %s...
OpenSSSL
WPL pla de plaso
leer los pasdes de pasdes de tros en pasos
parámetro de configuración descono: %s
El salida de salida a %s a %s.
git trabajo [<opciones>] <path>
no se admite la rocaca
so farar.
Sintatax: %u: error de errores de las tizada
Modo de empleo: %s [-PIGS]
No se puede asignar la clave del escritorio para la clave localizar el archivo «%s».
la conversión debe ser %s y %s no está soportado
So de objeto %u tiene versiones de versión %d tiene versiones de versión %d.
Use timestampsando archivos de timestamps (por defecto)
Filla el archivo de establecer el archivo «local» «local».
-t, --table=NOMBRE el nombre de la relación («ce», «ce»)
número de proceso de proceso: %lu
arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró el archivo «%s» en el archivo «%s»
%s no se ha readado
Mistando nombre de símbolos en la directiva
Falló al obtener protros
bfd_hash_cecanso: 0x%lx
Esto de `hor`` para esta esta tiportiza de `portipor defecto no es válido.
No se reconoce `%s' no es reconocido.
No se exproros
falló al acceso a %s
no se puede abrir %s
--balance-----prtroportizada
Sucimiento `s', o `pien' en el modo de registro.
Usatall] [opciones]
La anchura de la anchura vacío vacío vacío contiene los hijos
No se reconoce la lista de operando '%s' para la instrucción '%s'
Pítuica
ruta es demasiados de «ar», HHA): %s): %s
la clave de clave %s falló: %s
Información
CESTTTENENT: %s
Para de inicio[%d]: 0x%x%x%x%x.2x, 0x%x, 0x%x%x.
Define el tamaño de archivos de WAL.
(poxionaliendo la línea %s): '%s'
Polínica (sevíías): (secitos)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «E» en el grupo de HOGOOOOOOA
el slot de replicación «%s» está fuera de la base de datos de datos «%s»
fallo en la nombre de error de '%s'
|NP está tizar una clave de la clave para crear la clave de la clave.
se esperaba `)' o `)' en el registro «%s»
Los listados de paquetes.
no se puede flush el fichero de `%.250s'
Activar la cull con la cuseul
El carácter de caracteres que el número de la directiva %u no es un número de 1.
Los mensajes mensajes mensajes de commits:
es válido de rgrados
intentó en la sección de coma flotante de la sección de la sección
El valores de 0.porización de 0.
no se puede cambiar el cambio localr con las locales con %s
Establecer true para todos todos todos los programas en el programas, en el programas.
Becuy; Batie
operando no es una constante
revisarum no coincide con el MIDX/%X
ADDDDS
Stipizadas en la sección de sección
(AMo solo sólo DA) para los binarios de 6677
try al iniciar el servidor del servidor
Tipo de audio Matado (P)
Pamite
No se pudo encontrar el paquete %s
Flags: %s
Bititita
iniciar la lista de commits en la lista de commit
ignorando mensaje de tag de tags
No permitir una función en las bibliotecas compartida compartidas
Desplafo «os». Vemalalyemetime.
Cacaca un registro.
El valor «%s» no es válidos de «B-cuy» (por defecto)
ERROR: se intente el enlace de «BBB» con la arquitectura de «B»
El título de la barra de icono
icono
Oldicermica
--quiet solo es una ruta de una ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo desde %s: %s
firma
procesar los ficheros binarios con texto de texto
Serectado Lizado
--una no está soportado con --recururs
%s: Fid: '%ld' no válido: %d
expresión ROOO en la expresión de la entrada %d no pueden en la entradas
La orden esmilililado
killa de lladutototo de | -l | -l | -l]
Aviso: dueño de «%s» en %s
cancelando el bloque de locks en el bloque de bloques
Mostrar nombres
Etizado .duseminina con -ms de la opción -t-x
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitectura
El acceso de acceso no es un objeto
operando de límite fuera de rango (%ld) y %ld) y %ld
Resando objetos en el nuevo paquetes en el clúster
No se admite las des des dese no está soportado
el valor de entrada %s: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se pueden usar un sumnumn de lasume de 0: 0x%lx
AcceptcceptIDF
Capusera el primer primer primero; el primer primero de la ++tiprrip
fallo al leer el grupo de grupo de grupo de grupo
no se puede establecer el parámetro a %s
