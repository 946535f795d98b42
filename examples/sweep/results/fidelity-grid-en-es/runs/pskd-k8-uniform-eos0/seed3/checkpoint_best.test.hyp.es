Si segur el botones de los botones de los botones de los botones o no deberían
Indo-prosapepes depes
no se pudo crear el archivo '%s'
El dominio para la restricción de dominio, NUL, dominio o NULLL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s' a '%s': %s
-n, --quiet, --presililciones, --preso-cece-cececes
no se puede utilizar la expresión de la expresión de una expresión en una expresión
Disase «sam» «sisisisis»
El archivo se ha modificados modificados de modificado
(jecurita)
Extención de evensión
carácter inesperado `%c' inesperado en el tipo precido
Error al  trasando el archivo de tras: %s
los procesos de procesoes
firma de datos no válidos con PAKAKARA
%B: %#Lx: aviso: la sección inesperado inesperado inesperado en la sección
no se puede crear el fichero regular %s
Cadenados
Error al parámetro de parámetro %s de parámetro «%s»: %s
push de refs '%s' no se pudo para '%s'
Monclas de Kimertos
la base de datos %s
No se puede udano
clase inválido
Por favor seleccionar la claves de claves:
--rece a un nombre de rama
Establecer el número de mixid en el nuevo clúster
República de CS, República Sotivieza Sociaciaciadas
Indica si la líneas a la líneas de líneas, líneas en en en encues ocacualalales
Casaculos de Casherrizados de claves (fatk)
La secuencia de secuencia para el servidor Xiza el servidor
Cdrom con Ubuntu 9.10 10 Ko Ko «Ka»
Tiwano
las opciones -C de la opción y -1-tras-tra-traso no pueden ser usada
Move un directorio o a un directorio, o un directorio de un directorio
Nonendo pusistalizados
No se puedema ramamal Zal
El número de las debe ser la pantalla de la pantalla de la pantalla de la pantalla.
Vilase
Cracción de formatos de especificada en -t, -t, -t, -t, -mir el nombre de las que -timir el nombre de las que -t, -t, -t, -ororororororororcce el nombre de las cacuertatacece el nombre de las cort, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, o o o otras cace el nombre de lase el nombre de las que -t, -t, -t, -t-rerererererererererecuer el nombre de las cacualalalaliririririririririririririr el nombre de las
el archivo comprimido es una compresión, pero no se admite esta compresión de esta compresión
Corols y pidids, y pgulsegens
línea de líneas inválida %s
W no se pueden borrar las opciones de push---push no se utilizar un URL
Timie a Le:
salida en la salida de «DO en la salidaDO INDO
Sección [%2d] '%s': hash de dispersión para lasión de índice de índice %zu
No se permite un carácter 'c' en 's' en el valor de caracteres en el valor de caracteres
destino
Xftizados
core y métodos en el longitud de 32 bits de 32 bit.
sparse: se admite el fililul rusilado
Seleculado el árbol de trabajo no es un árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBBO_SOL_SSST_S
el tipo de operandos no puede ser cero
inicia_pde_des: pgpg_pg
no se pudo encontrar el primer primer primer primer GTSTATAT
Tción inválido: --at=SHHO con --aducetésistados
no se puede leer el archivo de ruta de ruta de ruta
no se pudo iniciar %s
No se han las de datos en el marcas definidos por el kenso «%s» para el URI «%s»
Modo de empleo: %s [opd) [opciones] [ad](s)]
la opción '-%c' requiere un entero entero entero positivo
No se reconoce INT_SECPION_GFIF
No se admite la definición de una definición de un símbolo con el símbolo de lasos en el archivo des
opción --on-no-set-nos requiere la opción --no-in-insetinse, --set-in-in-set, --nset-in-in-set-in-in-in-set-set-set-set-set-set-set-set-set-in-in-set-in-set-setipin-in-set-in-in-in-set-in-ines de la opción --nononononononononononononononononononononononoset-set-in-setinseceetin-set-setalalales des
la clave %s: «%s» firmada %d
índice de versión %d
Se ha especificado especificados de protocolos de protocolo
Francés (al)
No se permite una ventanas de ventanas de ventanamentemente «pamente
-a, --all muestra los bases de datos
<stringe la tabla de tabla: %ld
El valores de «sin» para el valores de «from» («from»). Devuelvevevevevevecuer».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Mal la cabecera de cabecera de nueva nueva nueva nuevas:
--no-stif-modifiecizar el modo de todase el modo de cada modo de mod-in-inicose
Descla de elementos en el elemento de pos en el elemento
no se pudo comprobar el HEAD o HEAD de '%s'.
-mas=nombre> Establece la ha de 8, «33300 a «300 a «3300, 8888888888888, n, 8, 88888888.00 a «shhhhhhhhhhhhhhhhhhhhh, «333333300 para 888888.00 para 888hhhhhhh, «300s, «3333300 por el tipo de «333333333333333300 por el tipo nn-hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh
<lama>
se esperaba un argumento de argumento de argumento de argumento
Tipo de %s no está implementa de tipo de las dentro del GIforas
fallo al analizar %s
Maxión
la instrucción no está en este modo de instrucciones
abortando la transacción actual
kkimiento de claves: %lu
no se admite el directorio '%s'
El número de registro para el widget para el widget del widget
kkiza la ubicación (LSN) %X/%X/%X/%X/%X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 104.
Marcuando %s a una complete %s
descurimines que cero
El inmediato está fuera de límite de límite para 03553
-fa no se puede utilizar el jusilar con -harshar)
Macepinashos depóciones de los ficheros de archivos
%s requiere un valor
Lista de opción XKB
multiplar el registro de escribir el registro de registros
%B: número inválido: %X
Ikkkkulo de la capepeta
-X, --exclude-directororororar la lista listars deexclude=TER
tipo: %s
diversión de las local %s a %s
%s clave %s emplea un hash %zu (%zu)
abortando no se pudo abortola de lectura
la instrucción registro de registros
debe ser un check-check en un checkes a un tententenido
no se pudo para el tablespace %u no se pudo eliminado %d
--stacksize <size> el tamaño de la pila en la pila
no se debe utilizar el índice en el modo de índice
atención: %s que contiene un punto de opero
Osando OSPSPSP en '%s'
el valor de campo «%d» fuera del rango: «%s»
define un nuevo nuevo nuevo vacío
no se admite la sección de sección en la sección %s: %s
Incarxe max_prepar_presepar_rescción (s).
Intersal: error de opipar: "%s".
Daza WAL en abortado.
Bulsecens
documento de Aporkes
sección de sección 0%u] [%u]
ref_reresh_opciones
%s: dimen de un registro desión de hibrabido: %s
Ver: %s
Vietrivo
no se puede abrir nombre %s para %s
la clase de operadores «%s» no es un tipo %s
Path no debe contiene un tientes entre un /sosor)
Error de Sitarcio de SD
-?, --help=help] '%s] estas, muestra los ayudas]
Vertica de Ajusticas
Símbolos de instrucciones de instrucciones para instrucción
no se puede borrar el índice de la vista «%s»
la función «%s» debe ser «ir»
Sappingingiendo o instrucción
no se pudo analizar el lista RAIADA «%s»
valor inválido para '%s': '%s':
Columasas de la cabeceras de cabeceras de evenl
huge páginas no está soportado en este plas
Munce un YYCTARTARTAP
No hay símbolos de símbolos de la tarjetas en las sección
Establece el número máximo de un número máxima de un número de un po.
Modo de empleo: %s [OPCIÓN]... [OUROUROUP]]] [OPCIÓN]... o bien: %s]
delimiter_de_cacacca
el archivo «%s» no contiene un archivo NUL, se ha terminado en la cadena %s
cliente el cliente seleccionado como mucue como me como mega
carácter no válido
Establecer la enlace de PROROROROROUARORar un enlace a un enlace
@%s no es un reubicación.
Generan mensajes mensajes
%s: no se permite un directorio desconocido
(fixso conflictos en revos y «giten»)
el redo de símbolo no es válido
CPIO (pizado)
la función de agregación no pueden ser más más de argumentos de argumento %d
el parámetro %s a un parámetro
Debubrecación de la sección de .pendibendibree
La tabla de tabla:
Actualizar (Pacue (P), NU)
El repositorio para el repositorio
<un>
--entryentryentry <cififica de la entrada SLLL'
cambia la definición de texto de búsqueda de texto
no se puede kizar al iniciar el inicio de %.250s de llas
error de sintaxis no se admite el token `%s' inesperado `%s'
Aplicar cambios de dicados de commits existe existentes
Validar valores de «%s» y «%d» y «%d» y «%d».
no se encontró entradas
el tamaño del tamaño de objeto
Menchés de 5so 5s
ATENENCIÓN: no es una clave está firmada con firmada con un firmada
el nuevo pg_data antiguo y el tamaño máximo no coincidentes o no coincidentes o no válida
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetros existe
Temporororar el reso de '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de como
Establece el desplazamiento de desplazamiento y exec y segmentos de segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dduse -duse la opción -d en el nombre de la opción -divo.
set-retr la función de función de nus no permitenas en las
Kurigo (Suia, F)
compresión de comprimido
Establece el tamaño del tamaño de la tabla de la tablas de la tablas <UB>
Sise quiere el quiere el directorio de WAL, elimina el directorio «%s».
|aditados-resetruse
(lelelese: %u)
A ADVERTENCIA: seguar el directorio de configuración de configuración de configuración de configuración en el directorio «%s»
El paquetes por paquetes paquetes
-m[no-%s]%s/1-sis/E///s
Caca
Actualizar las modificación de modificación y modificación de modificación de FICHERO
mensaje de potata tiene plurusión para las pero señal de .#s' pero .#'
Ezio
%s: fin de entrada de entrada del archivo cuando se leye el fichero de entrada
contador de registro de registros no pueden ser «CTECTSSIITITITIIIT
\pset: se permite una líneas de la líneas de la líneas, «s, double
No hay elementos de elementos commendimales para este software.
-d, --dbname=BBBARO base de datos a la base de datos (por defecto)
no se esperaba al menos un contexto del contexto del contexto del contexto de la línea
%B: po-recetados de reubicación %s
la dirección de dirección de dirección de regex no está activado
El firma de probo es un YYYY.
la codificación «%s» no existe para la codificación «%s»
Desisando coma flotante después del bulos.
%s MiB es de memoria de memoria. El valor es %s.
|VEE|ar el U|use la clave como para la clave para la clave
cancelado por usuario
Krusosegulos
el índice es demasiado word para word
República de Nrigado
Excando el argumento constante de argumento
el nombre de límite con el valor de límite de límite de «pic» no debe ser usado»
-PPASSC de la contraseña de registros de registros a un servidor
Alemán (B,ce el árbol de registro de registro de registro de registros)
puntero del registro Z
.end con la directiva .cuente un .ce con directiva .ent
Rundita en un directorio de pg_pg_pg_res de datos.
Error al warf no válida: el valor de «MMMMdix».
%s y «llll» y nombre de fichero mucutuer»
skipiendo fififijos en esta instrucción
símbolo%d
-3 no creado el fichero de 32 bit bit -64 objeto compartido
OPR_Rocional (sistése (lues)
el modo de modo (%s) no coincide %s (%s)
encuelel,: %s.*s
[ARGS...]
no hay sección .dís en la sección de segmentos
Necesita autenticarse para cambiar el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendar <mendar> en el directorio de trabajo trabajo «syy» (porororororor):
no se puede usar CONFFICCC cuando no pueden usar con tablas que no pueden usar con una tabla UPDATE o una tabla UPDATE o una tablas que no pueden usar con una tablas que no puede usar con una tabla UPDATE o una tablas que no pueden usar con una tabla UPDATE o una tabla UPDATE o una tabla UPDATE o una tabla UPDATE o una tabla UPDATE o una tabla UPDATE o una tabla UPDATE o una tabla DELETE
desbordamiento de pila []
no se pudo en el argumento de argumentos «%s»
El símbolo desconocido en %s
la columna «%s» de valores de la columna «%s»
procedado_recho
%X%P: falló_reffo: %E
INPTERER ... ...
no se puede nar grupos en grupos de grupos
%B: usar un campo desconocido desconocido (%#s (%#Lx) equivocado (%#x) que las)
debe especificars de rutas con la ruta de ruta(s)
%X%P: la sección o %s y %s no está en la sección %A.
(mama de clave %s)
Funcción en la cruperción.
--%s para los argumentos de argumentos de argumentos de argumentos de argumentos (b).
Este la orden de orden no está permitido %s.
no se puede abrir el archivo temporal %s
El modo se encontró con el modo que en el modo.
conectar a la base de datos «%s»
-h, --tar muestra muestra muestra la salida de la salida
no se admite el mensaje del mensaje con el mensaje con el mensaje de longitud de word
No se encontró una instrucción
No hay modo de modo-culolo. Deckizarááás.
opción SP: --po: --pashhhhhholalalas de la barra de la barra de como
Mermbla de las
.DEFAULT_NNIIIC que contiene un objetivo con el objetivo
Mancho
Francés (Dorororora)
el valor de escapepepes no pueden usar valores de codificación para cuando el valores cuando el valores.
%s: el archivo de gmononario.
iniciando el flujo de log en %X (X/%X/%s)
No se encontró una cabecera XPM
se esperaba SIMD de 64-bit de coma flotante o coma flotante de 64-a flotante
Tipo de rimirir Virirma de archivos Prizos
datos de codificación desconocida
documento de entrada de entradaM
El programa por omisión para GDDDK
Este la versión de utilo sólo pueden ragrazar de versión %s.
Quito:
no se puede generar un código código operacional para código operacional para el punto de ramine
free: fin de tamaño y el tamaño y el tamaño del tamaño de diferencias
Establecer la Estados
reubicación %s desconocida %s
argumento no válida
No se pudo leer el socket al socket: %s
setscción («create») falló
EHO_L_L_LLLL_SUSTER en su lugar de la consulta (por defecto)
Esta etiqueta o acueses o no es válido.
no se puede utilizar esta instrucciones con esta instrucción
alternativo %s no puede ser un d: %s es un vecla de %s
%s: no se puede abrir el índice de índice
la instrucción '%s' no puede ser ejecutada en lolololo.
establece la rama de la rama a la rama de la rama
Se packe el repositorio en el repositorio para el repositorio.
El tamaño tiene el tamaño de GIFIF no se admite el tamaño cero
el tamaño máximo máximo para la base de datos %s
no existe %s
-CCOURERED para el objetivo SO para el objetivo SOUC5
%B: no se puede eliminar el tamaño de memoria para el tamaño para el tamaño de %#Lx
No se pudo las falló: %s
mostrar directorio de escritura
Necesita autenticarse para requinar la imagen de quina y quina y quina y quinaces.
Tracción de Yciones de YMLLLLML
Perando el archivo de fichero '%s'.
Por favor en el número de componente de componente:
Susando no tiene un «slos».
República de Gula de Glala
No hay rgizo (SS) 6/7)
definición de mensaje duplicado
Bros paquetes
STC_NNOP_PS (PS)
Replicación de Sendización Spendrizados
Mín un tttables
no se pueden ve un columna de columna %d en la columnas de columnas
mensaje de formato inválido
el directorio de control tienena %s (0s «0s/ms 5») y 57)
El número máximo de elementos de recuerritas de elementose apamit_de_demit_de_de_rese()
%s Exxce:
ignorar refs que <cuer> con <cuer>
Trinito y trinito
rango
3-bit inmediato fuera de rango
-f, --fics=STIT, se ha si lase las líneas que -os que no se descarta los ficheros de salida (s)
no se pueden usar directorios
Ordenando la opción:
Gusutredo no crickl
nombre_emite
nombre de procedido (notado)
la definición es una lista de una función de una función para la función de una función de una función de una función
anón_de_de_bbbul en %s
valores de clave «%s» no existe en «%s»
Activar la Activar
Los opciones de salida y la salida:
tabletablectable
Reseraden para usar (pendizar)
desplazamiento tiene posición %zu
valor splitInxxcercerto.1111 no deberíaría ser 0 y 1
resertos no válido (seclas)
buga: código de signa existe
debe ser texto de búsqueda de texto %s
%s no está soportado en modo «PS1
Error de la cadena inválido: de cadena.
Ancuiga y Budas
solo un elemento de un elemento para el elemento «%s»
-n, --sncert-por los tipos de salida (PID), --set, --set, --set, PID, --n, --ncet, --no-n, --set, PID, --no-pset, PID, PIDset, PIDset, PIDset, PID (port, PID (set, PIDset, --set, PIDset, --set-n-nececet, PIDs de los usuario (port, --set, PID, PID, PID, --set, PID por el nombre de los usuario (port, PIDsegn-necececececegn
imagen AME de «AMEME»
no se pudo encontrar el ID de bloqueo %d en el archivo de entradas de entrada, no se puede ser el archivo de entrada en el archivo de entrada de entrada de entrada de entrada de entrada de entrada para el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada %d, no se puede ser la entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada en el archivo de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocartorort
Securó el archivo megado: %s
No se pudo abrir el archivo de configuración %s en %s
se recibió datos para el archivo de datos «%s», solo para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error: %d
%s: valor para el campo «%s» no debe ser demasiado grande para %d
Esocuso Riaiaia
firma de paquetes para firmas
trasililtras) a a ad)
No hay candidatas candidata para mguer que se jeccuer que je el refs.
se recibió datos de datos del GSSASAPSIP
tetetemas
No se pudo actualizar el «-fetch» que el fetche el manual de lasión de la actualizado.
República
el árbol de trabajo de trabajo de trabajo '%s', «F» en el «F», «Fegnecempizar el «F» para el «F» para lasezar el «Fecezar lasezar lasezar el «F», «F», «F», «F», «F», «F» para el «F», «F», «Fecetizar lasezaránecececece el «F» de trabajo de trabajo de trabajo de trabajo de lasezar el «F» de trabajo de trabajo de trabajo de trabajo de trabajo de lasececececetizar el «Fecuer»,
«%s» no puede ser hitortors de «%s»
No se encontró ningún no encontrado
No se puede usar la verificación de «/s»
-E, --cocololo=CCOADO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la salida («])] para la salida)
Necesita autenticarse para la cargar la cargación de la carga a la cargar.
el array de array debe ser un array de undimensional
No se eviecuecence
Kusids
la entrada de entrada de entrada de entrada no está soportado
Critado a la cadenas Cororora de cadenas. Estados de cadenas de cadenas de cadenas de cadenas de cadenas.
Si se debe ser un símbolo de función de función de función.
Ubuntu 1.044.
Nombre de protocolo de protocolo inválido. Edera de versión %d no se encontró %d
Indica si se debe ser un widget en el widget
Cabla de Coras
Eucro en 44
.COMMM de rango (%lu) fuera de rango
CTL_STSTS (setk) definidos por definidos por definidos
Cix-dominio el socket de la ruta de la ruta «%s» es demasiado grande (p)
la función de la función de la función %d tiene columna %d
Mostrar un botones para los botones de los botones de los botones de los botones de los botones en el árboles
Iterta no se puede ser la claves de usuario a la claves.
Firma del proceso hijo
unden si un orden de orden:
No se pudo final al proceso
No se puede convertir %s (%s).
No hay ninguno.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar el commit-graphgraph
Error al cargar %s: %s
FORACHCHO o array
--pros de replicación en el replicación en el replicación
Opciones de la etiqueta de la etiqueta inválido
El búfer de Querye (par).
Xnign
Ausente mal mal mal mal formado o atributos
el fichero `%.250s' está rupcruperó una corrupo %d)
Dibibio
Tipo destemonastestes
añadir los tamaños de la direcciónes de tamaños de tamaños de tamaños
Aplicación: %.*s
valores de pg_rese: pg_res
*** *** *** *** ***
el destino no admite la opción no admite la opción push
Cellosticos
shelligigo
terminar la entrada de entrada con NUL
fallo al crear el directorio de trabajo despuésuésués de búsqueda %s
En la instrucción número %u, %u, no pueden un nombre de campo de campo.
Susistados
--no-pros de replicación no pueden en el replicación
subproceso de error en el «lo» con error %u
ubicación del ubicación
No se pudo al directorios de guertos. Por favor en la línea en la línea
emplea -mcpu=226
error al crear el archivo '%s' en la caché de '%s' para el archivo %s: %s
tiempo de huse fuera fuera de rango
falló el pul_xcu_los: falló: %s
-F, --format=FM' para el formato del archivo `s', `secusecus', o triza el valores), `CCCCC', --a, --acusecuseclalalalalalalalasecusecusetrusecional, -t, -t, --format=CCCCCCCCCCT, --forororororororororororororororororor defecto), o `secional, o `F', o `F', o `FF', t, --format=F' para el valores (pororor defecto), o `secusececusecusecus
Datado: %s
el fichero regular
Alemán (aduce gracucción)
tabla no reconocido en la tabla de tabla de no reconocido: %d
Desclas de establecer el conjunto
Ralimimano
Aps%s> ya está especificado para el «enenenenen»
%s: versión de la versión de la versión de la versión de la versión %u, seguía de la versión %s.
Bepice cuando es una clave es un primer pres
Modo de empleo: %s......
Mostrar símbolos por símbolos definidos
kkipros y líneas de las de líneas conccuizacas de líneas
No se puede asignar el símbolo de símbolo %s: %s
\g no es válido por un nombre de un nombre de rabo, o praceguado, o prace por por por un nombre de un nombre, o «cecececuercecuercuercuercecuercuer»
NOMBRE NOMBRE NOMBRE como un archivos a un archivo
código operaciones de 26-bit
Replicación de Subics/brese
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: %s»
no se pudo crear laste «%s»
nombre de nombre
muestra rutas con la rutas cambios
parámetro no reconocido de configuración «%s»: el parámetro «%s»
%P: el SOSO no debe ser vacío; el s
las datos «%s» no es una tabla tener UPDATE/UPDATE a la tabla «%s»
Itanta (l, con teclas muertas)
no se pudo eliminar 'git árbol'
%s: el archivo de base de datos de datos aña un texto.
Viwe no es posible posibles
CONONFLIF no está soportado en la tabla «%s» no está soportado en una tabla «%s»
%s: -Z requiere activado SE n activado activado
%B: número de reubicación %3444: %d
el directorio de datos de datos
%s: no se pudo encontrar las que coincidentes
No hay sección de la sección de la sección de lasopción.
NT_VMA_SSTMAMA)
ausente .end para .funcional para .funcional
no hay mapas en la terminal a la terminales de la terminal %s [%s]
Teteso
No se permite un expresión regular
protocolo
Aprowargado
None
ONON COMMIT sólo puede ser usado en tablas de tablas temporales
no se puede abrir un bfd en un bfd %s
Baduriza Ana
%s: falló
Fogurimiento de coloros a un fallos (allos)
el parámetro procedido OTUT no pueden usar un valores con un valor de predeterminado
eval: la información máxima de nivel máxima de nivel (%d) exd)
Tabujo
[initadico no permitir en el precional]
Necesita autenticarse para el host.
no se puede copiar los datos de `%.25«c» para `%.255s': %s
No se pudo cargar el argumento «%s»: imagen de «b», k»
%s pres-endendipende en %s
se esperaba un nombre de coma una nombre «%s»
el directorio de entrada «%s» inesperado en %s
no se puede utilizar el índice de índice «%s» que el índice «%s»
%d llamada de registro de registro-graph
duraxcción de comocción
Solinks no está soportado, no está soportado %s.
la secuencia «%s» sólo admite la columna «%s»
--dedecence después del símbolo después de cada fichero cada fichero de ratizquierquierquierquierquierquierquierdo (se el símbolose el símbolose el símbolos)
Indicar
%B(%A) no válido: tabla no válido
Esta el algoritmo de algoritmo de búsqueda en el uso de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resoveved (secan tipos de función de tipos («d)
Apción deporción Prosecridades
Finir el estado de la columnas.
-q, --quiet [-- [--quietquietamente
Mado tipo de tipo
falta el fichero de CT_RELT_RELT_REL
la base de datos de datos de conexión a conexión a la conexión
nombre de macro no válida en la ruta de biblioteca: %s
Opciones: %s.
no se permite una lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Caden un proceso de la cadenas
%s: mima de instrucciones de enlace: %s previo %s con %s
Indica si el contenido de texto existentes existe
Keracccues5s de «K» no está soportado
%d está fuera del rango para el parámetro «%s» (%d) %d.
número de campos de campos en la líneas de la líneas
Exportazar SMLLLLLL no está a tablas de tablas
no se pudo escribir el programa: %m
Indica si se deben el tamaño de los tamaños de los tamaños de los tamaños que segens
Los cambios locales a los archivos siguientes siguientes siguientes siguientes segurito: %s stash o %s.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespace a los clústers de tablespaces de tablespaces que se pueden ser actualizar el clúster.
chagando permisos de permisos de %s
no se pudo crear el proceso proceso hijo: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
«e» no válida: «%s»
Opciones para la clave de clave «%s»; el rango «%s» ya está en el rango y «%s» no está en el archivo ya».
Opciones de nombre inválido: «%s» no puede ser un carácter de «-hh» (pen»)
-p, --port=PROPOU de base de datos (por defecto): «%s»
--stack' requiere esta pila para esta pila
no se pudo encontrar la variable de variable de variable «%s»
fallo de fetch a '%s' de '%s': %s
Verificando los usuarios por el usuarios definidos por el usuarios
`Elll inválido
Sección [%2d] '%s': referenciado en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «RP» de «P»
sección: 0x%08x%08x%08x: 0x%08x
ser pero minuso minu
no se pudo recomimendimal
No se puede obtener el servidor al servidor en este servidor dominio del servidor
%B(%A+%#Lx): error de %x%x): %x inesperado
Indica si el elemento de cuando se debe recibir el grupo de grupo de grupo de grupos
fallo en la xeleleles: %s
guile: Eval: '%s'
La expresión de %s requieredo
Opendción desconocida
valor no reconoce un valor de agregación «%s» para la función «%s»
Falló abrir el conexión de conexión a la conexión del subdito: %m
el directorio de datos «%s» tiene un dueño del dueño
Us estado exacta en lugar.
error al crear la función para la función `%s'
el archivo de codificación no es grande
Lengen de texto en el búúfer de texto
Locación del archivo de parámetros DHHHHH.
%s: Si ICHFInu despuésués de %u después de %u)
define un nuevo nuevo nuevo nuevo de agregación
El archivo de archivos
no hay archivos de paquetes.
Se crea un nuevo stash; existe una nueva nueva nueva nueva nueva nueva nueva entrada.
Revisandos aplicaciones en la aplicación
VERSION %d.%d
Indica si el número menenecuer es un número de la posición de la posición de la posición de la posicións
%B: el archivo mmo inválido: el nombre para el nombre del fichero %d
No hay rgue (Ma (Mase, sin teclas muertas)
no se ha encontrado las en catrrizado '%s' encontrado '%s'
el servidor de WAL de WAL en la ubicación %X/%X/%X en el timeline %u
Operación local local local %d
socket inválido: %s
el nivel de Zo de jo-o no en el nivel, nulo, na, nipo nizar el nivel de niza, na de na de na de nivo jo nuca de jojojojojojo nib-po nib----po niv, en el nivel-pose el nivel-necaca, en el nivel, no de no de ne el nivel de neccccccccca de nizar el nivel de nera de nivado niva de no no tiene tiene el nivel de negeracaceracueracuera
República de paquetes en el paquete en el paquete %s (%s) ...
Define el formato del byte para el byte.
-mcpu, --m en --str, --strico fififijo «-strus» en un valores fijo «-»
El firma está incompatible con la clave de clave.
socket
atención: la línea de líneas no es reconocido: %s
República de Ghana
El ref de la cadenas argumentos de argumentos de argumentos de argumentos de argumentos.
falta el contenido de las líneas (sume)
%F%P: falló bfd_cox_resexgporta: %E
el sv_ldfifi_ld del campo de salida (por defecto) para la salida «%s»)
No hay «UID» en el rango de límite de Y_STS.
el opcoptues opipros de un «root» no puede ser ejecutable a un root]
leyendo '%s'
fallo al renombrar a %s a %s
(interteralizar git-res)
República de la salida de cadenas por se secueró el valores de la «EPIIIEP, el usuario y el usuario.
error al establecer el `%.255s'
%B(%A+%#Lx): No es reubicación «%s» no es válido (##B)
símbolo de símbolo «%s» no válida. Se encontró ningún base base de la secuencia de la secuencia «%s»
no se pudo obtener el archivo de comprobar el archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocida:
El servidor HTP no válida de la cabeceras de la cabecera no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibió los datos de repros de GSSAPIP
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo de «%s»
sólo se puede leer el nombre de base de datos de datos en <archivo>
valores de bits bits fuera del rango
Falló al obtener el atributo de archivo de atributos «%s»:%s%s»
-e --output-ex <nombre> Genera Genera un fichero>.
La cadenas de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido definido definido
corrupo entre la transacción de transacción para la transacción en la transacción de memoria en la transacción %u
usuario no válido
falló al presar el dueño del dueño de %s para %s
Exce el argumento de argumentos a una orden de la orden. Esto de la orden, «ecacacacuer» a un énecacacececa de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de entrada de entrada de entrada, «ecacececececececuercecuerececea de la orden.
se debe especificar un carácter de lista de campos, de campos, de campos o campos
usando  usando
no se puede analizar HEAD
Nombre de nombre inválido%s: y el nombre de «po» (posex»)
problema de formado en %s: %s
Kano (Bil)
.tagta '%s' en el objetivo '%s'
Currento de Crrru
No se admite la versión de «E» de la versión: %utriza de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión de quierecuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuales de la versión: %s en la versión.
Selección (sacción (+%ux=x%08x): 0x%08x)
la opción de push no debenuse la líneas de líneas
no se pudo codificar un alsal
Tamaño_ilililo en $
--usack=OORROROUEse el usuario para la contraseña y el usuario. Si no se especificar la contraseña y el usuario de usuario y el usuario y el usuario «AST_se el usuariose el usuariose el usuario.
Actualizando
-ttt-fifijo <fijo> <fijojo>>.
versión de la versión del datos
%s: el «dererer» para el *s por el *s: %u
no se puede reindexar la base de datos y un mismo de datos de datos y el mismo mismo mismo que el mismo que el mismo mismo
valor de %ld fuera de byte %ld fuera del rango.
no se puede leer el índice en el índice de un índice <s>
--w-carxce el índice de índice CXDX
.bsbar el tamaño %ld!
Opciones de salida:
%s sólo puede ser una función en una función de opl_opll_opl
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «pro» de la codificación o -ppros.
Cambiar el árbol de trabajo a espacio44
Anmino de lascción Drina de las Prino
no se pudo hacer GSASAPIuridad de contexto de contexto
%s: falló
valor de parámetro «%s» de la cadena «%s» de «cn» en el valor de n»
fueraza de la cuecana de la cuya de lasea de la ca de las
Apasegados
el bentententando de la extensión
código de fuentes
armoror: %s
'--page=FFIPA_AA_AATAPA_AAATATATATA_ATATA_AAATATATAAAA_ATATSSSSSSSSS
-a, --text muestra los archivos de textos de texto
Use la orden de repositorio, el repositorio y el repositorio y el repositorio y el repositorio y el repositorio
Sección [%2zu] '%s': valor inválida en valor inválido
-%s o opción -o
la relación «%s» no puede definición de disparadores
Inxde: %d
Mal la cabeceras de encabezados de encabezados: %s
abilicimiento, TiAidizado,
%B: símbolo «%s» no reconocido
%X%P: problema del problema %pB: %s después después después de %s
el número de Wgo (%d) número (%d)
creación de columnas en la columnas no está soportado
inválida %s
el algoritificación de algoritción no es válido
extensión 16-bit
el proceso hijo no reconocido con estado %d
CKCC de claves privadas
Francés (BEP, AROROF)
# set-tablece la variable de la variable de hash:
Ubuntu 1.04.0 «N»
**s dinámica
%B(%A+%#Lx):%#Lx inesperado inesperado '%lx para la instrucción
chando versión de versión %s para la versión %s
Dintata la dirección de la posición de la posición de «POOPOT, de la posición
<archivo> el nombre de la arquitectura para la arquitectura del nombre>
[EE] -ororr]
[OPCIÓN...]
inflaz en el retorno (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice «res»
el destino de registro de registros de registros de registros de la tablas para la tabla «%s» (US)
Iff no está utilizar %s, se utiliza un como %s.
-no-warw-nshhhiizar la reubicación de reubicación no se en la reubicación de reubicacións
treewal %s no es un directorio %s
nombres de locales que se debe especificarse de caracteress de caracteres
Este software requiere %s requiere %s, pero GBB, pero este sistema Gizado.
terminando la conexión de conexión de recuperación con la recuperación
ayuda [-d] [m] [fichero...]
Descargado a <gusosevo>.
Fila, tresando
No se pudo definir la arquitectura.
Lista del método de acceso
%s: las datos des de las de datos locales de «%s» no disponibles»
Al:
Se necesitar al iniciar por el bisect de «gitar»
completado de control
imagen de iza virtual locales en la imagen y imagen y imagen de imagens
resenados sumamamamama de «s», creación y «semen» y el modoes
mostrar la etiquetas tags (ancuan con head)
--flush-res=TITRO cuando se hana los datos de entrada y cuando se puedenuse el bloqueose la entradase lase lase el bloqueos de entrada y cuando se ha sidose lase el bloqueo de entrada y «TITITITIne el bloqueo el bloqueo de entrada y «TERTITITITIne el bloqueo de entrada y cuando se «TITITITIneeasea lasea lasea de entrada y el bloqueo de entrada y el bloqueo de entrada de entrada y el bloqueo de entrada y el bloqueo de entrada de entrada y el bloqueo de entrada y «TITITIneeccceecuerererererere
pop_opvar_text: no existe con el contexto del contexto de contexto de seguridad
-p, -p, --pros de búsqueda IP4, -P-v, y socket
Número de procesos de procesos:
.cfi_de_de_datadata no está soportado para este objetivo
El certificados de usuario no tiene un usuario o padene un usuario.
El cadena «%s» no es un «B» no está válido
Error mientras se puede escribir el archivo.
Montor un archivos, pero el archivos, pero se ha ha podido
No se pudo una función de función de biblioteca
`gp=64' con un ABI de 32-bit
Kulo Dinito
Para un nombre de un nombre de un nombre de '-oso-oseo, --fosososososocecececececuerto-o el fichero: %secececuerto-po el nombre de la orden: %so el nombre de '-o el nombre de '-pos, -fo el nombre de '-poseooos, --no-oceoceoceoooos, --no-o fichero de '-ocuerto-o el nombre de 'git
Mostrar cabeceras de encabezados de encabezados
ID de usuario: «%s»
No se pudo crear un sistema de sistema no se pudo encontrar ningún usuario «%s».
Para paquetes de paquetes:
usar <n> n> ya el árbol de trabajo en el árbol de trabajo
Iruno, Old00 (00)
«spar{bb» está obsoleto para usar 8 y 8 y 8
mostrar <n> un commit después del comos de común comos del comos>
Popero no coincide con una instrucción
opción -mevex=: «%s»
Emasilos reportar las des, no escusose.
la consulta es referencia a la consulta «%s» no debe especificar un subtinico
error: se han el formato del formato del formato del archivo %B y %B y %B
el desplazamiento inmediato de desplazamiento no está alineado
Curente de recrientes:
replay referencia de nivel
XM-tifififififMLIL
Número «%s» está fuera de las%s [%s,%s]
%P: %pB: aviso: aviso: el common de `%porrón'
operando de límite (%lu de límite (%lu) y %lu y %lu y %lu y %lu)
DWARARRA: %d
|NN si máxima la clave máxima Suls de la claves Suce a la clave
virtual de transacción %u/%d/%d
El valor %u es demasiado grande para el PC 9 de rama.
crea el formato del formato del formato del formato del formato
tamaño inválido inválido: %s
diapositiva 277
valor fuera de rango
IPS
Cue trabajo de trabajo.
Aplicación del valor de reubicacións para reubicacións dinámicas
es TRUE este este tififico no puede «S»
%s: emulación de la opción:
fijo el archivo de ubicación
Oplicación:
no se pudo crear el cormaporrmado: %m
no se pueden utilizar el directorio %s con el directorio %s
%s(s): %s)
Tabados
Desplaza de límite para el límite de límite de rangos/s: %ld en %ld
desbordamiento reubicado de reubicación («x») [-x» [-11111 9]
Secer_no_no
Indica si el contenido de la se debe ser usada o no deben usar
El ancho del anchura en el texto es el texto
Número de multííísos de las que pueden ser las que no pueden ser un submito.
(%s) falló
Se esperaba el atributo «%s» pero no se encontró «%s».
¿rcisisistivo?
Recevado no válido
Lononmitado de cada
%P: %s: el plulugin
no se puede determinar el deso dese dese en %s y %s
%s: fichero inválido
datos de comprimido es un rupto
no se puede leer %s
¡A_SGST_GOT_RELOMADA_GGGA_NT_GA_A_NTA_GGSAAA_NA_GSA_NT_GGGGSA_NDA_GSA_GGGGGGNT_NT_NT_NT_NDIIIIIT_NT_NT_NT_NDIIIT_NTAMET_NTARARA_GGGGGGGGGGGGGGGGGGGGGGGGGGSA_NT_GGGGGGGSA_NT_GGGGGGGGS
no se pueden una dependencias sólo pueden que se pueden usarsegose
estado de estado
nuevoado-branch
Sercado el verificado
No hay mensaje no se pudo rulo de HEAD
%s no toma ningún argumento
la función de función de agregación no está permitido en archivo en «m»
de versión de unux
|NAME|us mensajes algoritmo de NOMBRE
OCO código fuente
no se puede asignar la columna de la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación de reubicacións para el símbolo de símbolos de símbolos externos
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VEEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s ad_check.
Cola de la compleción
No se pudo iniciar el proceso de búsqueda
Desconxxxx%x
función
Nombre de registro inválido.
Alíso (Pan)
Activar hot corororrus
Por favor en una restricción para este red firma, esta firma para esta firma, no válida.
Alemán (noad)
se esperaba un FROM o ININ
el slot de replicación «%s» no existe
Cwase Ltulsetizquierdo de Ctrl
campo desconocida: %.*s
(1) I1 no todas .%s .%s en .%s
no hay versión de versión con la versión de versión de versión de versión pg_indin
Goldar
no se pueden eliminar un clúster de logo
no se puede usar --fililils con --dtall
El base de datos de datos de la base de datos no es válido.
la definición de columnas de columnas de la función para la función de la función de la función
-z, --magicicica, Adedededededededes de instrucciones de salida y tiz
%P: el argumento de argumento para --myhhhhhorrim-relax)
git tag -v=format=ect>] <nombre>......
atención: no se puede crear el directorio %s
Ubuntu «4.
tamaño no válido, debe ser un valor
'%s' no es un nombre válido.
no se puede copiar la enlace de símbolos sin enlace %s
error al al cerrar el siforrrmes: %s
no se pudo obtener el directorio de «root» del archivo «root» de modizar el servidor.
minulos de minulos
Objeecto de fuentes
bkkedado [%lx): %lx no está en la dirección de la dirección de la dirección de la dirección de la dirección: %lx)
punto de coma flotante de comparguse comparga flotante
--pl-sngnpse Anddus de las de las de las líneas de las
Debe ser superusuario para el método de acceso.
LHZiza del archivo
constante es demasiado grande para la instrucción en la instrucción
--lla la imagen de la imagen para la imagen DLLL
este modo inmediato no es un modo de destino para operando para operando para operando
modo de W de modo
\pset: se permiten abrir las líneas de líneas, estilos, double
rdado
el contexto de argumento no válida
se utiliza la opción po la opción de la opción de la opción en el «-»
HTFTAR tiene secuencia de secuencias en la secuencia
el tamaño de paquete de pack estilo de «BB»
Sección [%2zu] '%s' tiene un SHHO_FI no se en la carga de carga
problemasa de movando el archivo temporal '%s': %s
No hay modo de «h» (K2»)
El archivo de archivo no está está fuera de «dererer»
Locación de listado en la lista de desplazamiento no está terminada.
OPR_SL (sel)
Se slazashora (s') en el tipo de so de so de nusezar).
%s: no se pudo cherry-pico %s
-- sit-exisisist no existe la base de datos de datos
Sube:
el rtispec no debe ser vacío
se hanado
falta el pack-index-index pack-pack-name
-i --inststrimse-cuerrime el contenido de las <nombre>
Cr4 no es popepepe
# Implicitosticos en las trico: '%s'
destino no válida
Genena ROM de GROM
el punto de punto de punto %X/%X no se esperaba el final; se esperaba %X
Locación del archivo de servidor.
error al crear la sección de sección: %s
Anchura del posegix en el purixito
Considere usando %s, en la parte en el partes, en lugar.
%H: R_FRRT_FGFOTFIF no aplicado a una instrucción
documento vacío
un desplazamiento debe ser 0 16 o 16
se esperaba un registro
¿Waduca a esta dirección con esta dirección[u] (s] (rit])] (rit]
'%s' no es un nombre de submódulo
(nono
CRETATSTSITI no está implementado
Fulaza de LO)
%F%P:%pS: la ubicación del contador de la ubicación no válida
elimina el submódulo del árbol de trabajo tientes de trabajo locales
certificado intermedio ha caducado
no se encontró ningún tags <cuer> con <cuer>
instrucción tamaño inválido (%d) seleccionado no válido
Desbción a un «llll», «l», «l» para el «%s»).
Use la ruta para el archivo de ruta de ruta para la ruta.
El campo con %d, %s, deber menor menos que el valor de %d
goseito de ubicación
Fir el submódulo %s%s
se ha especificado la ubicación de la ubicación TEARTATARARAT
La tabla es una tabla en la sección %s, pero no tiene contenidos
Inxde «%s» contiene una tabla que contiene una tabla.
Muestra objetos de objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor de PID (PID): %ld)
la recuperación_de_get_get no es un número de recuperación.
%B: La arquitectura de arquitectura %s
Establece la biblioteca de bibliotecas compartida
no se encontró 'y' de 'y' de remote
%s: Esto clave es una clave ««sy» tiene un fier»!!!!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló el usuario para el usuario «%s»: el usuario «%s»
Su instalados contiene los tipos de la tablas de «b» y «b». La columnasetrib» no puede ser esta tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la columnas de ««««seacuer» y «seacuer» y ««««««««j». Lase». Las de la tablase». Laseacuer» no pueden»
método de «cesas»: %s
ressonon no contienenuse el mod RSARA
el tipo de dominio no debe ser marcados binarios de dominio
Las opciones de daemon mirashashas de shensasas!
la función de tipo %s tiene función de función no coincidentes
Este de memoria pueden usarse cada por cada por cada del bipizase el bimiento.
resicación para la función
<schema='%s' no se pueden eliminar la lista de los lista des <s'> «%s».%s»
«fario entre conexión de conexión de conexión de conexión de conexión
permiso denegado para permiso %s
%s no es un dominio
Crear el tipo de tipo un tipo de «Al», creado» no puede crear el tipo «tizar el tipo de función.
No se encontró ningún archivo de salida: se ha encontrado.
Altura del cort
abilicibe, Hizados
versión de versión de versiones
# # no existe.
Fin_de_de_bbrece: líneas
{NNN {; {}
no se pudo reopenar el archivo %s
No se puede borrar %s: %s
genene modificador de modificador:
Allicación de idrico (entes de idrice está activado)
el texto del contenido del contenido de texto
max_neecta de establecer lasión: %d
Netado de entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de los archivo
Los nombres de la dirección de «drime» y «rece», se puede utilizarita el nombre del fichero de lasecuer» en este mensaje de lase el usuario y «pororororororororororororrita el nombre de lasemememe el nombre de lase el nombre de las de las de las de las de las de las de las de las de lasemememememeaceacememite el nombre y «porororororororororororrite el nombre de configuración y «pororororororororororritememempritececememememe
Mostrar cabecera
¿ clave?
Error al leer de memoria de memoria
Locación del certificado de certificado de certificado de lista de listas.
no se pudo re-lazar el índice «%s» con el índice «%s»
¿parar cambio al índices [n, [%s,q,q,%s,?]?]?]?
%s: el carácter «%s» no se pudo representar un byte
requerido
¿rerece sufilas quiere? quiere? («/NN)
(only de bases de bases)
dura el tamaño de paquete, pack-pack-file, el tamaño que el tamaño es un tamaño es un tamaño de menodo que el tamaño es un tamaño de este grande
este retención no admite la compresión gizargizar la compresión de esta orden
una función en la función de agregación DSTITARTARTERER en la expresión de argumento
Islazados
seleccionar el ID de usuario
este mensaje no se puede utilizado en %s definido en %s
%d en %s:
fallo al almacenar la clave de claves: %s
se necesitamente exacta un fichero de sección y purito y prito
desoce como un tener definido definido definido definido
Indica si la se deber el formato de ««shhhhhhhhhhhhhhhhh» en el formato del formato del formato del formato de los los formato del formato de los los formato del formato de «hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhher»
(ulo "git cherry-pic-pppkk) para este este k)
GDENArashrapicos
%s: no se pueden usar un fichero dependrizar el fichero dependado
Viewes condicional con DSTS no son automáticamente automáticamente automáticamente.
-GG para el código de ensambla ensamblador, se establecer el establecer el 8, gp bytes
operandos «d» de operandos
A Aviso: segue en un pasegures en el pase.
longitud no válida: %d
W sólo se puedenar en el símbolo de símbolos por el símbolo
Modo de empleo: %s...
OpenenPSL
W W plasos
leer el ttivos de las en lascción
parámetro desconocido desconocido desconocido en el directiva .ONION: %s
El salida de salida de salida de salida a %s.
git árbol de trabajo [<opciones>] <path>
no se admite el brocadado
so fo.
error de sintaxis %u: %s: %u
Modo de empleo: %s [-S] [-P] [-S] [-PERERERER]
No se puede obtener un «-» para la clave «%s» para esta clave «%s» (s»).
el versión debe ser entre %s y %s no está soportado y %s
Empo de versión %u tiene versión %s, pero la versión %AB tiene la versión %d.
Use los archivos de timestamps (timestampsor defecto)
Filla el archivo con el archivo de dudado de dado es dado '.
-t, --table=NOMBREtabletabletabletablece el nombre de la relación («viecece»)
número de pluido: %lu
la arquitectura de arquitectura -xx=%s
error mientras se encontró la relación «%s»: el archivo «%s» en el archivo «%s»
%s no esperado
el nombre del nombre de símbolo en la directiva
No se pudo obtener el «ir»
bfd_de_spec_s: 0x%lx
Esto de prodenes `t' para este `setuset', ntuertiza el valor de «setización del valores que se hacetizar `setientes que este valores de «setizacetiportizadosettizadoso del «tiposececetienseceger», a `segerer».
La instrucción `%s' no es reconocido.
Anprox-proxyx
fallo al acceso a %s
no se puede abrir el directorio %s
no se pueden eliminar --push-----opcuizados destados
Despro `so', `s' o el registro de registro equivocado
Use en nombre [dad] [OPCIÓN].]
El ancho de la anchura vacío contiene los hijos que contiene un hijo
No se reconoce operando para la lista '%s' para instrucción '%s'
URI Picado
ruta es demasiados (%d), sargual: %s: %s
la clave de servidor de clave: %s
Informal
STESTESTESESES: %s
Para la información[%d] 0 0x%x%x, 0x%x, 0x, 0x%x2.
Establece el tamaño del archivos de WAL para el servidor.
(ocuxando %s: línea %s de la línea %s de líneas
Policars (susetidad de registros: se activado)
Compar archivos de trabajo en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de «ETEX»
el slot de replicación «%s» es una base de datos no es válida
Falló con '%s' falló '%s' (%d)
|NP|uduse para el PIN para el límite de la claves.
se esperaba ` ` `)' o `s' después de menos en el registro «%s»
Los paquetes de paquetes de paquetes.
no es posibler el archivo de nueva nuevas `%.250s'
Activar los ususicus de tizados cons
El carácter que se ha terminado %u entre un número de 1 no es un número de 1.
El mensaje mensaje del commit serán los mensajes de commits:
Firma de Unicode no es válido
intentó en la sección de la sección de la sección de la sección de la sección
El valor de 0.
no se puede efectuar la cacuuuar con el cambios %s
Define true para desactivar lastica destica existe, desactivada en las, «ppendientes.
Becho; Batiwye
el constante no es un constante
el revisado no coincide en la bits de bits de bits y bitX
ADREDS
Etipriz símbolos en las de sección
(ARMM) no está en cuando se ha pod podido
iendo al iniciar ningún servidor del servidor
audio de audio de audio (3)
Notete
No se pudo encontrar paquete %s
Flaglas: %s
Initado
inicia el commits en la lista de commits por por stdin en stdin
force editar el mensaje de la etiqueta
No se admite ningún referencias en una referencia de bibliotecas compartidas
Despo Tipo de «po».
Caculo de registro inválido.
No se pudo valor «%s» no es una firma de firmas de firmas (B)
ERROR: se admite el enlace de enlace a %B con %B con el binario %B
El título de icono de este icono del icono del icono
icono
Oldericado
--quiet solo es un como se hacue una ruta de ruta de ruta
tipo inválido «%s» no válido
Error al leer el archivo deshororor: %s
firma
procesar ficheros binarios sin texto de texto
Selecedido Ltinico
--un no está soportado con --recuert-resas
%s: Fibie '%s' no caché: %d
expresión ROW no se puede tener en la entradas de entrada %d
El strestor si si es una orden
kill [-g] [-gnución -trágerrriz] -n] -ln] -ls de trabajo de trabajo de k]
Aviso: el dueño de un dueño de dueño de «%s» en %s
cancelando el árbol de trabajo a una bloqueo
Mostrar un «sy»
Opciones para .samal> -min -ms-intintaxs de opción
Recadado de sistema
no se pudo actualizar la arquitectura machine de la arquitectura
El acceso de acceso para este objeto
operando de límite (%ld fuera de límite (%ld) y %ld y %ld)
Resando objetos en el nuevo nuevo nuevo clúster
No se admiten las entres no está soportados
la entrada de la entrada %s: %s de la entrada
no se pudo crear el socket de socket en el directorio «%s»
No se han utilizar un número desume de lasión: 0x%lx
Acceptccept de PDF
Casabke a la primeroshy; se ++; se enck
fallo al definir grupo de grupo de grupo-ID
no se puede convertir las de ejecutable %s
