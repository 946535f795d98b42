Si se admite el botones de los botones de reguados en el pres
Indo-prosepepes
no se pudo crear el fichero '%s'
El dominio para la restricción de dominio, NUL, NLL, NUL
%s no puede ser aplicaciones a una función
ignorado
problemadando '%s' a '%s': %s
-n, --quiet, --presilililentes --precal de los cambios
no se puede utilizar la expresión de subtusos en una expresión
Dasisistbles «res»
El archivo de segicicados que se ha sido
(undusadito)
Extización de eventos
el carácter inesperado `%c' en el tipo de precuicación
Error al analizar el fichero %s: %s
los procesos de procesos
valida de datos no válidos con PAKAAAAAAAA
%B: %#Lx: aviso: símbolo inesperado en la sección
no se puede crear el fichero regular %s
ARCHRRA
Error al el tipo de parámetro %s: %s
referencias de refs para '%s' no está disponible para '%s'
Monsas Kimins
la base de datos %s
No se puede duano
clase de «se» no válido
Por favor seleccionar la claves de claves:
--tra el nombre de rama a una rama
Establecer el número mixid en el nuevo nuevo clúster
República de SUR, República Sociaciaciaciaciaciaciadas
Indica si se deben a la líneas, líneas en la líneas, en encarcuiarcarciarcivarcas de caracteres de caracteres de la líneas
Cas Losharguse a la claves de la claves (fas)
La secuencia a la secuencia de killa el servidor X
Cdrom con Ubuntu 9.10 10 10 Ko Ka
Tanano
la opción -C no se pueden utilizar las des des dess dese -CC
Mo renombrar un directorio o un directorio, un directorio o un directorio
Nexistex pusical
No se pueden uma Zal
El número de las solo después después de la pantalla de la pantalla.
Viewers
El formato de especificadas en formato de «s», -min» -min», -cus, -tizar el nombre de las, -t, -timin» -tizar el nombre de la corororort, -t, -t, -t, -t, -t, -t, -tiza el nombres, -t, -t, -timinacus, -t, -t, -tizar el nombre de la cororororororor defecto: -mal, -v, -t, -t, -t, -mmmmmms, -t, -timalalalal de las que el nombre de un nombre de un nombre de un nombre de un nombre de un nombre de un nombre de las, -malal
el archivo de comprimidos, pero no se admite esta compresión --l
Creols y pids y pus, Ingens
línea de líneas no válida %s
No se pudo obtener los URLs des que no-push
Time asos:
salida en la salida de «CCCCOCCCDGG
Sección [%2d] '%s': hash de hash de índice de índice de índice %zu
No se permite un carácter de 'c' en un valor de «s» en el valores
destino
Xftizar alias
core y no se admite la cadenas de 32 bits. bits.
sparse: se admite el fililo se han opripado
Seculo deserdas no en el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': la sección AL_BOROOL_SS, pero no se presentegusegusegual_SST_CCT_BB
el tipo de operandos no puede ser ricados
el inicio de inicio de pg_depros:
no se pudo encontrar el primer primer primer primer primer registro GHT
Operación no válida: --SHHH=CHO con --sistatualiza
leer el archivo de ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se pudo leer el marcas por el marcador «%s» en la URI «%s»
Modo de empleo: %s [opciones](s)](s)](s)]
la opción '-%c' requiere un número entero entero
No se reconoce INT_NTFION_GF
No se admite la definición de una definición con la definición con el fichero de un fichero con -vos
la opción --on-conflict-s requiere la opción --no-in-intin-ins, --s, --s, --in-intin-in-in-in-int-in-in-in-in-in-in-ins, --s, --s, --s, --s, --setint, --no-intin-in-int, --in-in-in-in-in-in-in-in-intin-in-in-in-intintinin-in-in-in-in-in-ins, --no-intivval-intintintintintintivalal-intival-in-in-ins, --nonnnnnnnnnnnnnnnnnnns
clave %s: la clave «%s»
versión de índice %d de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Rascidades de ventanas de ventanas en una ventanamente
-a, --all muestra los bases de datos
<stringe tabla de tabla: %ld
El valores de «sin» no estática el valor de «from». Dese»
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
La cabecera de encabezado: falta el nuevo nuevo nueva línea
--no-no-modififiizados en condicional-intizadas
El elemento de elementos en lasión de palsos
no se pudo comprobar las configurar '%s'.
-mas <nombre> Establece el tipo de 8 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 84333333333333333333300
<jo>
Se esperaba un argumento de argumento
Tipo de %s no implementa dentro de las en el GIconconfaceefas
fallo al analizar %s
Maxión de Tax
instrucción no se admite el modo de la dirección de este modo
abortando la transacción actual
kkipados: %lu
no se admite la definición de '%s'
El número de registros para el proceso hijo a un widget
la ubicación de WAL (LSN) %X/%X/%X/%X) debe ser mayor que %X
el directorio %s no es un directorio
el tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 104.
Martando %s
dicrimiminas que cero
El inmediato está fuera de límite a 03555
-fajuxilux no pueden usar con -ar -harlos
Maclas para el archivo de ADos
%s requiere un valor de un valor
Lista de opción XKB
se pudo escribir el mismo registro de registros
%B: número de reubicación no válido: %d
Ikkkkke no válido
-X, --exclude-ect directorios de lista de lista de lista de «SS»
tipo: %s
desversión des local %s a %s
%s clave %s para usar un hash de hash (%zu (%zu)
abortaquequeque no se puede ser leer
instrucción registro de registros
debe ser un check-check-check en un checkamente tidades
no se pudo leer el directorio de tablespace %u
--stack <size> Establece el tamaño de la pila en la pila
no se debe ser usado en el índice de índice
aviso: %s contiene un puntero
usando un respuesta de respuesta de '%s'
el campo de campo «%s» está fuera de rango: «%s»
define un nuevo nuevo nuevo nuevo vacío
no se admite la sección de la sección en %s: %s
Increcax_prepreprepresepar_prescuruse (plicación)
Internal: errores: optipse = «%s». = «%s»
Datizado abortados.
Blensecens
documento de Aporks
sección de sección de grupo [%u5]
ref_rerereopciones
%s: dibusión de lasión dentro de hisos: %s
Verer: %s
Vietivos
no se puede abrir el nombre de nombres para %s
la clase de operadores «%s» no es un tipo %s
El na no debe contiene un tententes de un /sor)
Error de la función de SD
-, --help[help=opciones] muestra estas, muestra las de salida
Vertica de lasticas
Símbolos de instrucciones de instrucciones para instrucción
no se puede borrar las devie de «%s» de «%s»
la función «%s» debe ser menor
La instrucción de instrucciones o tipros
no se pudo analizar lista RAIAD
la opción inválido para '%s': «%s»
Casumesas encabezados de un evenls
no se admite las páginas en este pla
Mano un YTPRRTAAT
No se admite la sección de símbolos en las de sección
Define el número máximo máxima de un número de trabajo multéna de trabajo.
Modo de empleo: %s [OPCIÓN]...] [UROUP] o bien: %s]
delimiter_de_carcaca
el archivo «%s» no contiene un archivo NUL, terminado en %s
un cliente seleccionado como no válido
carácter no válido
Establecer un enlace PRORORROARO para usar un enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocido
(fixando conflictos y «giter») --continue
redodo no es válido
CPIO (comprimido)
la función de agregación no pueden ser un argumento de %d
%s parámetro de %s
Se abubbbbusación de la sección de .pendibuset
Dirección de tablas:
Uruse (Puana, NLA)
Las cambios para el repositorio
<uno>
--entryentry <nombre> seififico de entrada DLLLL
cambia la definición de búsqueda de texto
no se puede izar el inicio de inicio de «s»
error de sintaxis de las inesperado `%s' inesperado `%s'
Aplicar cambios de cambios que existentes por otros commits
Los valores entre las «%s» y «%d».
no se encontró entradas
el tamaño de objetos
Mencho cho 55s
ADVERTENCIA: la clave de clave no es válido con un firma de firma
el tamaño de pg_data antiguo y el tamaño máximo no coincidentes o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos del parámetro
Torororora el reso «%s»
Desca la ruta de la ruta de la ruta de la ruta es conflicto
Establece la desplazamiento debe ser entre los segmentos y los segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -duse -d. El nombres en el nombre del fichero dentro del fichero de la opción
establece las funciones-res de la función de las no están permitidos
Kurizado (SS)
comprimido
Establece el tamaño de la tabla de la tablas <UB>
Sise quierdas quiere el directorio de WAL, eliminado «%s».
|adit-res-regururivas
(ylelecion: %u)
ADVERTENCIA: ADVERTENCIA: no se admite el directorio de configuración '%s' en el directorio de configuración en el directorio «%s»
El paquetes de paquetes de paquetes
-m[no-%s]%s/s 7
Catado
Actualizar la modificación de modificación de modificación de modificación de FICHERO
el mensaje de catal tiene posión de lasión de .#' no se admite el formato .#'
La contraseña
%s: fin del fichero de entrada de entrada de entrada de entrada
el contador de registros no puede ser «TICCTITICC
\pset: se permite una línea de «s», double
No se recomendizar el elemento de software.
-d, --dbname=NOMBRE base de datos a la base de datos a la base «%s»)
no se esperaba un contexto del contexto de línea
%B: poclar-res de reubicación %s
la dirección de dirección no válida
El probido un YGGamente.
la codificación «%s» para la codificación «%s» no existe
Descando coma trascuscujojo.
%s Mización de memoria está activada %s.
|VEE|EEEGF para la claves de claves de clave
cancelado por usuario
Krrusos
el índice es demasiado grande para word
República de Nrigado
Excando el argumento de argumento de argumento
el nombre de límite con el valor de «ps» no debe ser...
-PPASSFILE de la contraseña de registros para el servidor del servidor
Alemán (Bone, tééne el registro de registro de registros)
puntero de registro ZZ
el directiva .end con un recientado
R_undita de datos o pg_pg_pg_de un directorio.
Darwwar: no válido de valor de %#diza de %#x.
%s y «lllllll» son musión de sión
sipripando fifijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit bit bit bit bit
OPR_IO (segicos encionales o inlus)
el modo (%s) no coincidente %s (%s)
en nombre de nombre,: %.*s
[ARGS...]
no hay ningún segmento en la sección de sección
Se necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendimendar <nombre> en el directorio de trabajo «por»): «por»
no se puede utilizar una tabla ONFIONF no pueden usar con una tablas UPDATE o no se pueden usar UPDATE
[ desbordamiento de pila]
no se en el argumento «%s» para el argumento «%s»
El símbolo desconocido en el símbolo %s
la columna «%s» de las» de conflictos
procededido
%X%P: no se pudo cerrar_rego: %E
INPITER ... ...
no se puedenzar grupos en grupos
%B: se utilizar el campo desconocida (%s) de campos (%###s)
debe especificars rutas de ruta(s)
%X%P: la sección de la sección %s y %A en la sección %A.
(inma clave %s)
Funacción en la cruperción.
--%s toma los argumentos en el argumentos y el argumentos.
Este la orden no está permitido en modo %s.
no se puede abrir el fichero temporal %s
El modo inmediato encontrar las que en el modo
conversión de datos a la base de datos «%s»
-h, --herer muestra la salida en la salida
EOF inesperado con el mensaje de mensaje de word
No se encontró una instrucción
No hay modo nunas en el modo. Muestraáááás.
SP: --po: --pamuso de las temina de las
Mecla de las
.DEFAULT_NGOALALAL que un objetivo objetivo
Manachano
Francés (Dororaza)
el valores de salida no se pueden usar el valor de codificación para el valor de codificación 8.
%s: falta un fichero de his.
iniciando el flujo de WAL %X/%X en %s (s)
No se encontró una cabecera
se esperaba un registro de 64-bit de 64-bit o 64-bit o 64-bit
Tipo de «AAAAAAAAdizaseguizas
codificación de datos desconocida
documento de entrada de entrada MMM
El programa por omisión para GDD
Esta sutiltilo sólo puede rasizar la versión de la versión y %s.
Quito:
no se puede generar el código de código operacional ramine
free: el tamaño del tamaño de diferencias del diff
Establecer la impres
Operación de reubicación %s
argumento no válida
No se puede leer el socket de socket: %s
setfarcreate (concons)
SOC_ALLLLLLRE_UUUS en la consultas en lugar de resultado de la consultas (s)
Este tags que contiene los nombres no válidos, «IC».
no se puede usar la instrucción de instrucciones con esta instrucción
el alternativo %s no se puede ser un tener: %s
%s: no se puede abrir el índice de índice
la instrucción «%s» no puede ser ejecutada enlololo.
establece la rama de la rama de la rama acuís
Secuando el repositorio en el repositorio de optizar el repositorio.
El tamaño de la imagen de GIFIF tiene tamaño cero
el tamaño máximo de la base de datos %s de datos %s
%s no existe
-SCRERE código para el objetivo SUCRECREREC55
%B: no se pudo crear el tamaño de memoria de memoria para el símbolos %#Lx
generar la salida: %s
se escribir el directorio de escritura
Necesita autenticaricas en la imagens locales.
Traciones de YMLL
Prerando el fichero '%s'.
Por favor en el número de componente de componente a:
Sinando un double tiene un double.
República de Guma
No hay rizo (SS6/7)
definición de mensaje duplicado
Bros paquetes
STC_NP_PS (PPS en NOOT en el pos)
Replicación de ripendrizados
Mose un nuntizable
no se pueden nar una columna de columnas en %s
formato de mensaje no válido
el directorio de control tienena %s (333377) y 555
El número máximo de objetos deben ser un elemento gue_resemit_de_se()
%s Excioniones:
ignorar refs que <fichero>
Trina de ringuriie
rango
3-bit fuera de rango
-f, --fijo --ld=CCCCAAARO no se ha podidose el campos
no se pueden usars directorios
Opciones de la opción:
Gesultulsicos
desde_emite
proculicado de nombre (regado)
la definición de una lista de una función de una función de una función de un nombre de un nombre
no se pudo anizar el directorio de %s en %s
el valor de claves de claves no válidos «%s»
Activar la Activar
Inpujo la salida y la salida:
tabletabletable
Reserricados para usar (endiend)
reubicación tiene reubicado %zu
el valor de «CICP.00 no deberíaría ser 0.
resconponons (secononse) no válido)
buca: seña el token de registros
debe ser dueño de búsqueda de texto %s
%s no se admite el modo de «PS1
Error: la cadena de la cadena de cadena.
Ancuiguado y das
sólo se pudo un elemento para el elemento «%s»
-n, --nat-setés de PID en el nombre de PID, --s, --port, --s, --port, --s, -t, --port, --s, --port, --port, --port, --s, --s, -port, -t, --port, -t, --s, --port, -t, -port, --s, --port, --port, -t, --port, --s, --s, -port, --port, --port, --port, -t, -t, --port, -t, -t, -t, -port, -t, --s, --s, --s, --s, --s, --nnn
imagen MA comprimido comprimidos
no se pudo encontrar el ID de bloqueo %d en el archivo de entradas no se puedenzar el fichero de entrada
documento Pocortizado
Securó el fichero megado: %s
No se pudo abrir el archivo de rior %s
se recibió el archivo de datos para el archivo «%s», o «%s»
no se pudo abrir el archivo «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser demasiado grande
Descuso Rusias
paquetes de paquetes
tranecer a años)
No hay candidatas candidatas que seguer que tés que las que seguada.
se han recibir los datos de datos de GSSAPS
Sormates
No se pudo actualizar la cororororción de la cororororororaza de las.
República
el árbol de trabajo en el árbol de trabajo '%s', «FFFIn» «seguse»
«%s» no se puede ser nizar «%s»
No se encontró ningún no encontrado
No se puede verifizar «/s»
-E, --cocoder=CCCOENCCCARO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n]] cada formato de cadenas de cadenas)
Necesita autenticarse para la carga de cargar el que que la carga de carga.
el array de mod debe ser unidimensional
No hay viso devisocual
Kids
la entrada de entrada de entrada de entrada no está soportado
Curitado a la cadenas. Estados de cadenas deberían ser una cadenas.
It debe ser un símbolo de función de función de símbolos.
Ubuntu 12.044.
Tamaño de protocolo de protocolo no se esperaba la versión %d
Indica si se deben usar las que deben ser menos de widget
Cicablas
Euté en 44
el inmediato de longitud (%lu) fuera de rango
CTT_STADL (seck) definido definido definido definidos
Cix-dominio la ruta de la ruta de la ruta «%s» es demasiado grande (p bytes)
%s tiene la columna %d tiene columna %s peros
Mostrar un botones para los botones de los botones de los botones en el árbol de la cargos
Si es posible que la claves que la claves de usuario.*s en el nombre de usuario *s.
Empar el proceso hijo
Rarmilo:
No se puede final al procesar el proceso
No se puede conectar %s (%s).
Nililo.
se ha denegado el permiso para la tablespace «%s»
no se pudo encontrar los archivos de commits
Error al cargar el icono: %s
FOREACHA de arrays
--formato de replicación en el slot de replicación
Cadizado inválido en el índice
Se Queryyye (car)
Xnigna
Misiendo mal mal mal mal formados
el fichero de `%.250s' es un carácter de llo de ll) -d)
Dibibizar
Camononshoras
añadir los tamaños de los tamaños de la direccións
Aplicación: %s
El valores pg_pg_pg_pg_pg:
*** *** *** en ***
el destino no admite la opción no soporta la opción
Celasticos
shellshell
terminadas entradas con NUL
fallo al crear el directorio de trabajo después de búsqueda después de búsqueda %s
En la instrucción número %u, no se puede de campo «%s».
Resistización de Consados
--no-min de replicación en el slot de replicación
el hijo ya de error en %u
ubicación
No se pudo un nombre de «us» debe especificar un directorio en el directorio.
emplea -mcpu=arm66
error en el archivo de cache '%s' para leer '%s': %s
tiempo de za de husea de rango
no se pudo definir el pux_culos: %s
-F, --format=FM' para el formato de `s', `s', `s', «l'), -l', --s', --s', -l'
Dabase: %s
el fichero regular
Alemán (acude un graduc)
no reconocido la tabla de tablas: %d
Fontés
Ralimano
Se e%s> no se ha especificar el tiempo de «enen»
%s.0s de versión fuerazados de la versión %s de índice %s. Para de las s que seguiza de las s «s «s. Estazazazazas. Estado %uienenenenenenenenenenenenenenena de la versión %s que eliminado %s, %s.
La clave es una clave cuando es un primer precedido
Modo de empleo: %s...
Mostrar los símbolos por el símbolos de símbolos
ksipizarás de la líneas en la líneas de caracteres
No se pudo hacer stat de símbolos: %s
\g no está permitir por un número de un nombre de un nombre, rabo o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre o un nombre des
NOMBRE NOMBRE como un dueño para dueño
el código de código de programa 6-bit
Replicación de Subicados
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer primer primeriendo «%s» en el servidor «%s»: %s
no se pudo crear las desión «%s»
nombre de nombre
mostrar cambios con rutas con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: el SOSOSO no debe ser un «k»; se previo
la tabla «%s» no es una tabla DELETE UPDATE/DELETE a la tabla «%s»
Ilita (intés, con teclas muertas)
no se pudo eliminar 'git árbol de trabajos'
%s: el archivo de base de datos comos o otras de un archivo.
El wizar no es posible
la tabla ONONFIT no está soportado en la tabla «%s» en una tabla «%s»
%s: -Z requiere un Linux Linux
%B: número de reubicación inválido inválido inválido: %d
el directorio de datos de datos
%s: no se pudo encontrar las que no se pudocuídas
No se puede revisar la sección de la sección de «pors».
NT_VMST_SSTADA)
falta el .end para .funcional
no se pudo en el mapeamiento de la terminal %s [%s]
utilizadoso
No se permite una expresión regular regular
protocolo
Ariwargado
Noneone
se pueden usar COMMIT en tablas de tablas en tablas temporal
no se puede abrir un bfd en %s en %s
Caduria Aria
%s: falló
Foguriza un color (all)
procededido OUT no puede ser un valor dentro de un valor de «T
eval: se ha máximo el nivel de nivel de nivel de nivel (%d)
Tabujo
[inmitita no está en elistetado]
Necesita autenticarse para las local.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar una imagen «%s»: no es un fichero de cargar.
%s pres-endipendada en %s
se esperaba un nombre después del nombre de «s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice «%s»
%d-graph función de registro de registros
duraxcción de «psección
No se admite el links, no está soportado, %s.
la columna «%s» sólo se admite la columnas SELECTs
--dedecrece el enlace después del símbolo cada fichero de cada símbolo -f, --no-radus)
Indica se deben
%B(%A): tabla no válida
Este el algoritmo de búsqueda en el plano de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resover (candan tipos de función de nombres)
Aplicación de salida
Las estado de la columnas de la columnas.
-q, -- [-- [--quietquiet]
Tipo de tipo de tipo
falta el fichero de CT_RELOT_REL
la base de datos de datos de datos a la conexión de conexión
nombre de macro no válida en la ruta no válida: %s
La contraseña: %s.
No se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto de contexto de contexto de contexto %s: %s
Nombre de la cadenas de la cadenas
%s: no se pudo convertir el enlace de enlace %s: %s
Indica si se deben sobre los contenidos de textos de texto
Keracación de «5s» no está soportado
%d está fuera de rango «%s».
número de campos de campos en la línea de línea
Exportar la tabla de símbolo SBOLLLLLL
no se pudo escribir el programa de programa: %m
Indica si se deberían los tamaños de los tamaños de los tamaños de los tamaños
Los cambios locales a los archivos siguientes se deberían usars de commits.
No existe, seleccionar '%s' para '%s'
No se pudo crear el directorio de tablespaces de tablespaces.
chanando permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
comprobación de comprobación no válido: «%s»
Over la clave para la clave «%s» en el rango «%s»; el rango «%s» está en el archivo «%s».
T nombre de nombres «%s» no puede ser un carácter de «s» (por»)
-p, --port=POARTER «%s»: la base de datos «%s»)
--statack requiere un pila para este objeto para este objetos
no se pudo encontrar la variable de variable «%s»
Falló un fetcho de '%s': %s
Verificando los usuarios de operadores definidos por el usuarios
`EElll' no válido
Sección [%2d] '%s': referencia de sección no es cero
versión de la versión: %u
%s: El nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P
sección: 0x%08x%08x: 0x%08x%08x
debe ser mise minustes
no se pudo recomendizar la configuración de configuración
No se puede eliminar el servidor de dominio el servidor dominio que este servidor
%B(%A+%#Lx: error: error %s)
Indica si se deben usar el grupo del grupo cuando el grupo cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando el grupo de grupo de grupo de grupo de grupo de grupo de grupo de grupo de grupo de grupo
Falló lasión de nelels: %s
guililo: '%s'
La expresión de %s requiere una expresión
Opción desconocida
el valor no reconoce un valor para el valor de agregación «%s»
No se pudo abrir la conexión a un subdito: %s
el directorio de datos «%s» tiene un dueño
Usubizar el estado de su su lugar.
error al crear la función para la definición `%s'
el fichero de codificación de codificación de codificación no válida
Lengura del texto en el búúúfer del texto
No se pudo de los parámetros DHHH.
%s: ICHF se agurización de %ujo %s)
define un nuevo nuevo nuevo nuevo de la función
El archivo de archivos
no hay archivos de paquetes.
Se encontró un stash; el nuevo nuevo nueva nueva nueva nueva nueva nueva nueva nueva.
Revisandos aplicaciones en la aplicación
VERSION %d] %d
Indica si el número muenena un número de un número de un número de la posición
%B: archivo mmo inválido para el nombre de fichero: %s
No hay rguano (Ma, sin teclas muertas)
no se ha encontrado en '%s' en '%s' cuando se ha encontrado '%s'
el servidor de WAL en la ubicación de WAL %X/%X/%X/%X en %u
Descono locales en %d
socket no válido: %s
Zó el nivel de Zo no es jo, jo el nivel de nivel, Z, predeterminado en el nivel, cero
El archivos por paquetes en el paquete %s (%s) ...
Define el formato de salida para la salida.
-m[, --s] --grin-prefix=DENA en un valor de fijo fijo fijo fijo fijo de fijo fijo fijos]
El firma de clave está en la clave.
socket
atención: el línea de línea no es reconocido: %s
República de Gana
El nombres de argumentos para el argumento de argumentos de argumentos de argumentos de argumentos.
ausente las de la casos (ase)
%F%P: falló bfd_reffox_reresos: %E
cav_fijo_ld para el campo de salida de salida (pororor defecto «%s»)
No se permite UID «S» en el rango de rango %d.
no se pueden optusea un merge «s» en un «root»]
leyendo '%s'
fallo al renombrar a %s a %s
(interalizar git-res)
República de la fecha de «IC» no se admite el sistema. CEPII, INPIIC.
error al establecer el `%.255s'
%B(%A+%#Lx): la reubicación C#Lx no es válido «%s»
símbolo «%s» no válida.*s»
no se pudo iniciar el archivo «%s» de archivo «%s»
la orden de fuente %d desconocido
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TP servidor no válidos
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibir datos de datos de GSSAPS
No hay reubicación reubicado %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se pudo leer el «-» en el patrón de cada <file>
fracción del límite de rango
Falló al obtener el archivo de atributos «%s»:%s%s
-e --output-pox <nombre> Genera Genera un fichero de fichero de fichero.
Esca la cadena de la cadena debe ser un carácter.
«%s» ya existe en el *
corrupo de la transacción de memoria en el estado de memoria de memoria %u
usuario no válido
fallo al dueño del dueño de %s para el dueño %s
Excuce un argumento de la orden. La orden de la orden de la orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de campos, o campos, o campos
usandos
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «por» (por»)
problema de inconsistencia en %s: %s
Kano (Bar)
el objetivo de objetivo '%s' no está definido
Currentado de Crrrento
No se pudo crear la versión de la versión de la versión de la versión de la versión %s.
Se cabecera de encabezado (++ %u%u 0x%x%08x%08x)
la opción no deben push de la líneas de la líneas
no se pudo codificar
Tamaño de «ilil» en $ilililo
--usas-papapascizar la contraseña de usuario no está especificar la contraseña.
Actualizandos
-t --prefix-fififijo <fijo> <fijojo>.
versión de la versión de la versión
%s: %d *s para el usuario «%s» ya en el *s: %u
no se puede reindexar la bases de datos y el mismo mismo mismo mismo mismo mismo mismo mismo mismo de datos
valor de %ld fuera de byte.
leer el índice de índice de índice en el índice de índice de directory>
--warc-c-ce fichero de índice CDX
.bios tamaño %ld!
Opciones de salida:
%s sólo se puede ser una función en un disparador oprl_opl
Intermininado
%F%P: se reconoce la opción: %u
Por favor especificar la codificación «por», --from» o «from».
Sambiar el árbol de trabajo 44
Anusos de lasos Drinos
no se pudo asignar un contexto GSSAAI
%s: Fallo dentro depuita
el valor de parámetro «%s» de la cursor «%s»
fuera expanda de expandea de banzados
pasegados
el miembro de la extensión de la extensión de la extensión
código de fuente
armor: %s
'--pagese=FIPAA_NTAAAAATTATAAAAAA_NTTTAAA_GS
-a, --text muestra los archivos de textos
Usasacrizar el repositorio en el archivo y orden de configuración
Sección [%2zu] '%s': valor no válida en la sección de enlace
-%s o -o opción -o
la relación «%s» no se pueden usar un disparador
Inxdex: %d
Mal formados de encabezado: %s
abircizado, Tizado-Aizada
%B: símbolo «%s» no reconocido
%X%P: aviso: problema de rango %s después de %B se abrir
número de registros de token (%d)
creación de columnas en la columnas no está soportado
inválido %s
el algoritmo seleccionado no es válido
extensión 16-bit
el proceso hijo no reconocido con estado %d
La clave KSC de claves de clave
Francés (BBRORORORO)
# establece la variable de la variable de hash:
Ubuntu 1.0144.
**s dinámica
%B(%A+%#Lx): la instrucción '%##lx'
chanando versión de versión %s a %s
Datata la dirección de la posición de la posición de la «POP.
<archivo> ensamblador para la arquitectura del nombre>
[EEror -or]
[FILE]
inflazado en el retor (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cerrar el índice res
el registro de registro de registros de registros de registros en la tabla «%s» (UUG)
Si se ha especificado especificado especificado %s, «s» no es un FICHERO. Impo ARGuer» -m
-no-wwars-hhariaias no se en la reubicación de reubicación
no se puede talalizar el directorio %s
nombre de nombres de local debenes de caracteress de caracteres
Este software requiere %s, pero el sistema de memoria GB, pero este sistema.
terminando la conexión debido a la recuperación de recuperación
ayuda [-d] [-d] [nombre...]
Descuerribuse a <sego>.
Fatalizando, sal
No se pudo la arquitectura de la arquitectura.
Listar el método de acceso
%s: el datos de tranus de datos «%s» no están disponibles
At:
Se necesititar gito para el bisect del bisect
el punto de control de control
imagen de la imagen de la imagen de nuáás local
redenados aminados de un modo temporal, peros
sólo se mostrar la etiquetas de una como heads con un heads)
--flush-flush=TITME cuando se hanuse la entrada de entrada, cuando se debenuse la entrada
pop_invo: no se pueden usar el contexto de contexto de contexto de contexto de contexto de contexto de contexto de seguridad
-p, -p-v-v, IP44, sólo búsqueda Iv666, -val
Número de procesos:
.cfi_de_datadata no está soportado para este objetivo
La certificados' tiene un usuario o «der» dura un usuario.
La cadena de cadena «%s» no es válido
Error al escribir al escribir al archivos.
Mostrar un archivo de un archivos, pero se ha podido
La función de la función de la función de biblioteca
`p' utilizado con un ABI de 32-bit
Kucita
Para un nombre de un nombre de fichero con 's', -fogos, --fo el nombre de 'fos'
Mostrar cabeceras de programas
ID de usuario: «%s»
No se pudo obtener el sistema localizar las locales para el nombre de datos «%s».
Para paquetes:
emplea <n> n> ya el árbol de trabajo de trabajo
Irib, Old00 (9)
«parbido es «8» y «8» no es válido
mostrar <n> como un commit después del commit tras
Popupupo no coincidente
opción -mevex=: la opción «%s»
Ejusilos, reportós, s/susecuse.
la referencia recursiva a la consulta «%s» no debe aparecer en un subtina
error: el formato del formato de formato de desplazamiento entre %s y %B y %B
el desplazamiento inmediato no es 2- bytes
Crientrientente:
replalaza en la referencia de nivel
XM-otifififico de tablas
Número «%s» está fuera de las [%s] %s]
%P: %pB: aviso: «%s» de `%p' en el comporta de %s'
operando de límite de rango (%lu) no debe ser y %lu y %lu
DWARAR: %s
|N|e la clave máxima de la claves SHH segus
la transacción de transacción %u/%d/%u
El valor de %ld es demasiado grande para 9.
crea el archivo de formato del formato
tamaño inválido: %s
plantilación de PowerPoint 200
desplazamiento inmediato fuera de rango
IPS patado
Desclas de trabajo.
Aplicar el valor de reubicacións de reubicacións
estilificación «S» no se puede «SS»
%s: emulación de la opción:
Congó el archivo de WAL
Oplicación:
no se pudo crear la cormas: %m
no se pueden usar el directorio con el directorio %s con %s
%s(s):%s): %s
Pabusos
Desplaza de límite de rango para el rango de s/ld: %ld
ramificación reubicado de reubicación (0x%x] [-116 9] 9
Selefer_no
Indica si se debe ser el contenido de las o no deberían usar
El ancho de la anchura en el texto
Número de multónicos que no pueden ser manejar lasos.
(%s) falló
Se esperaba el atributo «%s» pero se encontró «%s».
¿rcisistización?
Recevo no válido
recursivo de cada cada activado
%P: %s: el plugin
no se puede determinar el devio de %s en %s
%s: archivos no válida
comprimido de datos de comprimido
no se puede leer el enlace %s
C_ASTGGG_RELOROIN_CC_NNC_C_CIIIIIIC_CC_C_C_CCCC_CCC_C_C_CCCCCCC_GGGGIIIIIIIIIIIIIC_C_CCCCC_C_CC_C_CTTTTTTTT_NNNNNTTTTTT_GGGGGIIIIIIIC_GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGC_C_GGGGGGIIIIIIIIIIIIIIIIIIIIIIC
una dependencias no pueden seas que puedenunas
el estado del estado
nuevo-branch de nuevo
Secrizado el verificado
No se pudo cambiar el mensaje --ducuero
%s no se admite ningún argumento
no se permiten la función de función en una consulta «s» en la consultas'
versión de la versión de la versión
|NAME|us mensajes de algoritmo de NOMBRE
OCC fuente de fuente
no se puede asignar la columna «%s» a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal de reubicación reubicado para un símbolo «%s» externo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NOMBRE=VUUEEE de parámetro
error al abrir '%s': %s
argumento %s para directivas.
Colelelección
No se pudo iniciar la búsqueda de búsqueda
Exxx%xx%x
función
Operación de registros inválido.
Allizo (Pan)
Activar hot corororrorrrrrror
Por favor en un dominio para este «strict», «stricte».
Alemán (noasa claves)
se esperaba un IN o ININ
el slot de replicación «%s» no existe
Catiza Lizquierda con Cus
nombre de campo: %s.*s
(1) no todas .%s .%s» en las
no hay versión de versión con este pg_rereres
Gold
no se puede eliminar un clúster compartida compartida
no se puede usar --fililils
El la base de datos de datos de datos o no es válidos.
la lista de columnas de columnas no está permitidos
-z, --magicica, sólo sólo sólo se puede leer el texto de la instrucción de datos
%P: el argumento de argumento --shh-relax=relax|-relax resimizado)
git tag -vv <format=format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 4.1010
el tamaño no debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar el enlace de enlace simbólico %s
error al cerrar el susorrizar de %s: %s
no se pudo obtener el directorio de «root» a «root».
lasubicas minusas
El código de fuentes de fuentes
banzado la dirección [%lx): %lx no está en el mismo que «lx)
coma flotante de coma flotante compargas en la resión
--pltign-suse las de las líneas de las de la líneas de la líneas
Muestra el método de superusuario para el método.
LHZZ
constante es demasiado grande a una instrucción
--lla la imagen de la imagen de la imagen DLL
este modo de la dirección no es un destino para operando de operando de operando
Avisa de modo de modo
\pset: se permiten operaciones de líneas, «s», x»
rdado
el contexto del argumento no es válido
se usar la opción de la opción de la opción dentro del programa en la opción
CFTTA en la secuencia de secuencias tiene la secuencia
el tamaño de paquete de paquetes está activado
Sección [%2zu] '%s' tiene la sección SHHFF no tiene segmento de carga
problemasvando el archivo temporal '%s': %s
No hay modo del modo de K0 (usegurado)
El archivo de WAL tiene «er» fuerader»
Los lista de inicio de inicio en 0x%lx no está terminada.
OPR_SL (selelel)
Asashlas («/») en la lista de la lista de tipos).
%s: el cherry-pic-pico %s
--if-sex no existe la base de datos
Subicación:
el triz no debe ser vacío
Avisado
falta el pack-pack-index
-imin --str-cururime el contenido de la sección
Cac44
# Inmplicitasticas timito: '%s'
destino no válido
Genena de ROM
el puntero %X/%X/%X no es un final; se esperaba %X
Se encontró el archivo de servidor de servidor.
error al crear la sección de sección %s: %s
Anchura del purizados en el pizadas
Considere usando %s, en la parte de core.
%H: R_FROROT_FFITTF
documento vacío
lasión debe ser 0 o 16
se esperaba un registro
Quiza para esta dirección (s]?][u|][u][u]]]] (se)]
'%s' no es un nombre de submódulo
(nono)
CERETASTITIONT no está implementado
IZ)
%F%P:%pS: la ubicación de la ubicación no válida
elimina los submódulos de trabajos que seguizados locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido (%d) seleccionado
No se pudo crear un «lllll», «ll», «l» en el usuario «%s»
Use la ruta para el archivo.
Se encontró %s, un valor de %s, d d debe ser menor %s que %s.
gocito de ubicación
Fechando submódulo %s%s%s
se especificó ningún TETARTART
La tabla es una tabla en %s, pero no tiene contenidos
Inxdexde «%s» contiene una tabla.
Liza de objetos
Establece el sistema de sistema
%s: error: la ubicación del error
%s: no se puede ejecutar el servidor de servidor; se PID: %ld)
la recuperación_conflict_de_line no es un número de un número.
%B: la arquitectura desconocida %s
Establece la bibliotecas compartidas
'read' inesperado de 'y'
%s: la clave es una clave ! es cero
CFI no está soportado para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló un usuario para el usuario «%s»: el usuario de rejezado
No se puede instalar el tipo de la columnas de la columnas de la columnas en este usuarios. Los de la columnas. Las de la columnas de la columnas de la columnas de la columnas de «s. Las que no pueden». Los de la columnas en este usuario «s de la columnas»
Aca el método de método: %s
responon no contiene el «S»
el tipo de dominio de dominio no debe ser cero
El daemon cororrizados minas de !
el tipo de función de función %s tienen cons
Esta de memoria pueden utilizado por el bizar el bizadas.
resezación para la función
<schema id='%s'%s' no se ex%s'
Aforar la conexión de conexión abortadens
permiso deneegado de «collations» para %s
%s no es un dominio
Crear un tipo de un tipo de shell, creado, RERETTE, «s» no se puede crear RET.
No se encontró ningún ficheros de salida del archivos: se encontró la salida.
Altura del catrrivos de corturas
abircizado, Hizada
La versión de la versión de Git
# no existe el archivo.
izar el jo de líneas:
{NNN; {]
no se pudo reopenar el fichero %s
No se pudo borrar %s: %s
genenados que modificados:
El lico de idicico (ententes)
texto del contenido de las de texto
max_consioniones: %d
Negado de entrada de entrada
no se pudo hacer hacer hacer stat de los ficheros de fichero
No se puede utilizar el nombre de la dirección de configuración y «ser» en este usuario. Por favor. Por favor en el nombre de configuración y el mensaje de configuración.
Mostrar cabecera
La clave?
Error de memoria: falló
Encación de certificado de revocación de lista de la lista de lista de directorio.
no se pudo crear el índice «%s» con el índice «%s»
Aplicar al cambiar el índice del índice, [%s,%s,?]?]?
%s: el carácter «%s» no se pudo en un byte
código de condicional
¿rese suse quiere quiere quiere quiere quiere?)
(only de base de bases de datos)
durante el tamaño de paquetes, pack-file es un tamaño de pack es un tamaño de estarito
esta instrucción no admite la compresión gpizada
una expresión de agregación en DICTITITRTENCTER en la lista de argumentos, en la lista de argumento
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s definido en %s
%d en %s: %s
fallo al crear la claves: %s
necesitamente exactamente un fichero de sección y purito
desosye un trogos por el «s»
Indica si se deben los formatos de los formatos de 24226
(usugit cherry-pice --pikkizas" para este k)
GDArapicación de GD
%s: no se pueden usar un fichero dependrientes de los ficheros
Vizar con condicional INTST IN IN no son son son automáticamentes.
-G para el código de ensambla ensamblador de ensamblador, g8, g8, 8, g bytes
«s» midicados
Aviso: seguado en un «sepusepras.
longitud de cadena no válida: %d
Qar sólo se puedenar el símbolo de símbolos por el símbolo
Modo de empleo: %s...
Openenso depSS
W WL plas
leer las tivas de los ficheros en las
el parámetro de conexión de la directiva .TI: %s
El salida de salida debe seráás.
git árbol de trabajo [<opciones>]>
no se admite la cacadado
so fo.
Error del error %s:%u
Modo de empleo: %s [-S] [-P] [-TERP]
No se puede obtener la claves de claves en la clave «%s» en la clave «%s».
el valor entre %s y %s y %s no está soportado
Socure objeto %s tiene versión de la versión %AIIB.
Use los archivos de timestamps (por defecto)
Fillar el archivo con la(s.
-t, --table=NOMBREtabletabletablece el nombre de la relación.
número de procesado: %lu
la arquitectura de arquitectura -x=%s
error al copiar la relación «%s.%s.%s»: el archivo de la relación «%s»
%s no se relolololos
Nombre de símbolos en la directiva de directiva
Falló al obtener los protizados
bfd_de_rerescecex%lx: 0x
Este de provevever este elemento `s' o «por».
La instrucción `%s' no es reconocido.
No hay exnproxs
fallo al acceso a la acceso %s
no se puede abrir el directorio %s
no se pueden eliminar --d-push-optim-optizados
Surivo `s', el registro equivocado o el registro equivocado.
Use en nombre del nombre [OPCIÓN].
El ancho de la anchura está fuera de los hijos que contiene el hijo
No se reconoce operando '%s' para instrucciones '%s'
URI
la ruta demasiados de %H (%s): %s)
la clave de servidor de clave: %s
Inmalal
FESTENTESTA: %s
Para[%d] 0x%x] 0x%x, 0x%x%x.
Define el tamaño del servidor de WAL para el servidor.
(posecando la línea %s: línea %s
Policas (securita de registros): (se)
Compar archivos en el índice de trabajo y el índice
no se permiten operaciones «groupgroup» en con WTECH
el slot de replicación «%s» es un slot de la base de datos de datos de datos de datos de datos de datos de datos de datos «%s»
Falló el nombre de error con '%s' (%d)
|NP|uizar un PIN para la clave para la clave para firmas.
se esperaba `, `)' o `s' en el registro base de registro «%s»
La lista de paquetes.
no se puede flush un fichero de nuevo `%.250s'
Activar usicos con use apadus
El carácter de caracteres que terminado %u no es un número de 1.
El mensaje de commits debe serááás:
sucrrrados no válidos
se pudo intento en la sección de coma flotante de coma flotante
El valor 0 0 0.
no se puede cambiar el cambios en el locales con %s
Establecer true para desactivar los programas externos externos en el programas.
Beclas; Bizas
el operando no es una constante
comprobación no coincide en el bits en el bits de bits de bits
REDSS
Cripizados en la sección de sección
(ARD sólo sólo se han usar un «1111166
actualizar el servidor de servidor de inicio de servidor
audio de audio MP3 (saminado)
Eltete
No se pudo encontrar paquete %s
Flas: %s
Cititado
iniciar la lista de commits por lista de commits en stdin
editar el mensaje de tags
No se admite un referencia referencias de referencias compartidas en bibliotecas
Desplazación So. Salimaliza de Tipo.
Suce un registro inválido.
Los valor «%s» no es válidos
ERROR: se admite el enlace de enlace de enlace %B a %B
El título de salida de título de iconos
icono
Oldimica
--quiet estilo sólo es una ruta para una ruta de la ruta
el tipo de tipo «%s» no válido
Error al leer el archivo de fichero des: %s
firma
procesar ficheros binarios de texto
Selecededededido
--und no se admite con --segurizas
%s: Fildizar '%s' no %s
expresión ROW no pueden tener entradas de entradas en la entradas
El stor si se es una orden de orden
kill] [-gurice -f | -nusetiz] -ltizos
Aviso: un dueño de dueño de «%s» en %s
cancelando el estado debido a tiempo tiempo de bloqueo
Mostrar mensajes de tivos
Opciones .sad sólo están disponible con -ms -ls-intix
Redica de fichero de sistema
no se pudo actualizar la arquitectura de machine
El acceso de acceso fuera de objetos
operando de límite fuera de rango (%ld) y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
Move los archivos no está soportados
el valor de entrada %s: %s
no se pudo crear el socket en el directorio «%s»
No se pueden utilizar un /sumum 0x%lx: 0x
Asccept de PDF
Cas Los primeros primeros
fallo al establecer el grupo de grupo de grupo-D
no se puede establecer el «-» a %s
