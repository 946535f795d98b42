No se debe ser el botones de los botones de las en el pres
Indusos de nusos
no se pudo crear el archivo '%s'
El dominio de dominio para el dominio o NLLL, dominio
%s no se puede ser aplicado a una función
ignorado
problema de resando '%s' a '%s': %s
-n, --all, --verbose muestra los sos de las de las des de tientes
no se puede utilizar la expresión de la expresión de la expresión en la expresión
Dacaseas de «segas»
El archivo de archivos de «s»
(aseacacurita)
Extización de evens
el carácter `%c' inesperado en el tipo de tipo de tipo de tipo de tipo de tipo de tipo «%d»
Error al sar el fichero %s: %s
proceso de trabajo
operando de datos no válidos con PAAA
%B: %#Lx: aviso: no se pudo de sección
no se puede crear el archivo %s
WRRR
Error al parámetro de parámetro %s: %s
el ref de ref «%s» no válido para '%s'
Monsos de Kimizas
datos %s
No se puede rizo
clase no válido
Por favor seleccionar la clave de la clave:
--trace la rama de la rama
Establecer el número de las en el clúster
SEE, República de SSS, República de Sosos
Indica si la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Casacucusas de la claves de la claves de la claves)
La secuencia de la secuencia de tizar el servidor del servidor
Cdrom con Ubuntu 9.10 10 Ko Ko
Taso
la opción -C no se pueden utilizar las de las de las de las de las de las des des de las opciones de las de las de las opciones des des de las opciones -CCCCCCCCCCCCC des des des des des opciones des des de las de las de las opciones -cce -CCCCCCCCCC de las de las opciones de las de las de las opciones de las opciones de las opciones de las opciones de las de las de las opciones -cccccccccccce -CCCCCCC -ccccccccccccce -ce -CCCCCCCCCCCCC
Mo renombrar un fichero de un directorio, o un directorio o un directorio
Naxetrica de la dirección de la dirección
No se puede naso Z
El número del número de la cacas de la cacas de la cacas.
Visee
El formato de tiza de tizado, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -t, -dus de las muestra el nombre de los nombre de las de t, -t, -t, -t, -t, -t, -t, -t, -t, -t, se puede puede ser un nombre de las de las de las de lasecus de lasec
el archivo de «comprimido», pero no está soportada
Crols y pids de las de las de las
línea no válidos de la línea %s
No se pudo crear las de las de las de las des de «sizasizasizasosososososososos des desosososos desososososos desoso no se cadariizas de las de las de las de las de las de las de las de las de las de las de las des des de las de las de las de las de las de las de las de las de las de las de las de laso no seniiiiiiiizas des des des des des des des desosos deso
Tiza de :
salida en la salida de la salida en la salida de la salida de la salida
Sección [%2d] '%s': hash de lasión de lasión de «soseaseasosea de índice %zu
No se permite el carácter de 'c' en el valor de «s»
destino
Modo de alias
core y no se deben «se» en el tizas de 32s.
sosocuso no tiene un turizado
No se han trrrizar el árbol de trabajo.
Francés (Sasease, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de la sección de sección de sección de sección .ST_FFFFFFFF
el tipo de operando de tipos de tipos de tipos de tipos de tipos
iniciar el pg_po:
no se pudo encontrar el primer primer primer primer registro GSST
Operación no válida: --acacatiza de «S»)
leer el archivo de ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se hannn «en» en el «s»
Modo de empleo: %s [opciones] [d] [d)]
la opción '%c' requiere un argumento positivo positivo
No se reconoce IN_TTTTTTFFF
No se permite una definición de la definición de símbolos en el archivo des de «sososososos de «sosettttttttttiizasososos de «sososososeceeeeeecececus de «s de los fichero de «sosecececus de «s de «sososososeeeeececeeeececececececececececusecececusececececus de «s de la definición
opción --no-in-sett-in-in-sesetr, --so --set-in-in-in-in-in-in-settttttizasetiiiiizasetizas de la opción --no-in-insettrrrset-in-in-in-in-in-in-in-in-in-in-in-in-in-insetizasetizas
clave %s: «%s»
la versión de índice %d
Se especificó un protocolo de protocolos
Francés (talal.
Recece «se» de una ventana de la ventana
-a, --all muestra la base de datos de datos
<stringida: %ld
El valor de tinaseas de las de las de las de «seattiza de lasea de «sosecaseea de «secaseeeeecaseeeeeeeeeeeeeeeeccasea de rango.
'%s' no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el ro «%s»
La cabecera de la cabecera de la cabecera:
--no-no-in-in-in-in-intizados en el modo
Selece el elementos en el elemento de posos
no se pudo analalalizar '%s'.
-mamam=8> Establece el tipo de 8 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, -333333333333333333333333333333333333333333333333333
<so>
Se esperaba un argumento de argumento PRRR
Tipo %s no está implementa de las de las de las de «seeeceeeeeeececa de las de «soseeeeeeeecaseeeecececeeceeeeeeeeeeeeecca de las de las de las de las de «s de las de las de las de las de las de las de las de las de las de las de las de lasión de las de las de lasión de las de las de lasión de las de las de las de «s de las de las de laseccccccccceeeecccccce
fallo al analizar %s
Ta de Tax
la instrucción no es un modo de la dirección
abortando la transacción actual
sipizado: %s
no se admite el directorio '%s'
El número de registro de registros para un widget
tizar la ubicación de WAL de WAL %X/%X no debe ser mayor que %X
el directorio %s no es un directorio
tipo no reconocido: «%s»
El resos de reso no es válido
Cdrom con Ubuntu 10 10.
Marzando %s
dicuriminas que cero
El inmediato está fuera de rango a 0555
-fat no se pueden utilizado con -s
Macusasasecurizar el archivo de tizados
%s requiere un valor
Lista de la opción XKBB
se puede escribir el registro de registro de registro de registros
%B: número de reubicación no válido: %d
Cacacusasas
-X, --exclude-sectorororrr la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista des
tipo: %s
diversión de %s en %s
%s clave %s de la clave %s de hash (%zu)
abortando abortado de lectura
instrucciones de índices
debe ser un tizar un «pose» en el ttizasecitos
no se pudo crear el tablespace %u no se pudo ser eliminado
--sckk <size> Establece el tamaño de la pila en el tamaño de la pila
el índice no debe ser utilizado en el índice de índice
aviso: %s contiene un puntero
Tipo de resos de resoso «%s»
el valor de campo de campo «%s» está fuera de rango:
define un nuevo nuevo operador de operador de operador de un nuevo
no se admite la sección de sección: %s
Incacasecusecusase (posecasecasecasecusecusososeasosecasecacacasecaseeecuseeecuseecasecase (posecusecueeeecusosececeeeeeeeceeeeeeeeeeeeeecusosecaseccacasecasecacacacacuseccccasecuecuecueeeeeceeeeeecccuec
Interterso: error de error de «s»: «%s».
Datizado de abortado.
Busecuse
documento de Aporas
sección de sección de la sección de sección de sección [%u]
ref_rererereres
%s: las des: %s
Vers: %s
Vietizas
no se puede abrir el nombre %s para %s
la clase de operador «%s» no es un tipo %s
No se debe ser un so de sososos de s/sososos/os)
Error de laso de laseco
- --help, --help=opciones] muestra los ayudas, muestra las de segos
Verastica de juso
Símbolos de instrucciones para la instrucción
no se puede borrar el «se» de «%s»
la función «%s» debe ser «e»
Sapatiza de instrucciones
no se pudo analizar la lista de la lista de la lista de la lista RD
valor inválido para '%s':
Casasasasas de ticas
no se admite el huseguus en este po
Moce un YRRTTAAAAAAAA
No se admite la sección de símbolos en la seccións de la sección
Establece el número máximo máxima de mula de trabajo.
Modo: %s [OPCIÓN]... [OPCIÓN] [OPCIÓN] [UUUP] [OPCIÓN]
desecaca delimitaca
el archivo «%s» no contiene una cadena de la cadena de la cadena %s
el cliente un cliente no válido
carácter no válido
Establece el enlace de PRRRRRRRRO para el enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocida
(fixe «s» y «»)
redo no es demasiado grande
No se pudo el archivo de comprimido de «P)
no se pueden usar un argumento de argumento de argumento %d
%s requiere un parámetro
No se pudo una sección de la sección de la sección de la sección de la sección de la sección
Fización de tabla:
Actualizar (Puusea, NLLL)
El cambios para el repositorio
<nombre>
--entry <nombre> ttizar la entrada de la entrada de la entrada
cambia la definición de búsqueda de búsqueda de texto
no se pudo iniciar el iniciar el inicio de «s»
error de sintaxis de sintaxis de «se» inesperado
Apizar el tizado de commits
Los valores de las de «%s» y «%d».
no se encontró entradas
tamaño de objetos
Musoso de 55
ADVERTENCIA: la clave de clave de clave no es una clave de clave
el tamaño de pg_pg_data y el tamaño de la relación no es válido
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
no existe el usuario de usuario «%s»
no se puede cambiar el valor de datos de datos de parámetro de parámetro
Tecora de resoso de '%s'
La ruta de la ruta de la ruta en la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento de las de lasión de las de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -ls y -dus de la opción -diza el nombre de las.
la función de la función de la función de la función no está permitidos
Kurizado (S)
compresión de compresión
Establece el tamaño de la tabla de la tabla de la tablas de la tablas de la tablas>
Ise quierquiere para el directorio «%s».
|adusecus-cusecus
(secun: %u)
A ADVERTENCIA: no sega el directorio '%s' en el directorio en el directorio de configuración '%s'
el paquete de paquetes de paquetes
-m[no-%s]%s/s/EEE
Cata
Actualizar la fecha de acceso ya de «s»
el mensaje de la cacus de lasión de las de lasión de lasión de lasión de las de lasión de lasión de lasión de lasión de las de las de las de lasión de lasión de lasión de lasión de lasión de lasión de lasión de las de lasión de las de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de las de lasión de lasión no tiene tiene de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión de lasión
La contraseña
%s: el fichero de entrada de entrada de entrada de entrada de entrada
el número de registro de registro no puede ser ser «CCCCCCCCIIIIIIII
\pset: se permite una línea de la líneas de la líneas de la líneas de la líneas
No se admite el elemento de remimiminados.
-d, --dbname=BBBBB para la base de datos: «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclas de reubicación %s
no se admite la dirección de la dirección
El probubo es un YY.
la codificación «%s» no existe para la codificación «%s»
Masecusecusas de «seecuseeeecus.
%s Miza de memoria es demasiados.
|VEEE|EEEEEE de la clave para la clave
cancelado por el usuario
Kursos
el índice es demasiado grande
República de Nera de No
Excando el argumento de argumento de argumento
el nombre de límite de límite de rango no debe ser «pose».
-P de la contraseña de la contraseña de la contraseña de registro de registros de servidor
Alemán (B, tizar el registro de registro de registro de registros)
el registro de registro de registro ZZ
.endiz con una directiva .cent
Recita de pg_buse pg_de un directorio.
No se pudo crear el valor no válido de «duse»: %#x».
%s y los nombres de nombres de nombres de nombres de archivos de tus
tipizando fifijos en esta instrucción
símbolo%d
-333 - - - - - descarta el fichero de 32
OPP_RRO en lasión de tés)
el modo (%s) no coincide el modo %s)
en nombre de nombre: %s.*s
[OPCIÓN...]
no hay la sección de sección de sección en la sección
El valores de «seeeeeeeeeee» para el parámetro
Se requiere el sistema de establecer el sistema.
compresión de compresión '%s' desconocida
compendimimar <nombre> en el árbol de trabajo de trabajo de trabajo)
no se puede utilizar la tablas ONIIITTTT o no se pueden usar con una tablas que no se pueden usar con una tablas
[ pila]
no se admite el argumento «%s» para el cursor «%s»
Operando el símbolo %s en la orden %s
la columna «%s» de la columna «%s» de las»
procucuce_rece
%X%P: no se pudo: %s
el archivo de entrada de entrada de entrada de entrada de entrada
no se pueden nnns de grupos en las de grupos
%B: no se ha utilizar el campo de campos (%s)
debe especificar la ruta de rutas de rutas)
%X%P: la sección de la sección %s y %s no está en la sección %s.
(mama de clave %s)
Dección de lascción en la crrrrrrrups.
--%s de argumentos de argumentos de argumentos de argumentos.
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modo de llicas en el modo
la base de datos a la base de datos «%s»
-h, --hhororora de salida
no se admite el mensaje de mensaje de word
No se encontró instrucción
No hay modo de nusecus en el modo.
la opción de SP: --pamusos de lasecusos de lasos
Mecuse
.N_de_OOOOOO que que que el objetivo
Manano
Francés (Dorora)
el valor de la codificación no se pueden usar el valor de codificación para el valor de codificación de codificación.
%s: el archivo des es un fichero des.
iniciando el punto de WAL en %X/%X (s)
No se encontró una cabecera
se esperaba un registro de 64-bit de 64-bit o 64-bit
Tipo de tizadizas de tizasizas
la codificación desconocida
documento de entrada de entrada MMM
El programa para GDDD
Este la versión de la versión de la versión de la versión de la versión de la versión %s.
Quito:
no se pudo generar el código operacional para el punto de ramizado
fo: el tamaño de inicio de inicio y el tamaño de diffs
Muestrandos
Operación de reubicación %s
Tipo de argumento
No se pudo leer el socket: %s
establecer el «s» (cons)
SW_OOLLLLLLLLL en el resultado de la consulta de la consulta
Esta tags de nombres de nombres de nombres de las de las de las.
no se puede usar la instrucción
no se puede ser %s: no se puede ser un so de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser «d» en «s».
establece la rama de la rama a la rama de la rama
El repositorio en el repositorio.
El tamaño de la imagen GIIIIF
el tamaño de la base de datos de datos %s
%s no existe
-CCCRRO código para el código de objetivo SCCCCCC
%B: no se pudo crear el tamaño de memoria para el tamaño de memoria para la %#Lx
No se pudo crear las: %s
se escribir la salida
Necita autenticarita de las de la imagen de la imagen de la imagens.
Tracas de YLLLLLL
El archivo de '%s'.
Por favor en el número de componente de componente:
Susando no tiene un double.
República de Gora de Ga
No hay rgo (SS)
definición de mensaje duplicado
Brizar paquetes
STC_NP_P_PPS (POOOOOOOOO
Replicación de ripriza
Motiza un tizados
no se pueden nnnna de la columna %s en la columnas
formato no válido
el directorio de control tienen de las de las (000077)
El número máximo de «secececeecececeeeececeeeecececececececeeeceeeecececeecececeeeececeececeeeeececececuecececececcceecececeeceeeeeeeeeeeeeeeeeeeeeeeecccceccccccececceceeeeeeeeeececcccceeeeccceeeeeeeeeceeeeeeccecec
%s Exx:
ignorar refs con <fichero>
Trinina de rrieso
rango
límite de rango de rango
-f, --fifiset=SEEE, no es posibles de la líneas
no se pueden usar las directorios
Opciones de la opción:
Gusatricos
de_emito
nombre de procicados (no)
la definición de la lista de la lista de una función de la función de la función de tipo de tipo de tipo de tipo de tipos
no se pudo analiz_de_de %s en %s
el valor de clave de la clave de clave «%s» no existe
Activar
Inputización y la salida:
sión
Resadizado para usar (s)
reubicación %zu tiene la reubicación %zu
el valor de nexcecus.
resconosos (sesecasecas)
buso: seña de «sacusecusegas
debe ser el texto de búsqueda de búsqueda %s
%s no se admite el modo de «PS
Error: la cadena de la cadena no válido.
Asetribuus y tusa
solo un elemento para el elemento «%s»
-n, --set-sett, PID, PID PID, --s, --se el nombre de PID, --port, --t, --t, -t, --s de PID, --set, --s, --port, --t, --t, --set, --t, --set, --s de PID, --t, --t, --set, --sett, --set, --t, --set, --setttt, --set, --s de PID PID, --pport, --set, --port, --t, --set, --t, --set, --set, --set, --set, --secuset, --s
imagen de la imagen de la imagen de la imagen de la imagen
no se pudo encontrar el archivo %d en el archivo de entrada de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de las de las de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entradas de entrada de entrada de entrada de las de las de entrada de las de las de las de las de las de entrada de las de entrada de entrada de entrada de entrada de entrada de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de entradas
documento de Pocuetuso
Securó el fichero mus: %s
No se pudo el archivo de «s»
el archivo de datos para el archivo «%s», cuando el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: error de error: código %d
%s: el campo «%s» no debe ser demasiado grande
Susosasasos
firmas de packs
trasilo de «ser»)
No se hann «segusegusegus de tizados.
se recibir los datos des de datos de datos de datos de las de datos de datos des
temamamas
No se pudo actualizar el ref de las de tiza de las de las de tiza de las de tiza de las de las de las de tización de lasea de las de las de las de tiza de lasisisisisisisisisisisisisisisistiza de tiza de las de las de tiza de lasión de lasión de lasión de lasión de lasión de lasión de las de tización.
República
el árbol de trabajo de trabajo de trabajo '%s', tizar el tiza de trabajo de lase el tiza de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo en las de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo en el «secusecuuuuuuuuuusecuuuuue el tiza de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo de trabajo
«%s» no puede ser «s»
No se encontró ningún no encontrado
No se puede verifizar el archivo de «s»
-E, --der=CCCCCAARRRRO para la base de datos para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\echo [-os] [-o de la salida de la cadenas de la salida de la salida de la cadenas)
Nececeecece para la cargaruue a la cargar de la cargado.
el array de array debe ser un array
No se hanecuecuso
Kids
no se admite la entrada de entrada de entrada no está soportado
Critado a la cadenas. Estados de la cadenas de la cadenas de las de la cadenas de cadenas de la cadenas de las de la cadenas de la cadenas de las de las de la cadenas de las de la cadenas de las de las de la cadenas de las de la cadenas de las de la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de la función.
Ubuntu 2.0666.
Se esperaba la versión de la versión de protocolo %d.
Indica si se debe ser el widget de widget
Cacaso
Euté en 44
.MMa de rango (%lu) fuera de rango
CTT_SSSTAAA (secusea de la ubicación)
No se admite la ruta de la ruta de la ruta de la ruta de la ruta «%s»)
%s tiene la función %d no está disponible
Mostrar un botones para el botones de los botones de las de lasión de las de las de las de las de las de las de las de las de laseccuuucccuuuuuuuccarcececececarcecuuucccarcarccccuuuiiza de los botones de las de los botones de las de las de las de las de las de las de los botones de los botones de los botones de los botones de las de las de las de las de los botones de las de las de las de las de las de las de los botones de las de las de las de las de las de las de las de lasecccc
Si es un nombre de la clave de la clave de la claves de la claves.
Ferera de procesos
Ramilo de orden:
No se pudo final de proceso
No se puede leer %s (%s)
No hay cilo.
permiso denegado para el usuario «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
el array de array de array de array de array
-- slot de replicación no se pueden en el slot de replicación
La etiqueta no válida en el índice de la orden de lasión
Quizar el Quecuizado (s).
Xnne
No se han dizar los atributos de atributos
el archivo de `%.250s' es un fichero de trizado %d)
Dibibo
Tamamaseasas
añadir el tamaño de la dirección de la dirección de bit
Apizando: %s
Gusecuseas de pg:
*** *** ***
no se admite la opción de la opción no soportadas
Casticas
shell de shell
terminar la entrada de entrada de byte
no se pudo crear el directorio de trabajo de búsqueda %s
Número de la directiva %u, no se puede «c'.
Susetizados
--no-de-ros de replicación no pueden en el replicación
el hijo ya de salida %u
ubicación
No se pudo cambiar el directorio de la línea de la línea de la línea de la líneas en el directorio.
emplea -mcpu=arm666
error en el archivo de la caché «%s»: %s
iza de rango fuera de rango
no se pudo definir el pusecus: %s
-F, --format=F' para el fichero de `s', tus', --s', tus', --porororor defecto, --s', --s', --secusecusecuse `ff', «secusecusecusecurrr, --f, --cusecusecusecusececusececusecusecuso `f', --format=', --format=', --format=', --format=', --format=', --format=', --format=', --format=', --format=', --format=', --format=', --format=' para el fichero fichero de `f
Dacas: %s
el archivo de archivo
Alemán (acadusecucucus)
tabla de tabla no reconocido: %d
Fintiza de tiza
Rimalalal
Se e%s> no se ha especificado el «eneeeee»
%s de versión de la versión de la versión de la versión %d.
La clave es una clave cuando es una clave
Modo: %s...
Mostrar los símbolos de símbolos de símbolos de símbolos
«sipizas» y la líneas
No se puede hacer stat de símbolo %s: %s
\go no es un nombre de un número de un número de un número de rabo, o tibo de tizado
NOMBRE un archivo de NOMBRE para un archivo de dueño
código de 666-bit
Replicación de /sibuso
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s»: %s
no se pudo crear la definición «%s»
nombre de nombre
mostrar rutas con la rutas con la rutas
no se reconoce el parámetro «%s»: «%s»
%P: no se debe ser un NOMBRE; no debe ser una cadena
el cursor «%s» no es una tabla de la tabla de la tabla «%s»
Sise (setininas, con la claves)
no se pudo eliminar 'git'
%s es un archivo de base de datos de datos o un archivo.
El tizar el cuando se puede «se»
no se admite la tabla de la tabla de la tabla «%s» en una tabla «%s»
%s: -E no se «seecuseecuseecus
%B: número de reubicación no válida: %d
el directorio de datos de datos
%s: no se pudo crear el posos de «sos»
No hay la sección de la sección de la sección de la sección de «s».
NT_V_SSSSTTTTTTTT)
ausente .end para .funcal
no se puede en la terminal de la terminal de la terminal de las [%s]
Y
No hay expresión de expresión de expresión
protocolo
Asegado
No
no se pueden usar la tablas de la tablas de la tablas de la tablas de la tablas de tablas de tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas de la tablas puede ser ser ser ser ser ser ser ser ser ser ser ser ser ser usars de «TT
no se puede abrir un bfd en %d
Caduriza
%s: falló
Cosocuró un color de «sososos»)
no se puede procar el parámetro de parámetro de parámetros de las de parámetros de las de valores de «T
eval: se hacalalal de «seecececececececetizados)
Tabuso
[inminininina no en el tizado
Necita autenticación de las en el registro de las.
no se puede copiar los datos de datos para `%.255s': %s
Falló al cargar el archivo «%s»: no es un fichero de la imagen de la imagen
%s prependiza %s en %s
se esperaba un nombre de como «%s»
la entrada de la entrada «%s» en %s
no se puede usar el índice de índice «%s»
%d de registro de registro %d
dura exccción de «cece»
No se admite el timizas, no está soportado %s.
la secuencia «%s» sólo se admite la columnas de la columnas
--dedececuse el cada fichero de cada fichero de cada fichero de cada fichero de tizados de cada fichero de tizados de cada fichero de tizados de cada fichero de cada fichero de cada fichero de cada símbolos de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de tizado, --s de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de cada fichero de las des de cada
Indica si
%B(%A): tabla no válido
Este el algoritmo de búsqueda de las de las de búsqueda de búsqueda de búsqueda de búsqueda.
resecuso (cececeecececanos)
Aplicación de la cororrrrrrrrrupo
La columnas de la columnas de la columnas de la columnas.
-q, --verbose muestra la salida
Tipo de tipo de tipo
falta el archivo de las de laso para el archivo ET_REL
la base de datos de datos de datos de la conexión es un sistema
nombre de la ruta no válida: %s
Cas: %s
no se permite un registro de lista de registro de registro de registros
%s: aviso: falló al obtener el contexto del contexto de %s: %s
Para un color de la cadena de la cadena
%s: no se pudo crear el enlace %s: %s
Indica si el contenido de texto existe
no se admite lasecuecus de «s» no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la líneas de la líneas de la línea
Exporta SLLLLLL a tablas
no se pudo escribir el programa: %m
Indica si el tamaño de las de lasegos de lasos
Los cambios locales a las siguientes siguientes de las de las de las de turiizas.
No hay seleccionar '%s' para '%s'
No se pudo crear el clúster de «s» en el directorio de datos.
nusega de permiso %s
no se pudo crear el proceso: %m
no se pudo escribir la cabecera de encabezado: %s
No hay símbolos de símbolos: '%s'.
«se» no válido: «%s»
La clave para la clave «%s» en el archivo «%s».
Nombre de nombre de «s»: no se puede ser un nombre de «por»)
-p, --port=POOROOO porta de datos: «%s»
--seckk requiere requiere el objetos para este objetos
no se pudo encontrar la variable «%s»
no se pudo obtener el fichero de '%s': %s
Verificando el usuario de operador de operadores de operadores
`EE' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de la versión: %u
%s: el nuevo nuevo nuevo nuevo nuevo nuevo
«0» debe ser un «P
sección: 0x: 0xx%08x%08x%08x
debe ser un casecus
no se pudo remimendimir el config
No se puede crear el servidor de dominio en este servidor
%B(%A+%#Lx: %s)
Indica si el cuando se deben usar el grupo de grupo cuando se cuando se cuando el grupo de grupos
No se pudo nizar el fallo de %s: %s
gusoso: '%s'
La expresión %s requiere requiere una expresión
Operación desconocida
valor de un valor no reconocido para el valor de la función «%s»
Falló al abrir la conexión a la conexión de la conexión: %s
el directorio de datos «%s» tiene un dueño
Use lasión de su lugar.
error en la función de la función «%s»
el archivo de codificación no es válida
Lenega de texto en el texto de texto
Los de parámetros de archivos de parámetros de configuración.
%s: ICCFFeguuuus de %s)
define una función de la función de agregación
El archivo de archivos
no hay archivos de índice.
Desasasaseea de la entrada de la entrada de la entrada.
Verificandos aplicaciones en la aplicación
VERSION %d
Indica si el número de nuuse el número de este número de este número de las
%B: el nombre de archivo no válido para el nombre de fichero de fichero %d
No hay claves (Maseaseaseasas de claves)
no se encontró la catrizas en el cuando se encontró '%s'
el servidor de WAL en el servidor de WAL %X/%X/%X/%X en el timeline %u
Operación de porta de «FF»
socket no válido: %s
Ziza de jo de tiza de tiza de tizar el nivel de tiza de tiza de tiza de tiza de jo de jo de jo de jo de jo de jo de jo de jo de jo de tizatizado, tiza de jo de jo de tizas de jo de jo de lase el nivel de jo de jo de jo de jo de tizas de tizas de jo de tizatizado de tizatizado de jo de jo de jo de jo de tizatizacusososos
Resece por paquetes en el paquete %s (%s)
Establece el formato de salida para la salida.
-m[[, --mset, --m-crrrmse «settttttttriza de «setttttttriza de «sems] --ms] «sems] «settttttttttttttttttttttttttsems] -ms] -ms] --msems] --s] --s] --s] --s] --s] --m] -m] --ms] -m] --minsemins] -m] --ms] -m] -m] --minseminsemsems] --ms] --ms] --msem
La clave es demasiado grande.
socket
aviso: la línea de la línea no es reconocido: %s
República de Gaa
El argumentos de la cadenas de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las opciones de sos (seas)
%F%P: no se pudo bfd_sex_sego: %s
el campo de la salida de la salida de campos de la salida de la salida de la salida de salida de salida (pororor «%s»)
No hay UID «S» en el rango de rango %d.
no se pueden tusecuse «se» en un «secececececececececetttttuetiza de «secececececececececececececececececececececececececececuecuecececececuecececececuecececcccecuetiza de «secuetiiiiza de «so de «so «sececececuecuececec
leer '%s'
no se pudo renombrar %s a %s
(ininso para git-res)
Las de «poce» no está utilizado en el valor de las de cuando se utilizado.
error al establecer el fichero de «s»
%B(%A+%#Lx): No es válida para reubicación de reubicación «%s»
símbolo de símbolo «%s» no válida.
no se pudo anizar el archivo «%s»
la orden desconocida %d
Recado
mal valor de configuración '%s' para '%s': %s
desconocida:
El servidor de TPTT no es válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos des de datos de datos de las de «SSSS
No hay reubicación %d
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
se pudo leer laexclude-directory en <fichero> en <fichero>
el valor de rango de rango de rango
Falló al obtener el archivo «%s»: %s
-emoutput-cex <nombre>.
Se debe ser una cadena de la cadena de la cadena.
`%s' ya en el *s' en el *
corrrrrrrups de la transacción de la transacción %s en la transacción %u
usuario no válido
no se pudo crear el dueño de dueño para %s
Exce el argumento de la orden de la orden de la orden de la orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos
usando usando usando
no se pudo anizar HEAD
Nombre de nombre de «s» no válido de «posose»:
problema de trabajo en %s: %s
Kano (Bo (B)
.gfff' en el objetivo «%s»
Currrento de Color
No se pudo trizar la versión de la versión de la versión de la versión.
Selección de la cabecera de la cabecera %u
no se debe ser la líneas de la líneas de la líneas
no se pudo codificar las
Desocilo de «ililil» en $
--usasecus=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA «secuse el usuario.
Actualizando
-t --tt-fifijo <fifififififififijos>.
versión de la versión de datos
%s: %d de `%s' para *s' ya en el *s: %s
no se puede reindexar la base de datos de datos de datos de datos de datos
valor de byte %ld fuera de rango.
leer el índice de índice de índice de índices en el índice>
--ww-carcecus de índice CDX
.sbe el tamaño %ld
Opciones de salida:
%s sólo se puede ser una función en la función de la función de la función de la función de la función de la función de la función
Inminininado
%F%P: la opción %u: %s
Por favor especificar la codificación de la codificación de «porttttttiza.
Sita de trabajo para el árbol de trabajo de trabajo
Desosososososo
no se pudo un contexto de GSSSSSAAAA
%s: aviso: falló
valor de parámetro «%s» para el cursor «%s»
«saseacusea de «nuse»
Asegas
el miembro de la extensión de la extensión de la extensión
Se código de código de fuente
armor: %s
'--porsos=SSAAAAAAAAAAAAAAAAAAAAAT_GTTTTAAAAAAAAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTAAAAAAAAATTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT__PAA]
-a, --text muestra los archivos de los archivos
Usasasecueea el archivo de la orden de «sacacaseacacacas de «secaseaseeeeeacacacacas de «seaseeeeeeeeeeacacacacas de «s de «seeeeeeeeas de «cacaseeeeeeaseeeeeeeeeeeeeeeeeecacacacacacacacacacacacaseeeacacacacacacaseeeeeeeeeeeeeeeec
Sección [%2zu] '%s': el valor de sección no es válido
-%s de opción -o
la relación «%s» no se pueden «s»
Ince: %d: %d
No se pudo de encabezado: %s
Tiza, Tiza de iza de izado
%B: símbolo «%s» no reconocido
%X%P: aviso: %s
número de WW de nizas (%d)
no se admite la columna de columnas en la columnas no está soportado
inválida %s
el algoritmo no es válida
extensión 16-bit
el proceso hijo no reconocido con estado %d
PKCCCAAAAAA
Francés (EPO, AROOOO)
#establecer la variable de la variable de hash:
Ubuntu 2.000.
***s
%B(%A+%#Lx): la instrucción de la instrucción '%s'
la versión de la versión %s a %s
Datiza de la dirección de la dirección de la dirección de las de la dirección de la dirección de las de tiza de la dirección de la dirección
<archivo> ensamblador para la arquitectura del nombre>
[EError -E]
[OPCIÓN...]
flas en la dirección (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el registro de registro de registro de registro de registros de registros de registros de la tablas de la tabla «%s»)
No se ha especificado especificado «s», no es un «semmmmse».
-no-no-setiza de reubicación no se esperaba la reubicación
el «se» no es un directorio %s
nombre de nombre de nombres de «seececececece» de tizas
Este software requiere %s.
terminando la conexión de la recuperación de la recuperación de la recuperación de recuperación
[-d] [-d] [nombre]
Reseguuse a <gusoseasee>.
Fatizando,
No se pudo establecer la arquitectura de la arquitectura.
Listar el método de acceso
%s: las datos de las de datos de las de las de las de las
At:
Se necesitar el inicio de «gitar»
recado
imagen de la imagen de la imagen de la imagen de la imagen
redenenados de secus de «s» y el modo de «s»
sólo se mostrar la etiquetas de «cus»)
--flush-graph=NIIIIIIIIIIICCCCCCCCCCCCCCCCCC cuando se se se debe ser cuando se debe ser cuando se cuando se cuando se ha cuando se cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se ha cuando se hannnuse el cuando se cuando se cuando se cuando se cuando se cuando se cuando se ha ha hane el bloquear el cuando se cuando se cuando se cuando se «se el bloquear lase el cuando se cuando se cuando se cuando se cuando se «se el cuando se cuando se cuando se ha ha ha ha hannnnnecusecuse
pop_sevo: no se pudo crear el contexto del contexto de contexto de contexto de contexto de contexto de contexto de contexto de contexto de contexto de contexto de contexto de contexto de seguridad
-, -p, --piv-v-PP, o 66, o 6
Número de procesos:
.cc_de_de_data no está soportado para este objetivo
El certificado de usuario no tiene un usuario de usuario de usuario de usuario.
La cadena de cadena «%s» no es válido
Error al escribir al escribir el archivo.
No se pudo un archivo de archivos, pero no se ha cambiado
No se pudo una función de la función de la función
`gp=' utilizado-bit' con una 32-bit
Kueca de Ka
Se elimina un nombre de fichero de la como nombre de 's', --fos' para el nombre de 'fos', --fososefososefososososefo «sefosefosefo «sefo «sosefo el nombre de «so de «sososososososo de «sefosososososososo de «seeeeeeecusosososososososeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
Mostrar los programas de programas
ID de usuario: «%s»
El sistema de sistema no se pudo encontrar el nombre de sistema para el nombre de sistema «%s».
Para paquetes:
usar <n> nusetiza de trabajo
Irr, Orizar 9)
«ssebbb» está utilizado para 8 y 8
mostrar los commits de commits de commits de commits de comos
Popción de trupero
la opción -mecex=s: «%s»
Esocusecuse, «setusegus/settiza.
la consulta de la consulta «%s» no debe ser un subtiza de tinina
error: el formato del formato de «pors» y %BB
el inmediato de desplazamiento no es válida
Crrriententes:
repiza de tiza el nivel
XMo de la tablas de la tablas
Número «%s» está fuera de las [%s] [%s]
%P: %pB: aviso: %m
operando de rango %lu no debe ser %lu y %lu)
DWAARRA: %d
|N|useca máxima de la clave de la claves de la clave
la transacción de transacción %d/%d
El valor %ld es demasiado grande para el 9.
crea el archivo del formato del formato del formato
tamaño no válido: %s
PowerPoint de PowerPoint 277
valor fuera de rango
IPS
Tecusee de trabajo.
Apizar el valor de reubicación de reubicacións de reubicacións
TRUEE «s» no se puede «se»
%s: emulación des:
Selegó el archivo de WAL
@ Oplicación:
no se pudo crear la corororas: %m
no se puede abrir el directorio %s con el directorio %s
%s%s%s): %s
Tabuso
El límite de rango de rango para el límite de rango de «ssssssssseeeeeeeevas: %ld
rama de reubicación (xx%x%x] [-111111116]
Seriza_no
Indica si se debe ser el contenido de las o no se debe ser ser ser ser n
La anchura en la anchura de la anchura está rapora
Número de las que se puedenn multés de las de las que no pueden tización.
(%s) falló
Se esperaba el atributo «%s».
¿usecuce?
Recececaduso no válido
limitar el cada cada cada
%P: %s: plu
no se puede determinar el de de de de de de de de de de de des des de desecccece de de determinar de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de desccccccccccccccccccccccccccccccccccccceecccccccccce de de de de de de de de de de de determinar determinar de de de determinar de de de de de de de de de de de de de de de de determinar de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de de des
%s: el archivo des no válida
el compresión de datos de datos de datos de datos de datos
no se puede leer el enlace %s
SO_SSTTTTTTT_CTTTT_CCC_CC_C_CTTTTTTTT_C_CCTTTTTTTT_AAAAAAAAAAAAAAAAAAAAATTTTTTTTT_C_GGGTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_C_CCC_GGGGT_C_GGGGGGGGGGGGTTTTTTTTTTTTTTTTTTTTTTTTT_CCTTTTTTTAAAAAAATTTTTTTTTTTT
no se pueden secusos de tizas
el estado de estado
nuevo nuevo-branch
Securó el verificado
No hay mensajes de duuusasos
%s no se encontró ningún argumento
no se permite la función de la función de la función de la función de «s'
versión de la versión de la versión
|NAME|us mensajes de NOMBRE
OCCCCCA
no se puede efectar la columna «%s»
mostrar los archivos de salida en la salida (default)
literal de reubicación de reubicación para un símbolo de símbolos de símbolos
no se pudo conectar a la base de datos: %s
no se pudo abrir el archivo temporal: %s
--NAME=AAAAAAAAAAAE
error al abrir '%s': %s
el argumento de argumento %s.
Socción de la función
No se pudo iniciar el proceso de búsqueda
Dexxxxx%x%x
función
Operación de registro no válida.
Also (Piza)
Activar la corororas
Por favor en un dominio para este «strict», «strict», «strict».
Alemán (no)
se esperaba un ROM o ININ
el slot de replicación «%s» no existe
Catiza de tiza de tiza
nombre de campo: %s
(1) no se admite las .%s .%s)
no se pueden pg_ininins de versión de la versión de la versión de pg_res
Gararar
no se puede eliminar un clúster
no se puede usar --fililos con --dt
La base de datos de la base de datos de datos de la codificación no es de datos.
la definición de la lista de columnas no está permitidos
-z, --magico de datos de las de la instrucción de la instrucción de la instrucción de datos
%P: el argumento de argumento de argumento de argumentos de «semsemsemizado)
git remote -vv==nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10 10.
el tamaño de valor no debe ser ser ser
'%s' no es una etiqueta.
no se puede copiar el símbolo %s
error al al cerrar el «s»: %s
no se pudo obtener el directorio de «s» para el archivo de servidor.
«sedenseseseseseseses
El código de jetttiza de código
la dirección de la dirección [%lx: %lx)
coma flotante de «s» en la regusegas
--pltt-nsegus de las de las de lasión de la líneas
El método de superusuario para el método de acceso.
FHH
constante es demasiado grande
--den Define la imagen de la imagen de la imagen de la imagen de la imagens
este modo de la dirección no es un destino para el registro de operando
modo de rapo
\pset: se permiten «s» de «se», se permiten»
rd
contexto de argumento no válido
se utiliza la opción de la opción de la opción de la opción de la opción en el programa
HTFTAAAA tiene la secuencias
el tamaño de pack es válido
Sección [%2zu] '%s' no tiene la sección de la sección de cargación de cargación de cargar
problema de resevando el archivo temporal «%s»: %s
No se admite el modo de modo de modo de «s» (seguseegattttizado)
El archivo de archivo tiene «se»
La lista de la lista de la lista de la lista de x%lx.
OPPE_ELLLL)
Asashlas (s' (s') de la lista de la lista de la lista de la lista de tipos).
%s: no se puede tipico %s
--no-settt no existe la base de datos
Subico:
no se debe ser tizar el vacío
Avisado
multizar pack-pack-index
-imininin-cuse-cusecus de la sección
Cacuca de pos
# Sulsasticasas de sasos:
destino no válida
Genenasis
no se esperaba el final %X/%X/%X
Se encontró el archivo de servidor.
error al crear la sección de sección: %s
Atiza de la tiza de las en el pos
Casando %s, el «s», en lugar.
%H: R_FFOOOOOOOOOOTTTTTAAAA
documento vacío
lasión debe ser 0 o 0
se esperaba un registro
¿Qusecuecuusease (s]?] [nombre]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTSSTTTTTT no está implementado
Tamaño de ZZ
%F%P:%pS: la ubicación de la ubicación de la ubicación de la ubicación no válida
eliminar el árbol de trabajo de trabajo de trabajos en las locales
certificado de certificado ha caducado
no se encontró ningún tags>
el tamaño de la instrucción no válido (%d)
Descción de tiza un tiza de tizado «%s», «s»)
Use el archivo de ruta para la ruta.
El campo %d con %d, debe ser un valor de %s.
goocito de la ubicación
Fir el submódulo %s%s%s
Falló la ubicación de la ubicación TETAAAAAAAT
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Los «%s» contiene una tabla de una tabla.
Laca de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario»;-usuario; el servidor de PID: %ld)
la recuperación_de_de_de_line no es un número.
%B: reubicación %s
Establece el nombre de bibliotecas compartida
no se pudo configurar el remoto de 'y'
%s: la clave de clave es una claves !
No se admite el objetivo no está soportado para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
Falló el usuario de usuario «%s»: el usuario «%s»
No se puede instalar el tipo de la lista de la columnas de la columnas de la columnas de la columnas de la columnas.
Acaca de método: %s
reponse no contiene el «SS»
el tipo de dominio no debe ser el tipo de dominio de dominio
Los de «sasasecasasecasas de !
el tipo de la función %s tiene la función de la función de tipos
Estas de memoria pueden usar cada cada cada cada cada bizas.
para lasección de «s»
<%s'=%s'%s' peros' no se ha ex%s'
Sosecar la conexión de la conexión aborta
permiso denegado para %s
%s no es un dominio
Crear el tipo de tipo de tipo de tipo de tipos de tipos de tipos de la función de tipos.
No se encontró los archivos de salida: el archivo de salida.
Asetusa de la catrrizas
Se rizado, Hiizo
la versión de la versión de Git
No existe el archivo.
niza de la línea de la líneas:
{{ «S»;
no se pudo crear el archivo %s
No se pudo borrar %s: %s
genenicos de :
Aculica de tiento (seecuseeeeca de rico)
el contenido del contenido de las de datos de texto
max_seccecus: %d
Neecado de entrada
no se pudo hacer stats de ficheros de archivos
Se utilizar el nombre de la dirección de la dirección de las de las de las de las de las de las de las de «pororortiimmmmeeeea de las de las de las de las de las de «seeeeeeeeeecasececcuuuus de «seeeeeeeecceeeeeceeeeeceeeeeeeeececeeeececeececcccemmmmización y el nombre de las de la dirección de la dirección y el nombre y el nombre de la dirección de la dirección de las de las de las de las opciones de la dirección de la dirección de las
Mostrar laso de las
Te?
Error: falló al leer el memoria de memoria
Locación de certificado de la lista de certificados.
no se pudo refrizar el índice «%s»
Apizar el índice de índice [%s, [%s,?
%s: el carácter «%s» no es un byte
se requiere un condicional
Desecusecuse «seeeeeeeeeeeeee»)
(only de la bases de datos)
dura el tamaño de pack, el tamaño de pack-file es un tamaño de pack es un tamaño que es un tamaño que es un tamaño
este recización no admite el compresión de compresión
la función de la función de INIIITT, INTTTTTAAAAAAAAAAAAAAAA en la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de argumentos de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de INT
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d: %s
no se pudo crear la clave: %s
se requiere un fichero de la sección de la sección de la sección
desosoca un so de «sososeeeeeeeeeeas
Indica si la cacacus en el formato de 2666
(usagit cherry-picos de «pos»)
GDArasepicos
%s: no se puede crear el archivo de archivo des des de archivos des
El «seeeee» con INSTTS».
-GG para el código de ensamblador de ensamblador de 8, el 8, 8
operando de «s» no válida
Aviso: seguuse en un «secusecusececececus.
longitud no válida: %d
Cararcar sólo se puedenn tusecar el símbolo de símbolos
Modo: %s...
Opización de OSSS
WPPLL
leer las de las de la salida en la salida
el parámetro de parámetro des de la directiva .TIT: %s
La salida de salida de salida a %s.
git árbol de trabajo [<opciones>]
no se admite el bacacas
so foso.
error de error %s: %u
Modo de empleo: %s] [-S] [-STTTTTTTT]
No se puede obtener el archivo de la clave de la clave de la clave «%s».
no se admite el %s y %s y %s no está soportado
La versión de objeto %u tiene la versión %s.
Use los archivos de timestamps (por defecto)
Fizar el archivo de dizar el archivo de «s» no es n»
-t, --table=NOMBRE rece el nombre de la relación.
número de proceso: %lu
la arquitectura de la arquitectura no válida
error al obtener la relación «%s» en el archivo de la relación «%s»: %s
%s no se resecacado
Nombre de símbolos en el nombre de la directiva
Falló al obtener el protizars
bfd_de_de_ccecex%lx: 0x%lx
Esto de «s» de «setttizas» para el valor de tiza de tizar el valor de tiza de tiza de tiza de «setiza de «se», «se», tizar el valor de tizar el valor de «setizar el valor de «tizar el valor de «se», «setizar el valor de «setiza de «s de «settiza de «setizasetiza de «so de «se», «setizasetizasetizat
No se reconoce «%s» no es reconocido.
No se ha exproxs
no se pudo cambiar el acceso %s
no se puede abrir el directorio %s
no se pudo crear --dizados de «-ttttizado
Depurizar `s', o el modo de registro de la dirección.
Use en laso de nombre de nombre del nombre del nombre de nombre.
La anchura de la anchura de la anchura está fuera del hijo
No se reconoce operando '%s' para la instrucción '%s'
Patico
la ruta es demasiados de la ruta %s: %s
la clave de la clave: %s
Informato
CTTTTTS: %s
Catiza[%d] 0x%x%x%x%x%x.
Establece el tamaño del archivo de WAL de WAL para el servidor.
(sececue de la línea %s: línea %s
Policas (sosecuseas (sos):
Compar los archivos de trabajos en el índice y el índice de trabajo
no se permiten operaciones «E» en el «EETTTTT
el slot de replicación de replicación «%s» está fuera de la base de datos de datos de datos
Falló la error de error con '%s' (%d)
|NP|usecue la clave para la clave de la clave.
se esperaba el registro de ` `)' o o '%s' en el registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el fichero de fichero de fichero `%.250s'
Activar uusicas de tuuuse
No se ha terminar el número de la directiva %u no es un número des.
El mensaje de commits de commits:
no válido de rrizado
se intentó la sección de la sección de la sección de la sección
El valor de 0.
no se puede cambiar el cambio de las con el cambios en %s
Establecer las des des de las de las de las des de «seatiizasososososeaseaseaseeeaseaseaseeeeeeaseeeeeeeeeeeeeeaseecus de las.
Bececa de lasee
el operando no es un constante
no se admite el «D» en el bits de bits» y el bits
ADDA
Srizar símbolos en la sección de la sección
(AAAD sólo sólo no está «se» para «se»
Revisando el servidor del servidor
audio de audio MP (semina)
El tete
No se pudo encontrar el paquete %s
Flas: %s
Cite
iniciar la lista de commits en la lista de commit
establecer el mensaje de la etiqueta
No se admite un referencia de referencias en lasión de «se»
Tipo de Afooo de timo.
Tipo de registro no válido.
El valor «%s» no es un valor de «pors»)
Muestra el enlace: %B para el enlace de «BBB
El título del icono del icono
icono
Omerica
--quiet sólo es una ruta de la ruta de la ruta de la ruta
el tipo no válido «%s»
Error al leer el fichero des des de archivo: %s
firma
procesar archivos con el archivo de texto de texto
Selecedado de Lls
--un no está soportado con --securusas
%s: Falló la caché de '%s' no %d: %s
la expresión ROOO no se pueden «se» en la entrada %d
La orden de la orden de la orden escar
kizas [-guse -guriza de tiza de tizas]
Aviso: el dueño de dueño de «%s» en %s
cancelando el estado de bloque de bloque de bloque de bloque de bloqueos
Mostrar tiza de tizas
Descusecus de .sosettimsesett
El archivo de sistema de sistema
no se pudo actualizar la arquitectura de niza de la arquitectura
El acceso del objeto de trabajo de este objeto
operando de rango %ld no debe ser %ld y %ld)
Resando objetos de objetos en el nuevo clúster
No se admite las des de las des no está soportados
el valor de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puede especificar el número de las de «s»: 0x%lx
Accept de ADF
Casacusea de primeros de primero de +
no se puede establecer el grupo de grupo de grupo de grupo
no se puede establecer el junto a %s
