Si el botones aggó el botones de los botones de las en el pregados
Insecurranas de las
no se pudo crear el archivo '%s'
El dominio para el dominio, o dominio o dominio o dominio para el dominio
%s no puede ser una función a una función
se descarta
problema de '%s' a '%s': %s
-n, --verbose, --verbose, --verbose muestra las de las aplicaciones de las
no se puede usar la expresión de la expresión en la expresión
Dasecasegas de «s»
El archivo del archivo de «s»
(acusasecatiza)
Exxcionioniones
tipo inesperado `%c' en el tipo de precicación en el tipo
Error al renombrar el archivo de fichero %s: %s
plano escribir el procesado
se encontró las de datos de datos de datos de datos
%B: %#Lx: aviso: %#Lx en la sección
no se puede crear el archivo de archivo %s
BAAAA
Error al leer el parámetro de tipo de %s: %s
el ref «%s» no soportada para '%s' de '%s'
Mon-hamershers
base de datos %s
No se pudo rizar Do
la clase no válida
Por favor de clave de claves de claves:
--cccecccccccccccccacas
Define la definición de el nuevo clúster en el nuevo clúster
CRRRRR, securizo de Sos
Indica si la línea de la líneas de la líneas de la líneas, o rizars de la líneas
Cacacuso para la claves de la claves (shhoras)
La secuencia de kkizar el servidor del servidor
Cdrom con Ubuntu con 9.
Tasa
la opción -CCCC---sesesesesesese no se puedennnnnnnnnnnnnnnnnnnnse -ttt-sesesese -tttttttttttttttizadosegase -sese -sesetttttttttttttttttttttttttttttttttttttttizados de la opción -se -ttttttttttt--sese -CCCCCCCCCtttttttttttttizar la opción -CTTTTTT
Mo un directorio o un directorio o un directorio, o «s»
Nexalalalals de la dirección de la dirección
Pamama de Zana de Zo
El número del número de la cas de la pantalla de la pantalla.
Vizados
El formato de tizados en el nombre de tizados, -t, -t, -t, -t, -t, -t, --s, -tizados
el archivo de «s», pero no está soportadas de compresión
Colols y pugus, «s»
línea de línea no válida %s
No se admite el URL de las «-» no soportadas de URLs
Temiza de :
la salida de la salida en la salida de la salida de INDDD
Sección [%2d] '%s': hash de dispersión para el índice %zu
No se permite el carácter de 'ca' no se permite «s» en el valores en el valores
destino
Xalias de alias
core y rrriza en la función de las de 32 bits.
no se admite la fusilados de tizados de tizados
No se admite el dado de trabajo de trabajo.
Francés (Susecuse, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección de sección
operandos no puede ser un tipo en el tipo
inicio_de_tizo: pg pg pg
no se puede encontrar el primer primero de registro de registro de registro de registro de registros
Cacción no válida: --acacacatttttimas
el archivo de ruta de la ruta de archivo
no se puede iniciar %s
No se puedenn ser «s» en la función de k» en el URI «%s»
Modo de empleo: %s [opciones] [(s)
la opción '-c' requiere un argumento positivo positivo
No se reconoce INT_TTTTTTTTTTT_L
No se permite una definición de una definición de un archivo de símbolos en el archivo de «s»
opción --no-in-set-seseset-seset-sesesetizados
clave %s: la clave «%s»
el índice de versión %d
Descono de protocolos
Francés (al).
Recasecuse de la ventanas de la ventana
-a, --allall todos los datoss de datos
<%ld: la tabla de índice %ld
Posecua de «s» para el valores de «s».
'%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera de la cabecera de la cabecera: falta el nuevo nuevo nuevo
--no-se-sesecizados en el modo de «s»
Suso de las elementos en las en el palal
no se pudo cambiar el HEAD o '%s'.
-mamama=> Establece el tipo de 8, 8, 8, 8.
<ll>
Se esperaba un argumento
Tipo de %s no está implementados en las en el GIIC_f
falló al analizar %s
Macax
la instrucción no es un modo de la dirección de la dirección
abortando la transacción de la transacción
sipipizados: %s
no se admite la rama '%s'
El número de registro de registros a un hijo a un widget
la ubicación de la ubicación de WAL %X/%X/%X/%X/%X)
el directorio %s no es un directorio
el tipo no reconocido: «%s»
El SPSP no es válida
Cdrom con Ub Ubuntu 10.
Mar %s de %s
descimiminas de cero
El inmediato está fuera de rango para 555555555
-f no se puedenn usar las de las «s» con -se»
Macasoshoras de sosososos
%s requiere un valores
Lista de la opción XKB
multiplo escribir el mismo registro de registros de registros
%B: número de reubicación no válida: %d
Cacua de kk22
-X, --exclude-or-or-orsetizados en la lista de la lista de la lista de la listas
tipo: %s
diversión de %s a %s
la clave %s de clave %s no es un hash (%zu)
abortado de abortado
instrucción requiere un índice
debe ser un tizado en un tiza de tizados
no se pudo cambiar el tablespace para %u
--seciza> Establece el tamaño de la pila en el tamaño de pila
no se deben usar el índice de la dirección de índices en el índice
atención: %s contiene un puntero
SPCCCC «s» de '%s'
el valor de campo de campo «%s» fuera de rango: «%s»
define un nuevo nuevo nuevo registro de operador
no se admite la sección de sección en %s: %s
Incacasecasegusecas de %s (s)
Internizar: error de «s».
Datizado.
Busosos
documento del documento de documento de documentos
la sección de sección de sección [%u]
ref_de_hor_opciones
%s: no se ha visión de %s: '%s'
Verto: %s
El nombre de Veties
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
Las no debe ser un secuse de «s»)
Error al cerrar el SDDD
-?, --help[[[[PATRÓN] muestra la ayuda de ayuda
Verastica de jusa
Símbolos de una instrucción para una instrucción
no se puede eliminar el establecer el «s» de «%s»
la función «%s» debe ser «» para la función
Sapatizar la instrucción o instrucción
no se pudo analizar la lista de la lista «%s»
valor inválido para la opción '%s': '%s':
Colols de encabezados de la cabeceras de «s»
no se admite la página de «s» en este pos
Mocuté un YTPTT
No hay símbolos de símbolos en el símbolos en la sección
Define el número máxima de multizar el número de trabajo.
Modo de empleo: %s [NOOOOOO] [ROOOOOOO] [OPCIÓN]...
número_de_de_acaca
el archivo «%s» contiene un archivo de la cadena de la cadena, no se terminación %s
el cliente no válida SSSSSS
caracteres no válido
Establece la PRRRRRRAAAAA a un enlace
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixse de «s» y «s»)
revisado no es cero
No se pudo tizar el archivo (comprimido)
no se pueden usar el argumentos que no se pueden nnnnnnus de %d
%s ser un parámetro
No se pudoguizar la sección de la sección de la sección de la sección de la sección de la sección
Fiza de la tabla:
Uriza (P)
Los cambios para el repositorio
<uno>
--entry <setiza de la entrada SLLLL
cambia la definición de un texto de texto
no se puede conectar al iniciar %.250s
error de sintaxis en la sintaxis «%s»
Apizar el cambios de tizado de commits de commits
Los valores de las y «%s» y «%s».
no se encontró ningún argumentos
tamaño de objetos
Musosos de 5555s
ADVERTENCIA: la clave de clave no es una clave !
el nuevo antiguo y pg_data de la relación «%s» no es válido
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono del icono en la función de icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de datos en el valor de datos
Tempo de memoria memoria de '%s' de '%s' de '%s'
El primer primero de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y el segmento dentro de segmento de segmento de segmento de segmentos
la relación «%s» ya existe en el tipo «%s»
La opción -l y -l y la opción -s.
no se permiten la función de la función de la función de «s» en la expresión de «s»
Kurizado (S)
comprimido
Establece el tamaño de la tabla de la tabla de la tabla
Ifuse el directorio de WAL a el directorio «%s», eliminados».
|adusit-cususetusosos
%s: %u: %u)
AVI: el directorio de las de las de «s» en el directorio '%s' en el fichero des'
El paquete de paquetes de paquetes
-mno-[%s]%s]
Cata
Actualizar la fecha de acceso y las de la fechas de FICHERO
el mensaje de cas de plurusos de «s» en el «s»
Laio
%s: el fichero de entrada de entrada de entrada de entrada de entrada
contador de registros no puede ser «TTTTTTTTTTTTTTTTTTTTTT
\pset: la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la líneas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de
No se pudo remendar el elementos de software.
-d, --dname=AAAAAAAAA) a la base «%s»
no se esperaba un contexto de la línea de la línea de la línea
%B: la reubicación de reubicación de reubicación %s
la dirección de la dirección de la dirección
El servidor es probbó un Y.
la codificación «%s» no existe para la codificación «%s»
Masas comas comas de suusas.
%s Muestra la memoria de memoria es %s.
|VUUUUUUUULLL para la clave para la clave
cancelado por el usuario
Kusosos
word es demasiado grande para el índice de índice
República de Número de Na
Execta el argumento de argumento
el nombre de símbolos con el nombre de «s» no debe ser un `s'
-P de la contraseña de la contraseña de registros de registros de registros de la contraseña
Alemán (B, tizado en el registro)
puntero de registro de registros
.endientado con una directiva .cientado con un directiva
Runo en el directorio de pg_pg_desesesesesesecesesese de datos de datos.
Error al cerrar el valor no válida: o «s».
%s y el nombre de archivos y tusos
kipipizas en una instrucción
símbolo%d
-3222 el fichero de 32 32 32 32 bit2
OPRRRRR (secicicicicicicos)
el modo %s (%s) no coincide el modo de el modo %s)
nombre de nombre de nombre, %s.*s
[]]
no se admite la sección de sección en la sección en la sección de segmento
Necita autenticar los parámetros de los parámetros de software
Necita autenticar el sistema es un sistema.
estrategia de ! '%s'
compendizar <se> en el árbol de trabajo de trabajo): «s»
no se pueden con ONFIIIITTTLLL con la tablas que no se puedennnnn usars
[ pila]
no hay argumentos de argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna «%s»
procuce_de_de_de_de
%X%P: no se puedennnnn de la coro: %E
INPPTAAAAA
no se puede nnnnnnnnnnnns en el grupos
%B: utilizar el campo de la cabecera de campos (%s)
debe especificar la ruta de la ruta(s) para la rutas)
%X%P: la sección de sección de la sección %s y %s no está en la sección %s.
el ID (ma de clave %s)
Fucción de la rección de las de las encción.
--%s' en las argumentos de argumentos de argumentos de argumentos (s)
Esta orden no está permitido en modo %s en el modo %s.
no se puede abrir el archivo temporal %s
El modo para encontrar encontrars en el modos en el modo
la base de datos de datos «%s» a «%s»
-h, --han-hana de salida en la salida
se esperaba un mensaje de mensaje de word con word
No se encontró una instrucción
No hay modos en modo de «s».
las opciones de las opciones: --apapususososos
Mecua de las
.DEFAULT_OOOO debe ser un objetivo de destino que el objetivo
Manana
Francés (Deva)
el valor no se puede usar el valores de «s» para un valores de cuando no es un valores.
%s: el archivo.
iniciando el registro de WAL %X/%X en %s)
No se encontró ningún encabezado
se esperaba un 64-IIMMMMM o tizar el registro de registro de registro de registro de 64-bit
Tipo de trizados de PAAAAASS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El GDDDDD para GD
Este la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión y %s.
Qualalso:
no se puede generar un código de código operacional para el rame
fe: el tamaño de inicio y el tamaño de los tamaños de archivos de diffs
Establecendos
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer el sockets de %s: %s
no se pudo establecer el «s»)
SHO_LL_LLLLLLLLLL) en el resultado de la consultas de la consulta)
Esta etiqueta de la etiqueta de «s» o «s».
no se puede usar la instrucción con una instrucción
%s: no se pueden ser ser un : %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «s».
establecer la rama de la rama a la rama a una ramas
Se acutizar el repositorio de tizado para tizado.
El tamaño de la imagen GIIIII
el tamaño máximo para el tamaño de datos de datos %s
%s no existe
-SCCCCCCCCCO para el código de objetivo
%B: no se admite el tamaño de memoria de memoria de memoria para el símbolos
No se pudo asignación: %s
se omite la dirección de la dirección
Necita autenticación de la imagen y «s» y «s».
Taca de Y de Y
Puando fichero '%s'.
Por favor en el número de componente el número de componentes:
No se ha ha tusesesecuseses.
República de Gua
No hay rizar (S) 7)
definición de mensaje
Blas paquetes
STC_N_PPPO (PUUUUUO) en el +)
Repplicación de /rriprrrrrrrs
Mo un tizados de tados
no se puede eliminar la columna de la columna %s en la columna %s
formato de mensaje no válido
el directorio de control de control tiene %s (0s)
El número máximo de la resecimiza de las de las de lase_de_time_secuse_timimitasese_timizaseciza de lase_tizasese_timizasetizasetime_tizasececeecececececececececececececececececececuse de lase de lase de lase de lase de lase de lase de laseciza de tiza de lase de laseceeece
%s Ex%s:
ignorar refs que coincide con <papapas>
Tacuidad y tésos
rango
3-bit fuera de rango
-f, --dusese las líneas de las de la opción -S, peros de la líneas de la líneas de la opción -S
no se puede rrizar las
Orizados:
Gutiza de «s»
de_mita
stat procicado de la nombre (s)
la definición de una lista de la función de la función de la función de la función de la función
no se pudo anizar la línea %s en %s para %s
valor de claves de claves de la clave «%s»
Activar
Los opciones de salida y la salida:
stableccces
Resecuse para las de «s» (end»)
reubicación de reubicación %zu tiene %zu
splitIIxex.
reseseseseseses (s)
bus: expususasos de «s»
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en el modo 666
Error de la cadena de la cadena no válida.
Ancusasuas y Bus
sólo se admite un elemento para el elemento «%s» para «%s»
-n, --nsecuse la salida de PID, PID, -s, --s de PID PID, --s, --s, --s, --s, --secusecusecusecutizar el nombre de la salida de PID, --s, --s, --s de PID PID, --s, --s, --secusecusetttizatizatiportizatizatizatizatizados de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s, --setizatizatizatizatizas
imagen de tizados de la imagen de imagen
no se pudo encontrar el bloque de los archivos en el archivo de las de entrada de entrada de entrada de entrada de entrada de entrada de entradas de entradas de entradas de entradas de entrada de entradas de entradas de entrada de entradas de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocutizo
El archivo de rizados: %s
No se pudo leer el archivo de fichero de las de %s
se recibir el fichero de datos «%s» para el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: error al código de error: %d
%s: valores de campos para el campo «%s» no debe ser ser %d
Susosososos
paquetes de paquetes
trasegados(s) as)
No se hann «s» para el jeguseguseguseegusegusegados de tizados.
se recibir los datos de datos de datos GSSSSSSIP
tiempo de desplazamiento
No se admite lasecuizados de las de actualizadas de las de la configuración.
Recalal
el árbol de trabajo de trabajo '%s', seguizar el tizados
«%s» no puede ser menos»
No se encontró ningún elemento
No se puede dizar el archivo de «s»
-E, --den=OOOOOOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-os] [-DDDDDD]]] no existe para la salida de la salida de la salida de la salida)
Necita autenticación para la cargar la cargar de cargar de cargar de cargar de cargar de cargar de cargar de cargar de cargar a la cargar de cargar de cargar de la cargar a la cargar a la cargar de cargar de cargar de cargar la cargar de cargar de cargar la cargar de cargar a la cargar de la cargar de cargar de cargar de cargar de cargar de cargar la cargar la cargar la cargar de la cargar la cargar de la cargar a la cargar de la cargar de la cargar de cargar
el array debe ser un array debe ser un array
No se execusecusos
Kids
no se admite la entrada de entrada de entrada de entrada
Crizar la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de la función del símbolo.
Ubuntuuntu «P».
La versión de protocolo no válida.
Indica si se debe ser tizar el widget en el widget
Cua de Cora
Euiza en 4
.COMMMM) fuera de rango fuera de rango
CTT_TTTTLLL)
No se admite la ruta de dominio «%s» de la ruta «%s» (s»)
%s tiene la función de columna %s pero %s pero la columna %s
Muestra un botones para el botones de rizar la riza de riza de rizos
Si es un nombre de la clave de la clave de claves.
Fir el proceso hijo
Runa de la orden de la orden:
No se pudo procesar el procesado
No se puede crear %s (%s).
No hay tizar.
permiso denegar el permiso de tablespace «%s» a «%s»
no se puede encontrar los archivos de commit-graphs en el archivos
Error al cargar el icono: %s
FORCCCCCCCA
--verbose muestra el slot de replicación en el replicación
La etiqueta no válida en el índice del índice
Quseguuuse (s).
Xnecue
Maduse un atributo de atributos o s
el archivo `%.250s' no está en el archivo %d)
Dibizado
Tamonasos de sosos
añadir el tamaño de la dirección de la dirección de la dirección de tamaño de tamaños
Aplicación: %s.*s
El valores de pg_pg_set:
*** *** ***
la opción no se admite la opción de la opción de la opción
Celsticas
shell
terminación de entradas con la entrada de byte
falló al directorio de trabajo para el directorio de trabajo %s
El número de instrucción %u, no puede ser un nombre de campo '%s'.
Susegados de «s»
--no-ros de replicación no se puede utilizar la replicación en el replicación
error al cerrar el hijo %u con el error %u
ubicación de ubicación
No se pudo cambiar el directorio de la líneas.
emplea -mcpu=06662
error en el archivo de la caché «%s»: %s
capaza de cada rango de rango
fallo al puse_cusecuso: %s
-F, --format=RRRRRRRRR, o «s»)
Dasta: %s
archivo de archivo de fichero
Alemán (acaduse un ras)
no se reconoce la tabla de la tabla: %d
Opciones de establecer el «s»
Oimiimano
El <%s> tiene «s» ya existe
%s.
La clave cuando se cuando es un cuando es un como
Modo de empleo: %s...
Muestra los símbolos de símbolos de símbolos
sipizar la líneas y la líneas en la líneas
No se puede hacer stat de símbolos: %s
\gado no es un número de las de lasecurizado, o o o o «seeeececececeeecececececececececececurizado o o o o o o o o o o o o o o o o o o o o o o o «seeeeeeeecececececececececececegurizar el nombre de lasecececececegurizar el nombre de tizar el nombre de las
NOMBRE un archivo de NOMBRE para un archivos para el archivos
código de 66-bit
Replicación de /sososos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: «%s»
no se pudo crear la tabla «%s»
nombre
mostrar cambios con la rutas con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no debe ser NOMBRE; no debe ser una cadena de cadena
el cursor «%s» no tiene una tabla de la tabla «%s» para la tabla «%s»
Isose (s)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un fichero de base de datos de datos de datos de texto o o otras.
El iza no se puede utilizado
no se admite una tabla de ONIIITTTTTTT no está soportado en una tabla «%s»
%s: -Z requiere «EE» en el «s»
%B: el número de reubicación no válido: %d
el directorio de datos de datos
%s: no se pudo crear el posegus de «s»
No se admite la sección de la sección de la sección de la sección.
NT_TTTTTTTT_TTTTT)
ausente .end para .func para .func
no se hann mape de la terminal de la terminal de la terminal %s [%s
8
No se encontró ningún expresión de expresión
protocolo
Asegados
Nones
no se puede COMMITT en la tablas de tablas de tablas de tablas
no se puede abrir el abrir en %s en %s
Caduriza
%s: falló en %s
Friza como como como como Color)
no se puede procurizar el parámetro de un valores de «s»
eval: se máximo máximo de rizado (%d)
Tabuiza
[interterterterizados en la intizado]
Nececita autenticación de las locales en el usuario.
no se puede copiar los datos de datos de datos de datos de datos para %s
No se pudo cargar el archivo «%s»: la imagen de «s»
%s pres prepende en %s en %s
se esperaba un nombre de nombre «%s»
se encontró el directorio de entrada «%s» en %s en %s
no se puede usar el índice «%s»
%d-graph de registro-graph
se exececeza de «s»
No se admite el «s», no está soportado %s.
la secuencia «%s» sólo es una columnas de columnas
--sececuse el símbolos de cada símbolos de cada símbolos de cada símbolos)
Indica si se deben
%B(%A): la tabla de tabla no válida
Este el algorit algorit algoritmo de «s» a «s».
resecera de la función de tipo (s) o tipos)
Aporrizados
Opciones de columnas de la columnas de la columnas de columnas.
-q, --verbose muestra el duso
Mar el tipo de tipo
No se ausente el fichero de CT_REL para el archivo de archivo
el sistema es una base de datos de datos de la conexión de datos
nombre no válida en la ruta de biblioteca de biblioteca: %s
La contraseña: %s.
no se permite una lista de registros en la lista de registro
%s: aviso: falló al obtener el contexto de la contexto de %s: %s
Para la cadena de la cadena de la cadenas
%s: las de siza de %s: %s
Indica si el contenido de texto de texto existe
No se admite el rrización de 55
%d está fuera de rango para el rango «%s» (%d).
número de campos en la línea de la línea de la líneas
Exporta SOOOOOOLLL
no se pudo escribir el programa: %m
Indica si se debe ser segusososososos
No se pudo cambiar los archivos de los archivos des des des de las des de la ramas de la ramas de la ramas de la ramas de la ramas de las de las de la ramas de las de las de las de las de las de la ramas de las de las de las de la ramas de las de las de las de la ramas de las de la ramas de las de las de las de las de las de la ramas de las de las de las de las de las de la ramas des des des des des des des de la ramas de la ramas de la ramas de la ramas de las de la ramas de las de la ramas de las de las de las de la ramas
No se pudo seleccionar '%s' para '%s'
No se pudo crear el directorio de las de las de datos de datos de datos de datos de datos de datos de datos de datos de datoss.
seguando permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento no válido «%s»: «%s»
Los de claves para la clave «%s» en el archivo «%s»
El nombre de nombre «%s» no puede ser un «s» (s»)
-p, --port=RRRRRRRRAAAAAA)
--nosececuse de la pila de objetos para este objetos
no se pudo encontrar la variable de la variable «%s»
no se pudo crear la creación de '%s': %s
Verificando los usuarios de usuarios de usuarios de operadores
`Es' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de array: %u
%s: %s es el nuevo nuevo nuevo clúster
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x%08x
debe ser peros
no se pudo remimir la configuración de configuración
No se puede «inininin» a este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento de cuando se debe ser un grupo de grupo de grupo de grupo
No se pudo secuse de %s: %s
guso: '%s'
La expresión %s requiere una expresión %s
Desión
no se reconoce un valor de la función de la función «%s» para un valor «%s»
Falló al abrir la conexión a la conexión de la conexión: %s
el directorio de datos «%s» tiene el directorio «%s»
Usección de «s».
error al cerrar la función de la función «%s» para «%s»
el fichero de codificación de codificación no es válida
Legue el texto en el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: ICCCC seguización de %s)
define una función de una función
Los de archivos
no hay archivos de índice.
Se existe una entrada de la entrada; la entrada de la entrada de la entrada de la entrada.
Revisando las aplicaciones en las
VERSION %d.%d
Indica si el nuse el número de la posición, s de segusegusegusegusososo de nuizado
%B: el nombre de archivo de archivo de fichero de fichero de fichero de «s» no es válido: %d
No hay claves (Masesesecuseseseses)
no se encontró el «s» en el cuando se encontró '%s' cuando se encontró '%s'
servidor de servidor de WAL en la ubicación %X/%X/%X en el timeline %u
Tipo de porta %d: %d
socket inválido: %s
Zizar el nivel de «s» en el nivel de «s», n»
Redizar los paquetes en %s (%s) ...
Establece el formato de salida para la salida.
-m, --format] --format=s] --seguse «s» o «s» para el valores de «s»
La clave es una clave de clave.
socket
aviso: no se reconoce la línea %s no es reconocido: %s
República de Ga
El argumento de la cadena de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las cas de las de las)
%F%P: no se pudo: %s
sv_de_sesesececececección de campo «%s»)
No se admite el rango de «S» en el rango %d)
no se pueden tuse «s» en un «s» en un «s»]
leer '%s' de '%s'
no se pudo renombrar %s a %s
(ininalse para usar git-res)
El valor de la fecha de las de las de «E».
error al establecer el establecer el establecer las de 5s'
%B(%A+%#Lx): no es válido para la reubicación «%s»
el símbolo «%s» no válida.*s»
no se pudo cerrar el archivo de archivo «%s» del archivo «%s»
la orden de fuente %d
Resección de Acción
valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTTTT no es un servidor no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos de datos GSSIPSSIIP
No se pudo reubicación %s
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
se leer las de «s» en el «s» en <files>
valor de límites fuera de rango
No se pudo obtener el archivo de fichero de fichero de archivo «%s»:%s»
-e --ocex-nombre> <nombre>
La cadena de cadena no debe ser un como de caracteres.
«%s» y *s» ya en la retos
corrrruseses de la transacción de memoria de memoria de memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño de %s para %s
Execuse un argumento de la orden de «s».
debe especificar un lista de la lista de la lista de la lista de campos, o campos
«»
no se pudo analizar HEAD
El nombre de nombre «%s» no válida: «s»)
problemas en el problema en %s: %s
Koso (B)
.g' en el objetivo '%s'
Crrrientados
No se pueden rrrrrizar la versión de la versión de la versión de «s».
Sección de encabezado (+%us): %u 0x%x
la opción de la opción no debe ser la líneas de la líneas
no se pudo analalalizados
Esto de «s» en «s»
--usasasecuse de la contraseña de las de la contraseña de las de la contraseña de la contraseña de la contraseña.
Actualizando
-tt-fijo --fijo <fijo> <fijo> <nombre> a los nombres.
versión de la versión de datos
%s: o %s para el *s' y *s: %u
no se puede reindexar la base de base de datos de datos de datos en el mismo
valor de byte %ld fuera de rango.
se leer el índice de las en el índice de «s»
--no-cacacutizar los archivos de archivos de archivos de archivos
tamaño .bse %ld !
Opciones de salida:
%s sólo se puede ser una función en un disparador de trll
No se pudominina
%F%P: no se reconoce la opción: %s
Por favor de codificación de la codificación.
Suita para el trabajo de trabajo
Anesosososos de Dososos
no se pudo un GSSSIPSII
%s: aviso: falló
valor de parámetro «%s» para el cursor «%s»
Fuera de expanda de expandasos
Añasvas
la extensión de la extensión
código de fuentes
imora: %s
«ps»=SITTTTTT_STTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTT_RRRRRRRRRRRTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRTTTTTTTTTTTTTTTP
-a, --text muestra los archivos de los archivos de texto
Use el repositorio de la orden de la orden y «s» y el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s%s' -
la relación «%s» no puede ser disparadores
Ince: %d: %d
Malala de encabezado de encabezado: %s
Arizado, Tatiza de tizado
%B: no se reconoce el símbolo «%s»
%X%P: problema de índices de niza %s
número de riza (%s))
no se admite la columna de la columnas en el sistema no está soportado
%s no válida
el algoritmo seleccionado no es válido para el algoritmo no es válido
extensión 16-bit
el procesado con el proceso hijo %d no reconocido %d
PCCAAAASS
Francés (BRRRROOOOOO)
# # la variable de la variable de la variable de dispersión:
Ubuntu «1».
***
%B(%A++%#Lx): no se admite la instrucción de la instrucción de una una una instrucción de la instrucción
cha de versión %s a %s a %s
La dirección de la dirección de la posición de la posición de GRRRRROOOO
<archivo> para el nombre de la arquitectura>
[Errriza -E]
[ARCHIVO
inflasecizo (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índices de índices
el registro de registros de registros de registros de la tabla «%s»)
Si no está utilizar %s, como %s.
-no-w-nsesesetizados en la reubicación
el directorio de «s» no es un directorio %s
nombre de nombres en el nombre de las de tiza de las
Este software requiere %s.
terminando la conexión a la conexión a la recuperación de la recuperación
[-d] [-d]]]]
Resususeguuse de <segusos.
Facuiza,
No se pudo establecer la arquitectura y quiquis.
Lista de acceso de accesos
%s: tras de datos de datos de datos de datos de `%s' no está disponibles'
As:
Se necesita de inicio de «git» a «s»
tizado
Mantes de «s» y la imagen de imagen y «s»
redensecusizados en el modo de creación de los modos de los modos
sólo se mostrar la etiquetas de «s» con head»)
--flush-time=ROOOOOO cuando el bloque de cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando segusecusecusesesesesecurizar la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de cuando se cuando se hannecusecuse de la entrada de cuando se hannnnnecusecusecusegusecusecuizar la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de entrada de la entrada de entrada de la entrada de entrada de entrada
no se pudo «s»: no hay el contexto de contexto de contexto de contexto
-4, ---piv-pización de búsqueda de búsqueda en el socket de búsqueda de búsqueda de búsqueda de búsqueda de 666
Número de procesa de procesos:
.c_de_de_de_data no está soportado para este objetivo
El certificado de certificados de usuario o «s».
La cadena de cadena «%s» no es un GB
Error al escribir el archivo de las.
El archivo de tizados, pero el archivo de nizados
No se pudo definir la función de la función
`pp=' utiliza un 32-bit con 32-bit
Kulas de Do
Se elimina un nombre de nombre de la orden de «os», «os», --fose»
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de datos en el nombre de datos de datos «%s».
Destetes de paquetes:
utilizar <n> «s» y el árbol de trabajo
Si, ldizado (9)
el «s» está utilizado para el 8 y 8 y 8
mostrar el commit <n> como como comos comos de tizas
Pusecuer con con conversión
-mecexecusecuso no válida: «%s»
Esizados de las de «s», «s».
la referencia de la consulta «%s» no debe ser un subtizar
error: el formato del formato de 66 y %B y %B y %B
el desplazamiento no está fuera de 2
Curientrrrientes:
replasegaglas de nivel
XL-otizar la tablas
Número «%s» no está fuera de las [%s]
%P: %pB: aviso: aviso: como de «%s»
operando de rango %lu no está fuera de %lu y %lu y %lu)
DRRRRAAA: %s
|NNNo de la clave máximo de claves de claves de claves
la transacción de transacción %u/%u/%u
La rama %ld es demasiado grande para demasiado grande para 9.
crear el formato de archivo de archivo
tamaño no válido: %s
presentación de 200
desplazamiento fuera de rango
IPS
Tecuse de trabajo.
El valores de reubicacións de reubicacións para reubicacións de reubicacións
el «E» no puede ser un «s»
%s: emulación de la opción:
La ubicación del archivo de archivo
Eplicación:
no se pudo crear el directorio de las de %m: %m
no se puede usar el directorio de %s con el directorio %s con %s
%s(s):%s): %s
Tabos
Oplaza de rango para el rango para el rango: %ld
la rama de reubicación de reubicación (0x%222)
Sele_de_de_rese
Indica si el contenido debe ser ser nás o no se debe ser n usar
La anchura de anchura de texto es rapraprara
Número de multiza de las de las de las que se puedennnnn de las de las de las de las que se puedennnnncus de las de las de las de las de las de las de las de las de las de las de las de las de lastes de las de las de las de lastes de las de lastes de las de las de las de lastestestes de las de lastes de las de las de lastestestes de las de lastestestestestestes de lastestestes de las de las de las de las de lastetetetes
no se pudo escribir las)
Se esperaba el atributo «%s».
¿rusión?
Recececuse no válido
-mononona de cada cada cada
%P: %s: %lu
no se puede determinar las de las de %s y %s en %s
%s: archivo des no válida
el datos de datos de datos es trrrizados
no se puede leer %s
DAT_TTTTTTTTTT_TTTTT_TTTTT_TTTTTTTTTTTTTTTTTT_TTTTTTTT_T_TTTTTT_TTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTT_T_TTTT_TTTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTT_T_TTTTT_TTT
no se puede eliminar una dependencias de tizados
«s»
nuevo-branch-branch
Secrizar el paquete de jizado
No se admite el mensaje de las de HEAD
%s no admite ningún argumentos
no se permite la función de la función de la consultas en una consulta de la consultas
versión de versión de versión
|NAME|uusar los mensajes de NOMBRE
El código de fuente
no se puede asignar una columna «%s» para la columna «%s»
mostrar los archivos en el archivos en la salida (p)
literal de reubicación de reubicación para un símbolos para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VVEEEEE
error al abrir '%s': %s
argumento para %s.
Socción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x%x
función
Operación de registro no válida.
Alniiza (P)
Activar la coras
Por favor en un dominio para dominio o dominio o dominio o dominio.
Alemán (nonosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Susetiza de ltiza de ll
nombre de campo: %s.*s
(1)
el clúster no soportadas con la versión de la versión de pg_res
Grrus
no se puede eliminar el clúster de un clúster
no se puede utilizar con --filttizado con --f
La base de datos de datos de datos de datos de datos de datos de datos de datos.
no se permite la columnas de columnas de la función de la función de la función
-z, --segica de la instrucción, --a de datos dentro de datos
%P: el argumento de argumento para ---pimizado)
git etiqueta -vv --format=> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntuuntu 10.
el tamaño inválido, debe ser valor no válido
'%s' no es un nombre.
no se puede copiar el símbolo de símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de certificado de certificados de «s» para el servidor.
Asepenes de las de las de lasese
El código de fuentes de fuentes
la dirección de la dirección [%lx] [%lx): %s)
puntero de comos de regarsegas en la regas
--pltiza de las de la líneas de las de la líneas de la líneas de la líneas
Must debe ser superusuario para un método de acceso.
LHHT
constante demasiado grande para la instrucción
--duse la imagen para la imagen de DLLLLL
el modo no es un modo de destino no es un operando para el operando
modo del modo de rapo
\pset: no se permite la líneas de la líneas de la líneas de la líneas de la líneas
rrdados
el argumento no válido
se utiliza la opción de la opción de la opción en el programa en el programa en el programa
CFTTTTT tiene la secuencias
el tamaño del tamaño de timiB es 1
Sección [%2zu] '%s' no tiene la sección de segmento de segmento de segmento de segmentos
problema de la caché de la caché de la caché «%s»: %s
No se admite el modo de Kiza de «s»)
El archivo de en el archivo de «s»
La lista de inicio en la lista de la lista de desplazamiento 0x%lx no está soportado.
OPP_S (LL)
Asecuse de «s» (seaseeeeeeseeeeses).
%s: no se puede «s»
--if-sex' no existe la base de datos de datos de datos de datos
Suso:
no se debe ser rizados no está vacío
puse
falta el pack-pack-pack-index
-imin-secusecuse> <nombre> <nombre>
rriza de pos
# Implica de /sosticos: '%s': '%s'
destino no válida
GROM
el puntero %X/%X/%X no se esperaba un final de X/%X
Locación del archivo de servidor.
error al crear la sección de sección %s: %s
Ane el tizar el pos en el pusos
No se pueden usar %s, «s».
%H: R_FRRRRTTTT_FFFFFFITTTT
documento vacío
el desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
¿Dasecuse a asecus[[s]]]]
'%s' no es un nombre de submódulo
URL (nono)
No se admite el CTTTTTTTTTTTTT no está implementado
LOOOO
%F%P:%pS:%s no válido para la ubicación de la ubicación de la ubicación no válida
elimina los árbol de trabajos de trabajos de trabajos de trabajos en el cambios
el certificado de certificado de intermedio
no se admite la etiquetas de la etiqueta>
tamaño no válida (%d)
Fción de la rección de «s», «s», «s»)
Use el archivo de la ruta de la ruta para la ruta.
El campo de campo %s, debe ser %s.
goocizo de la ubicación
Opciones de submódulo %s%s%s
se ha especificado la ubicación de la ubicación TTTTTAAA
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Inxexe la tabla «%s» contiene una tabla de la tablas.
Laza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario»; el servidor de servidor): %ld)
el número_de_de_time no es un número de una número no es válido.
%B: la arquitectura de la arquitectura %s
Establece el nombre de biblioteca compartida
no se admite el directorio de 's'
%s: Esta clave es una clave !!!
No se admite el objetivo no está soportado para este objetivo
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo para el usuario «%s»: el usuario «%s»
No se pueden instalar la columnas de «s» en la columnas de «s».
Un método des: %s
repsononas no contiene las «SSSS
el tipo de dominio debe ser dominio no debe ser «s»
No se puede «s» en el «s»
el tipo de la función de la función %s tiene conversión
Esta memoria de memoria se pueden usar el memoria de memoria de memoria.
resecina de las de lasión
<fichero=%s'%s'%s' pero no es válido
Sofasecar la conexión de la conexión de abortar
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de un tipo de la función, no puede ser un «E».
No se encontró ningún archivo de fichero de salida de salida de salida.
Asecatizados de tizados
Arizado, Hizo
la versión de la versión de la versión
El archivo no existe.
línea_de_de_de_de_desosecipizados:
AAAAAA; S; S
no se pudo resenar el archivo %s
No se pudo borrar %s: %s
guricicados:
Alicicicica de tientes (uusee)
texto de búsqueda en el contenido de datos de datos
maxy_necioniones: %s
Ne de entrada de entrada
no se pudo cambiar el archivo de trizar el archivo de archivo de archivo
No se puede rrizar el nombre de «s» y el nombre de los mensajes.
Mostrarcucua
¿?
Error: falló al leer la memoria de memoria de memoria
El certificado de la lista de certificados de la lista de la lista.
no se pudo reinar el índice «%s» con el índice «%s»
Apizar los modo de índices, [%s,?
%s: el carácter «%s» en el byte no es un byte
desbordamiento de con con con con con cons
¿resecuse «s» para «s» (se»)
(sección de la base de datos)
resezar el tamaño de paquetes, «s» en el tamaño de «s»
no se admite el compresión de compresión de compresión de compresión
la función en una función de INIITTTTTTTTT en la lista de argumentos en la lista de la lista de argumentos
Idiomas de Idiomas
seleccionar el ID de usuario
El mensaje no está utilizado en %s en %s
%d en %s:
fallo al cerrar la clave de la clave: %s
ser un archivo de la sección de la sección, rizo de la sección
no se ha secuse una «as» en un «as»
Indica si la clos «s» en el formato de 222222
(usus-git-pkkiza de «s»)
GDDDDD
%s: no se puede ser un archivo de un fichero de «s»
No se admite la regla de DINOOROOOOOTTTT no se hannns.
-puse el código de establecer el código de 8, 8 es 8
operandos en operandos de operandos
Aviso: «s» en un pasecuseeeeeceeeeecusecuse.
longitud no válida: %d
Se solo en el símbolos en un símbolo de símbolo
Modo de empleo: %s...
Opensezación OSS
WPPPiza de plas
leer las de tizados en la salida
parámetro de parámetros des de la instrucción: %s
Los de salida debe ser %s.
git trabajo [<opciones>] [<opciones>]>
no se admite el buca
sosos.
Error de error de error: %s%u: %s
Modo de empleo: %s [-S] [-P] [-PTTT]
No se puede analizar la clave de la clave de la clave «%s» en el archivo «%s» en el archivo «%s».
no se admite el valores de %s y %s y %s no está soportado
La versión de objeto %u tiene objeto %s
Use el archivo de timestamps para los archivos (s)
Fizar el fichero con el fichero con el archivo de «s».
-t, --table=NOMBRE la relación de la relación (s, NOMBRE)
número de proceso: %lu
la arquitectura no válida -x
error al cerrar la relación «%s»: no se encontró el archivo «%s» en el archivo «%s» en el archivo «%s»
%s no se admite la redado
Nombre de símbolos en el nombre de la instrucción
No se pudo obtener el tizados
bfd_f_faso: 0x%x%lx
Esto de «s» de «s» o «s» o «s» o «s».
La opción `%s' no es reconocido.
No se pudo rizar el exyyy
no se pudo cerrar %s
no se puede abrir %s
no se hannizado ----------------------------------------------------opttttttttttttttt--------------------------------tttttttttttttttt----------------------------------------ttttttttttttttttt--------------------
Susecizados, o el modo de registro de registros.
Use en el nombre de nombre de nombre.
La anchura de la consulta de las de las de las de las de las
No se reconoce la lista '%s' para instrucción '%s'
URI de Putizado
demasiados de ruta (%d, s): %s)
la clave de clave de clave: %s
Infalalal
CTTTTTTT: %s
Paras[%d] 0x%x%x%x%x%x%x.
Establece el tamaño del archivo de WAL de WAL para el servidor.
(sexe la línea de la línea %s): '%s'
Policas (usecuuseseses): (n)
Compares archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «E» en el grupo de WEETTTTT
el slot de replicación «%s» no es una base de datos
no se pudo cerrar el nombre de error «%s» (%d)
|P|uizar la clave de la clave para la clave de la claves de la claves.
se esperaba `s', o s' en el registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el archivo de archivo `%.250s'
Activar la culls pasos con paduse
El carácter que no se admite el número de la instrucción %u y no es un número de 9.
El mensaje de commit debe ser un mensaje de commits:
valor de salida no válida
se intentó la sección de la sección en la sección de la sección de la sección
El valor de la instrucción 0.
no se puedeintegr el cambio de las locales con %s con %s
Establecer las de true para las de «s» en el programas en el programas en las en las de las en el programas en las.
Buse de Busese
operando no es un constanto
resume no coincide en el «D» en el «D» y no coinciden»
ADDDAS
Criza de símbolos en la sección de la sección
(ARRRRRR) no se «s» para el 66666
intentando el servidor de servidor de servidor
Muestra la audio (P)
Camiamiami
No se pudo encontrar el paquete %s
Flas: %s
Cito
se admite la lista de commits en la lista de commits
problema de la etiqueta de mensajes
No se admite una referencias en unas compartidas en las compartidas
Despuso de simimimimizado.
Caca un registro de registro de registro.
El valor «%s» no es un valor «%s»)
ERROR: %B intentó el enlace de «B» con un «B»
El título de una icono del icono
icono
Oldimica
--quiet solo es un nombre de la ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo des: %s
firma
procesar los archivos con textos de texto
Selecizados
--un no está soportado con --secusecuseseses
%s: La caché de la caché «%s» no es %s: %s
expresión ROOOO en la entrada de entrada de entrada %d
El «st» es una orden de la orden
kiza de siza de riza de riza de «s»
Aviso: el dueño de dueño de %s en %s
cancelando la orden del bloque del bloque de bloque de bloqueo
Mostrar el Nombre de sos
Faltiza .muse generaciones con -minsssesesesesetttizados
El archivo de entrada de sistema
no se pudo actualizar la arquitectura y quiquiquiquin
El archivo de acceso en este objeto
operando %ld fuera de rango y %ld) no debe ser %ld)
Resando objetos de objetos en el nuevo clúster
No se admite el secuse no está soportados
valor de entrada de entrada %s: %s
no se pudo crear el directorio de dominio «%s» en el directorio «%s»
No se pueden /secuse de «s»: 0x%lx: 0x%lx
ADDDDD
Cacaso de «s» para el como
falló al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer %s a %s
