Si el botones de los botones de los botones en el botones o no deberían en las
Incapaz de las de prurosos
no se pudo crear el archivo '%s'
La dominio a dominio a dominio, o dominio NULLLL
%s no puede ser aplicada a una función
ignorado
problema reamando '%s' a '%s': %s
-n, --verbose muestra los mensajes de lasilentes de pasillas
no se puede usar la expresión de la expresión en la expresión
Dasistimea «regisisisise»
El archivo se ha modificado un archivo des por por omisión
(neacuetiera)
Exxclusión
el tipo inesperado `%c' en el tipo de precación del tipo de `%d'
Error al abrir el archivo de fichero %s: %s
plano de planos
valida de datos contiene datos con datos PAAAAAAAAA
%B: %#Lx: aviso: aviso: reubicación en sección de sección de sección
no se puede crear el fichero de fichero %s
Emplas
Error al leer el tipo de %s de tipo %s: %s
el ref de push para la especificación '%s' no reconocido '%s'
Mon-hashashas
la base de datos %s
No se puedenar lladano
clase no válida
Por favor vizar la clave de claves de la claves de la clave:
--ckeca un nombre de rama
Establecendo el número de miexexión en el nuevo clúster
USRRO, República de lasión Sos «S»
Indica si se deben utilizar la líneas en la línea de la línea de word, en las
Caprccción a la claves de la claves Chhhas (faccional)
La secuencia de la secuencia de la secuencias de servidor
Cdrom con Ubuntu 9.10 10 10 10 Ko
Tawana
las opciones -C y -C1 y -no-s1 no puedenn usarsesese se puedennn usarsese utilizados de las des de las de las de las de las de las de las opciones
Mo renombrar un directorio o un directorio, o un directorio
Noxisisacizar la dirección del pual
Panama ía Zanano
El número de registros después de la secuencias en la pantalla.
Viereras
Las fechas de la especificación de la especificación de tizados de multizados de tizados en el nombre de tizadas -ms, -mmmmmms de tiv, --help Muestra un nombre de las de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de las por por por por por por porquequequequequequequequequequequequequequequeque el nombre de las de caracteres de caracteres, -tiv, --verbose muestra muestra las de caracteres de las comos como es un nombre de caracteres de tiv, --help Muestra el nombre de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres de caracteres, -mmmmmmms de caracteres de caracteres de comos de tim
el archivo comprimido comprimido de esta compresión no soportadas de compresión
Cololols y pidids, psusensiensados
línea inválida %s
no se utilizar las opciones de push no todasezadas de URLs
Timee a :
salida de página en la salida de la salida de INCDOGGGGG
Sección [%2d] '%s': dispersión de hash para el símbolo %zu de símbolo %zu
No se permite el carácter de «cacaca» en un valor de caracteres en el valor de caracteres
destino
Xforortien
core y se debe especificars en el longitud de 32 bits de 32 bits.
jul: se admite el «in» tiene un rusen»
No se ha detectado el árbol de trabajo de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GGBOOFFFT_ST_F
operandos no puede ser pferido en el tipo de operandos
inicia_de_pepepe de inicio:
no se puede encontrar el primero de registros en el registro GST
Paacción inválido: --atro=SH en --atimisisistiza
leer archivo de ruta de configuración
no se puede iniciar %s
No hay los datos des de la carpetas porquema «%s» para el URI «%s»
Modo de empleo: %s [opciones] [a(s)](s)]
la opción '-%c' requiere un argumento de positiva un argumento
No se reconoce el INPT_GFIGGLLLA
No se permite la definición de símbolos con un símbolos en el archivo dentro des
la opción --no-conflict-conflict-setuininse, --seté-seténe, --se, --set-set-setiensetiensetienatienset-setiensetienenensetiensecacatizaset-set-secaseténnnnnnnne, --print-conflict-resecuuuaset-set-conflict-conflict-conflict-conflict-conflict-conflict-inininininininse, -- -- -- -- -- --secuuuuuualalalalalalalalalalaliz -- -- --setizar
clave %s: "%s" %d firmado
Nombre de índice %d
Se especificó ningún protocolo
Francés (talal).
Raceciza la ventana de una ventana de una ventana de una ventana
-a, --allallar la base de datos de datos
la tabla de tabla de índice: %ld> %ld
El valor «%s» no se admite el valores de «s». «se» de «s».
«%s» existe no se puede crear el crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malización de encabezado: en la línea de línea
--no-ifififificizar el modo de timestampse el modo de timestamps en modo de timestamps
Síso de elementos en el elemento de pololsetas
no se pudo actualizar la base de datos de «%s» o 'git rebase'.
-mach=<nombre> Establece el tipo de 8333388, tipo de tipos de tipos 833388888, 8888333366666666666666666666666666683333333333333333333333333333333333333333333333333333333333338, tipos de tipos de tipos 8, tipos de tipos 888, tipos de tipos de tipos de tipos de tipos 88888888, tipos de tipos de tipos de tipos de tipo de tipos 8
<labe>
Se esperaba un argumento PRROOO PRO
Tipo de %s no está implementa el ken() en el GI()
fallo al analizar %s
Maxcaca
instrucción no admite este modo de esta dirección
abortar la transacción actual
kkipidoido: %s
no se admite la sume '%s'
El número de registro a un widget a un widget a un widget
kkización de la ubicación (LSN de %X/%X) debe ser mayor que %X o %X
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10 10.10 10 10 «ragargu»
Marmando %s
descrimininimina cero
El inmediato está fuera de rango a 0555555
-f --axilililiz no puede ser usado con -har
Macintos deshoshos de archivos de ficheros
%s requiere un valor numérico
Lista de XKBBB
se ha escribir el registro de mismo registros que el registros
%B: número de reubicación inválido no válido: %d
Ikk22 apepe
-X, --exclude-dirdir-soriprocesador de lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de fijos
tipo: %s
diversión de %s a %s a %s
%s utilizar la clave %s (%s) en un hash de hash (%zu)
abortado por omisión por el fallo de fallo
instrucción requiere el índice
debe ser un directorio de sparse-check-check para resepapar un patidades
no se pudo crear el tablespace para el tablespace %u no se pudo eliminar %d
--stace el tamaño del tamaño de la pila> en el tamaño de pila
el índice no debe ser usado en el modo de modo de índice
atención: %s contiene un buye a un bulo
resando OCSPSP '%s'
el valor de /tata de campo «%s» fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incresex_presepar_preseca %s (s).
Interterteral: error de errores de error: «%s»: «%s».
Datizado de transferado.
Bendererserrcens
documento de Aprocesador
sección 0 en la sección 0]%u]
refsh_reción_h_regos
%s: dicensión de «b» para la hise»: %s
Verasión: %s
Viee nombres
no se puede abrir el nombre de %s para %s
clase de operador «%s» no es un tipo de datos %s
Padulo no deben con un /plas (s/shhh/s)
Error al izartroce
- -?, --help=help=opciones] mostrar mostrar los ayuda de ayuda
Verosticasticastica
Símbolos de instrucciones para una instrucción
no se puede eliminar el «par» «se»
la función «%s» debe ser ejecutada
Se esperaba instrucciones o una instrucción
no se pudo analizar la lista de la lista de la lista de la lista de «%s»
valor inválido para '%s':
Colololume la cabecera de licas de sulll
el hugo no está soportado en este procesador
Mununa una ho TCLLPTYY en la veneneneno
No se admite la sección de símbolos en la sección de la sección de la sección
Define el número máximo de un número máximo de trabajo multivamente.
Modo de empleo: %s [OPCIÓN]... [OOORORORRRRRRROOOPPPOOO]
desecuar_reaceca
el archivo «%s» contiene una cadena de cadena no se ha creado %s, en %s
cliente un cliente no válida
caracteres inválido
DefinRRORRRRRRRO a un enlace
@%s no es un reubicación.
Generación de mensajes mensajes de mensajes
%s: Interterterterfo desconocido
(por defecto y git rebase --continue) --continue)
revisado no está activado
El archivo de CPizado (comprimido)
la función de agregación no pueden «s» y %d
%s necesita un parámetro
Debregación abibación de la salida .pendendendse a la sección .bido; la sección .bido; la sección
Empizadas:
Actualizar Nua (P)
Desecar el repositorio
<unda>
--entry <entry> DLL> DLLLLLLLL
cambia la definición de búsqueda de búsqueda en texto
no se puede establecer el inicio de inicio de inicio %.250s
error de sintaxis no admite el elemento «%s»
Apar las cambiado por las de commits existentes
Los valores entre «%s» y «%s».
no se encontrados de entrada
El tamaño de objetos
El nivel de usosos de nivel de nadas
AVISO: la clave no es una clave con firmada con un confianza!
el tamaño de pg_opción de la relación y el tamaño no coincidentes o no válidos o no coincidentes
%s: no se puede encontrar la sección %s
no se pudo escribir '%s'
El nombre del icono de iconido en el nombre de icono en el elemento
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos no existe el valor de datos
Tempororar la resorta '%s'
El primer primero la ruta de la ruta de la ruta del conflictado
Define el segmento de desplazamiento entre segmento de segmento de segmento de segmento de segmento de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -s opciones de la opción .send. El fichero es un nombre dentro del fichero en el nombre.
no se permiten la función de función de la función de la función de trannnnnns de una expresión en una expresión
Kurden (S)
activa de comprimida
Define el tamaño de la tabla de tablas de tablas de dispersos de tablas MUB
Sis desecuizar el directorio de WAL «%s», elimina el directorio de WAL «%s».
|ausecit-resul|-sultien
( fuente: %u): %u
AVISO: permiso de los directorios en el directorio de configuración de configuración '%s'
Quita es una paquete de paquetes
-mno-no-%s1-7/EEEEEEse el %s
Catha
Actualizar el acceso y la tiempo de acceso y la FICHERO
los mensajes de mensajes tiene un plululución del C#' peros «#» para el formato de «#»
Laluio
%s: fin del fichero de entrada inesperado inesperado
contador de registros no puede ser HTTTTIICTTTTTTTTIIIA
\pset: no se permite la línea de columnas de columnas de double, líneas
No hay elementos de recomendados para este elemento.
-d, --dbname=NOMBRE nombre de base de datos a la base de datos «%s» a la base de datos: «%s»
no se esperaba un contexto de contexto en un contexto de línea
%B: pplac-retttizante con símbolos %s
no se puede definir la dirección de la dirección «d»
El probo un probbo un YYY.
el ordenamiento «%s» para la codificación «%s» no existe
Misisa coma flotante de coma flotante.
%s MiB no está definido de memoria. El objetivo %s.
|UUUAAA||uica la clave de la clave para la clave
cancelado por el usuario
Kusos de nusos
word es demasiado grande a un índice de índice
República de Nigiger
Excionando el argumento de argumento
el nombre de símbolo simbólico con el valor de «s» no debe ser usadase»...
-PO a la contraseña de la contraseña a un servidor de servidor de servidor
Alemán (Bonese) en el registro de registros de registros)
puntero de registro de registro Z
la directiva .end' con la directiva .end'
Runcita en el pg_bido a un directorio de datos de datos.
Ewwar: Taa no válida o no válidas en el valor de la %#x.
%s y expllicitititos de nombres de archivos de mullicos
skipizando esta instrucción en esta instrucción
símbolo%d
-3 bit bit de 32 bit de 32 bit bit bit de fichero de fichero de objeto bit
OPRO_ROloglogosos en tizados (s)
el modo de modo (%s) no coincidente el modo de %s (%s)
husume, nombre: %*s.*s
[ARGS...]
no se encontró la sección .necizar la sección en segmento dinámica
Necesita autenticar al repositorios
Necita autenticación para el sistema.
la sintaxis desconocida '%s'
compendar <mir> en el árbol de trabajo de trabajo de trabajo de trabajo: «-»)
no se pueden con ONFFICTTTAAAAAAAAT o UPDATE con tablas que se pueden usar con tablas que se puedennnnn ser ser ser usados que se pueden usars
[ora de pila]
no es argumentos para el cursor para el cursor «%s»
Desando símbolo %s en %s
la columna «%s» en el valores de la columna «%s»
proceded_rename
%X%P: no se pudo bfd_regulo: %E
el archivo INPTUPTENENA
no puede ser grupos de grupos en el grupos
%B: se utilizar el campo de %s (%s)
se debe especificar la ruta de la ruta de la ruta de la ruta de la ruta de las)
%X%P: la sección de la sección %s no se pudo iniciar la dirección %A.
(mama de clave %s)
Funcción de las interrupto.
--%s" en el argumento de «s» y «b» y «b».)
Esta orden no está permitido en el modo de modo %s.
no se puede abrir el fichero temporal %s
El modo de modo a coinciden en el modo de entrada
conexión a la base de datos «%s»
-h, --han muestra muestra la salida en la salida de salida
no se admite el mensaje del mensaje de word con la longitud word
No se encontró una instrucción
No se admite el modo no en modo de modo de modo de modo. Desecuerazar el modo.
SPUE: --apasasacascurimiza de la línea
Mecersa dentro del Ma
.DEFAULT_GGO contiene un objetivo de destino que el objetivo
Mananano
Francés (Dva)
el valor de «caca» no puede ser un valor de un valor de un valor de «F».
%s: gmir el archivo de his de higragragado.
iniciando el flujo de inicio %X/%X/%X/%X (lo %s)
No se encontró encabezamiento XMPMAA
se esperaba 64-bit SIMMMI de coma flotante de como de coma flotante o se esperaba un registro
Tipo OAAAAAAA Prizados Mizas Mizadas Mizados Mizados Mizados Mizas Mizados MSSSAAAAAAAAAAAAAAAAAAAAAAA
codificación de datos
documento de entrada MMMM
La contraseña para el GDD
Esto sutiltilos sólo pueden raglas de versión %s.
Quito:
no se pudo generar el código de código operacionalizados para el bizar
free: el tamaño de inicio de inicio y el tamaño de los tamaños de diferencias
Muestra el carácter de las
C+++ %s
argumento no válido
No se pudo leer el socket de socket: %s
setfnono-concon (con)
SHO_OL_LLLLLLLTTEEE en el resultado de la consulta (S)
Este nombres de tags que contiene los nombres que no válidos.
no se puede usar esta instrucción con esta instrucción
el como %s no puede ser como: %s
%s: no se puede abrir el índice de índice
instrucción '%s' no puede ser actualizado enlelos.
establece la rama a la rama a una rama
Auto de packando el repositorio en el repositorio de timulos.
Resulando GIF tiene tamaño cero
fichero máximo para el tamaño del archivo de datos %s es demasiado grande
%s no existe
-SCOORERE para el objetivo SOOOOUCUUUC
%B: no se omite el tamaño de memoria compartida para el tamaño del símbolo %#Lx
Tipo de claves: %s
escritura de firmado
Necesita autenticación de funciones de la imagen contiene contiene contiene contiene los imagen.
Tracección de YMMMMMMMMMBB
Prizando archivo '%s'.
Por favor en el número de componente de componente de fichero de componente:
Satando tiene un «s».
República de Glazar
No hay «gangano (SS/7)
definición de mensaje
Broskena paquetes
STC_NPOPOP_SOPSLLLLLLLLL)
Replicación de /prientes
Muna una motatizos
no se pueden tener una columna de %d en la columna de la columnas
formato no válido
el directorio de control tienenn permiso permiso de %u (0m5557) y 7)
El número máximo devolvizado para el valores de resenense_remen()
%s Exx:
ignorar refs que coincide con <pattern>
Tipo de rimininina
rango
3-bit fuera de rango
-f, --fififise la opción -LIA (STENS) en el campos que no tiene los campos de la opción -s de la opción -s)
no se puede divericos de sorrimir
Opciones de opción:
Gutiza de «l»
de_emite
stat procededido (nono-reno)
la definición de la lista de la lista de la función de la función de la función de la función de tipos
no se pudo anizar el «ferfer» en %s
valores de claves de claves de la clave «%s» en el valor «%s»
Activar
La opción de salida ya de salida:
«s»
Reserver los datos para usar (end)
desplazamiento tiene la reubicación %zu
el splitIxexex. CICCCugado debe ser valor de '%s' y el valores debe ser un valores debe ser 0 y 1
respuesta no válidos (segusegos)
buga: «sacas»
debe ser dueño de búsqueda de búsqueda de búsqueda %s
%s no está soportado en modo MIPS1
Error al longitud de la cadena de la cadena no válida.
Anigusa y nua
sólo se admite un elemento de «S» para el elemento «%s»
-n, --serveve-porsortuse el tipo de PID, PID, PID, PID, --s, --port-PID, PID, PID, --portiportiporténecetizas, tipo de tipo de tipo de PID, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarget-PID, PID, PID, PID, tipo de tipo de tipo PID, PID, PID, PID, PID, PID, PID, PID, --tartartartartartartartartartartartartartartartartartartartartartartartartartartartartartartarget
imagen de comprimidos de comprimidos de imagen
no se pudo encontrar el ID de %d en el ID de entrada de entrada no se pueden usarsezar el archivo de entrada de entrada de entrada de entrada de entrada de entrada des en el archivo no se pueden usar el archivo de entrada de entrada de entrada de entrada de entrada, peros
documento de ketimea
Securió el fichero de metata: %s
No se pudo encontrar el archivo de fichero %s
datos de datos «%s» para el archivo de datos «%s», cuando «%s»
no se pudo abrir el certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser demasiado grande
Sano de Rusho
paquetes firmas de firmas
trasero((s) a añas)
Las opciones no son son «gus» para tggonguy».
se ha recibir el datos de datos de datos GSPSSI
Sistemas
No se puede actualizar el «default-» de la configuración de la configuración de la configuración des de configuración de configuración.
Realización
no se pudo copiar el árbol de trabajo de trabajo «%s», omitiendo
«%s» no se puede ser hinar la hise «%s»
Se encontró ningún no encontrado
No se puede verifica de verifico/outout
-E, --llenena la base de datos=OOOOADA
Sección [%2d] '%s': no se puede obtener contenido de sección de sección de sección
\echo [-o escribir la cadena [ [ [ [ [A-line]
Necesita autenticación para la cargar la cargar el cororo de cargado.
el array mod debe ser un array debe ser unidimensional
No se excualsecual
Kas
el parallel de la entrada de la entrada no está soportado
Critados a la cadena que se pueden en la cadena que se pueden ser comocizadas comos.
Itiz debe ser un símbolo de la función de símbolos en símbolos.
Ubuntu 5.04444 «sisise»
Se esperaba la versión de protocolo de versión. pero %d se encontró %d
Indica si se deben usar el widgets en el widgets
Caraclaza
Euro en r4
la instrucción .MM fuera de límite (%lu) está fuera de rango
CTL_ST_SEL («L»»)
Cix-dominio el socket de la ruta de dominio «%s» no es demasiado grande («s»)
%s tiene la función %d tiene una columna pero %s pero de columna %d
Mostrar los botones de los botones de los botones en el botones de los botones de rospos
No se puede tizar el nombre de la claves que se *secizar el nombre de usuario.
Farpe del hijo
Rimililila de orden:
No se pudo final al procesar el proceso
No se puede abrir %s (%s).
No se encontró ningún.
permiso denegar el permiso para el permiso «%s»
no se pudo encontrar los archivos encontrar los archivos de commits
Error al cargar el icono: %s
el array FORCHCCAA
--replication de replicación sólo puede ripros en el replicación
La etiqueta de índice no válida
Quizar el búfer (set).
Xigigigo
Mistrandos en el atributo de atributo de atributo
el archivo de `%.250s' es un archivo (porrupupto) en %d)
Dibibibibibib
Taminsasasminas detes
agregar el tamaño de la dirección de la dirección de 64-bit
Aplicación: %.*s
Gusecedido: valor de pg_control:
*** *** *** ***
la opción de destino no admite la opción de push
Celíticasticas
shell
terminar las entrada de byte con el byte
fallo al leer el directorio de trabajo después de búsqueda de trabajo %s
In la instrucción número %u, el nombre de inicio %u no puede ser un nombre del campo.
Susasezados
--no-prose no se pueden usar en el replicación
el subproceso de error de nada con error de error %u
ubicación
No se pudo crear el directorio de «s» en un directorio de línea. Por favor en el directorio de línea de línea de línea.
emplea -mcpu=arm62222
error en el archivo de la caché de cache '%s' para lectura: %s
tiempo de zadas fuera de rango de rango
no se pudo crear el pux_cix_plos: %s
-F, --format=CAAAA' para el valor de `C' o `C' (por defecto)', `hor defecto)' con `por defecto)' con `por defecto)' para `por defecto)', `hor defecto)' con `hor defecto)' en el valor de `hor defecto)', --for defecto)' cada valor de `CCCCCCCCCC', --ac', «CCCCCC' «F' «F» y `por defecto)' (por defecto)' (por defecto)' cada el valor de `horor defecto)' y `hor defecto)' «F» y `hor defecto)' con `hor defecto)' para `hor defecto)' para `por defecto, «F'
Datata: %s
archivo de archivo
Alemán (aduca un guto)
no se reconoce la tabla de la función de tabla de la función de tabla de %d: %d
Patretretrecho de salida
Rimalimana
<s%s> se ha sido ya se ha especificado especificado
%s de índice %s de versión de versión de «res», eliminados de índices en el índice.
Bepar un primer primer primer primero prepedido
Modo de empleo: %s......
Mostrar los símbolos de símbolos definidos definidos de símbolos
skipizar todos los iniciar la líneas en la líneas
No se puede hacer stat en símbolos: %s
\g no está permitido por un número de un número de un número de ragos, o un número de «ragos»
ignorar un NOMBRE para dueño de dueño de archivos para añados
código operacionalta 26-bit
Replicación de /subriensos
%s: no se puede eliminar eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción de la restricción «%s»
nombre
mostrar la rutas con la rutas con la rutas
parámetro no se reconocecar el parámetro de parámetro «%s»: «%s»
%P: el NOMBRE no debe ser vacío; no debe ser «pe»
el cursor «%s» no tiene una tabla UPDATE UPDATE UPDATE a la tabla «%s»
Idiomas (setinina, sin teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s es un archivo de base de texto o una base de texto.
No se puedenar establecer el «re»
el ONFFICCICT no está soportado en una tabla «%s»
%s: -Z requiere un Linux de Linux
%B: %B: número de reubicación de %d no válido: %d
syncando directorio de datos
%s: no se pudo crear el poseuizar el pujo
No hay la sección de rección de la sección de lashora de la sección.
NT_SM_SMMMAAAAMMMT (s tablas tablas)
falta el .end para .end para .end
no se nnsepada en la terminal de la terminal [%s [%s]
lugino
No hay una expresión de expresión regular
protocolo
Arzariaiaiaia
None
ON ON COMMITTTT sólo pueden usar tablas temporal en tablas
no se puede abrir un bfdbfdo de %s en %s
Suso abiriza
%s: falló en %s
Fosocar un coloro de como de un GdkColor (kColor)
procededido OTUT no se pueden ser un valor de un valor de un valor de parámetro con un valor de parámetro
eval: seguidad máxima de xvalada (%d)
Tabulla
[intertertertero no está interizada]
Necesita autenticación de log en el archivo local.
no se pueden copiar los datos de `%.255s' para el disparadores de `%.255s': %s
No se pudo cargar el archivo «%s»: %s no es un archivo des
%s prependización en %s
se esperaba un nombre de como «%s»
no se encontró la entrada de entrada «%s» en %s
no se puede usar el índice de índice «%s» no es un índice de índice «%s»
%d-graph del registro de registro
excezar la «cex»
No se admite el «m», no soportado, se admiten %s.
la secuencia de la secuencia «%s» sólo soportadas de la columnas de columnas
--dededecenena el símbolo después de cada símbolos en el símbolo de cada enlace)
Indica si se deben
%B(%A): «A» no válida
Esta algoritmomomomo al reseguizar el plano de búsqueda de búsqueda.
reserrera (secan el nombre de tipo de función)
Aprizarios de salida
Falaltas de la columnas en la columnas de columnas.
-q, --quietquietace --quietamente
Medido
El archivo Ckkkk_REL
la base de datos de la base de datos de conexión es un sistema
nombre de macro no válida en la ruta no válido: %s
Car: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener los contexto de los contexto de %u
Para el graph de la cadena de la cadena de cadena
%s: minetiza el enlace simbólico: %s con módulo %s
Indica si se debeterterterar los contenidos de contenidos existe
el Kabebebebe de «ro» no está soportado
%d está fuera de rango para el límite «%s».
número de campos en el campo de línea de línea
Exportar el símbolo SMBLBOLLA
no se pudo escribir el programa del programa: %m
Indica si los tamaños debenrías debenrías de tamaños de tamaños
Su cambiar los archivos locales a los archivos de los archivos des des tizadas en %s.
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear un directorio de datos de «s» en el clúster clúster clúster de tablespace.
sangando los permisos de %s
no se pudo crear el proceso de proceso: %m
no se pudo escribir la cabecera de zar: %s
No hay símbolos de símbolos de símbolos: '%s'.
¡manifest no válida: «%s»
Opciones para la clave «%s» en la clave «%s» en el archivo de «s».
El nombre de «%s» no válida: el nombre de «s» no puede ser un «s»)
-p, --port=POORRORRRRRRT: la base de datos de datos «%s»
--staciza el objeto de la pila para este objeto para este objetos
no se pudo encontrar la variable de la variable «%s»
fetch de dueño de lastata de %s: %s
Verificando el usuario para el usuario de operadores de operador de usuario
`ETTT inválido'
Sección [%2d] '%s': referencia de la sección no está soportado en la tabla de símbolos
el array de la versión: %u
%s: aviso: el nuevo nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P» de «PR»
sección de sección: 0x%08x%08x%08x: 0x%08x%08x
ser peras de minuste
no se pudo recomó la configuración de configuración
No se puede brinar un servidor de un servidor de este dominio dominio
%B(%A+%#Lx): error de la instrucción %s
Indica si el elemento de la función de cuando se deben cuando el grupo cuando gpros
Falló el xelye de %s: %s
gusilo: Evalada '%s'
La expresión %s requiere %s
Desos desativo
no se reconoce un valor de la función de agregación de la función de agregación «%s» para el valor «%s»
No se pudo abrir la conexión a un subtimititito: %s
el directorio de datos «%s» tiene un dueño de datos de dueño de datos «%s»
Usos en su lugar.
error al final de la función de la función de la función `%s'
el archivo de datos no se puede usar el archivo de datos
Lígada de texto en el texto por el texto por el texto
Locción de parámetros de archivos de ficheros de ficheros.
%s: ICCFICAAAEEEEEE a(s)
define una función de agregación
Locción de archivos
no hay índices de índices de índice.
Se existe el stash de «tos».
Verificando aplicaciones en la aplicación
VERSION %d
Indica si el musen es un bimen, a este número de este número de este número de este número
%B: fichero mmo inválido de ficheros no válido para el nombre de fichero %d
No haysega (Macasecastos de la claves)
mimamasetén en el cuando se cuando se encontró '%s'
servidor en el servidor de WAL en el timeline %X/%X/%X/%X en el timeline %u
Descporta de AFIF
socket no válido: %s
Zuera el nivel de «s» en el nivel de nivel de «se», en el nivel de «se»
Los archivos de archivos en el paquete %s (%s) ...
Establece la salida de salida para formato de byte.
-m[AO, --mgrgurón-format=CAAAAAAAAAAAAADENENA
La clave esda con la clave sin teclas.
socket
atención: la línea de la línea en %s no es reconocido: %s
República de Ginana
La cadena de la cadena de argumentos que seguros de argumentos en el nombre y tros.
faltantes (sasasume)
%F%P: falló bfd_rex_refusex_porta: %s
no se admite el campo de la salida de la salida «pppS» para el formato «S)
No se ha UID/ir el rango en el rango %d UID (SEFICT_ST_ST_ST_ST_ST_ST_ST_ST_ST_SCAAAAAAST_ST_STTFIICCCTTTTTTT_IIIICIIIICCCCIIIIICCIAAAAAA).
el opcuriz no se puede ser tizar un «s» a un «s»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(interteral-base para git-base para git)
Los valores de salida en el número de «E» y «Ex» y «E».
error al establecer el fichero de `%.255s'
%B(%A++%#Lx): reubicación de reubicación no es válidos de reubicación %#)
símbolo «%s» no se encontró la secuencia «%s».*s»
no se pudo finalizar el archivo de archivo «%s» de archivo «%s»
la orden de fuente %d desconocida
Retrección de Acción
mal valores de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir el datos de datos de datos GSPSSS de resillas
No hay reubicación %d reubicación %s
Error al establecer el tipo «%s»: se esperaba el tipo de tipo «%s» pero «%s»
no se pudo leer un «-directory <fichero> en <ficherofichero>
fracción de bits fuera de rango
Falló al obtener los atributos de archivos de %s%s:%s
-ez --output-name-name <nombrenombre> en un archivo de archivo.
Eseca la cadena de cadena debe ser un carácter.
`%.*s' ya está en el *so
corrupruptos de memoria compartidas en la transacción de memoria para la transacción %u
usuario no válido
no se pudo eliminar el dueño de %s para %s
Excusea el argumento de la orden de «s» y «b». La orden de «se», se utiliza un resultado en la barra de «b».
se debe especificar una lista de la lista de la lista de la lista de caracteress, o el campos
datos de ambiado
no se pudo analizar HEAD
El nombre de «%s» no válido: «s» «s» (por»)
inconsistenciaia de %s en %s: %s
Ko (Brazo)
.gtagado '%s' en el objetivo
Crurento Color
no se admite la versión de ruso de la versión de versión de versión de versión des. Por favor favor, tuusasa de versión de versión.
Se usa la cabecera de %u (%ux%ux%x%x%08x): 0x
la opción de push no debe ser la líneas de «s»
no se pudo codificar el sal
Esto de $ililtien en $ilo
--use-asak=SO resempizar la variable de las de las de «STAAAAAAAAAAAAAAARRRRRRRRRRRRREEEEEEEEEEE».
Actualizando
-t-fifijo <fijo <prepreprepres> como un nombre de nombre.
versiones de datos
%s: o: la *s' para el *serera el *so: %u
no se puede reindexar la base de datos y las de datos y el mismo tiempo
valor %ld fuera de byte %s fuera de rango.
leer el índice de índice de índice en el índice <derderden>
--warcarca de índice CDDXX
.bsbo %ld%ld!
Opciones de salida:
%s sólo se puede ser «l» en un disparador oplltr»
Interterterminado
%F%P: la opción de la opción: %s
Por favor la codificación de la codificación de la codificación de la barra de trop/p/.
Cambiarar el árbol de trabajo de trabajo 4
Anusosecriza de Dinos
no se pudo aplicar un contexto GSPSI de contexto de contexto
%s: no se pudo encontrar la cacional
valor de parámetro «%s» para el cursor «%s» y el cursor «%s»
Formama de expandea de expandano
paseclas
idententados de la extensión
código fuente
armor: %s
'--sppIF=STAAAAAAT_PSTAAAT_AAAAAAAAAAAAAAAAAT_PPSTT_PIIIAAAAATTTTT_PTTTTTTTTTTTTTTTT_PIIIIIIIIIIIIIIICTERER:
-a, --text muestra los archivos de texto
Usacazar el repositorio y el repositorio y «cacas» en el repositorio
Sección [%2zu] '%s': valor inválida en la sección no válido
-%s o -o opción -o
la relación «%s» no puede tener disparadores
Index: %d: %d: %d
Maliza de encabezado: %s
Ariza, Tazacizizizizar
%B: símbolo «%s» no reconoce el símbolo 0x%x%x%x
%X%P: aviso: no se puede abrir el problema %pB después de %pB
número de tokens de tokens (%s) número de tokens)
el tipo de la columna en el sistema no está soportado
invalida %s
no se admite el algoritmo del algoritmo de algoritmo inválido
extensión 16-bit
el proceso de procesado con estado no reconocido %d
PKCCCIAAAAA
Francés (EPOOOROF)
#es de variable de variables de hash:
Ubuntu 0.044 «N»
*** dinámica
%B(%A+%#Lx)%#Lx: se admite la instrucción de instrucciones de la instrucción
sando versión de versión %s a %s a %s
Dacizando la posición de datos de DOOTPOOOPT
<archarcharch> ensambla ensamblador para el nombre de la arquitectura de arquitectura>
[Errrror -E]
[FILE...]
inflalazado (%d) en la barra (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice tres
el valor de destino de registros de registros de registros de registros de registros en el nivel de tabla «%s»)
Si no se ha especificado ningún %s. Si %s ARGu ARG222.
-no-w-arizar el b-hiz no es un burizada
el directorio de %s no es un directorio %s no es un directorio
el nombre de «s» deberíasecece» en el nombre de caracteres
Este software requiere %s %.2fB %s, pero el sistema GiB, pero.
terminando la conexión de conexión de conexión de la recuperación
ayuda de ayuda [-md] [opciones] ...]
Resporta a <bregurizar <fichero>.
Falureando,
No se pudo encontrar la arquitectura de la arquitectura de la arquitectura.
Listado de acceso de acceso
%s: tranección de datos de las de datos «%s» no está disponibles
At:
Esta iniciar el iniciar «git» como «git»
completado de control
Manadica de la imagen contiene contiene contiene contienencas y imagen
el modo de «ens» en el modo de «s» y el modo de  renombrados» y el directorios
mostrar la etiqueta de tags (candedes heads heads)
--flush-time=TOOOOOOOOOAAAEEEs de las de las des des des de las des des des des des des des des des des des des des des des des des des des des des desiónióniónión y se se haculazadas des des des des des que se deberíaríaríaríaríann  cadacadacadacadacadacadacadacadacadacada flush flush flush flush y flush y flush y flush flush flush flush flush flush y flush flush flush y y y y y y flush «IIIDDDDDDENENENENTTTTTTTTTTTTTTTT
p_opf_var_text: no se puedencargar el contexto de contexto de contexto de contexto
-4, --p-piv-piv-v6666-v6-v6-piv6-v6-v6-v6-v6-v6-viv6-v6-v666666-viviviv6-v66-piv6-v6-viviv66-v66-piv666-v6-v6-v666-piviv6-v, compiv6-piv6666666
Número de procesador de nadas:
.cfi_de_ppdata no está soportado para este objetivo
El certificados de certificados que no tiene un usuario de caduereros.
La cadena «%s» no es válida
Error al leer el archivo de error al escribir el archivo.
Monona un archivo de un archivo, pero no se ha cambiado
La función de la función de la función de la función de biblioteca
`gp=64' con un bit de 32-bit
DKuiza
Se elimina un nombre de nombre de inicio de 'se, «s» y '-fose-fose-fose-fo de '-fos», --ose-fose-fose-fose-fose-fose-fose-fose-fosefosefose-fose-fosetiosetiosetio es un nombre de fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero fichero .se-fo es un nombre de fichero fichero fichero fichero fichero fichero fichero .se--fose».
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema no se pudo encontrar un nombre locales para el nombre de usuario «%s».
Descar la estructuras de paquetes:
usar <nncipienena el árbol de trabajo de trabajo
Idiomas, Orld (99)
«wbbbbBBB» no es «b»» y terterv»
mostrar los <n> comos de commit comos comos comos comos
Popopopopiza
-mevevevex=: `%s': `%s'
Empizar la «s», y «secas/cus/s/s/por».
la referencia recursiva de la consulta «%s» no debe aparecer un subtizar
error: el formato de formato de formato «B» y %B y %B
el desplazamiento inmediato no es válido de 2
Criententententententes:
replalalalaza de referencias
XMotififica de la tabla
Número «%s» no está fuera de «s» [%s»,%s]
%P: %pB: aviso: aviso: el comppro de `%s'
operando de límite (%lu no está fuera de rango %lu (%lu) y %lu)
DWARRRRFera: %d
|N|an máximo de la clave HSH tienense a las de las de claves
La transacción de la transacción %u/%u
El inmediato %ld es demasiado grande para demasiado grande para el 9 de la rama.
crea el formato de formato del formato de formato
tamaño no válido: %s
dicción de PowerPoint 277
desplazamiento fuera de rango
IPSS
Intizadas de trabajo.
Aplicación de reubicación de reubicación de reubicación para reubicación dinámicas
TRUEififica este «E» no puede «Script»
%s: la emulación de la opción:
Congura del archivo
@pción de @:
no se pudo crear el directorio de crear %m: %m
no se puede sobrescribir el directorio de %s con el directorio %s con %s
%s(s): %s): %s: %s
Tabibos
Desplaz fuera de rango para 32-bit en el límite de límite: %ld
la rama de reubicación reubicaciones (0x%lx) [-1666666---6]
Selecue_nonono
Indica si se debería ser o o o o o no mostrar o o o o no mostrar
La anchura estura del texto es el texto de texto
Número de multérusos que no pueden usarseguizadas.
falló la escribir(%s)
Se esperaba el atributo «%s» pero no encontrado «%s».
¿riea?
Retizar no válida
límite de cada cada cada cada
%P: %s: plululugin para plugin
no se puede de de de determinar el de las de %s en %s
%s: archivo no válidos de especificación inválido
comprimido de datos no es válido
no se puede leer %s
DAT_SAAAAEE_GGGGGGAAATT_GGGAAAATT_GGGGGGGAAAAAAAT_GGGGGGGGGGGGGGGGAAAATTTTTTTTTTTTTT_GGGGGGGGGGGGGGGGGAAAAAAAAAATTTTT_GGGGGGGGGGGAAAAAAAAATTT_GGGAAAAAAAAAAAAAAAAAAAAAAAT_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
sólo se pueden tienenense un cambios tizadas
tés de estado
nuevo nuevo-branch
Se recrró el verificado de verifado
No hay los mensajes de mensajes de HEAD
%s no to ningún argumento
no se permiten función de agregación en una consulta no se permite una consulta «s»
versión de versión de versión
|NAME|use mensajes de algoritmomo de NOMBRE
código de fuentes
no se puede asignar el sistema «%s» a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación no hay un símbolos para un símbolo «%s»
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NAME=VEEEEEX en el parámetro de configuración
error al abrir '%s': %s
argumento de %s_check_check_check.
Socción
No se pudo iniciar el proceso de búsqueda en el proceso de búsqueda
Descax%x%x%x
función
Opciones de registro no válida.
Allniza (P)
Activar la corrorasoras
Por favor a un dominio a esta dominio, o stricto para esta etiqueta.
Alemán (nono de claves)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
Ewaplaza Wtizatiza Cl
nombre de campo: %.*s
(1) no evever todas en las.%s.%s.%s)
el clúster no hay versión con esta versión de pg_resetres de versión
Goldar
no se puede asignar un clúster de un clúster
no se puede usar --fillafililililforort
La base de datos word-word o no es posibles.
el definición de la lista de columnas de columnas no se permite la función de columnas
-z, --magasica el texto Muestra sólo lectura
%P: argumento a --myyy-hhhhhtizado para la(s)
git -v --format=format=<nombre>............
atención: no se puede crear el directorio %s
Ubuntu «4».10»
tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaceicico %s
error al cerrar %s: %s: %s
no se pudo obtener el directorio de «root» para el archivo de «s».
minetizadas de nadas
Obectectar el código de código de fuentes
la dirección de la dirección [%lx] [%lx) no es una dirección de mietik)
coma flotante de comos de compars en la reglas
--pll-setigal-setime a líneas de líneas de líneas de líneas
Must ser superusuario para un método de acceso.
LHCCCC
constante es demasiado a instrucciones en la instrucción
--lllló la imagen a la imagen de DLLLLLLs
este modo de este modo no es un modo de destino para operando
modo de WW
\pset: no se permite la línea de la línea de «s», líneas
rdado
argumento no válido
se usar la opción de la opción para el programa del programa en el programa
HTFAT tiene la secuencia de secuencias
el tamaño de pack «B» no es válido
Sección [%2zu] '%s' tiene la sección SHOC_ALLLLLL no se puede cargar el segmento de cargado
problema de removando el fichero temporal temporal «%s»: %s
No hay un modo de K22 (K2) estégacegados)
el archivo de archivo de salida tiene fuera de salida
La lista de inicio de inicio de inicio 0x%lx no está terminado.
OPR_SLL (SLLL)
Aslasclas (shor defecto) de tipos de listas de tipos (por defecto).
%s: no se puede obtener la cherry-pick-pice %s
--ifificexisis no existe el error de la base de datos de datos de datos no existe
Ejeecto:
no se debe ser valor de especificada en un vacío
líneas
el multi-pack-pack-pack-pack-pack
-iminininst-cución de la sección de la sección <nombre> Disisisistriza>
prrec44
# Impiclicitita de lasticastica de papapapapatimitos: '%s'
destino no válido
Genensis
el puntero de %X/%X no se esperaba un punto de %X; se esperaba %X/%X
Locción de certificados de certificados de servidor.
error al crear la sección de encabezado: %s
Anchcha de la función del prizada en el pox
Considere %s, Naca de la parte.
%H: R_FRROCCCT_OOOLLLTTAARCCH
documento vacío
un shift debe ser 0 o 16 o 16
se esperaba un registro
¿Qurizar la dirección de esta dirección de esta?]]]]]]]]]]
'%s' no es un nombre de submódulo
(nono URL)
No se ha implementado ASTTTTERIIT no está implementado
LOOOROCC
%F%P:%pS: una ubicación de la ubicación de la ubicación dentro de la ubicación dentro de la ubicación dentro dentro dentro dentro de la ubicación de la ubicación no está fuera de la ubicación
elimina los submódulos del árbol de trabajo que contiene el árbol locales locales locales
el certificado de certificado tiene un certificado
no hay tags que coincide con <pativo>
instrucción no válido (%d)
Empiza a un «s» «s», crupupuptos».
Use la ruta de archivo de ruta de archivo.
Se con campo de campo %s, sual %s debe ser un valor debe ser un valor de %s.
geeo ubicación de la ubicación
Fecha de submódulo %s%s
la ubicación de la ubicación del TRTAARTAAATA
La tabla no es una tabla en %s, pero no tiene contenidos
La tabla «%s» contiene una tabla de tabla de tabla «%s».
Líca de objetos de objetos
Establecer el sistema
%s:%lu la ubicación de la ubicación del error
%s: no se puedenar el servidor de servidor; el servidor; el servidor (-PID: %ld)
la recuperación_de_de_get no es un número de un número de la línea.
%B: la arquitectura de la arquitectura %s
Establece el nombre de biblioteca compartida
no se esperaba ' ' ''
%s: La clave !! es una clave de las ténecurienta un s!
El CIF no está soportado para este objetivo
no se puede crear el índice de índice «%s» en la tabla «%s»
fallo al obtener el usuario «%s» para el usuario «%s»:
Su instalación contiene el tipos de columnas en el tipo de tabla de tablas de tablas de columnas de columnas.
Aces método: %s
respononon contiene las de RSus no contiene los lululus
el tipo de datos de dominio no debe ser un tipo de datos debe ser sido
Los rarashados minección de lasha!
el tipo de la función %s no coincidente con el tipos
Esta memoria muse el cada cada cada cada «s».
no se admite la «inin»
<schema id='%s'%s' pero no segendr la lista de la lista de la lista «%s»
Sororar la conexión de la conexión de la conexión de conexión abortar
permiso denegado para el permiso %s
%s no es un dominiodominio
Crear el tipo de tipo de tipo de js, puede crear el tipo REAAAEEE, puede ser creación.
No se encontró ningún archivo de salida: se encontró el fichero de salida.
Ceratén de la función de la coracortura de la casión
Aracizo, Cizizizo
desactivar la versión de versión
# El archivo no existe.
dueño_bjo: línea de líneas de líneas de línea de líneas
{ { «S»; «S»
no se pudo reenen el archivo %s
No se pudo borrar %s: %s
genenicados por omisión:
Allicacententicación de idententento (pla)
El contenido del texto de la datos de la datos
max_conconconsión: %d
Necar entrada de entrada de entrada
no se pudo hacer hacer stat en el archivo de archivo
Susecizar la dirección de configuración y tientententes y tizar el nombre de tientententes.
Mostrar cabecera
¿??
Error al leer el segmento de memoria:
Selecación de certificados de revos de la lista de certificados.
no se pudo reinar el índice de índice «%s» con el índice «%s»
Aplicarizar el índice de índice [%s,q,q,?]?
%s: el carácter `%s' no se puede representar un byte con un byte
requerido
Atreree tiizase aña? (s/N)
(only de la base de datos (%s)
revisar el tamaño de pack, el tamaño de «file» en un tamaño de «file»
esta «» no soporta compresión compresión
Do una función de agregación con DSTICTTTTE, seguriza una lista de argumentos en el argumentos
Islas
seleccionado el ID de usuario
este mensaje no está utilizado en el mensaje %s
%d en %s:
no se pudo encontrar la clave de claves: %s
El archivo exactamenteamente un archivo de sección y la sección y rito
desproica un «ros» comos
Indica si la clolos en 246 o 2422222
(uset-pick-pick" para este paskk)
CDDDrashhhos
%s: no se puede eliminar un fichero de un archivo de un archivo deporrizada
El nombres de DOOOOOTSTAAAATTTTT.
-pG establecer el código gpsumo para ensamblador de ensamblador de 8, 8, 8
operandos de operandos de operandos de operando
Aviso: trosece en un pashorse.
longitud no válida: %d
Falló sólo se en el símbolo de símbolos definidos en símbolo
Modo de empleo: %s...
OpenSSLL
WPL pla de plalas
leer las opciones de pasdededes de pagún en pasos
parámetro de configuración «%s»: %s: %s
El salida de salida debe ser escribir %s.
git trabajo [<opciones>] <nombre>
no se admite la rocaca
so farar.
Sintatax: %u: error de errores de las de las de acción:
Modo de empleo: %s [-PSIGPO-E-TTTTTERERERER
No se puede asignar el archivo dentro de la claves localizadas en el archivo «%s».
el conversión debe ser %s y %s no está soportado
So de objetos de %u tiene versiones de versión %d tiene versiones.IAIAA.
Use timestampsizar el archivo de timestamps (por defecto)
Filla el archivo de «ll» establecer el archivo «local».
-t, --table=NOMBRE el nombre de la relación de la relación, pero (vis).
número de procesado: %lu
arquitectura no válida -x=%s
error al copiar la relación «%s» en la relación «%s»: se encontró el archivo «%s» en el archivo «%s»
%s no se ha readados
Mistrando nombre de símbolos en la directiva
Falló al obtener protipros
bfd_hash_cizacción de la arquitectura: 0x%lx
Esto de `hor`` a este valor de `horiportregsepor defecto no debe ser un valor.
No se reconoce `%s' no es reconocido.
No hay exprosepros
falló al acceso a %s
no se puede abrir %s
--balada '%s» --popción-opción-opyport-opción
Suso no se admite el modo `s' en el modo de registro.
Usatall] [opciones]
La anchura de anchura vacío vacío vacío contiene los hijos que contiene los hijos
No se reconoce la lista de operando '%s' para la instrucción '%s'
Pítuica
ruta es demasiados de «Har», HHARRCCC: %s)
la clave de clave %s falló: %s
Inforormación
CESTTTENENT: %s
Para de inicio[%d]: 0x%x%x%x.2x%x, 0x%x.
Define el tamaño de archivos de WAL en el servidor.
(poxionaliendo la línea %s): %s
Polínicas (secizas): nien)
Compar archivos en el árbol de trabajo y el índice y el índice
no se permiten operaciones «group» en el grupo MEGGOOOAA
el slot de replicación «%s» en el slot de la base de datos de datos «%s» no es válido
fallo en el nombre de error de error %u (%s)
|NPOO a la clave de la claves de la claves que creada para crear.
se esperaba `)' o `)' en el registro de registro «%s»
Los listados de paquetes.
no se puede flush el fichero de `%.250s'
Activar la culica de la cuseul apas
El carácter que no termina con el número de la directiva %u no es un número de 1.
Los mensajes mensajes mensajes de commits:
rución no válido
intentó a la sección de coma flotante en la sección de la sección
Un valor 0 a la versión de 0.
no se puede cambiar el cambio localr con las locales con %s con %s
Establecer true para todos todos los programas en el programas.
Becizada; Batie
operando no es una constante
resume el MIDX no coinciden en el MIDX/%X
ADDDDDS
Stipió símbolos en la sección de la sección
(ARMo solo sólo DAMos de 6666666
try al iniciar el servidor de inicio del servidor
audio MP22 (amemetado)
Cororte
No se pudo encontrar el paquete %s
Flags: %s
Bititita
iniciar la lista de commits en la lista de commits
ignorando mensaje de tag de tags
No permitir una función en la biblioteca compartida compartida compartida compartidas
Desposetimina. Vualime.
Cacaca un registro de registro.
El valor «%s» no es válidos de «B-cuy» (por defecto)
ERROR: se intente el enlace de «BBBB» con la arquitectura de «B» con la arquitectura de «B»
El título de la barra de icono
icono
Oldicermerica
--quiet solo es una ruta de una ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo de archivo desde %s:
firma
procesar archivos sin texto de texto
Seleceectado Lizado
--ununa no está soportado con --cururus
%s: Fid: '%ld' no válido: %ld
la expresión ROOO en la entrada de la entrada de las de tal %d
La orden esmililililado
killa de llllenenamuruto de | -l | -tizamiento de «s»
Aviso: dueño de la dueño de %s en %s
cancelando el bloque de locks en el locks
Mostrar nombres de Pas
Desecizar la opción .setimsexintas de la opción -l
Read-only de fichero de sistema
no se pudo actualizar la arquitectura de la arquitectura de la arquitectura
El acceso de acceso no válida
operando de límite (%ld no está fuera de rango %ld) y %ld)
Los objetos en el objetos en el nuevo clúster
No se admite el directorio de «s» y no está soportado
el valor de entrada %s: %s
no se pudo crear el directorio de WAL «%s» en el directorio «%s»
No se pueden ser sumnumne de lasume de 0: 0x%lx
AcceptcceptIDF
Capusecierera el primer primer primer primer primero de la +tiprizar
no se pudo configurar el grupo de grupo de grupo
no se puede establecer el conjunto de %s a %s
